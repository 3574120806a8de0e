/**
 * Deadline triggers as BullMQ jobs. A job carries ids only (no personal data). Its id names the deadline, the
 * token and the kind, so arming the same trigger twice (relay and sweep, two processes) adds it once.
 */
import type { JobsOptions } from 'bullmq';

export const DEADLINES_QUEUE = 'deadlines';
export const MAINTENANCE_QUEUE = 'maintenance';
export const SWEEP_JOB = 'deadline-sweep';

export type TriggerKind = 'due' | 'remind';

export interface TriggerJob {
  deadlineId: string;
  token: number;
  kind: TriggerKind;
}

export interface Trigger extends TriggerJob {
  at: Date;
}

export function triggerJobId(t: TriggerJob): string {
  return `${t.kind}-${t.deadlineId}-${t.token}`;
}

export function triggerJob(
  t: Trigger,
  now: Date,
): { name: TriggerKind; data: TriggerJob; opts: JobsOptions } {
  return {
    name: t.kind,
    data: { deadlineId: t.deadlineId, token: t.token, kind: t.kind },
    opts: {
      jobId: triggerJobId(t),
      delay: Math.max(0, t.at.getTime() - now.getTime()),
      attempts: 10,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: true,
      removeOnFail: 1000,
    },
  };
}
