import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CaseAccessInterceptor } from './case-access';
import { CaseQueries } from './case-queries';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { DeadlinesController } from './deadlines.controller';

/** Cases: start, command, read, history and audit trail; the deadlines and notifications of those cases. */
@Module({
  imports: [AccessModule],
  controllers: [CasesController, DeadlinesController],
  providers: [CasesService, CaseQueries, CaseAccessInterceptor],
})
export class CasesModule {}
