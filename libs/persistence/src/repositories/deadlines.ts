/**
 * Deadlines falling due: the triggers pending by a moment, and the write of many reminders in one statement. A term
 * that passes is a step of its case, written as every step is (CaseRepository.writeSteps).
 */
import { Injectable } from '@nestjs/common';
import { type Selectable, sql } from 'kysely';
import type { Db, SystemDb } from '../database';
import type { Deadlines } from '../schema';
import type { DeadlineRecord } from './cases';

export type PendingTrigger = Pick<Selectable<Deadlines>, 'id' | 'token'> & {
  kind: 'due' | 'remind';
  at: Date;
};

export interface BatchedReminder {
  deadlineId: string;
  token: number;
  message: string;
  notificationId: string;
}

/**
 * The firing is system work (the worker's triggers, the sweep, a manual clock moving) except when a command fires
 * the terms its own step found already passed: then it fires them on the command's handle. Hence `Db` for what a
 * firing reads and writes, `SystemDb` for the sweep's scan over every gemeente.
 */
@Injectable()
export class DeadlineRepository {
  async byId<D extends DeadlineRecord>(db: Db, id: string): Promise<D | null> {
    const rows = await db.sql.selectFrom('deadlines').selectAll().where('id', '=', id).$castTo<D>().execute();
    return rows[0] ?? null;
  }

  /**
   * Pending triggers (reminders and due moments) falling by `upTo`, in time order, a page at a time: `after` is
   * the last one of the previous page.
   */
  async pendingTriggers(
    db: SystemDb,
    upTo: Date,
    limit: number,
    after: { at: Date; id: string } | null,
  ): Promise<PendingTrigger[]> {
    const { rows } = await sql<PendingTrigger>`SELECT * FROM (
         (SELECT id, token, 'remind' AS kind, remind_at AS at FROM deadlines
           WHERE status = 'pending' AND suspended_at IS NULL AND reminded_at IS NULL AND remind_at <= ${upTo})
         UNION ALL
         (SELECT id, token, 'due' AS kind, due_at AS at FROM deadlines
           WHERE status = 'pending' AND suspended_at IS NULL AND due_at <= ${upTo})) t
       WHERE ${after?.at ?? null}::timestamptz IS NULL OR (t.at, t.id) > (${after?.at ?? null}::timestamptz, ${after?.id ?? null}::uuid)
       ORDER BY t.at, t.id LIMIT ${limit}`.execute(db.sql);
    return rows;
  }

  /**
   * One statement for a batch of reminders, to the regie holder and whoever else the deadline names (`notify`);
   * returns the ids it reminded. A reminder is no step of its case: it changes no case version and writes no
   * history entry, only the deadline's `reminded_at` (guarded by its token) and notifications, so it is written
   * here and not through CaseRepository.writeSteps.
   */
  async writeReminders(db: Db, reminders: BatchedReminder[], now: Date): Promise<string[]> {
    const { rows } = await sql<Pick<Selectable<Deadlines>, 'id'>>`WITH i AS (
         SELECT * FROM jsonb_to_recordset(${JSON.stringify(reminders)}::jsonb)
           AS x("deadlineId" uuid, token int, message text, "notificationId" uuid)),
       r AS (
         UPDATE deadlines d SET reminded_at = ${now}::timestamptz FROM i
         WHERE d.id = i."deadlineId" AND d.token = i.token AND d.status = 'pending' AND d.suspended_at IS NULL
           AND d.reminded_at IS NULL
         RETURNING d.id, d.case_id, d.notify, i.message, i."notificationId"),
       n AS (
         INSERT INTO notifications (id, gemeente, recipient, kind, case_id, deadline_id, message, created_at)
         SELECT r."notificationId", c.gemeente, c.regie_holder, 'herinnering', c.id, r.id, r.message, ${now}::timestamptz
         FROM r JOIN cases c ON c.id = r.case_id WHERE c.regie_holder IS NOT NULL
         ON CONFLICT DO NOTHING),
       e AS (
         INSERT INTO notifications (id, gemeente, recipient, kind, case_id, deadline_id, message, created_at)
         SELECT gen_random_uuid(), c.gemeente, x.recipient, 'herinnering', c.id,
           r.id, r.message, ${now}::timestamptz
         FROM r JOIN cases c ON c.id = r.case_id
           CROSS JOIN LATERAL jsonb_array_elements_text(COALESCE(r.notify, '[]'::jsonb)) AS x(recipient)
         WHERE x.recipient IS DISTINCT FROM c.regie_holder
         ON CONFLICT DO NOTHING)
       SELECT id FROM r`.execute(db.sql);
    return rows.map((r) => r.id);
  }
}
