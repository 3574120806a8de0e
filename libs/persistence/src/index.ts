/** @regie/persistence: the data source, migrations, row-level security scope and BSN crypto, as Regie uses them. */
export { createDataSource, dataSourceOptions } from './data-source';
export { migrate } from './cli/migrate';
export { bsnHash, encryptBsn } from './bsn';
export { asTenant, outsideTenant, sqlFor } from './tenant';
export { isDatabaseUnavailable } from './unavailable';
export { AuditLogRepository, type AuditLogEntry, type AuditLogRow } from './repositories/audit-log';
export {
  BoardRepository,
  type BoardFilter,
  type BoardHouseholdRow,
  type BoardLevelRow,
} from './repositories/board';
export { GemeentenRepository } from './repositories/gemeenten';
export { listen, type ListenOptions, type NotifyListener } from './repositories/notify-listener';
export {
  WorkflowConfigRepository,
  type WorkflowConfigRow,
  type WorkflowConfigVersion,
} from './repositories/workflow-config';
export { type UnfiredTriggers, unfiredTriggers } from './unfired-triggers';
