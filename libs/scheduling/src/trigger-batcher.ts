/**
 * Fires deadline triggers in batches. BullMQ hands each worker slot one job; the batcher gathers the jobs that
 * arrive within a few milliseconds and fires them with one `Engine.fireMany`, so a thousand deadlines falling due
 * in the same second cost a few statements each batch instead of a transaction each. Every job still completes
 * (or fails and is retried) on its own.
 */
import type { Engine, FireResult } from '@regie/engine';
import type { TriggerJob } from './timers';

interface Waiting {
  trigger: TriggerJob;
  resolve(result: FireResult): void;
  reject(err: unknown): void;
}

export class TriggerBatcher {
  private waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly engine: Pick<Engine, 'fireMany'>,
    private readonly maxBatch = 200,
    private readonly lingerMs = 5,
  ) {}

  fire(trigger: TriggerJob): Promise<FireResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ trigger, resolve, reject });
      if (this.waiting.length >= this.maxBatch) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.lingerMs);
    });
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.waiting;
    this.waiting = [];
    if (!batch.length) return;
    this.engine.fireMany(batch.map((w) => w.trigger)).then(
      (results) => batch.forEach((w, i) => w.resolve(results[i])),
      (err) => batch.forEach((w) => w.reject(err)),
    );
  }
}
