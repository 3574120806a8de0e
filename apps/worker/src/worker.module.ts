import { Module } from '@nestjs/common';
import { RuntimeModule } from '@regie/runtime';
import { LoggerModule } from 'nestjs-pino';
import { DeadlineProcessor } from './deadline.processor';
import { WorkerHealthController } from './health.controller';
import { WorkerSchedule } from './schedule';

@Module({
  imports: [
    LoggerModule.forRoot({
      pinoHttp: {
        level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
        autoLogging: false, // the only requests are probes and scrapes
      },
    }),
    RuntimeModule,
  ],
  controllers: [WorkerHealthController],
  providers: [DeadlineProcessor, WorkerSchedule],
})
export class WorkerModule {}
