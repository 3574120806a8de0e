/**
 * Re-arms from Postgres every trigger that falls due within the horizon, and those already overdue. Every worker
 * runs it at start-up and from a timer of its own (see Repeating): if Redis loses every key, the next sweep puts
 * the triggers back, and the deadline tokens make sure none fires twice into a case.
 */
import type { Clock, Engine } from '@regie/engine';
import type { Queue } from 'bullmq';
import { REDIS_CALL_TIMEOUT_MS, withTimeout } from './timeout';
import { triggerJob } from './timers';

export class DeadlineSweep {
  constructor(
    private readonly engine: Engine,
    private readonly queue: Queue,
    private readonly clock: Clock,
    private readonly horizonMs: number,
    private readonly batchSize = 1000,
  ) {}

  /** Returns how many triggers were armed (system clock) or fired (manual clock). */
  async run(): Promise<number> {
    if (this.clock.mode === 'manual') return this.engine.fireDue();
    const now = await this.clock.now();
    const upTo = new Date(now.getTime() + this.horizonMs);
    let armed = 0;
    for (let after: { at: Date; id: string } | null = null; ;) {
      const batch = await this.engine.pendingTriggers(upTo, this.batchSize, after);
      if (!batch.length) return armed;
      await withTimeout(
        this.queue.addBulk(batch.map((t) => triggerJob({ ...t, deadlineId: t.id }, now))),
        REDIS_CALL_TIMEOUT_MS,
        'deadline-triggers in Redis zetten',
      );
      armed += batch.length;
      const last = batch[batch.length - 1];
      after = { at: last.at, id: last.id };
    }
  }
}
