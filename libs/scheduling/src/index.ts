export * from './deadline-sweep';
export * from './outbox-relay';
export * from './periodic-jobs';
export * from './redis';
export * from './repeating';
export * from './timeout';
export * from './timers';
export * from './trigger-batcher';
