export * from './data-source';
export * from './entities/case.entity';
export * from './entities/consent.entity';
export * from './entities/deadline.entity';
export * from './entities/history.entity';
export * from './entities/notification.entity';
export * from './entities/subject.entity';
export { ensureDatabase, migrate } from './cli/migrate';
