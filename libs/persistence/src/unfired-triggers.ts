/**
 * Triggers (deadlines' due moments and reminders) whose moment lies before `before` and that have not fired: the
 * figure the metrics show (before = now) and the timer check alerts on (before = now minus the threshold). One
 * query for both, so the two can never disagree on what counts as unfired. System work: every gemeente's.
 */
import { sql } from 'kysely';
import type { SystemDb } from './database';

export interface UnfiredTriggers {
  due: number;
  remind: number;
  /** the oldest moment among them, null when there are none */
  oldest: Date | null;
}

export async function unfiredTriggers(db: SystemDb, before: Date): Promise<UnfiredTriggers> {
  const { rows } = await sql<UnfiredTriggers>`SELECT count(*) FILTER (WHERE kind = 'due')::int AS due,
       count(*) FILTER (WHERE kind = 'remind')::int AS remind, min(at) AS oldest
     FROM (
       SELECT 'due' AS kind, due_at AS at FROM deadlines
         WHERE status = 'pending' AND suspended_at IS NULL AND due_at < ${before}
       UNION ALL
       SELECT 'remind', remind_at FROM deadlines
         WHERE status = 'pending' AND suspended_at IS NULL AND reminded_at IS NULL AND remind_at < ${before}) t`.execute(
    db.sql,
  );
  return rows[0];
}
