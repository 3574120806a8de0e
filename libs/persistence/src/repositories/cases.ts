/**
 * A case in Postgres: read with its deadlines and remembered answer, and written a step at a time. A step (see
 * `CaseStep`) is computed purely by the engine and written here in one statement, so the case row, its history
 * entry, its deadlines, the outbox rows that arm their timers or carry effects, its notifications, the
 * remembered answer and the audit entry of the command commit together or not at all. Every step is written by
 * `writeSteps`, whether it is a command's, a fired deadline's or one of a batch: a batch is only a matter of how
 * many. The row types are the engine's to narrow (its snapshot and term types); this layer only knows their
 * columns.
 */
import { Injectable } from '@nestjs/common';
import { type RawBuilder, type Selectable, sql } from 'kysely';
import { type Db, transaction } from '../database';
import type { Cases, Deadlines, IdempotencyKeys } from '../schema';
import type { AuditLogRow } from './audit-log';

/** The case row; the engine narrows its snapshot and projection (CaseRow). */
export interface CaseRecord extends Omit<Selectable<Cases>, 'snapshot' | 'projection' | 'regie_pending'> {
  snapshot: object;
  /** the workflow's projection, written with every step */
  projection: object;
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
 * A start that must be the only open case of its workflow among some subjects (a command policy's rule: one open
 * doorbraak per huishouden). The write takes a transaction-level advisory lock on (gemeente, workflow, lockKey),
 * checks and writes, so of two starts at once the second waits for the first to commit and then finds its case
 * (OpenCaseExists), which the engine answers as the policy words it.
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

/**
 * What `writeSteps` wrote, by case id. A step in neither lost its race: another writer changed its case first, or
 * (a start) a concurrent start of the same request remembered its Idempotency-Key.
 */
export interface WrittenSteps {
  written: Set<string>;
  /** the starts refused because their household already has an open case (ExclusiveStart) */
  openCases: Map<string, OpenCaseExists>;
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
   * The cases these deadlines belong to, each with all its deadlines as `load` reads them (no remembered answer),
   * in one read: a batch of firings computes each case's step from it.
   */
  async loadByDeadlines<C extends CaseRecord, D extends DeadlineRecord>(
    db: Db,
    deadlineIds: string[],
  ): Promise<LoadedCaseRecord<C, D>[]> {
    if (!deadlineIds.length) return [];
    const { rows } = await sql<LoadedCaseRecord<C, D>>`SELECT c.*, NULL AS prior,
         COALESCE((SELECT json_agg(d ORDER BY d.due_at, d.key) FROM deadlines d WHERE d.case_id = c.id), '[]') AS deadlines
       FROM cases c WHERE c.id IN (SELECT case_id FROM deadlines WHERE id = ANY(${deadlineIds}::uuid[]))`.execute(
      db.sql,
    );
    for (const row of rows) row.deadlines = row.deadlines.map((d) => reviveDeadline(d));
    return rows;
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
   * Writes a step in one statement (`writeSteps` with one step): true when written, false when another writer got
   * there first (the case's version moved on, or a new case's Idempotency-Key is already remembered). A start that
   * found its household's open case throws OpenCaseExists.
   */
  async write(db: Db, step: CaseStep): Promise<boolean> {
    const { written, openCases } = await this.writeSteps(db, [step]);
    const open = openCases.get(step.case.id);
    if (open) throw open;
    return written.has(step.case.id);
  }

  /**
   * Writes steps, one per case, in one statement whatever their number: a command's step, a batch of fired
   * deadlines, a batch of starts. Every part of a step hangs off its case row's write, which is guarded: a new
   * case is inserted only when its Idempotency-Key is not yet remembered (a concurrent start of the same request
   * wrote it), an existing one is updated only at the version the step was computed from. A step whose guard fails
   * is not written at all, while the others are. The guard covers the deadlines too, since every change of a
   * deadline's token or status comes with a new case version; only a reminder marks a deadline alone, so
   * `reminded_at` is left as it is unless re-armed.
   *
   * A start that must be its household's only open case (ExclusiveStart) is written on its own, in a transaction
   * that takes its lock and checks before the same statement writes it: a lock taken inside the batch statement
   * would come after the statement's snapshot, so its check could not see the case a concurrent start committed.
   */
  async writeSteps(db: Db, steps: CaseStep[]): Promise<WrittenSteps> {
    if (new Set(steps.map((s) => s.case.id)).size !== steps.length)
      throw new Error('writeSteps: één stap per casus');
    const exclusive = (s: CaseStep) => s.exclusive !== undefined && s.expectedVersion === null;
    const written = await this.writeTogether(
      db,
      steps.filter((s) => !exclusive(s)),
    );
    const openCases = new Map<string, OpenCaseExists>();
    for (const step of steps.filter(exclusive)) {
      try {
        if (await this.writeExclusive(db, step, step.exclusive!)) written.add(step.case.id);
      } catch (err) {
        if (!(err instanceof OpenCaseExists)) throw err;
        openCases.set(step.case.id, err);
      }
    }
    return { written, openCases };
  }

  private writeExclusive(db: Db, step: CaseStep, x: ExclusiveStart): Promise<boolean> {
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
      return (await this.writeTogether(tx, [step])).has(c.id);
    });
  }

