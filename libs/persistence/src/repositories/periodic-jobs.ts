/** The schedule of the periodic jobs: each job's next run and the lease of the worker running it. */
import type { DataSource } from 'typeorm';

/** A job's row: its rhythm, when it runs next, and how its last run went. */
export interface PeriodicJobRow {
  name: string;
  pattern: string;
  next_run_at: Date;
  last_run_at: Date | null;
  last_error: string | null;
}

/** System work on the pool: the jobs run for every gemeente, outside any request's tenant scope. */
export class PeriodicJobsRepository {
  constructor(private readonly ds: DataSource) {}

  /** Registers a new job, or one whose pattern changed, with its next run; leaves an unchanged one alone. */
  async register(name: string, pattern: string, nextRunAt: Date): Promise<void> {
    await this.ds.query(
      `INSERT INTO periodic_jobs (name, pattern, next_run_at) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET pattern = EXCLUDED.pattern, next_run_at = EXCLUDED.next_run_at
       WHERE periodic_jobs.pattern <> EXCLUDED.pattern`,
      [name, pattern, nextRunAt],
    );
  }

  /** Sets each job's next run, registering the ones not known yet (the clock was set to another moment). */
  async reschedule(jobs: { name: string; pattern: string; nextRunAt: Date }[]): Promise<void> {
    await this.ds.query(
      `INSERT INTO periodic_jobs (name, pattern, next_run_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[])
       ON CONFLICT (name) DO UPDATE SET pattern = EXCLUDED.pattern, next_run_at = EXCLUDED.next_run_at`,
      [jobs.map((j) => j.name), jobs.map((j) => j.pattern), jobs.map((j) => j.nextRunAt)],
    );
  }

  /**
   * The earliest next run by `upTo` among `names` that no live lease (at `realNow`) holds, and the jobs due then;
   * null when none is due by `upTo`.
   */
  async nextDue(names: string[], upTo: Date, realNow: Date): Promise<{ at: Date; names: string[] } | null> {
    const rows: { name: string; next_run_at: Date }[] = await this.ds.query(
      `WITH due AS (SELECT name, next_run_at FROM periodic_jobs WHERE name = ANY($1) AND next_run_at <= $2
         AND (leased_until IS NULL OR leased_until < $3))
       SELECT name, next_run_at FROM due WHERE next_run_at = (SELECT min(next_run_at) FROM due)`,
      [names, upTo, realNow],
    );
    return rows.length ? { at: rows[0].next_run_at, names: rows.map((r) => r.name) } : null;
  }

  /** The rows of `names`, in name order. */
  list(names: string[]): Promise<PeriodicJobRow[]> {
    return this.ds.query(
      `SELECT name, pattern, next_run_at, last_run_at, last_error FROM periodic_jobs WHERE name = ANY($1)
       ORDER BY name`,
      [names],
    );
  }

  /**
   * Leases the job until `leaseUntil` when its run is due by `now` and no lease is live at `realNow`; the moment
   * the claimed run was due, or null when this call did not get it. `now` is the clock's, `realNow` real time
   * (see the caller).
   */
  async claim(name: string, now: Date, leaseUntil: Date, realNow: Date): Promise<Date | null> {
    const [claimed]: [{ next_run_at: Date }[], number] = await this.ds.query(
      `UPDATE periodic_jobs SET leased_until = $3 WHERE name = $1 AND next_run_at <= $2
         AND (leased_until IS NULL OR leased_until < $4) RETURNING next_run_at`,
      [name, now, leaseUntil, realNow],
    );
    return claimed.length ? claimed[0].next_run_at : null;
  }

  /** Records a successful run and frees the job for its next one. */
  async succeeded(name: string, nextRunAt: Date, ranAt: Date): Promise<void> {
    await this.ds.query(
      `UPDATE periodic_jobs SET next_run_at = $2, leased_until = NULL, last_run_at = $3, last_error = NULL
         WHERE name = $1`,
      [name, nextRunAt, ranAt],
    );
  }

  /** Records a failed run; the lease, shortened to `retryAt`, keeps other workers from retrying sooner. */
  async failed(name: string, retryAt: Date, error: string): Promise<void> {
    await this.ds.query(`UPDATE periodic_jobs SET leased_until = $2, last_error = $3 WHERE name = $1`, [
      name,
      retryAt,
      error,
    ]);
  }
}
