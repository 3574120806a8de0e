/** @regie/persistence: the data source, migrations, row-level security scope and BSN crypto, as Regie uses them. */
export { createDataSource, dataSourceOptions } from './data-source';
export { migrate } from './cli/migrate';
export { bsnHash, encryptBsn } from './bsn';
export { asTenant, outsideTenant, sqlFor } from './tenant';
export { isDatabaseUnavailable } from './unavailable';
