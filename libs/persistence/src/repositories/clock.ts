/** The manual clock's row: the one "now" every API and worker process shares while time stands still. */
import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { SystemDb } from '../database';

/** Something that happened after a moment the manual clock was to be set back to: what, its kind, id and time. */
export interface LaterHappening {
  /** the table: `case_history`, `case`, `deadline`, `notification`, `subject`, `consent`, ... */
  what: string;
  /** the event type, workflow, status, kind or scope */
  kind: string;
  id: string;
  at: Date;
}

/**
 * One row for every gemeente: read and moved as the system, never through a request's tenant connection; setting
 * it back looks at what happened in every gemeente.
 */
@Injectable()
export class ClockRepository {
  /** The manual clock's time, or null before it was first set. */
  async read(db: SystemDb): Promise<Date | null> {
    const row = await db.sql.selectFrom('clock').select('now').where('id', '=', 1).executeTakeFirst();
    return row ? row.now : null;
  }

  /** Starts the clock at `at` unless another process started it first. */
  async init(db: SystemDb, at: Date): Promise<void> {
    await db.sql
      .insertInto('clock')
      .values({ id: 1, now: at })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  /**
   * Sets the clock back to `to`, in one statement, unless anything happened after that moment: a case step in the
   * history, a case written, a deadline reminded, met, missed or cancelled, a notification, a subject, consent or
   * voorziening recorded, a gemeente's rules changed (every one stamped by this clock). Then the clock stays and
   * the answer says what happened last after `to`, and how many such things there are; ids and kinds only.
   */
  async rewind(
    db: SystemDb,
    to: Date,
  ): Promise<{ now: Date | null; later: LaterHappening | null; count: number }> {
    // the later happening comes through row_to_json: its time is a string
    const { rows } = await sql<{
      now: Date | null;
      later: (Omit<LaterHappening, 'at'> & { at: string }) | null;
      count: number;
    }>`
      WITH later AS (
         SELECT 'case_history' AS what, type AS kind, case_id::text AS id, at FROM case_history WHERE at > ${to}
         UNION ALL SELECT 'case', workflow, id::text, updated_at FROM cases WHERE updated_at > ${to}
         UNION ALL SELECT 'deadline', status, id::text,
             GREATEST(reminded_at, met_at, missed_at, cancelled_at, created_at) FROM deadlines
           WHERE GREATEST(reminded_at, met_at, missed_at, cancelled_at, created_at) > ${to}
         UNION ALL SELECT 'notification', kind, id::text, created_at FROM notifications WHERE created_at > ${to}
         UNION ALL SELECT 'subject', kind, id::text, created_at FROM subjects WHERE created_at > ${to}
         UNION ALL SELECT 'consent', scope, id::text, GREATEST(granted_at, withdrawn_at) FROM consents
           WHERE GREATEST(granted_at, withdrawn_at) > ${to}
         UNION ALL SELECT 'voorziening', wet, id::text, created_at FROM voorzieningen WHERE created_at > ${to}
         UNION ALL SELECT 'workflow_config', workflow, gemeente, changed_at FROM workflow_config_history
           WHERE changed_at > ${to}),
       u AS (UPDATE clock SET now = ${to} WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM later) RETURNING now)
       SELECT (SELECT now FROM u) AS now, (SELECT count(*)::int FROM later) AS count,
         (SELECT row_to_json(l) FROM (SELECT * FROM later ORDER BY at DESC LIMIT 1) l) AS later`.execute(
      db.sql,
    );
    const row = rows[0];
    return {
      now: row.now,
      later: row.later ? { ...row.later, at: new Date(row.later.at) } : null,
      count: row.count,
    };
  }

  /** Moves the clock to `to` unless it is already later (it never runs backwards); returns its time. */
  async advance(db: SystemDb, to: Date): Promise<Date> {
    const row = await db.sql
      .insertInto('clock')
      .values({ id: 1, now: to })
      .onConflict((oc) => oc.column('id').doUpdateSet({ now: sql<Date>`GREATEST(clock.now, EXCLUDED.now)` }))
      .returning('now')
      .executeTakeFirstOrThrow();
    return row.now;
  }
}
