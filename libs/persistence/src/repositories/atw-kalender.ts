/**
 * The days equated by Royal Decree (Atw art. 3), every version of the list: national, so no gemeente filter and
 * no row-level security (migration 1763900000009). Inserting a version notifies `regie_kalender` (a trigger).
 */
import { Injectable } from '@nestjs/common';
import { type Selectable, sql } from 'kysely';
import type { Db, SystemDb, TenantDb } from '../database';
import type { AtwKalender } from '../schema';

/** The channel a new version of the list is announced on (payload: its version). */
export const KALENDER_CHANNEL = 'regie_kalender';

export type AtwKalenderVersion = Pick<Selectable<AtwKalender>, 'version'> & {
  /** the equated days, local dates (JJJJ-MM-DD), sorted */
  dagen: string[];
  changedBy: string;
  /** the gemeente of the admin who changed it; null for the seeded list */
  gemeente: string | null;
  changedAt: Date;
};

/**
 * The list in force is read by every process at start-up and on each change (KalenderSync: system work, the list
 * is national); the admin's page reads every version and changes it under the admin's tenant (`TenantDb`), whose
 * gemeente the new version names.
 */
@Injectable()
export class AtwKalenderRepository {
  /** The list in force: the newest version (null only before the migration ran). */
  async current(db: SystemDb): Promise<AtwKalenderVersion | null> {
    const row = await this.versions(db).orderBy('version', 'desc').limit(1).executeTakeFirst();
    return row ?? null;
  }

  /** Every version, the oldest first. */
  history(db: TenantDb): Promise<AtwKalenderVersion[]> {
    return this.versions(db).orderBy('version').execute();
  }

  /**
   * Appends a version with `dagen` (version + 1), named after the caller's gemeente. Two admins changing at once:
   * one of them fails on the primary key and may retry; the list is never merged silently.
   */
  async change(db: TenantDb, dagen: readonly string[], changedBy: string, at: Date): Promise<number> {
    const row = await db.sql
      .insertInto('atw_kalender')
      .columns(['version', 'dagen', 'changed_by', 'gemeente', 'changed_at'])
      .expression((eb) =>
        eb
          .selectFrom('atw_kalender')
          .select([
            sql<number>`coalesce(max(version), 0) + 1`.as('version'),
            sql<string[]>`${dagen}::date[]`.as('dagen'),
            sql<string>`${changedBy}`.as('changed_by'),
            sql<string>`${db.gemeente}`.as('gemeente'),
            sql<Date>`${at}`.as('changed_at'),
          ]),
      )
      .returning('version')
      .executeTakeFirstOrThrow();
    return row.version;
  }

  private versions(db: Db) {
    return db.sql
      .selectFrom('atw_kalender')
      .select([
        'version',
        sql<string[]>`ARRAY(SELECT to_char(d, 'YYYY-MM-DD') FROM unnest(dagen) d ORDER BY d)`.as('dagen'),
        'changed_by as changedBy',
        'gemeente',
        'changed_at as changedAt',
      ]);
  }
}
