import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { IndicatorenController } from './indicatoren.controller';
import { IndicatorenService } from './indicatoren.service';

/** The indicators of issue #13: `IndicatorenService.compute` for other modules (the monitor), and the endpoint. */
@Module({
  imports: [AccessModule],
  controllers: [IndicatorenController],
  providers: [IndicatorenService],
  exports: [IndicatorenService],
})
export class IndicatorenModule {}
