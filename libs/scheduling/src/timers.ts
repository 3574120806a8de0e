/**
 * Deadline triggers as BullMQ jobs. A job carries ids and its moment only (no personal data). Its id names the
 * deadline, the token and the kind, so arming the same trigger twice (relay and sweep, two processes) adds it once.
 */
import type { JobsOptions } from 'bullmq';

export const DEADLINES_QUEUE = 'deadlines';

export type TriggerKind = 'due' | 'remind';

export interface TriggerJob {
  deadlineId: string;
  token: number;
  kind: TriggerKind;
  /** when it falls due (ISO 8601): the timer lag metric measures from here */
  at?: string;
}

export interface Trigger extends Omit<TriggerJob, 'at'> {
  at: Date;
}

export function triggerJobId(t: Pick<TriggerJob, 'deadlineId' | 'token' | 'kind'>): string {
  return `${t.kind}-${t.deadlineId}-${t.token}`;
}

export function triggerJob(
  t: Trigger,
  now: Date,
): { name: TriggerKind; data: TriggerJob; opts: JobsOptions } {
  return {
    name: t.kind,
    data: { deadlineId: t.deadlineId, token: t.token, kind: t.kind, at: t.at.toISOString() },
    opts: {
      jobId: triggerJobId(t),
      delay: Math.max(0, t.at.getTime() - now.getTime()),
      attempts: 10,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: true,
      // A job kept in the failed set would make re-adding its id a no-op, and the deadline would wait for ever.
      // Removed, the next sweep arms it again; the worker raises the exhausted attempts as an incident.
      removeOnFail: true,
    },
  };
}
