export * from './connection-errors';
export * from './health';
export { DurableListener, type DurableListenerOptions } from './durable-listener';
export { KalenderSync } from './kalender-sync';
export * from './metrics';
export * from './runtime.module';
export * from './shutdown';
export { OutboxRelay } from '@regie/scheduling';
