import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { SubjectsController } from './subjects.controller';
import { SubjectsService } from './subjects.service';

/** Inwoners, huishoudens and their toestemmingen. */
@Module({
  imports: [AccessModule],
  controllers: [SubjectsController],
  providers: [SubjectsService],
  exports: [SubjectsService],
})
export class SubjectsModule {}
