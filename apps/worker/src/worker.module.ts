import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Config } from '@regie/config';
import { RuntimeModule } from '@regie/runtime';
import { LoggerModule } from 'nestjs-pino';
import { DeadlineProcessor } from './deadline.processor';
import { EffectsModule } from './effects.module';
import { WorkerHealthController } from './health.controller';
import { WorkerSchedule } from './schedule';

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<Config, true>) => ({
        pinoHttp: {
          level: config.get('logLevel', { infer: true }),
          autoLogging: false, // the only requests are probes and scrapes
        },
      }),
    }),
    RuntimeModule,
    EffectsModule,
  ],
  controllers: [WorkerHealthController],
  providers: [DeadlineProcessor, WorkerSchedule],
})
export class WorkerModule {}
