import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { IndicatorsController } from './indicatoren.controller';
import { IndicatorsService } from './indicatoren.service';

/** The indicators: `IndicatorsService.compute` for other modules (the monitor), and the endpoint. */
@Module({
  imports: [AccessModule],
  controllers: [IndicatorsController],
  providers: [IndicatorsService],
  exports: [IndicatorsService],
})
export class IndicatorsModule {}
