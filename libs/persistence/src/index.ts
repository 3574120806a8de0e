/** @regie/persistence: the data source, migrations, row-level security scope and BSN crypto, as Regie uses them. */
export { createDataSource, dataSourceOptions } from './data-source';
export { migrate } from './cli/migrate';
export { bsnHash, encryptBsn } from './bsn';
export {
  asTenant,
  type Db,
  NoTenantScope,
  outsideTenant,
  type Sql,
  SystemDatabase,
  type SystemDb,
  TenantDatabase,
  type TenantDb,
  transaction,
} from './database';
export type { DB } from './schema';
export { isDatabaseUnavailable } from './unavailable';
export { AuditLogRepository, type AuditLogEntry, type AuditLogRow } from './repositories/audit-log';
export {
  aveLevel,
  type MetCase,
  type Zichtbaarheid,
  type Zichtreden,
  zichtbaar,
  zichtreden,
} from './zichtbaarheid';
export {
  AtwKalenderRepository,
  KALENDER_CHANNEL,
  type AtwKalenderVersion,
} from './repositories/atw-kalender';
export { GemeentenRepository } from './repositories/gemeenten';
export {
  ImportRepository,
  type ImportedSubject,
  type ImportedVoorziening,
  type NewImportedHuishouden,
  type NewImportedInwoner,
  type NewImportedVoorziening,
} from './repositories/import';
export { listen, type ListenOptions, type NotifyListener } from './repositories/notify-listener';
export {
  WorkflowConfigRepository,
  type WorkflowConfigRow,
  type WorkflowConfigVersion,
} from './repositories/workflow-config';
export { type UnfiredTriggers, unfiredTriggers } from './unfired-triggers';
export { ClockRepository, type LaterHappening } from './repositories/clock';
export { DevAuthSecretRepository } from './repositories/dev-auth-secret';
export { EffectStepsRepository, EffectsRepository } from './repositories/effects';
export { OutboxRepository, type OutboxDepth, type OutboxRow } from './repositories/outbox';
export { type PeriodicJobRow, PeriodicJobsRepository } from './repositories/periodic-jobs';
export {
  CaseRepository,
  type CaseRecord,
  type CaseStep,
  type DeadlineRecord,
  type ExclusiveStart,
  type LoadedCaseRecord,
  OpenCaseExists,
  type RememberedAnswer,
  reviveDeadline,
  type StepAudit,
  type WrittenSteps,
} from './repositories/cases';
export { DeadlineRepository, type BatchedReminder, type PendingTrigger } from './repositories/deadlines';
export {
  CaseQueriesRepository,
  type CaseHistoryEntry,
  type CaseListFilter,
  type CaseListPosition,
  type DeadlineListFilter,
} from './repositories/cases-query';
export {
  NotificationsRepository,
  type NotificationEntry,
  type NotificationReader,
} from './repositories/notifications';
export { DemoSeedRepository, type DemoSubject } from './repositories/demo-seed';
export { IndicatorStatementsRepository } from './repositories/indicator-statements';
export { HuishoudensRepository, type HuishoudenVanSubject } from './repositories/huishoudens';
export {
  SubjectsRepository,
  type ConsentEntry,
  type NewConsent,
  type NewSubject,
  type SubjectRow,
  type WithdrawnConsent,
} from './repositories/subjects';
export {
  VoorzieningenRepository,
  type EnrolmentCandidateRow,
  type NewVoorziening,
  type VoorzieningRow,
} from './repositories/voorzieningen';
export { WorklistRepository, type WorklistRow, type WorklistTaak } from './repositories/worklist';
export { RegieHoldersRepository, type RegieHolderRow } from './repositories/regie-holders';
export {
  SIGNAAL_STATUSSEN,
  SysteemsignalenRepository,
  type NewSysteemsignaal,
  type SignaalStatus,
  type SignaalWijziging,
  type SysteemsignaalRow,
  type SysteemsignaalWijziging,
} from './repositories/systeemsignalen';
export { MonitorsRepository, type MonitorKop, type NieuweMonitor } from './repositories/monitors';
export { PersistenceModule, repositories } from './persistence.module';
