/**
 * Moves committed outbox rows into BullMQ. A row is deleted only in the transaction that enqueued its jobs, so a
 * crash anywhere in between leaves the row for the next drain (at-least-once; job ids make repeats harmless).
 */
import type { Clock, EffectPayload, OutboxSignal } from '@regie/engine';
import { outsideTenant } from '@regie/persistence';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
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
  /** carries out a workflow's effect (EffectRunner.run); without it effect rows wait for a process that has one */
  runEffect?: (outboxId: string, payload: EffectPayload) => Promise<void>;
}

export class OutboxRelay implements OutboxSignal {
  private draining: Promise<number> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly queue: Queue,
    private readonly clock: Clock,
    private readonly options: RelayOptions,
  ) {}

  kick(): void {
    if (this.draining) {
      this.again = true;
      return;
    }
    // The drain outlives the request that kicked it: it runs on the pool, not on the request's connection.
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
          if (this.options.runEffect)
            for (let n = await this.runEffects(); n > 0; n = await this.runEffects()) moved += n;
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
   * Effects run one by one, each in the transaction that deletes its row: a crash or an infrastructure error
   * rolls the delete back and the effect runs again later (its commands are idempotent).
   */
  private async runEffects(): Promise<number> {
    return this.db.transaction(async (tx) => {
      const [rows]: [{ id: string; payload: EffectPayload }[], number] = await tx.query(
        `DELETE FROM outbox WHERE id IN (
           SELECT id FROM outbox WHERE kind = 'effect' ORDER BY id LIMIT 20 FOR UPDATE SKIP LOCKED)
         RETURNING id, payload`,
      );
      for (const row of rows) await this.options.runEffect!(String(row.id), row.payload);
      return rows.length;
    });
  }

  private async drainBatch(): Promise<number> {
    return this.db.transaction(async (tx) => {
      // an UPDATE or DELETE through TypeORM answers [rows, affected]
      const [rows]: [{ id: string; payload: TimerPayload }[], number] = await tx.query(
        `DELETE FROM outbox WHERE id IN (
           SELECT id FROM outbox WHERE kind = 'timer' ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING id, payload`,
        [this.options.batchSize ?? 500],
      );
      if (!rows.length) return 0;
      // A manual clock does not run on its own: advancing it fires what falls due, so nothing goes to Redis.
      if (this.clock.mode === 'system') {
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
      }
      return rows.length;
    });
  }
}
