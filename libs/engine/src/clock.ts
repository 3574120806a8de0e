import type { DataSource } from 'typeorm';

export type ClockMode = 'system' | 'manual';

/**
 * The engine's only source of "now". In `manual` mode (tests, demo) time stands still until advanced through the
 * API; it lives in Postgres so every API and worker process agrees on it.
 */
export class Clock {
  constructor(
    readonly mode: ClockMode,
    private readonly db: DataSource,
    private readonly start: () => Date = () => new Date(),
  ) {}

  async now(): Promise<Date> {
    if (this.mode === 'system') return new Date();
    const rows: { now: Date }[] = await this.db.query(`SELECT now FROM clock WHERE id = 1`);
    if (rows.length) return rows[0].now;
    await this.db.query(`INSERT INTO clock (id, now) VALUES (1, $1) ON CONFLICT (id) DO NOTHING`, [
      this.start(),
    ]);
    return this.now();
  }

  /** Moves a manual clock; it never runs backwards. */
  async set(to: Date): Promise<Date> {
    if (this.mode !== 'manual') throw new Error('the system clock cannot be set');
    const rows: { now: Date }[] = await this.db.query(
      `INSERT INTO clock (id, now) VALUES (1, $1)
       ON CONFLICT (id) DO UPDATE SET now = GREATEST(clock.now, EXCLUDED.now) RETURNING now`,
      [to],
    );
    return rows[0].now;
  }
}
