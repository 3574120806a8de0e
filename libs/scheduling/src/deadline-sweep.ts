/**
 * Re-arms from Postgres every trigger that falls due within the horizon, and fires those already overdue. Every
 * worker runs it at start-up and from a timer of its own (see Repeating): if Redis loses every key, the next sweep
 * fires what fell due meanwhile and puts the later triggers back, and the deadline tokens make sure none fires
 * twice into a case, whichever path or process fires it.
 */
import type { Clock, Engine } from '@regie/engine';
import type { Queue } from 'bullmq';
import { REDIS_CALL_TIMEOUT_MS, withTimeout } from './timeout';
import { triggerJob } from './timers';

/**
 * A trigger overdue by more than this is fired by the sweep itself, straight from Postgres in batch statements,
 * rather than as one Redis job each: after Redis lost its keys (or no worker ran for a while) thousands are due at
 * once, and the batches fire them several times faster. A younger one is left to its job, about to fire anyway.
 */
export const FIRE_DIRECTLY_AFTER_MS = 2000;
/** Batches fired at once from a backlog: bench (g) fired 10,000 in 7.1 s with one, 5.0 s with two, 4.5 s with four. */
const FIRING_LANES = 4;

export class DeadlineSweep {
  constructor(
    private readonly engine: Engine,
    private readonly queue: Queue,
    private readonly clock: Clock,
    private readonly horizonMs: number,
    private readonly batchSize = 1000,
    /** hears of each trigger the sweep fires itself, with how late it fired (the timer lag metric) */
    private readonly onFired: (kind: 'due' | 'remind', lagSeconds: number) => void = () => undefined,
  ) {}

  /** Returns how many triggers were fired or armed. */
  async run(): Promise<number> {
    if (this.clock.mode === 'manual') return this.engine.fireDue();
    const now = await this.clock.now();
    const fired = await this.engine.fireDue(
      new Date(now.getTime() - FIRE_DIRECTLY_AFTER_MS),
      (t) => this.onFired(t.kind, (Date.now() - t.at.getTime()) / 1000),
      FIRING_LANES,
    );
    return fired + (await this.arm(now));
  }

  private async arm(now: Date): Promise<number> {
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
