import { ClockRepository, type LaterHappening } from '@regie/persistence';
import type { DataSource } from 'typeorm';

export type ClockMode = 'system' | 'manual';

/**
 * The engine's only source of "now". In `manual` mode (tests, demo) time stands still until advanced through the
 * API; it lives in Postgres so every API and worker process agrees on it.
 */
export class Clock {
  private readonly row: ClockRepository;

  constructor(
    readonly mode: ClockMode,
    db: DataSource,
    private readonly start: () => Date = () => new Date(),
  ) {
    this.row = new ClockRepository(db);
  }

  async now(): Promise<Date> {
    if (this.mode === 'system') return new Date();
    const now = await this.row.read();
    if (now) return now;
    await this.row.init(this.start());
    return this.now();
  }

  /**
   * Sets a manual clock back to `to` when nothing happened after that moment (ClockRepository.rewind, one
   * statement); otherwise it stays, and the answer names what happened last after `to` and how much did.
   */
  async rewind(to: Date): Promise<{ now: Date | null; later: LaterHappening | null; count: number }> {
    if (this.mode !== 'manual') throw new Error('the system clock cannot be set');
    await this.now(); // the row exists from here on
    return this.row.rewind(to);
  }

  /** Moves a manual clock; it never runs backwards. */
  async set(to: Date): Promise<Date> {
    if (this.mode !== 'manual') throw new Error('the system clock cannot be set');
    return this.row.advance(to);
  }
}
