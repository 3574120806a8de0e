/**
 * How a case lives in Postgres: loading it with its deadlines and remembered answer, writing a step (the case row
 * guarded by its version, the history entry), and keeping its deadline rows in line with what the workflow
 * declares (with the outbox rows that arm their timers). Shared by commands (Engine) and deadlines (DeadlineFiring).
 */
import { randomUUID } from 'node:crypto';
import type { Kalender } from '@regie/calendar';
import { sqlFor } from '@regie/persistence';
import type { AnyWorkflowDefinition, DeadlineDeclaration } from '@regie/workflows/workflow';
import type { DataSource, EntityManager } from 'typeorm';
import type { AnyMachineSnapshot } from 'xstate';
import { NotFound } from './errors';
import { persist, stateName } from './machine-state';
import { dueOf, remindAtOf, sameTerm } from './terms';
import type { CaseRow, CaseView, DeadlineRow } from './view';

/** Another writer changed the case between our read and our write. */
export class LostRace extends Error {}

export interface LoadedCase extends CaseRow {
  deadlines: DeadlineRow[];
  prior: { request_hash: string; response: CaseView } | null;
}

/** Wakes the outbox relay; the relay also polls, so a lost wake-up only delays. */
export interface OutboxSignal {
  kick(): void;
}

/** Waits for a write that may have armed triggers to commit, then wakes the relay. */
export async function kickAfter<T>(outbox: OutboxSignal, committed: Promise<T>): Promise<T> {
  const result = await committed;
  outbox.kick();
  return result;
}

// TypeORM's postgres driver answers an UPDATE or DELETE with [rows, affected]; a SELECT or INSERT with rows.

export class CaseStore {
  constructor(
    private readonly db: DataSource,
    private readonly kalender: Kalender,
  ) {}

  /** The request's tenant-scoped connection (row-level security) when there is one, else the pool. */
  sql(): EntityManager {
    return sqlFor(this.db);
  }

  async load(caseId: string, gemeente: string, idempotencyKey: string | null): Promise<LoadedCase> {
    if (!isUuid(caseId)) throw new NotFound(`Casus ${caseId} bestaat niet`);
    const rows: LoadedCase[] = await this.sql().query(
      `SELECT c.*,
         (SELECT row_to_json(i) FROM (SELECT request_hash, response FROM idempotency_keys
            WHERE case_id = c.id AND key = $3) i) AS prior,
         COALESCE((SELECT json_agg(d ORDER BY d.due_at, d.key) FROM deadlines d WHERE d.case_id = c.id), '[]') AS deadlines
       FROM cases c WHERE c.id = $1 AND c.gemeente = $2`,
      [caseId, gemeente, idempotencyKey],
    );
    const row = rows[0];
    if (!row) throw new NotFound(`Casus ${caseId} bestaat niet`);
    row.deadlines = row.deadlines.map(reviveDeadline);
    return row;
  }

  async deadlinesOf(tx: EntityManager, caseId: string): Promise<DeadlineRow[]> {
    return tx.query(`SELECT * FROM deadlines WHERE case_id = $1 ORDER BY due_at, key`, [caseId]);
  }

  async updateCase(tx: EntityManager, before: CaseRow, after: CaseRow): Promise<void> {
    const result: [unknown[], number] = await tx.query(
      `UPDATE cases SET snapshot = $3, state_value = $4, regie_role = $5, regie_holder = $6, version = $7,
         updated_at = $8, ave_level = $9
       WHERE id = $1 AND version = $2`,
      [
        before.id,
        before.version,
        after.snapshot,
        after.state_value,
        after.regie_role,
        after.regie_holder,
        after.version,
        after.updated_at,
        after.ave_level,
      ],
    );
    if (result[1] !== 1) throw new LostRace();
  }

