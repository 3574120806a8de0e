/**
 * What every processor reports about its jobs, whatever they carry: a failed attempt (counted; exhausted when no
 * attempt is left, which the sweep arms again, or when it failed for good with an UnrecoverableError, which BullMQ
 * does not retry), a job taken over from a worker that stopped, and Redis errors (one line now and then instead of
 * a stack per reconnect attempt). Each processor adds only its own words.
 */
import type { Logger } from '@nestjs/common';
import { type Metrics, connectionErrorLog } from '@regie/runtime';
import { type Job, UnrecoverableError } from 'bullmq';

export class JobIncidents {
  readonly error: (err: Error) => void;

  constructor(
    private readonly queue: string,
    private readonly log: Logger,
    private readonly metrics: Metrics,
  ) {
    this.error = connectionErrorLog(log, `worker ${queue}`);
  }

  /** Counts the failed attempt; true when it was the last one. */
  failed(job: Job | undefined, err?: Error): boolean {
    const exhausted = !!job && (job.attemptsMade >= (job.opts.attempts ?? 1) || unrecoverable(err));
    this.metrics.jobsFailed.inc({ queue: this.queue, exhausted: String(exhausted) });
    return exhausted;
  }

  stalled(jobId: string): void {
    this.metrics.jobsStalled.inc({ queue: this.queue });
    this.log.warn(`job ${jobId} van ${this.queue} overgenomen van een worker die stopte`);
  }
}

/** An error BullMQ fails a job on at once, whatever attempts are left (it matches by name too). */
export function unrecoverable(err: Error | undefined): boolean {
  return err instanceof UnrecoverableError || err?.name === 'UnrecoverableError';
}
