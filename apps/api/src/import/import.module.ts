import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { ImportController } from './import.controller';
import { ImportService } from './import.service';

/** Import of running work from the system a gemeente leaves (docs/import.md). */
@Module({
  imports: [AccessModule],
  controllers: [ImportController],
  providers: [ImportService],
})
export class ImportModule {}