  /**
   * Makes the deadline rows match what the snapshot declares: new keys are armed, moved ones re-armed (new
   * token), vanished ones closed as met or cancelled (new token, so their armed triggers go stale).
   */
  async reconcileDeadlines(
    tx: EntityManager,
    row: CaseRow,
    def: AnyWorkflowDefinition,
    snapshot: AnyMachineSnapshot,
    declared: DeadlineDeclaration[],
    now: Date,
  ): Promise<void> {
    const rows = await this.deadlinesOf(tx, row.id);
    const pending = new Map(rows.filter((r) => r.status === 'pending').map((r) => [r.key, r]));
    for (const decl of declared) {
      const current = pending.get(decl.key);
      pending.delete(decl.key);
      const anchor = new Date(decl.anchor);
      if (current && sameTerm(current, decl)) continue;
      if (!current && rows.some((r) => r.key === decl.key && sameTerm(r, decl))) continue; // already closed
      const extraDays = current ? current.suspended_days + current.extended_days : 0;
      const due = dueOf(this.kalender, { anchor, term: decl.term, atw: decl.atw, extraDays });
      const remindAt = remindAtOf(this.kalender, decl, anchor, due);
      if (current) {
        const [armed]: [{ token: number }[], number] = await tx.query(
          `UPDATE deadlines SET anchor = $2, term = $3, atw = $4, due_date = $5, due_at = $6, remind_at = $7,
             reminded_at = NULL, name = $8, law = $9, token = token + 1
           WHERE id = $1 RETURNING token`,
          [
            current.id,
            anchor,
            decl.term,
            decl.atw,
            due.dueDate,
            due.dueAt,
            remindAt,
            decl.name,
            decl.law ?? null,
          ],
        );
        await this.arm(tx, current.id, armed[0].token, due.dueAt, current.suspended_at ? null : remindAt);
      } else {
        const id = randomUUID();
        await tx.query(
          `INSERT INTO deadlines (id, gemeente, case_id, key, name, law, party, anchor, term, atw, status, due_date,
             due_at, remind_at, token, created_at, escalate_to)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,'pending',$11,$12,$13,1,$14,$15)`,
          [
            id,
            row.gemeente,
            row.id,
            decl.key,
            decl.name,
            decl.law ?? null,
            decl.party ?? 'gemeente',
            anchor,
            decl.term,
            decl.atw,
            due.dueDate,
            due.dueAt,
            remindAt,
            now,
            decl.escalateTo ?? null,
          ],
        );
        await this.arm(tx, id, 1, due.dueAt, remindAt);
      }
    }
    for (const gone of pending.values()) {
      const as = def.closeDisappearedAs?.(snapshot, gone.key) ?? 'met';
      await tx.query(
        `UPDATE deadlines SET status = $2, ${as === 'met' ? 'met_at' : 'cancelled_at'} = $3, token = token + 1
         WHERE id = $1`,
        [gone.id, as, now],
      );
    }
    // A missed term that is later completed keeps its `missed`, and records when it was met after all.
    const declaredKeys = new Set(declared.map((d) => d.key));
    const lateMet = rows.filter((r) => r.status === 'missed' && !r.met_at && !declaredKeys.has(r.key));
    for (const late of lateMet) {
      if ((def.closeDisappearedAs?.(snapshot, late.key) ?? 'met') === 'met') {
        await tx.query(`UPDATE deadlines SET met_at = $2 WHERE id = $1`, [late.id, now]);
      }
    }
  }

  /** Asks the relay to arm a deadline's triggers; the row commits with the deadline or not at all. */
  async arm(tx: EntityManager, deadlineId: string, token: number, dueAt: Date, remindAt: Date | null) {
    await tx.query(`INSERT INTO outbox (kind, payload) VALUES ('timer', $1)`, [
      { deadlineId, token, dueAt: dueAt.toISOString(), remindAt: remindAt?.toISOString() ?? null },
    ]);
  }

  async appendHistory(
    tx: EntityManager,
    row: CaseRow,
    seq: number,
    e: {
      type: string;
      data: unknown;
      actor: string;
      at: Date;
      from: string | null;
      to: string;
      causation: string | null;
    },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO case_history (gemeente, case_id, seq, type, data, actor, at, from_state, to_state, causation_id)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
      [row.gemeente, row.id, seq, e.type, e.data, e.actor, e.at, e.from, e.to, e.causation],
    );
  }

  async rememberAnswer(
    tx: EntityManager,
    gemeente: string,
    caseId: string,
    key: string,
    hash: string,
    view: CaseView,
    now: Date,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO idempotency_keys (gemeente, case_id, key, request_hash, status, response, created_at)
       VALUES ($1,$2,$3,$4,200,$5,$6)`,
      [gemeente, caseId, key, hash, view, now],
    );
  }

  async notifyHolder(tx: EntityManager, d: DeadlineRow, kind: string, message: string, now: Date) {
    await tx.query(
      `INSERT INTO notifications (id, gemeente, recipient, kind, case_id, deadline_id, message, created_at)
       SELECT $1, c.gemeente, c.regie_holder, $2, c.id, $3, $4, $5 FROM cases c
       WHERE c.id = $6 AND c.regie_holder IS NOT NULL
       ON CONFLICT DO NOTHING`,
      [randomUUID(), kind, d.id, message, now, d.case_id],
    );
  }

  /** The id of a consent for this scope that holds at `at`, or null. */
  async findConsent(gemeente: string, subjectId: string, scope: string, at: Date): Promise<string | null> {
    const rows: { id: string }[] = await this.sql().query(
      `SELECT id FROM consents WHERE gemeente = $1 AND subject_id = $2 AND scope = $3 AND granted_at <= $4
         AND withdrawn_at IS NULL AND (valid_until IS NULL OR valid_until > $4)
       ORDER BY granted_at DESC LIMIT 1`,
      [gemeente, subjectId, scope, at],
    );
    return rows[0]?.id ?? null;
  }
}

/** The case row after a step to `next`: what the row derives from the snapshot, and the next version. */
export function advance(
  row: CaseRow,
  def: AnyWorkflowDefinition,
  next: AnyMachineSnapshot,
  now: Date,
): CaseRow {
  const regie = def.regie(next);
  return {
    ...row,
    snapshot: persist(next),
    state_value: stateName(next.value),
    regie_role: regie.role,
    regie_holder: regie.holder,
    ave_level: def.aveLevel?.(next) ?? null,
    version: row.version + 1,
    updated_at: now,
  };
}

export function describeDue(d: DeadlineRow): string {
  return d.due_date ? `op ${d.due_date}` : `om ${d.due_at.toISOString()}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A deadline row read back through json_agg has its timestamps as strings. */
export function reviveDeadline(d: DeadlineRow): DeadlineRow {
  const dates = [
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
  const out = { ...d } as Record<string, unknown>;
  for (const k of dates) if (out[k]) out[k] = new Date(out[k] as string);
  return out as unknown as DeadlineRow;
}

export async function backoff(attempt: number): Promise<void> {
  await new Promise((r) => setTimeout(r, Math.min(50, attempt * 2) * Math.random()));
}
