export { DeadlineSweep } from './deadline-sweep';
export {
  EFFECTS_QUEUE,
  EffectNotReady,
  EffectSweep,
  PendingEffects,
  type EffectJob,
  effectJob,
} from './effects';
export * from './outbox-relay';
export { type ClockMove, ManualTime } from './manual-time';
export {
  type PeriodicJob,
  PeriodicJobs,
  type PeriodicRun,
  type ScheduledJob,
  nextRun,
} from './periodic-jobs';
export { redisConnection, redisPrefix } from './redis';
export { Repeating } from './repeating';
export { withTimeout } from './timeout';
export { DEADLINES_QUEUE, type TriggerJob, triggerJobId } from './timers';
export { TriggerBatcher } from './trigger-batcher';
