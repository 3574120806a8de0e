import { Module } from '@nestjs/common';
import { RuntimeModule } from '@regie/runtime';
import { LoggerModule } from 'nestjs-pino';
import { DeadlineProcessor } from './deadline.processor';
import { SweepProcessor } from './sweep.processor';

@Module({
  imports: [
    LoggerModule.forRoot({
      pinoHttp: { level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info') },
    }),
    RuntimeModule,
  ],
  providers: [DeadlineProcessor, SweepProcessor],
})
export class WorkerModule {}
