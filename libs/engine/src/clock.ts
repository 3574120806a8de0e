import type { ClockRepository, LaterHappening, SystemDb } from '@regie/persistence';

export type ClockMode = 'system' | 'manual';

/**
 * The engine's only source of "now". In `manual` mode (tests, demo) time stands still until advanced through the
 * API; it lives in Postgres so every API and worker process agrees on it. Its row is every gemeente's: read and
 * moved as the system (`system`), also when a request asks the time.
 */
export class Clock {
  constructor(
    readonly mode: ClockMode,
    private readonly system: SystemDb,
    private readonly row: ClockRepository,
    private readonly start: () => Date = () => new Date(),
  ) {}

  async now(): Promise<Date> {
    if (this.mode === 'system') return new Date();
    const now = await this.row.read(this.system);
    if (now) return now;
    await this.row.init(this.system, this.start());
    return this.now();
  }

  /**
   * Sets a manual clock back to `to` when nothing happened after that moment (ClockRepository.rewind, one
   * statement); otherwise it stays, and the answer names what happened last after `to` and how much did.
   */
  async rewind(to: Date): Promise<{ now: Date | null; later: LaterHappening | null; count: number }> {
    if (this.mode !== 'manual') throw new Error('the system clock cannot be set');
    await this.now(); // the row exists from here on
    return this.row.rewind(this.system, to);
  }

  /** Moves a manual clock; it never runs backwards. */
  async set(to: Date): Promise<Date> {
    if (this.mode !== 'manual') throw new Error('the system clock cannot be set');
    return this.row.advance(this.system, to);
  }
}
