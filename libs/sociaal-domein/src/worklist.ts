/**
 * The worklist (JOURNEYS.md section 5): what is due for a professional, ordered by due date, and the daily
 * digest that summarises it per user.
 *
 * Items: the pending terms of the gemeente (party `gemeente`) on cases where the user holds regie, and the open
 * herindicatie tasks they own (a `herindicatie` case from its `openDatum` on, also after its escalation, until it
 * is done). A herindicatie case's own deadline is that task, so it is not listed twice.
 */
import { localDate } from '@regie/calendar';
import type { Clock } from '@regie/engine';
import type { DataSource, EntityManager } from 'typeorm';

export interface WorklistItem {
  soort: 'termijn' | 'herindicatie';
  caseId: string;
  workflow: string;
  subjectId: string;
  deadlineId: string;
  key: string;
  name: string;
  law: string | null;
  dueDate: string | null;
  dueAt: string;
  /** `pending`, or `missed` for a herindicatie that passed its date and went to the teamleider */
  status: string;
  /** herindicatie only: the voorziening under review */
  voorzieningId: string | null;
  /** herindicatie only: when it went to the teamleider */
  geescaleerdOp: string | null;
}

/**
 * The worklist rows as SQL over (holder, today), for one holder or all: `$1` is the holder (null: everyone), `$2`
 * today's Amsterdam date.
 */
const ITEMS_SQL = `
  SELECT 'termijn' AS soort, c.gemeente, c.regie_holder AS holder, c.id AS case_id, c.workflow, c.subject_id,
    d.id AS deadline_id, d.key, d.name, d.law, d.due_date, d.due_at, d.status,
    NULL::text AS voorziening_id, NULL::text AS geescaleerd_op
  FROM cases c JOIN deadlines d ON d.case_id = c.id
  WHERE d.status = 'pending' AND d.party = 'gemeente' AND c.workflow <> 'herindicatie'
    AND c.regie_holder IS NOT NULL AND ($1::text IS NULL OR c.regie_holder = $1)
  UNION ALL
  SELECT 'herindicatie', c.gemeente, c.regie_holder, c.id, c.workflow, c.subject_id,
    d.id, d.key, d.name, d.law, d.due_date, d.due_at, d.status,
    c.snapshot->'context'->>'voorzieningId', c.snapshot->'context'->>'geescaleerdOp'
  FROM cases c JOIN deadlines d ON d.case_id = c.id AND d.key = 'herindicatie'
    AND d.status IN ('pending', 'missed') AND d.met_at IS NULL
  WHERE c.workflow = 'herindicatie' AND c.state_value = 'lopend'
    AND c.snapshot->'context'->>'openDatum' <= $2
    AND c.regie_holder IS NOT NULL AND ($1::text IS NULL OR c.regie_holder = $1)`;

interface ItemRow {
  soort: 'termijn' | 'herindicatie';
  case_id: string;
  workflow: string;
  subject_id: string;
  deadline_id: string;
  key: string;
  name: string;
  law: string | null;
  due_date: string | null;
  due_at: Date;
  status: string;
  voorziening_id: string | null;
  geescaleerd_op: string | null;
}

/** The user's worklist, on the request's connection (row-level security keeps it to their gemeente). */
export async function worklistFor(
  sql: EntityManager,
  holder: string,
  now: Date,
  opts: { dueBefore?: Date; limit?: number } = {},
): Promise<WorklistItem[]> {
  const rows: ItemRow[] = await sql.query(
    `SELECT * FROM (${ITEMS_SQL}) w
     WHERE $3::timestamptz IS NULL OR w.due_at < $3
     ORDER BY w.due_at, w.case_id, w.key LIMIT $4`,
    [holder, localDate(now), opts.dueBefore ?? null, opts.limit ?? 500],
  );
  return rows.map((r) => ({
    soort: r.soort,
    caseId: r.case_id,
    workflow: r.workflow,
    subjectId: r.subject_id,
    deadlineId: r.deadline_id,
    key: r.key,
    name: r.name,
    law: r.law,
    dueDate: r.due_date,
    dueAt: new Date(r.due_at).toISOString(),
    status: r.status,
    voorzieningId: r.voorziening_id,
    geescaleerdOp: r.geescaleerd_op,
  }));
}

/**
 * The daily digest: one notification per user with something on their worklist, counts only (no names, no case
 * content), written in one statement for every gemeente. Its id is derived from gemeente, user and day, so a
 * digest job that runs twice on a day writes it once.
 */
export class WorklistDigest {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<number> {
    const now = await this.clock.now();
    const today = localDate(now);
    const rows: { id: string }[] = await this.db.query(
      `WITH w AS (${ITEMS_SQL}),
       per AS (
         SELECT gemeente, holder,
           count(*) FILTER (WHERE soort = 'termijn') AS termijnen,
           count(*) FILTER (WHERE soort = 'termijn' AND due_at < $3::timestamptz + interval '7 days') AS deze_week,
           count(*) FILTER (WHERE soort = 'herindicatie') AS herindicaties,
           count(*) FILTER (WHERE soort = 'herindicatie' AND status = 'missed') AS geescaleerd
         FROM w GROUP BY gemeente, holder)
       INSERT INTO notifications (id, gemeente, recipient, kind, message, created_at)
       SELECT md5('dagoverzicht|' || gemeente || '|' || holder || '|' || $2)::uuid, gemeente, holder, 'dagoverzicht',
         'Dagoverzicht werklijst: ' || termijnen || ' lopende termijn(en), waarvan ' || deze_week
           || ' binnen 7 dagen; ' || herindicaties || ' open herindicatie(s), waarvan ' || geescaleerd
           || ' bij de teamleider gemeld.',
         $3
       FROM per
       ON CONFLICT (id) DO NOTHING
       RETURNING id`,
      [null, today, now],
    );
    return rows.length;
  }
}
