import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { IndicatorsModule } from '../indicatoren/indicatoren.module';
import { MonitorController } from './monitor.controller';
import { MonitorService } from './monitor.service';

/** The monitor for the council over a period, and the stored monthly monitors. */
@Module({
  imports: [AccessModule, IndicatorsModule],
  controllers: [MonitorController],
  providers: [MonitorService],
})
export class MonitorModule {}
