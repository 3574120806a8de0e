import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each periodic job (the daily transitie18 scan, the worklist digest) runs next, kept in Postgres rather than
 * as a BullMQ job scheduler: a scheduler lives only in Redis, and a Redis that loses its keys would silently stop
 * the jobs until a worker restarted. A worker claims a due run with a lease, so one run happens across workers
 * and a run whose worker died is taken over when the lease ends.
 */
export class PeriodicJobs1763900000005 implements MigrationInterface {
  name = 'PeriodicJobs1763900000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE periodic_jobs (
        name text PRIMARY KEY,
        pattern text NOT NULL,
        next_run_at timestamptz NOT NULL,
        leased_until timestamptz,
        last_run_at timestamptz,
        last_error text
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE periodic_jobs`);
  }
}
