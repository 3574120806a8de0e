/**
 * Carries out effects (what a transition asks of another case) from the effects queue. Only the worker does this:
 * the API and any other process that drains the outbox only relay. Delivery is at least once: PendingEffects lets
 * one worker at a time carry an effect out and forgets it once done, and EffectRunner's steps carry idempotency
 * keys, so a repeat (a job delivered twice, a worker killed halfway) does nothing twice.
 */
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { EffectRunner } from '@regie/engine';
import { Metrics } from '@regie/runtime';
import { EFFECTS_QUEUE, type EffectJob, EffectNotReady, PendingEffects } from '@regie/scheduling';
import type { Job } from 'bullmq';
import { JobIncidents, unrecoverable } from './job-incidents';
import { TAKE_OVER } from './deadline.processor';

/**
 * One at a time per worker, in the order they arrive, as the relay once ran them: two effects that look for the
 * same household's open case at the same moment could each start one.
 */
@Processor(EFFECTS_QUEUE, { ...TAKE_OVER, concurrency: 1 })
export class EffectProcessor extends WorkerHost {
  private readonly log = new Logger(EffectProcessor.name);
  private readonly incidents: JobIncidents;

  constructor(
    private readonly runner: EffectRunner,
    private readonly pending: PendingEffects,
    metrics: Metrics,
  ) {
    super();
    this.incidents = new JobIncidents(EFFECTS_QUEUE, this.log, metrics);
  }

  process(job: Job<EffectJob>): Promise<string> {
    return this.pending.carryOut(job.data.effectId, (id, payload) => this.runner.run(id, payload));
  }

  /**
   * An attempt that failed is retried with backoff (one that waited for the relay's commit or another worker's
   * lease quietly); one with no attempt left is an incident, armed again by the sweep. One that can never succeed
   * (no handler for its type) failed for good at its first attempt: an incident the sweep leaves alone.
   */
  @OnWorkerEvent('failed')
  onFailed(job: Job<EffectJob> | undefined, err: Error): void {
    const exhausted = this.incidents.failed(job, err);
    if (exhausted && unrecoverable(err))
      this.log.error(
        `effect ${job!.data.effectId} kan niet worden uitgevoerd (${err.message}); ` +
          `vastgelegd als mislukt in de tabel effects, zonder nieuwe poging`,
      );
    else if (exhausted)
      this.log.error(
        `effect ${job!.data.effectId} gaf het op na ${job!.attemptsMade} pogingen (${err.message}); ` +
          `de sweep zet hem opnieuw klaar`,
      );
    else if (!(err instanceof EffectNotReady))
      this.log.warn(`effect ${job?.data.effectId} mislukt, volgt opnieuw: ${err.message}`);
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
