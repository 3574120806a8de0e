/**
 * Moves committed outbox rows into BullMQ. A row is deleted only in the transaction that enqueued its jobs, so a
 * crash anywhere in between leaves the row for the next drain (at-least-once; job ids make repeats harmless).
 * Timer rows become deadline triggers; effect rows move to the `effects` table and their jobs to the effects
 * queue, which the worker carries out. The relay itself never carries out an effect, so any process may drain.
 */
import type { Clock, OutboxSignal } from '@regie/engine';
import { type OutboxRepository, type SystemDb, outsideTenant } from '@regie/persistence';
import type { Queue } from 'bullmq';
import { effectJob } from './effects';
import { REDIS_CALL_TIMEOUT_MS, withTimeout } from './timeout';
import { type Trigger, triggerJob } from './timers';

interface TimerPayload {
  deadlineId: string;
  token: number;
  dueAt: string;
  remindAt: string | null;
}

export interface RelayOptions {
  /** Only triggers due within this window are put in Redis; the sweep arms later ones when their time nears. */
  horizonMs: number;
  batchSize?: number;
  onError?: (err: unknown) => void;
  /** the effects queue (EFFECTS_QUEUE); without it effect rows wait in the outbox for a relay that has one */
  effects?: Queue;
}

export class OutboxRelay implements OutboxSignal {
  private draining: Promise<number> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  /** The relay is system work (`system`): it outlives the request that kicked it and moves every gemeente's rows. */
  constructor(
    private readonly system: SystemDb,
    private readonly outbox: OutboxRepository,
    private readonly queue: Queue,
    private readonly clock: Clock,
    private readonly options: RelayOptions,
  ) {}

  kick(): void {
    if (this.draining) {
      this.again = true;
      return;
    }
    // The drain outlives the request that kicked it: it runs on the system's handle, outside the request's scope.
    outsideTenant(() => void this.drain().catch((err) => this.options.onError?.(err)));
  }

  /** Drains until the outbox is empty; concurrent callers share one drain. */
  drain(): Promise<number> {
    if (this.draining) return this.draining;
    this.draining = (async () => {
      let moved = 0;
      try {
        do {
          this.again = false;
          for (let n = await this.drainBatch(); n > 0; n = await this.drainBatch()) moved += n;
          if (this.options.effects)
            for (let n = await this.moveEffects(); n > 0; n = await this.moveEffects()) moved += n;
        } while (this.again);
      } finally {
        this.draining = null;
      }
      return moved;
    })();
    return this.draining;
  }

  /** Polls as a safety net for rows written by a process that died before its own drain. */
  start(pollMs: number): void {
    this.timer ??= setInterval(() => this.kick(), pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.draining?.catch(() => undefined);
  }

  /**
   * Effect rows move to the `effects` table (the truth until a worker has carried them out) and their jobs go to
   * the effects queue, in the transaction that deletes them, bounded like the triggers: while Redis is away the
   * rows stay in the outbox. The job carries the effect's id only.
   */
  private async moveEffects(): Promise<number> {
    const effects = this.options.effects!;
    return this.outbox.moveEffects(this.system, this.options.batchSize ?? 500, async (moved) => {
      await withTimeout(
        effects.addBulk(moved.map((e) => effectJob(String(e.id)))),
        REDIS_CALL_TIMEOUT_MS,
        'effecten naar Redis',
      );
    });
  }

  private async drainBatch(): Promise<number> {
    return this.outbox.claimTimers<TimerPayload>(this.system, this.options.batchSize ?? 500, async (rows) => {
      // A manual clock does not run on its own: advancing it fires what falls due, so nothing goes to Redis.
      if (this.clock.mode !== 'system') return;
      const now = await this.clock.now();
      const horizon = now.getTime() + this.options.horizonMs;
      const triggers: Trigger[] = [];
      for (const { payload: p } of rows) {
        if (p.remindAt && Date.parse(p.remindAt) <= horizon) {
          triggers.push({
            deadlineId: p.deadlineId,
            token: p.token,
            kind: 'remind',
            at: new Date(p.remindAt),
          });
        }
        if (Date.parse(p.dueAt) <= horizon) {
          triggers.push({ deadlineId: p.deadlineId, token: p.token, kind: 'due', at: new Date(p.dueAt) });
        }
      }
      // Bounded: while Redis is away the rows stay (the transaction rolls back) instead of holding it open.
      if (triggers.length)
        await withTimeout(
          this.queue.addBulk(triggers.map((t) => triggerJob(t, now))),
          REDIS_CALL_TIMEOUT_MS,
          'outbox naar Redis',
        );
    });
  }
}
