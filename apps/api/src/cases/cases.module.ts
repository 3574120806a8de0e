import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CaseAccessInterceptor } from './case-access';
import { CaseQueries } from './case-queries';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { DeadlinesController } from './deadlines.controller';
import { NotificationsService } from './notifications.service';

/** Cases: start, command, read, history and audit trail; the deadlines of those cases, and the user's messages. */
@Module({
  imports: [AccessModule],
  controllers: [CasesController, DeadlinesController],
  providers: [CasesService, CaseQueries, NotificationsService, CaseAccessInterceptor],
})
export class CasesModule {}
