import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { SysteemsignalenController } from './systeemsignalen.controller';
import { SysteemsignalenService } from './systeemsignalen.service';

/** Systeemsignalen: beleid's list of what blocked households in a doorbraak, and its answers. */
@Module({
  imports: [AccessModule],
  controllers: [SysteemsignalenController],
  providers: [SysteemsignalenService],
})
export class SysteemsignalenModule {}
