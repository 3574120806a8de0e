/**
 * A case in Postgres: read with its deadlines and remembered answer, and written one step at a time. A step (see
 * `CaseStep`) is computed purely by the engine and written here in one statement, so the case row, its history
 * entry, its deadlines, the outbox rows that arm their timers or carry effects, its notifications, the
 * remembered answer and the audit entry of the command commit together or not at all. The row types are the engine's to narrow (its snapshot and
 * term types); this layer only knows their columns.
 */
import { Injectable } from '@nestjs/common';
import { type RawBuilder, type Selectable, sql } from 'kysely';
import { type Db, transaction } from '../database';
import type { Cases, Deadlines, IdempotencyKeys } from '../schema';
import type { AuditLogRow } from './audit-log';

/** The case row; the engine narrows its snapshot and projection (CaseRow). */
export interface CaseRecord extends Omit<
  Selectable<Cases>,
  'snapshot' | 'projection' | 'ave_level' | 'regie_pending'
> {
  snapshot: object;
  /** the workflow's projection, written with every step */
  projection: object;
  /** derived by Postgres from the projection (read only) */
  ave_level?: number | null;
}

/** The deadline row; the engine narrows its term and reminder lead (DeadlineRow). */
export interface DeadlineRecord extends Omit<
  Selectable<Deadlines>,
  'party' | 'status' | 'term' | 'remind_before' | 'notify'
> {
  party: 'gemeente' | 'inwoner';
  term: { amount: number; unit: string };
  status: 'pending' | 'met' | 'missed' | 'cancelled';
  /** the reminder lead the workflow declared; null: the engine's default */
  remind_before: { amount: number; unit: string } | null;
  /** who else is reminded and told when it passes, beside the regie holder (DeadlineDeclaration.notify) */
  notify: string[] | null;
}

/** An answer remembered under an Idempotency-Key, to give a repeated request the same answer. */
export type RememberedAnswer<V = unknown> = Pick<Selectable<IdempotencyKeys>, 'request_hash'> & {
  response: V;
};

export type LoadedCaseRecord<C extends CaseRecord, D extends DeadlineRecord> = C & {
  deadlines: D[];
  prior: RememberedAnswer | null;
};

/** Everything one accepted step changes, as rows. */
export interface CaseStep {
  /** the case as it is after the step; its `version` is the history entry's sequence number */
  case: CaseRecord;
  /** the version the step was computed from; null for a new case */
  expectedVersion: number | null;
  history: {
    type: string;
    data: unknown;
    actor: string;
    from: string | null;
    causation: string | null;
  };
  /** deadlines new with this step */
  newDeadlines: DeadlineRecord[];
  /** deadlines this step changed, whole; `rearmed` clears a reminder already sent for the old due moment */
  changedDeadlines: (DeadlineRecord & { rearmed: boolean })[];
  /** outbox rows: timers to arm, effects to carry out */
  outbox: { kind: 'timer' | 'effect'; payload: unknown }[];
  notifications: { id: string; recipient: string; kind: string; deadlineId: string; message: string }[];
  /** the answer to remember; `caseId` is the key's scope (a new case is remembered under a fixed scope) */
  answer: { caseId: string; key: string; hash: string; response: unknown } | null;
  /** a new case that must be the only open one of its workflow among these subjects (see ExclusiveStart) */
  exclusive?: ExclusiveStart;
  /**
   * the audit entry of the person's command that made the step, written in the same statement: a change is never
   * without its entry, nor an entry without its change (a lost race writes neither)
   */
  audit?: StepAudit;
}

/** An audit log entry about the step's own case: its gemeente and record are the case's. */
export type StepAudit = Omit<AuditLogRow, 'gemeente' | 'recordId' | 'records'>;

/**
 * A start of a workflow that allows one open case per household (WorkflowDefinition.onePerSubject). The engine
 * checks beforehand and names the open case; this closes the race between two starts at once: the write takes a
 * transaction-level advisory lock on (gemeente, workflow, lockKey), checks again and writes, so the second start
 * waits for the first to commit and then finds its case (OpenCaseExists).
 */
