/** The schedule of the periodic jobs: each job's next run and the lease of the worker running it. */
import type { DataSource } from 'typeorm';

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

  /**
   * Leases the job until `leaseUntil` when its run is due by `now` and no lease is live at `realNow`; whether
   * this call got it. `now` is the clock's, `realNow` real time (see the caller).
   */
  async claim(name: string, now: Date, leaseUntil: Date, realNow: Date): Promise<boolean> {
    const [claimed]: [unknown[], number] = await this.ds.query(
      `UPDATE periodic_jobs SET leased_until = $3 WHERE name = $1 AND next_run_at <= $2
         AND (leased_until IS NULL OR leased_until < $4) RETURNING name`,
      [name, now, leaseUntil, realNow],
    );
    return claimed.length > 0;
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
