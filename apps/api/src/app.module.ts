import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import type { Config } from '@regie/config';
import { RuntimeModule } from '@regie/runtime';
import { LoggerModule } from 'nestjs-pino';
import { RolesGuard } from './access/roles';
import { TenantInterceptor } from './access/tenant.interceptor';
import { AdminConfigModule } from './admin/config.module';
import { AuthGuard } from './auth/auth';
import { AuthModule } from './auth/auth.module';
import { BoardModule } from './board/board.module';
import { CasesModule } from './cases/cases.module';
import { ErrorFilter, UnknownRoute } from './http/error.filter';
import { loggerOptions } from './http/logging';
import { SubjectsModule } from './subjects/subjects.module';
import { ImportModule } from './import/import.module';
import { IndicatorsModule } from './indicatoren/indicatoren.module';
import { MonitorModule } from './monitor/monitor.module';
import { HealthModule } from './system/health.module';
import { SystemModule } from './system/system.module';
import { SysteemsignalenModule } from './systeemsignalen/systeemsignalen.module';
import { UsersModule } from './users/users.module';
import { VoorzieningenModule } from './voorzieningen/voorzieningen.module';

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
    AuthModule,
    SubjectsModule,
    CasesModule,
    VoorzieningenModule,
    IndicatorsModule,
    MonitorModule,
    SysteemsignalenModule,
    BoardModule,
    AdminConfigModule,
    ImportModule,
    UsersModule,
    SystemModule,
    HealthModule,
  ],
  providers: [
    // in this order: the rate limit, who is calling (AuthGuard), whether their role may call the route
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_INTERCEPTOR, useClass: TenantInterceptor },
    { provide: APP_FILTER, useClass: ErrorFilter },
    UnknownRoute,
  ],
})
export class AppModule {}