export interface ExclusiveStart {
  /** the household, or the subject alone when it belongs to none: the same for every start of the household */
  lockKey: string;
  /** the household, its members and the subject: an open case of any of them is the household's */
  subjectIds: string[];
}

/** A start lost to an open case of the same household (ExclusiveStart). */
export class OpenCaseExists extends Error {
  constructor(
    readonly caseId: string,
    readonly subjectId: string,
  ) {
    super(`open case ${caseId}`);
  }
}

/** The deadline columns as the write path's JSON records carry them (spliced in: fixed text, no input). */
const DEADLINE_COLUMNS =
  sql.raw(`id uuid, key text, name text, law text, party text, anchor timestamptz, term jsonb, atw boolean,
  status text, due_date date, due_at timestamptz, remind_at timestamptz, remind_before jsonb, met_at timestamptz, missed_at timestamptz,
  cancelled_at timestamptz, suspended_at timestamptz, suspended_days int, extended_days int, escalate_to text,
  notify jsonb, token int, rearmed boolean`);

/**
 * Every method takes `Db`: a request's command writes its case under its tenant, the worker's firing and effects
 * write theirs as the system, and every row names its gemeente.
 */
@Injectable()
export class CaseRepository {
  /**
   * The case with its deadlines and the answer remembered under `idempotencyKey`, in one read, so all three are
   * of the same moment; null when there is no such case in this gemeente.
   */
  async load<C extends CaseRecord, D extends DeadlineRecord>(
    db: Db,
    caseId: string,
    gemeente: string,
    idempotencyKey: string | null,
  ): Promise<LoadedCaseRecord<C, D> | null> {
    const { rows } = await sql<LoadedCaseRecord<C, D>>`SELECT c.*,
         (SELECT row_to_json(i) FROM (SELECT request_hash, response FROM idempotency_keys
            WHERE case_id = c.id AND key = ${idempotencyKey}) i) AS prior,
         COALESCE((SELECT json_agg(d ORDER BY d.due_at, d.key) FROM deadlines d WHERE d.case_id = c.id), '[]') AS deadlines
       FROM cases c WHERE c.id = ${caseId} AND c.gemeente = ${gemeente}`.execute(db.sql);
    const row = rows[0];
    if (!row) return null;
    row.deadlines = row.deadlines.map((d) => reviveDeadline(d));
    return row;
  }

  /**
   * The subject with this id in this gemeente, as a command needs it: its birth date (`YYYY-MM-DD`; null for a
   * huishouden or when unknown). Null when there is no such subject.
   */
  async subject(db: Db, subjectId: string, gemeente: string): Promise<{ birthDate: string | null } | null> {
    const row = await db.sql
      .selectFrom('subjects')
      .select('birth_date')
      .where('id', '=', subjectId)
      .where('gemeente', '=', gemeente)
      .executeTakeFirst();
    return row ? { birthDate: row.birth_date } : null;
  }

  /** Of these subjects in this gemeente, each one's birth date (`YYYY-MM-DD`; null when unknown), by id. */
  async subjects(
    db: Db,
    subjectIds: string[],
    gemeente: string,
  ): Promise<Map<string, { birthDate: string | null }>> {
    if (!subjectIds.length) return new Map();
    const rows = await db.sql
      .selectFrom('subjects')
      .select(['id', 'birth_date'])
      .where('id', '=', sql<string>`ANY(${subjectIds}::uuid[])`)
      .where('gemeente', '=', gemeente)
      .execute();
    return new Map(rows.map((r) => [r.id, { birthDate: r.birth_date }]));
  }

