/** The manual clock's row: the one "now" every API and worker process shares while time stands still. */
import type { DataSource } from 'typeorm';

/** One row for every gemeente: read and moved on the pool, not through a request's tenant connection. */
export class ClockRepository {
  constructor(private readonly ds: DataSource) {}

  /** The manual clock's time, or null before it was first set. */
  async read(): Promise<Date | null> {
    const rows: { now: Date }[] = await this.ds.query(`SELECT now FROM clock WHERE id = 1`);
    return rows.length ? rows[0].now : null;
  }

  /** Starts the clock at `at` unless another process started it first. */
  async init(at: Date): Promise<void> {
    await this.ds.query(`INSERT INTO clock (id, now) VALUES (1, $1) ON CONFLICT (id) DO NOTHING`, [at]);
  }

  /** Moves the clock to `to` unless it is already later (it never runs backwards); returns its time. */
  async advance(to: Date): Promise<Date> {
    const rows: { now: Date }[] = await this.ds.query(
      `INSERT INTO clock (id, now) VALUES (1, $1)
       ON CONFLICT (id) DO UPDATE SET now = GREATEST(clock.now, EXCLUDED.now) RETURNING now`,
      [to],
    );
    return rows[0].now;
  }
}
