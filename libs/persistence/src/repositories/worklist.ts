/**
 * The worklist's rows: the pending terms of the gemeente (party `gemeente`) on cases with a regie holder, and the
 * open herindicatie tasks (a `herindicatie` case from its `openDatum` on, also after its escalation, until it is
 * done). A herindicatie case's own deadline is that task, so it is not listed twice.
 */
import type { DataSource } from 'typeorm';
import { sqlFor } from '../tenant';

/** The rows as SQL over (holder, today): `$1` is the holder (null: everyone), `$2` today's Amsterdam date. */
const ITEMS_SQL = `
  SELECT 'termijn' AS soort, c.gemeente, c.regie_holder AS holder, c.id AS case_id, c.workflow, c.subject_id,
    d.id AS deadline_id, d.key, d.name, d.law, d.due_date, d.due_at, d.status,
    NULL::text AS voorziening_id, NULL::text AS geescaleerd_op, NULL::text AS open_datum,
    NULL::text AS signalering_datum
  FROM cases c JOIN deadlines d ON d.case_id = c.id
  WHERE d.status = 'pending' AND d.party = 'gemeente' AND c.workflow <> 'herindicatie'
    AND c.regie_holder IS NOT NULL AND ($1::text IS NULL OR c.regie_holder = $1)
  UNION ALL
  SELECT 'herindicatie', c.gemeente, c.regie_holder, c.id, c.workflow, c.subject_id,
    d.id, d.key, d.name, d.law, d.due_date, d.due_at, d.status,
    c.snapshot->'context'->>'voorzieningId', c.snapshot->'context'->>'geescaleerdOp',
    c.snapshot->'context'->>'openDatum', c.snapshot->'context'->>'uiterlijkDatum'
  FROM cases c JOIN deadlines d ON d.case_id = c.id AND d.key = 'herindicatie'
    AND d.status IN ('pending', 'missed') AND d.met_at IS NULL
  WHERE c.workflow = 'herindicatie' AND c.state_value = 'lopend'
    AND c.snapshot->'context'->>'openDatum' <= $2
    AND c.regie_holder IS NOT NULL AND ($1::text IS NULL OR c.regie_holder = $1)`;

export interface WorklistRow {
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
  /** herindicatie only: the day the review opened (its context's `openDatum`) */
  open_datum: string | null;
  /** herindicatie only: the day the teamleider is alerted when it is still open (its context's `uiterlijkDatum`) */
  signalering_datum: string | null;
}

export class WorklistRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * One holder's rows due before `dueBefore` (null: all), by due time, on the request's connection (row-level
   * security keeps them to the caller's gemeente).
   */
  forHolder(holder: string, today: string, dueBefore: Date | null, limit: number): Promise<WorklistRow[]> {
    return sqlFor(this.ds).query(
      `SELECT * FROM (${ITEMS_SQL}) w
       WHERE $3::timestamptz IS NULL OR w.due_at < $3
       ORDER BY w.due_at, w.case_id, w.key LIMIT $4`,
      [holder, today, dueBefore, limit],
    );
  }

  /**
   * Writes the daily digest notification of every holder with rows, in every gemeente, in one statement; returns
   * how many it wrote. Its id is derived from gemeente, holder and `today`, so a second run on a day writes none.
   * System work: straight on the data source (the owner role), never a request's connection.
   */
  async writeDigests(today: string, now: Date): Promise<number> {
    const rows: { id: string }[] = await this.ds.query(
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
