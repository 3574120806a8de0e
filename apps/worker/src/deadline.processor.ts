/**
 * Fires deadline triggers into the engine. Delivery is at-least-once: the engine's token check makes a repeat,
 * or a trigger for a deadline that moved on, a logged no-op.
 */
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Engine } from '@regie/engine';
import { DEADLINES_QUEUE, TriggerBatcher, type TriggerJob } from '@regie/scheduling';
import type { Job } from 'bullmq';

/** Many slots, so that jobs falling due together meet in one batch (see TriggerBatcher). */
export const WORKER_CONCURRENCY = Number(process.env.WORKER_CONCURRENCY ?? 200);

@Processor(DEADLINES_QUEUE, { concurrency: WORKER_CONCURRENCY })
export class DeadlineProcessor extends WorkerHost {
  private readonly log = new Logger(DeadlineProcessor.name);
  private readonly batcher: TriggerBatcher;

  constructor(engine: Engine) {
    super();
    this.batcher = new TriggerBatcher(engine);
  }

  async process(job: Job<TriggerJob>): Promise<string> {
    const { deadlineId, token, kind } = job.data;
    const result = await this.batcher.fire({ deadlineId, token, kind });
    if (result === 'stale')
      this.log.debug(`stale ${kind} trigger ignored: deadline ${deadlineId} token ${token}`);
    // Only clock skew between processes gets here; the next sweep re-arms it.
    if (result === 'not_due') this.log.warn(`${kind} trigger for deadline ${deadlineId} arrived early`);
    return result;
  }
}
