/**
 * Carries out effects (what a transition asks of another case) from the effects queue. Only the worker does this:
 * the API and any other process that drains the outbox only relay. Delivery is at least once: PendingEffects lets
 * one worker at a time carry an effect out and forgets it once done, and EffectRunner's steps carry idempotency
 * keys, so a repeat (a job delivered twice, a worker killed halfway) does nothing twice.
 */
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { EffectRunner } from '@regie/engine';
import { Metrics, connectionErrorLog } from '@regie/runtime';
import { EFFECTS_QUEUE, type EffectJob, EffectNotReady, PendingEffects } from '@regie/scheduling';
import type { Job } from 'bullmq';
import { TAKE_OVER } from './deadline.processor';

/**
 * One at a time per worker, in the order they arrive, as the relay once ran them: two effects that look for the
 * same household's open case at the same moment could each start one.
 */
@Processor(EFFECTS_QUEUE, { ...TAKE_OVER, concurrency: 1 })
export class EffectProcessor extends WorkerHost {
  private readonly log = new Logger(EffectProcessor.name);

  constructor(
    private readonly runner: EffectRunner,
    private readonly pending: PendingEffects,
    private readonly metrics: Metrics,
  ) {
    super();
  }

  process(job: Job<EffectJob>): Promise<string> {
    return this.pending.carryOut(job.data.effectId, (id, payload) => this.runner.run(id, payload));
  }

  /**
   * An attempt that failed is retried with backoff (one that waited for the relay's commit or another worker's
   * lease quietly); one with no attempt left is an incident, armed again by the sweep.
   */
  @OnWorkerEvent('failed')
  onFailed(job: Job<EffectJob> | undefined, err: Error): void {
    const exhausted = !!job && job.attemptsMade >= (job.opts.attempts ?? 1);
    this.metrics.jobsFailed.inc({ queue: EFFECTS_QUEUE, exhausted: String(exhausted) });
    if (exhausted)
      this.log.error(
        `effect ${job.data.effectId} gaf het op na ${job.attemptsMade} pogingen (${err.message}); ` +
          `de sweep zet hem opnieuw klaar`,
      );
    else if (!(err instanceof EffectNotReady))
      this.log.warn(`effect ${job?.data.effectId} mislukt, volgt opnieuw: ${err.message}`);
  }

  private readonly connectionError = connectionErrorLog(this.log, `worker ${EFFECTS_QUEUE}`);

  /** Redis away (the worker reconnects by itself): one line now and then instead of a stack per attempt. */
  @OnWorkerEvent('error')
  onError(err: Error): void {
    this.connectionError(err);
  }

  @OnWorkerEvent('stalled')
  onStalled(jobId: string): void {
    this.metrics.jobsStalled.inc({ queue: EFFECTS_QUEUE });
    this.log.warn(`effect-job ${jobId} overgenomen van een worker die stopte`);
  }
}
