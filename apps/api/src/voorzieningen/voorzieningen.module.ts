import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { SubjectsModule } from '../subjects/subjects.module';
import { VoorzieningenController } from './voorzieningen.controller';
import { VoorzieningenService } from './voorzieningen.service';

/** Voorzieningen of inwoners, the worklist and the indicators. */
@Module({
  imports: [AccessModule, SubjectsModule],
  controllers: [VoorzieningenController],
  providers: [VoorzieningenService],
})
export class VoorzieningenModule {}
