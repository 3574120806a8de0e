export * from './data-source';
export { ensureDatabase, migrate } from './cli/migrate';
export * from './bsn';
export * from './tenant';
export * from './unavailable';