  /** The id of a consent for this scope that holds at `at`, or null. */
  async consentAt(
    db: Db,
    gemeente: string,
    subjectId: string,
    scope: string,
    at: Date,
  ): Promise<string | null> {
    const row = await db.sql
      .selectFrom('consents')
      .select('id')
      .where('gemeente', '=', gemeente)
      .where('subject_id', '=', subjectId)
      .where('scope', '=', scope)
      .where('granted_at', '<=', at)
      .where('withdrawn_at', 'is', null)
      .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>', at)]))
      .orderBy('granted_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.id ?? null;
  }

  async rememberedAnswer<V>(db: Db, scope: string, key: string): Promise<RememberedAnswer<V> | null> {
    const row = await db.sql
      .selectFrom('idempotency_keys')
      .select(['request_hash', 'response'])
      .where('case_id', '=', scope)
      .where('key', '=', key)
      .executeTakeFirst();
    return row ? { request_hash: row.request_hash, response: row.response as V } : null;
  }

  /** The answers remembered under these keys in `scope`, by key (one read for a batch of starts). */
  async rememberedAnswers<V>(
    db: Db,
    scope: string,
    keys: string[],
  ): Promise<Map<string, RememberedAnswer<V>>> {
    if (!keys.length) return new Map();
    const rows = await db.sql
      .selectFrom('idempotency_keys')
      .select(['key', 'request_hash', 'response'])
      .where('case_id', '=', scope)
      .where('key', '=', sql<string>`ANY(${keys}::text[])`)
      .execute();
    return new Map(rows.map((r) => [r.key, { request_hash: r.request_hash, response: r.response as V }]));
  }

  /**
   * Writes the start steps of many new cases (`expectedVersion` null, each with its remembered answer) in one
   * statement, as `write` writes one: the case rows, their history entries, deadlines, outbox rows and
   * notifications, as multi-row inserts. A case whose Idempotency-Key is already remembered (a concurrent start
   * of the same request) is skipped, with everything that hangs off it; answers the ids of the cases written.
   */
  async writeStarts(db: Db, steps: CaseStep[]): Promise<Set<string>> {
    if (!steps.length) return new Set();
    for (const s of steps)
      if (s.expectedVersion !== null || !s.answer || s.audit)
        throw new Error('writeStarts: alleen nieuwe casussen met sleutel, zonder auditregel');
    const starts = steps.map((s) => ({
      ...s.case,
      h_type: s.history.type,
      h_data: s.history.data,
      h_actor: s.history.actor,
      h_from: s.history.from,
      h_causation: s.history.causation,
      a_scope: s.answer!.caseId,
      a_key: s.answer!.key,
      a_hash: s.answer!.hash,
      a_response: s.answer!.response,
    }));
    const per = <T>(pick: (s: CaseStep) => T[]) =>
      JSON.stringify(steps.flatMap((s) => pick(s).map((x) => ({ ...x, case_id: s.case.id }))));
    const { rows } = await sql<Pick<Selectable<Cases>, 'id'>>`WITH x AS (
         SELECT * FROM jsonb_to_recordset(${JSON.stringify(starts)}::jsonb) AS x(id uuid, gemeente text, workflow text,
           workflow_version int, subject_id uuid, snapshot jsonb, state_value text, regie_role text,
           regie_holder text, projection jsonb, team text, version int, created_at timestamptz,
           updated_at timestamptz, h_type text, h_data jsonb, h_actor text, h_from text, h_causation text,
           a_scope uuid, a_key text, a_hash text, a_response jsonb)),
       i AS (INSERT INTO idempotency_keys (gemeente, case_id, key, request_hash, status, response, created_at)
         SELECT gemeente, a_scope, a_key, a_hash, 200, a_response, updated_at FROM x
         ON CONFLICT (case_id, key) DO NOTHING
         RETURNING case_id, key),
       u AS (INSERT INTO cases (id, gemeente, workflow, workflow_version, subject_id, snapshot, state_value,
           regie_role, regie_holder, projection, team, version, created_at, updated_at)
         SELECT x.id, x.gemeente, x.workflow, x.workflow_version, x.subject_id, x.snapshot, x.state_value,
           x.regie_role, x.regie_holder, x.projection, x.team, x.version, x.created_at, x.updated_at
         FROM x JOIN i ON i.case_id = x.a_scope AND i.key = x.a_key
         RETURNING id, gemeente, updated_at),
       h AS (INSERT INTO case_history (gemeente, case_id, seq, type, data, actor, at, from_state, to_state,
           causation_id)
         SELECT u.gemeente, u.id, x.version, x.h_type, x.h_data, x.h_actor, u.updated_at, x.h_from, x.state_value,
           x.h_causation
         FROM u JOIN x ON x.id = u.id),
       dn AS (INSERT INTO deadlines (id, gemeente, case_id, key, name, law, party, anchor, term, atw, status,
           due_date, due_at, remind_at, remind_before, token, created_at, escalate_to, notify)
         SELECT d.id, u.gemeente, u.id, d.key, d.name, d.law, d.party, d.anchor, d.term, d.atw, d.status,
           d.due_date, d.due_at, d.remind_at, d.remind_before, d.token, u.updated_at, d.escalate_to, d.notify
         FROM jsonb_to_recordset(${per((s) => s.newDeadlines)}::jsonb) AS d(${DEADLINE_COLUMNS}, case_id uuid)
           JOIN u ON u.id = d.case_id),
       o AS (INSERT INTO outbox (kind, payload)
         SELECT o.kind, o.payload
         FROM jsonb_to_recordset(${per((s) => s.outbox)}::jsonb) AS o(kind text, payload jsonb, case_id uuid)
           JOIN u ON u.id = o.case_id),
       n AS (INSERT INTO notifications (id, gemeente, recipient, kind, case_id, deadline_id, message, created_at)
         SELECT y.id, u.gemeente, y.recipient, y.kind, u.id, y."deadlineId", y.message, u.updated_at
         FROM jsonb_to_recordset(${per((s) => s.notifications)}::jsonb)
           AS y(id uuid, recipient text, kind text, "deadlineId" uuid, message text, case_id uuid)
           JOIN u ON u.id = y.case_id
         ON CONFLICT DO NOTHING)
       SELECT id FROM u`.execute(db.sql);
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Writes a step in one statement. Every part hangs off the case row's write, which is guarded by the version
   * the step was computed from: when another writer got there first, nothing is written and this answers false.
   * That guard covers the deadlines too, since every change of a deadline's token or status comes with a new
   * case version; only a reminder marks a deadline alone, so `reminded_at` is left as it is unless re-armed.
   */
  async write(db: Db, step: CaseStep): Promise<boolean> {
    const x = step.exclusive;
    if (!x || step.expectedVersion !== null) return this.writeStep(db, step);
    const c = step.case;
    return transaction(db, async (tx) => {
      // held to the commit: a second start of the household waits here, then its check below sees this case
      await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`one-per-subject:${c.gemeente}:${c.workflow}:${x.lockKey}`}, 0))`.execute(
        tx.sql,
      );
      const open = await tx.sql
        .selectFrom('cases')
        .select(['id', 'subject_id'])
        .where('gemeente', '=', c.gemeente)
        .where('workflow', '=', c.workflow)
        .where('subject_id', '=', sql<string>`ANY(${x.subjectIds}::uuid[])`)
        .where(sql<string>`snapshot->>'status'`, '=', 'active')
        .orderBy('created_at')
        .limit(1)
        .executeTakeFirst();
      if (open) throw new OpenCaseExists(open.id, open.subject_id);
      return this.writeStep(tx, step);
    });
  }

  private async writeStep(db: Db, step: CaseStep): Promise<boolean> {
    const c = step.case;
    const written =
      step.expectedVersion === null
        ? sql`INSERT INTO cases (id, gemeente, workflow, workflow_version, subject_id, snapshot, state_value, regie_role,
             regie_holder, projection, team, version, created_at, updated_at)
           VALUES (${c.id}, ${c.gemeente}, ${c.workflow}, ${c.workflow_version}, ${c.subject_id},
             ${c.snapshot}, ${c.state_value}, ${c.regie_role}, ${c.regie_holder}, ${c.projection},
             ${c.team}, ${c.version}, ${c.created_at}, ${c.updated_at})
           RETURNING id, gemeente`
        : sql`UPDATE cases SET snapshot = ${c.snapshot}, state_value = ${c.state_value},
             regie_role = ${c.regie_role}, regie_holder = ${c.regie_holder}, projection = ${c.projection},
             version = ${c.version}, updated_at = ${c.updated_at}
           WHERE id = ${c.id} AND version = ${step.expectedVersion}
           RETURNING id, gemeente`;
    const at = c.updated_at;
    const h = step.history;
    const parts: RawBuilder<unknown>[] = [
      sql`u AS (${written})`,
      sql`h AS (INSERT INTO case_history (gemeente, case_id, seq, type, data, actor, at, from_state, to_state, causation_id)
         SELECT gemeente, id, ${c.version}, ${h.type}, ${h.data}, ${h.actor}, ${at}, ${h.from},
           ${c.state_value}, ${h.causation} FROM u)`,
    ];
    if (step.answer) {
      const a = step.answer;
      parts.push(
        sql`i AS (INSERT INTO idempotency_keys (gemeente, case_id, key, request_hash, status, response, created_at)
           SELECT gemeente, ${a.caseId}, ${a.key}, ${a.hash}, 200, ${a.response}, ${at} FROM u)`,
      );
    }
    if (step.audit) {
      const e = step.audit;
      parts.push(
        sql`a AS (INSERT INTO audit_log (gemeente, actor, roles, action, record_type, record_id, reason, status)
           SELECT gemeente, ${e.actor}, ${e.roles}::text[], ${e.action}, ${e.recordType}, id,
             ${e.reason}, ${e.status}::int FROM u)`,
      );
    }
    if (step.newDeadlines.length) {
      parts.push(
        sql`dn AS (INSERT INTO deadlines (id, gemeente, case_id, key, name, law, party, anchor, term, atw, status,
             due_date, due_at, remind_at, remind_before, token, created_at, escalate_to, notify)
           SELECT x.id, u.gemeente, u.id, x.key, x.name, x.law, x.party, x.anchor, x.term, x.atw, x.status,
             x.due_date, x.due_at, x.remind_at, x.remind_before, x.token, ${at}, x.escalate_to, x.notify
           FROM u, jsonb_to_recordset(${JSON.stringify(step.newDeadlines)}::jsonb) AS x(${DEADLINE_COLUMNS}))`,
      );
    }
    if (step.changedDeadlines.length) {
      parts.push(
        sql`dc AS (UPDATE deadlines d SET anchor = x.anchor, term = x.term, atw = x.atw, name = x.name, law = x.law,
             status = x.status, due_date = x.due_date, due_at = x.due_at, remind_at = x.remind_at,
             remind_before = x.remind_before, notify = x.notify,
             reminded_at = CASE WHEN x.rearmed THEN NULL ELSE d.reminded_at END, met_at = x.met_at,
             missed_at = x.missed_at, cancelled_at = x.cancelled_at, suspended_at = x.suspended_at,
             suspended_days = x.suspended_days, extended_days = x.extended_days, token = x.token
           FROM u, jsonb_to_recordset(${JSON.stringify(step.changedDeadlines)}::jsonb) AS x(${DEADLINE_COLUMNS})
           WHERE d.id = x.id AND d.case_id = u.id)`,
      );
    }
    if (step.outbox.length) {
      parts.push(
        sql`o AS (INSERT INTO outbox (kind, payload)
           SELECT x.kind, x.payload FROM u, jsonb_to_recordset(${JSON.stringify(step.outbox)}::jsonb)
             AS x(kind text, payload jsonb))`,
      );
    }
    if (step.notifications.length) {
      parts.push(
        sql`n AS (INSERT INTO notifications (id, gemeente, recipient, kind, case_id, deadline_id, message, created_at)
           SELECT x.id, u.gemeente, x.recipient, x.kind, u.id, x."deadlineId", x.message, ${at}
           FROM u, jsonb_to_recordset(${JSON.stringify(step.notifications)}::jsonb)
             AS x(id uuid, recipient text, kind text, "deadlineId" uuid, message text)
           ON CONFLICT DO NOTHING)`,
      );
    }
    const { rows } = await sql<{
      n: number;
    }>`WITH ${sql.join(parts, sql`,\n`)} SELECT count(*)::int AS n FROM u`.execute(db.sql);
    return rows[0].n === 1;
  }
}

const DEADLINE_TIMES = [
  'anchor',
  'due_at',
  'remind_at',
  'reminded_at',
  'met_at',
  'missed_at',
  'cancelled_at',
  'suspended_at',
  'created_at',
] as const;

/** A deadline row read back through json_agg has its timestamps as strings. */
export function reviveDeadline<D extends DeadlineRecord>(d: D): D {
  const out = { ...d } as Record<string, unknown>;
  for (const k of DEADLINE_TIMES) if (out[k]) out[k] = new Date(out[k] as string);
  return out as D;
}
