/**
 * Deadlines falling due, in batches: the triggers pending by a moment, and the writes of many reminders or many
 * passed terms in one statement each. A term that passes by itself, with a case that needs more than the batch
 * shape, is an ordinary step (CaseRepository.write).
 */
import { Injectable } from '@nestjs/common';
import { type Selectable, sql } from 'kysely';
import type { Db, SystemDb } from '../database';
import type { Deadlines } from '../schema';
import type { CaseRecord, DeadlineRecord } from './cases';

export type PendingTrigger = Pick<Selectable<Deadlines>, 'id' | 'token'> & {
  kind: 'due' | 'remind';
  at: Date;
};

/** A passed term whose case the batch statement can write: the case's new row, its history entry, who hears. */
export interface BatchedMiss {
  deadlineId: string;
  token: number;
  caseId: string;
  /** the case version the miss was computed from */
  version: number;
  snapshot: object;
  stateValue: string;
  regieRole: string;
  regieHolder: string | null;
  projection: object;
  fromState: string;
  data: Record<string, unknown>;
  causation: string;
  /** the case's holder hears of it */
  notify: boolean;
  /** the teamleider of the case's team hears of it too */
  escalate: boolean;
  message: string;
  notificationId: string;
  /**
   * `missed` for a term that passed; `met` for a moment that was reached on its date (DeadlineDeclaration.kind),
   * with `metAt` the start of that date
   */
  outcome: 'missed' | 'met';
  metAt: string | null;
  /** the history entry: `TERMIJN_VERSTREKEN`, or `MIJLPAAL_BEREIKT` for a moment */
  historyType: string;
  /** the notifications' kind: `termijn_verstreken`, or `mijlpaal_bereikt` for a moment */
  notificationKind: string;
}

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
  /** The deadlines with these ids, each with its case row. */
  async withCases<D extends DeadlineRecord, C extends CaseRecord>(
    db: Db,
    ids: string[],
  ): Promise<(D & { c: C })[]> {
    const { rows } = await sql<D & { c: C }>`SELECT d.*, row_to_json(c) AS c FROM deadlines d
       JOIN cases c ON c.id = d.case_id
       WHERE d.id = ANY(${ids}::uuid[])`.execute(db.sql);
    return rows;
  }

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
   * One statement for a batch of passed terms (and reached moments, closed as `met`); returns the ids it fired. The
   * case update carries the version check and the deadline's token check; a case that changed since it was read is
   * left out, and its deadline with it.
   */
  async writeMisses(db: Db, misses: BatchedMiss[], now: Date): Promise<string[]> {
    const { rows } = await sql<{ deadline_id: string }>`WITH i AS (
         SELECT * FROM jsonb_to_recordset(${JSON.stringify(misses)}::jsonb) AS x("deadlineId" uuid, token int, "caseId" uuid, version int,
           snapshot jsonb, "stateValue" text, "regieRole" text, "regieHolder" text, projection jsonb, "fromState" text,
           data jsonb, causation text, notify boolean, escalate boolean, message text, "notificationId" uuid,
           outcome text, "metAt" timestamptz, "historyType" text, "notificationKind" text)),
       u AS (
         UPDATE cases c SET snapshot = i.snapshot, state_value = i."stateValue", regie_role = i."regieRole",
           regie_holder = i."regieHolder", projection = i.projection, version = i.version + 1, updated_at = ${now}::timestamptz
         FROM i
         WHERE c.id = i."caseId" AND c.version = i.version
           AND EXISTS (SELECT 1 FROM deadlines d WHERE d.id = i."deadlineId" AND d.token = i.token
                         AND d.status = 'pending' AND d.suspended_at IS NULL)
         RETURNING c.id, c.gemeente, c.regie_holder, c.team, i."deadlineId" AS deadline_id),
       d AS (
         UPDATE deadlines SET status = i.outcome,
           missed_at = CASE WHEN i.outcome = 'missed' THEN ${now}::timestamptz ELSE deadlines.missed_at END,
           met_at = CASE WHEN i.outcome = 'met' THEN i."metAt" ELSE deadlines.met_at END,
           token = deadlines.token + 1
         FROM u JOIN i ON i."deadlineId" = u.deadline_id WHERE deadlines.id = u.deadline_id),
       h AS (
         INSERT INTO case_history (gemeente, case_id, seq, type, data, actor, at, from_state, to_state, causation_id)
         SELECT u.gemeente, u.id, i.version + 1, i."historyType", i.data, 'system', ${now}::timestamptz, i."fromState",
           i."stateValue", i.causation
         FROM u JOIN i ON i."caseId" = u.id),
       n AS (
         INSERT INTO notifications (id, gemeente, recipient, kind, case_id, deadline_id, message, created_at)
         SELECT i."notificationId", u.gemeente, u.regie_holder, i."notificationKind", u.id, u.deadline_id,
           i.message, ${now}::timestamptz
         FROM u JOIN i ON i."caseId" = u.id
         WHERE u.regie_holder IS NOT NULL AND i.notify
         ON CONFLICT DO NOTHING),
       t AS (
         INSERT INTO notifications (id, gemeente, recipient, kind, case_id, deadline_id, message, created_at)
         SELECT gen_random_uuid(), u.gemeente, 'teamleider:' || u.team, i."notificationKind", u.id, u.deadline_id,
           i.message, ${now}::timestamptz
         FROM u JOIN i ON i."caseId" = u.id
         WHERE u.team IS NOT NULL AND i.escalate
         ON CONFLICT DO NOTHING)
       SELECT deadline_id FROM u`.execute(db.sql);
    return rows.map((r) => r.deadline_id);
  }

  /**
   * One statement for a batch of reminders, to the regie holder and whoever else the deadline names (`notify`);
   * returns the ids it reminded.
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
