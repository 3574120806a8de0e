/**
 * Every repository as a provider, with the two handles: `TenantDatabase` (the request's gemeente) for request code
 * and `SystemDatabase` (the owner) for system work. Repositories hold no connection; each method takes the handle
 * it needs, so whoever injects one still has to show which handle it works with.
 */
import { Global, Module } from '@nestjs/common';
import { SystemDatabase, TenantDatabase } from './database';
import { AtwKalenderRepository } from './repositories/atw-kalender';
import { AuditLogRepository } from './repositories/audit-log';
import { CaseQueriesRepository } from './repositories/cases-query';
import { CaseRepository } from './repositories/cases';
import { ClockRepository } from './repositories/clock';
import { DeadlineRepository } from './repositories/deadlines';
import { DemoSeedRepository } from './repositories/demo-seed';
import { DevAuthSecretRepository } from './repositories/dev-auth-secret';
import { EffectStepsRepository, EffectsRepository } from './repositories/effects';
import { GemeentenRepository } from './repositories/gemeenten';
import { HuishoudensRepository } from './repositories/huishoudens';
import { ImportRepository } from './repositories/import';
import { IndicatorStatementsRepository } from './repositories/indicator-statements';
import { MonitorsRepository } from './repositories/monitors';
import { NotificationsRepository } from './repositories/notifications';
import { OutboxRepository } from './repositories/outbox';
import { PeriodicJobsRepository } from './repositories/periodic-jobs';
import { RegieHoldersRepository } from './repositories/regie-holders';
import { SubjectsRepository } from './repositories/subjects';
import { SysteemsignalenRepository } from './repositories/systeemsignalen';
import { VoorzieningenRepository } from './repositories/voorzieningen';
import { WorkflowConfigRepository } from './repositories/workflow-config';
import { WorklistRepository } from './repositories/worklist';

export const repositories = [
  AtwKalenderRepository,
  AuditLogRepository,
  CaseQueriesRepository,
  CaseRepository,
  ClockRepository,
  DeadlineRepository,
  DemoSeedRepository,
  DevAuthSecretRepository,
  EffectStepsRepository,
  EffectsRepository,
  GemeentenRepository,
  HuishoudensRepository,
  ImportRepository,
  IndicatorStatementsRepository,
  MonitorsRepository,
  NotificationsRepository,
  OutboxRepository,
  PeriodicJobsRepository,
  RegieHoldersRepository,
  SubjectsRepository,
  SysteemsignalenRepository,
  VoorzieningenRepository,
  WorkflowConfigRepository,
  WorklistRepository,
];

/** Needs TypeORM's DataSource in scope (RuntimeModule's TypeOrmModule). */
@Global()
@Module({
  providers: [TenantDatabase, SystemDatabase, ...repositories],
  exports: [TenantDatabase, SystemDatabase, ...repositories],
})
export class PersistenceModule {}
