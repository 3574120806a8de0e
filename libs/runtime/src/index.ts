export * from './runtime.module';
export * from './tokens';
export { OutboxRelay } from '@regie/scheduling';
