/**
 * Fires deadline triggers into the engine. Delivery is at-least-once: the engine's token check makes a repeat,
 * or a trigger for a deadline that moved on, a logged no-op.
 */
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Config } from '@regie/config';
import { Engine } from '@regie/engine';
import { Metrics } from '@regie/runtime';
import { DEADLINES_QUEUE, TriggerBatcher, type TriggerJob } from '@regie/scheduling';
import type { Job } from 'bullmq';
import { JobIncidents } from './job-incidents';

/**
 * A worker that dies holding jobs stops renewing their locks; another worker takes them over once the lock
 * expires and its stalled check sees it: within lockDuration + 2 x stalledInterval, 8 s. Taking over a job that
 * was only slow is harmless (the token check), so the job may stall many times before it counts as failed.
 */
export const TAKE_OVER = { lockDuration: 4000, stalledInterval: 2000, maxStalledCount: 100 };

/**
 * The decorator is read when this file loads, before the configuration is: the worker is created idle and
 * started at bootstrap with WORKER_CONCURRENCY's slots (many, so jobs falling due together meet in one batch).
 */
@Processor(DEADLINES_QUEUE, { ...TAKE_OVER, autorun: false })
export class DeadlineProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly log = new Logger(DeadlineProcessor.name);
  private readonly incidents: JobIncidents;
  private readonly batcher: TriggerBatcher;
  private readonly concurrency: number;

  constructor(
    engine: Engine,
    private readonly metrics: Metrics,
    config: ConfigService<Config, true>,
  ) {
    super();
    this.incidents = new JobIncidents(DEADLINES_QUEUE, this.log, metrics);
    this.batcher = new TriggerBatcher(engine);
    this.concurrency = config.get('workerConcurrency', { infer: true });
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.concurrency;
    // what autorun would have done at creation; run() settles only when the worker closes
    this.worker.run().catch((err: Error) => this.log.error(`worker gestopt: ${err.message}`));
  }

  async process(job: Job<TriggerJob>): Promise<string> {
    const { deadlineId, token, kind, at } = job.data;
    const result = await this.batcher.fire({ deadlineId, token, kind });
    if (result === 'fired' && at)
      this.metrics.timerLag.observe({ kind }, (Date.now() - Date.parse(at)) / 1000);
    if (result === 'stale')
      this.log.debug(`stale ${kind} trigger ignored: deadline ${deadlineId} token ${token}`);
    // Only clock skew between processes gets here; the next sweep re-arms it.
    if (result === 'not_due') this.log.warn(`${kind} trigger for deadline ${deadlineId} arrived early`);
    return result;
  }

  /** An attempt that failed (Postgres away, most likely) is retried; one with no attempt left is an incident. */
  @OnWorkerEvent('failed')
  onFailed(job: Job<TriggerJob> | undefined, err: Error): void {
    if (this.incidents.failed(job))
      this.log.error(
        `trigger ${job!.data.kind} van termijn ${job!.data.deadlineId} gaf het op na ${job!.attemptsMade} ` +
          `pogingen (${err.message}); de sweep zet hem opnieuw klaar`,
      );
  }

  @OnWorkerEvent('error')
  onError(err: Error): void {
    this.incidents.error(err);
  }

  @OnWorkerEvent('stalled')
  onStalled(jobId: string): void {
    this.incidents.stalled(jobId);
  }
}
