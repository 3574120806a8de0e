import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import type { Config } from '@regie/config';
import { RuntimeModule } from '@regie/runtime';
import { LoggerModule } from 'nestjs-pino';
import { Audit } from './access/audit';
import { ConfigController } from './admin/config.controller';
import { TenantInterceptor } from './access/tenant.interceptor';
import { AuthController } from './auth/auth.controller';
import { BoardController, BoardQueries } from './board/board';
import { ChangeFeed } from './board/change-feed';
import { AuthGuard } from './auth/auth';
import { CaseQueries } from './cases/case-queries';
import { CasesController } from './cases/cases.controller';
import { ErrorFilter } from './http/error.filter';
import { loggerOptions } from './http/logging';
import { SubjectsController } from './subjects/subjects.controller';
import { HealthController } from './system/health.controller';
import { ClockController, DeadlinesController, WorkflowsController } from './system/system.controller';
import { VoorzieningenController } from './voorzieningen/voorzieningen.controller';

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<Config, true>) =>
        loggerOptions(config.get('logLevel', { infer: true })),
    }),
    RuntimeModule,
    // Per client address; a gemeente behind one proxy address sets RATE_LIMIT to fit its users.
    ThrottlerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<Config, true>) => [
        { ttl: 60_000, limit: config.get('rateLimit', { infer: true }) },
      ],
    }),
  ],
  controllers: [
    AuthController,
    SubjectsController,
    CasesController,
    DeadlinesController,
    WorkflowsController,
    ClockController,
    HealthController,
    BoardController,
    ConfigController,
    VoorzieningenController,
  ],
  providers: [
    CaseQueries,
    BoardQueries,
    ChangeFeed,
    Audit,
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_INTERCEPTOR, useClass: TenantInterceptor },
    { provide: APP_FILTER, useClass: ErrorFilter },
  ],
})
export class AppModule {}
