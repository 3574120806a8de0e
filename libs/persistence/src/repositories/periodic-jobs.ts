/** The schedule of the periodic jobs: each job's next run and the lease of the worker running it. */
import { Injectable } from '@nestjs/common';
import type { Selectable } from 'kysely';
import type { SystemDb } from '../database';
import type { PeriodicJobs } from '../schema';

/** A job's row: its rhythm, when it runs next, and how its last run went. */
export type PeriodicJobRow = Omit<Selectable<PeriodicJobs>, 'leased_until'>;

/** System work: the jobs run for every gemeente, outside any request's tenant scope. */
@Injectable()
export class PeriodicJobsRepository {
  /** Registers a new job, or one whose pattern changed, with its next run; leaves an unchanged one alone. */
  async register(db: SystemDb, name: string, pattern: string, nextRunAt: Date): Promise<void> {
    await db.sql
      .insertInto('periodic_jobs')
      .values({ name, pattern, next_run_at: nextRunAt })
      .onConflict((oc) =>
        oc
          .column('name')
          .doUpdateSet((eb) => ({
            pattern: eb.ref('excluded.pattern'),
            next_run_at: eb.ref('excluded.next_run_at'),
          }))
          .where('periodic_jobs.pattern', '<>', (eb) => eb.ref('excluded.pattern')),
      )
      .execute();
  }

  /** Sets each job's next run, registering the ones not known yet (the clock was set to another moment). */
  async reschedule(db: SystemDb, jobs: { name: string; pattern: string; nextRunAt: Date }[]): Promise<void> {
    if (!jobs.length) return;
    await db.sql
      .insertInto('periodic_jobs')
      .values(jobs.map((j) => ({ name: j.name, pattern: j.pattern, next_run_at: j.nextRunAt })))
      .onConflict((oc) =>
        oc.column('name').doUpdateSet((eb) => ({
          pattern: eb.ref('excluded.pattern'),
          next_run_at: eb.ref('excluded.next_run_at'),
        })),
      )
      .execute();
  }

  /**
   * The earliest next run by `upTo` among `names` that no live lease (at `realNow`) holds, and the jobs due then;
   * null when none is due by `upTo`.
   */
  async nextDue(
    db: SystemDb,
    names: string[],
    upTo: Date,
    realNow: Date,
  ): Promise<{ at: Date; names: string[] } | null> {
    if (!names.length) return null;
    const rows = await db.sql
      .with('due', (w) =>
        w
          .selectFrom('periodic_jobs')
          .select(['name', 'next_run_at'])
          .where('name', 'in', names)
          .where('next_run_at', '<=', upTo)
          .where((eb) => eb.or([eb('leased_until', 'is', null), eb('leased_until', '<', realNow)])),
      )
      .selectFrom('due')
      .select(['name', 'next_run_at'])
      .where('next_run_at', '=', (eb) => eb.selectFrom('due').select((e) => e.fn.min('next_run_at').as('m')))
      .execute();
    return rows.length ? { at: rows[0].next_run_at, names: rows.map((r) => r.name) } : null;
  }

  /** The rows of `names`, in name order. */
  list(db: SystemDb, names: string[]): Promise<PeriodicJobRow[]> {
    if (!names.length) return Promise.resolve([]);
    return db.sql
      .selectFrom('periodic_jobs')
      .select(['name', 'pattern', 'next_run_at', 'last_run_at', 'last_error'])
      .where('name', 'in', names)
      .orderBy('name')
      .execute();
  }

  /**
   * Leases the job until `leaseUntil` when its run is due by `now` and no lease is live at `realNow`; the moment
   * the claimed run was due, or null when this call did not get it. `now` is the clock's, `realNow` real time
   * (see the caller).
   */
  async claim(db: SystemDb, name: string, now: Date, leaseUntil: Date, realNow: Date): Promise<Date | null> {
    const row = await db.sql
      .updateTable('periodic_jobs')
      .set({ leased_until: leaseUntil })
      .where('name', '=', name)
      .where('next_run_at', '<=', now)
      .where((eb) => eb.or([eb('leased_until', 'is', null), eb('leased_until', '<', realNow)]))
      .returning('next_run_at')
      .executeTakeFirst();
    return row ? row.next_run_at : null;
  }

  /** Records a successful run and frees the job for its next one. */
  async succeeded(db: SystemDb, name: string, nextRunAt: Date, ranAt: Date): Promise<void> {
    await db.sql
      .updateTable('periodic_jobs')
      .set({ next_run_at: nextRunAt, leased_until: null, last_run_at: ranAt, last_error: null })
      .where('name', '=', name)
      .execute();
  }

  /** Records a failed run; the lease, shortened to `retryAt`, keeps other workers from retrying sooner. */
  async failed(db: SystemDb, name: string, retryAt: Date, error: string): Promise<void> {
    await db.sql
      .updateTable('periodic_jobs')
      .set({ leased_until: retryAt, last_error: error })
      .where('name', '=', name)
      .execute();
  }
}
