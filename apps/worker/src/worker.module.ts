import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { RuntimeModule } from '@regie/runtime';
import { LoggerModule } from 'nestjs-pino';
import { DAILY_QUEUE, DailyProcessor } from './daily.processor';
import { DeadlineProcessor } from './deadline.processor';
import { SweepProcessor } from './sweep.processor';

@Module({
  imports: [
    LoggerModule.forRoot({
      pinoHttp: { level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info') },
    }),
    RuntimeModule,
    BullModule.registerQueue({ name: DAILY_QUEUE }),
  ],
  providers: [DeadlineProcessor, SweepProcessor, DailyProcessor],
})
export class WorkerModule {}
