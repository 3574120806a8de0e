import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { RuntimeModule } from '@regie/runtime';
import { LoggerModule } from 'nestjs-pino';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth';
import { CaseQueries } from './cases/case-queries';
import { CasesController } from './cases/cases.controller';
import { ErrorFilter } from './http/error.filter';
import { loggerOptions } from './http/logging';
import { SubjectsController } from './subjects/subjects.controller';
import { HealthController } from './system/health.controller';
import { ClockController, DeadlinesController, WorkflowsController } from './system/system.controller';

@Module({
  imports: [LoggerModule.forRoot(loggerOptions()), RuntimeModule, TerminusModule],
  controllers: [
    AuthController,
    SubjectsController,
    CasesController,
    DeadlinesController,
    WorkflowsController,
    ClockController,
    HealthController,
  ],
  providers: [
    CaseQueries,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: ErrorFilter },
  ],
})
export class AppModule {}
