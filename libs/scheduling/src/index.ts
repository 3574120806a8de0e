export * from './deadline-sweep';
export * from './outbox-relay';
export * from './redis';
export * from './timers';
export * from './trigger-batcher';