  /**
   * The one statement: the steps as JSON records, a multi-row write per table. Parts no step needs are left out,
   * so a single command's statement stays as small as its step.
   */
  private async writeTogether(db: Db, steps: CaseStep[]): Promise<Set<string>> {
    if (!steps.length) return new Set();
    const records = steps.map((s) => {
      const c = s.case;
      return {
        id: c.id,
        gemeente: c.gemeente,
        workflow: c.workflow,
        workflow_version: c.workflow_version,
        subject_id: c.subject_id,
        snapshot: c.snapshot,
        state_value: c.state_value,
        regie_role: c.regie_role,
        regie_holder: c.regie_holder,
        projection: c.projection,
        team: c.team,
        version: c.version,
        created_at: c.created_at,
        updated_at: c.updated_at,
        expected: s.expectedVersion,
        h_type: s.history.type,
        h_data: s.history.data,
        h_actor: s.history.actor,
        h_from: s.history.from,
        h_causation: s.history.causation,
        ...(s.answer && {
          k_scope: s.answer.caseId,
          k_key: s.answer.key,
          k_hash: s.answer.hash,
          k_response: s.answer.response,
        }),
        ...(s.audit && {
          a_actor: s.audit.actor,
          a_roles: s.audit.roles,
          a_action: s.audit.action,
          a_record_type: s.audit.recordType,
          a_reason: s.audit.reason,
          a_status: s.audit.status,
        }),
      };
    });
    const any = (has: (s: CaseStep) => boolean) => steps.some(has);
    const per = <T>(pick: (s: CaseStep) => T[]) =>
      JSON.stringify(steps.flatMap((s) => pick(s).map((x) => ({ ...x, case_id: s.case.id }))));
    const starts = any((s) => s.expectedVersion === null);
    const moves = any((s) => s.expectedVersion !== null);

    const parts: RawBuilder<unknown>[] = [
      sql`x AS (SELECT * FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS x(id uuid, gemeente text,
         workflow text, workflow_version int, subject_id uuid, snapshot jsonb, state_value text, regie_role text,
         regie_holder text, projection jsonb, team text, version int, created_at timestamptz,
         updated_at timestamptz, expected int, h_type text, h_data jsonb, h_actor text, h_from text,
         h_causation text, k_scope uuid, k_key text, k_hash text, k_response jsonb, a_actor text, a_roles text[],
         a_action text, a_record_type text, a_reason text, a_status int))`,
    ];
    if (starts) {
      // the answer first: a start whose key a concurrent start of the same request remembered is not written
      parts.push(
        sql`ks AS (INSERT INTO idempotency_keys (gemeente, case_id, key, request_hash, status, response, created_at)
           SELECT gemeente, k_scope, k_key, k_hash, 200, k_response, updated_at FROM x
           WHERE expected IS NULL AND k_key IS NOT NULL
           ON CONFLICT (case_id, key) DO NOTHING
           RETURNING case_id, key)`,
        sql`ni AS (INSERT INTO cases (id, gemeente, workflow, workflow_version, subject_id, snapshot, state_value,
             regie_role, regie_holder, projection, team, version, created_at, updated_at)
           SELECT id, gemeente, workflow, workflow_version, subject_id, snapshot, state_value, regie_role,
             regie_holder, projection, team, version, created_at, updated_at FROM x
           WHERE expected IS NULL
             AND (k_key IS NULL OR EXISTS (SELECT 1 FROM ks WHERE ks.case_id = x.k_scope AND ks.key = x.k_key))
           RETURNING id, gemeente)`,
      );
    }
    if (moves) {
      parts.push(
        sql`nu AS (UPDATE cases c SET snapshot = x.snapshot, state_value = x.state_value, regie_role = x.regie_role,
             regie_holder = x.regie_holder, projection = x.projection, version = x.version,
             updated_at = x.updated_at
           FROM x WHERE x.expected IS NOT NULL AND c.id = x.id AND c.version = x.expected
           RETURNING c.id, c.gemeente)`,
      );
      // the answer after the case: a second command under the key lost the version race, or fails on the key
      if (any((s) => s.expectedVersion !== null && s.answer !== null))
        parts.push(
          sql`ku AS (INSERT INTO idempotency_keys (gemeente, case_id, key, request_hash, status, response, created_at)
             SELECT nu.gemeente, x.k_scope, x.k_key, x.k_hash, 200, x.k_response, x.updated_at
             FROM nu JOIN x ON x.id = nu.id WHERE x.k_key IS NOT NULL)`,
        );
    }
    parts.push(
      starts && moves
        ? sql`u AS (SELECT id, gemeente FROM ni UNION ALL SELECT id, gemeente FROM nu)`
        : sql`u AS (SELECT id, gemeente FROM ${sql.raw(starts ? 'ni' : 'nu')})`,
      sql`h AS (INSERT INTO case_history (gemeente, case_id, seq, type, data, actor, at, from_state, to_state,
           causation_id)
         SELECT u.gemeente, u.id, x.version, x.h_type, x.h_data, x.h_actor, x.updated_at, x.h_from, x.state_value,
           x.h_causation
         FROM u JOIN x ON x.id = u.id)`,
    );
    if (any((s) => s.audit !== undefined))
      parts.push(
        sql`a AS (INSERT INTO audit_log (gemeente, actor, roles, action, record_type, record_id, reason, status)
           SELECT u.gemeente, x.a_actor, x.a_roles, x.a_action, x.a_record_type, u.id, x.a_reason, x.a_status
           FROM u JOIN x ON x.id = u.id WHERE x.a_action IS NOT NULL)`,
      );
    if (any((s) => s.newDeadlines.length > 0))
      parts.push(
        sql`dn AS (INSERT INTO deadlines (id, gemeente, case_id, key, name, law, party, anchor, term, atw, status,
             due_date, due_at, remind_at, remind_before, token, created_at, escalate_to, notify)
           SELECT d.id, u.gemeente, u.id, d.key, d.name, d.law, d.party, d.anchor, d.term, d.atw, d.status,
             d.due_date, d.due_at, d.remind_at, d.remind_before, d.token, x.updated_at, d.escalate_to, d.notify
           FROM jsonb_to_recordset(${per((s) => s.newDeadlines)}::jsonb) AS d(${DEADLINE_COLUMNS}, case_id uuid)
             JOIN u ON u.id = d.case_id JOIN x ON x.id = u.id)`,
      );
    if (any((s) => s.changedDeadlines.length > 0))
      parts.push(
        sql`dc AS (UPDATE deadlines d SET anchor = y.anchor, term = y.term, atw = y.atw, name = y.name, law = y.law,
             status = y.status, due_date = y.due_date, due_at = y.due_at, remind_at = y.remind_at,
             remind_before = y.remind_before, notify = y.notify,
             reminded_at = CASE WHEN y.rearmed THEN NULL ELSE d.reminded_at END, met_at = y.met_at,
             missed_at = y.missed_at, cancelled_at = y.cancelled_at, suspended_at = y.suspended_at,
             suspended_days = y.suspended_days, extended_days = y.extended_days, token = y.token
           FROM jsonb_to_recordset(${per((s) => s.changedDeadlines)}::jsonb) AS y(${DEADLINE_COLUMNS}, case_id uuid)
             JOIN u ON u.id = y.case_id
           WHERE d.id = y.id AND d.case_id = u.id)`,
      );
    if (any((s) => s.outbox.length > 0))
      parts.push(
        sql`o AS (INSERT INTO outbox (kind, payload)
           SELECT o.kind, o.payload
           FROM jsonb_to_recordset(${per((s) => s.outbox)}::jsonb) AS o(kind text, payload jsonb, case_id uuid)
             JOIN u ON u.id = o.case_id)`,
      );
    if (any((s) => s.notifications.length > 0))
      parts.push(
        sql`n AS (INSERT INTO notifications (id, gemeente, recipient, kind, case_id, deadline_id, message, created_at)
           SELECT y.id, u.gemeente, y.recipient, y.kind, u.id, y."deadlineId", y.message, x.updated_at
           FROM jsonb_to_recordset(${per((s) => s.notifications)}::jsonb)
             AS y(id uuid, recipient text, kind text, "deadlineId" uuid, message text, case_id uuid)
             JOIN u ON u.id = y.case_id JOIN x ON x.id = u.id
           ON CONFLICT DO NOTHING)`,
      );
    const { rows } = await sql<Pick<Selectable<Cases>, 'id'>>`WITH ${sql.join(parts, sql`,\n`)}
       SELECT id FROM u`.execute(db.sql);
    return new Set(rows.map((r) => r.id));
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
