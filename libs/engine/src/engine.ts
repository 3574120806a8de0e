/**
 * The durable runtime. A command loads the case row, applies the event with XState's pure `transition`, and
 * writes the new snapshot, a history entry, the deadlines the new snapshot declares and the timers to arm (as
 * outbox rows) in one Postgres transaction, guarded by the case's version. Nothing here keeps state between
 * calls: any number of API and worker processes may run it against one database.
 */
import { createHash, randomUUID } from 'node:crypto';
import { type Kalender, daysBetween, localDate } from '@regie/calendar';
import type { AnyWorkflowDefinition, DeadlineDeclaration, Effect } from '@regie/workflows/workflow';
import { sqlFor } from '@regie/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import type { AnyMachineSnapshot } from 'xstate';
import { z } from 'zod';
import type { Clock } from './clock';
import { parseDuration, addDuration } from './duration';
import {
  ConsentRequired,
  EventRejected,
  Forbidden,
  IdempotencyKeyReused,
  InvalidData,
  NotFound,
  VersionConflict,
} from './errors';
import { type PersistedSnapshot, apply, initialSnapshot, persist, restore, stateName } from './machine-state';
import type { WorkflowRegistry } from './registry';
import { type Due, calendarDays, declarationsDiffer, dueOf, remindAtOf, sameTerm } from './terms';
import { type CaseView, type DeadlineRow, type CaseRow, allowedEvents, toView, zodDetails } from './view';

export interface Actor {
  /** user id from the token, or `system` */
  id: string;
  gemeente: string;
  roles: readonly string[];
  team?: string;
}

/** Legal grounds on which a case may be shared without the inwoner's consent (issue: consent). */
export const WETTELIJKE_GRONDSLAGEN = ['vroegsignalering', 'veilig_thuis', 'veiligheid_kind'] as const;

/** Wakes the outbox relay after a commit; the relay also polls, so a lost wake-up only delays. */
export interface OutboxSignal {
  kick(): void;
}

export interface EngineOptions {
  db: DataSource;
  registry: WorkflowRegistry;
  clock: Clock;
  kalender: Kalender;
  outbox?: OutboxSignal;
  /** how often a command retries after losing a race for the case row, when the client sent no If-Match */
  maxAttempts?: number;
}

export type FireResult = 'fired' | 'stale' | 'not_due';

/** An effect as the outbox keeps it: what to do, and on behalf of which case and user. */
export interface EffectPayload {
  gemeente: string;
  caseId: string;
  team: string | null;
  actor: string;
  effect: Effect;
}

export interface TriggerRef {
  deadlineId: string;
  token: number;
  kind: 'due' | 'remind';
}

/** A due deadline planned for the batch statement, with everything the case update needs. */
interface BatchedDue {
  index: number;
  deadlineId: string;
  token: number;
  caseId: string;
  version: number;
  snapshot: PersistedSnapshot;
  stateValue: string;
  regieRole: string;
  regieHolder: string | null;
  aveLevel: number | null;
  fromState: string;
  data: Record<string, unknown>;
  causation: string;
  notify: boolean;
  /** the teamleider of the case's team hears of it too */
  escalate: boolean;
  message: string;
  notificationId: string;
}

/** Terms are suspended, resumed and extended by events the engine itself handles, for every workflow. */
const TERM_EVENTS = {
  TERMIJN_OPSCHORTEN: {
    title: 'Termijn opschorten',
    schema: z.object({ key: z.string().min(1), reden: z.string().min(3) }).strict(),
  },
  TERMIJN_HERVATTEN: {
    title: 'Opgeschorte termijn hervatten',
    schema: z.object({ key: z.string().min(1), reden: z.string().optional() }).strict(),
  },
  TERMIJN_VERLENGEN: {
    title: 'Termijn verlengen',
    schema: z
      .object({
        key: z.string().min(1),
        reden: z.string().min(3),
        met: z.object({ amount: z.number().int().positive().max(365), unit: z.enum(['days', 'weeks']) }),
      })
      .strict(),
  },
} as const;
type TermEventType = keyof typeof TERM_EVENTS;
export const TERM_EVENT_TITLES: Record<string, string> = Object.fromEntries(
  Object.entries(TERM_EVENTS).map(([type, spec]) => [type, spec.title]),
);

/** Terms are the case worker's business; beleid and admin never touch case content. */
const TERM_EVENT_ROLES = ['intaker', 'procesmanager', 'teamleider'] as const;

function requireRole(actor: Actor, allowed: readonly string[], what: string): void {
  if (!allowed.some((role) => actor.roles.includes(role))) {
    throw new Forbidden(
      `Uw rol (${actor.roles.join(', ')}) mag '${what}' niet vastleggen; dat mag: ${allowed.join(', ')}`,
    );
  }
}

function isTermEvent(type: string): type is TermEventType {
  return Object.prototype.hasOwnProperty.call(TERM_EVENTS, type);
}

const PG_UNIQUE_VIOLATION = '23505';
function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as {
    code?: string;
    constraint?: string;
    driverError?: { code?: string; constraint?: string };
  };
  const code = e.code ?? e.driverError?.code;
  const name = e.constraint ?? e.driverError?.constraint;
  return code === PG_UNIQUE_VIOLATION && (!constraint || name === constraint);
}

class LostRace extends Error {}

// TypeORM's postgres driver answers an UPDATE or DELETE with [rows, affected]; a SELECT or INSERT with rows.

interface LoadedCase extends CaseRow {
  deadlines: DeadlineRow[];
  prior: { request_hash: string; response: CaseView } | null;
}

export class Engine {
  private readonly db: DataSource;
  private readonly registry: WorkflowRegistry;
  private readonly clock: Clock;
  private readonly kalender: Kalender;
  private readonly outbox: OutboxSignal;
  private readonly maxAttempts: number;

  /** The request's tenant-scoped connection (row-level security) when there is one, else the pool. */
  private sql(): EntityManager {
    return sqlFor(this.db);
  }

  constructor(opts: EngineOptions) {
    this.db = opts.db;
    this.registry = opts.registry;
    this.clock = opts.clock;
    this.kalender = opts.kalender;
    this.outbox = opts.outbox ?? { kick: () => undefined };
    this.maxAttempts = opts.maxAttempts ?? 50;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Starting a case

  async start(cmd: {
    actor: Actor;
    workflow: string;
    subjectId: string;
    input: unknown;
    idempotencyKey?: string;
  }): Promise<CaseView> {
    const def = this.registry.latest(cmd.workflow);
    const parsed = def.input.safeParse(
      await this.withGemeenteConfig(def, cmd.actor.gemeente, cmd.input ?? {}),
    );
    if (!parsed.success)
      throw new InvalidData('Ongeldige invoer voor deze workflow', zodDetails(parsed.error, 'input'));
    const input = parsed.data as Record<string, unknown>;
    const gemeente = cmd.actor.gemeente;

    const idemScope = cmd.idempotencyKey ? startKeyScope(gemeente, cmd.actor.id, cmd.idempotencyKey) : null;
    const hash = requestHash({ workflow: cmd.workflow, subjectId: cmd.subjectId, input });
    if (idemScope) {
      const prior = await this.priorStart(idemScope, hash);
      if (prior) return prior;
    }

    const subject: { id: string }[] = await this.sql().query(
      `SELECT id FROM subjects WHERE id = $1 AND gemeente = $2`,
      [cmd.subjectId, gemeente],
    );
    if (!subject.length) throw new NotFound(`Inwoner of huishouden ${cmd.subjectId} bestaat niet`);

    const now = await this.clock.now();
    const consent = def.consentRequired?.(input);
    if (consent && !(await this.findConsent(gemeente, cmd.subjectId, consent.scope, now))) {
      throw new ConsentRequired(consent.reason, { scope: consent.scope, subjectId: cmd.subjectId });
    }

    const id = randomUUID();
    const snapshot = initialSnapshot(def, {
      input,
      caseId: id,
      subjectId: cmd.subjectId,
      at: now.toISOString(),
      actor: cmd.actor.id,
    });
    const regie = def.regie(snapshot);
    const row: CaseRow = {
      id,
      gemeente,
      workflow: def.name,
      workflow_version: def.version,
      subject_id: cmd.subjectId,
      snapshot: persist(snapshot),
      state_value: stateName(snapshot.value),
      regie_role: regie.role,
      regie_holder: regie.holder,
      ave_level: def.aveLevel?.(snapshot) ?? null,
      team: cmd.actor.team ?? null,
      version: 1,
      created_at: now,
      updated_at: now,
    };

    try {
      return await this.sql().transaction(async (tx) => {
        await tx.query(
          `INSERT INTO cases (id, gemeente, workflow, workflow_version, subject_id, snapshot, state_value, regie_role,
             regie_holder, ave_level, team, version, created_at, updated_at)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,1,$12,$12)`,
          [
            id,
            gemeente,
            def.name,
            def.version,
            cmd.subjectId,
            row.snapshot,
            row.state_value,
            regie.role,
            regie.holder,
            row.ave_level,
            row.team,
            now,
          ],
        );
        await this.appendHistory(tx, row, 1, {
          type: 'CASE_GESTART',
          data: { workflow: def.name, workflowVersion: def.version, input },
          actor: cmd.actor.id,
          at: now,
          from: null,
          to: row.state_value,
          causation: cmd.idempotencyKey ?? null,
        });
        await this.reconcileDeadlines(tx, row, def, snapshot, def.deadlines(snapshot), now);
        const view = toView(row, def, snapshot, await this.deadlinesOf(tx, id));
        if (idemScope)
          await this.rememberAnswer(tx, gemeente, idemScope.caseId, idemScope.key, hash, view, now);
        return view;
      });
    } catch (err) {
      if (idemScope && isUniqueViolation(err, 'idempotency_keys_pkey')) {
        const prior = await this.priorStart(idemScope, hash);
        if (prior) return prior;
      }
      throw err;
    } finally {
      this.outbox.kick();
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Dispatching an event

  async dispatch(cmd: {
    actor: Actor;
    caseId: string;
    event: { type: string } & Record<string, unknown>;
    idempotencyKey: string;
    expectedVersion?: number;
  }): Promise<CaseView> {
    const { type, ...data } = cmd.event;
    const hash = requestHash(cmd.event);
    for (let attempt = 1; ; attempt++) {
      const row = await this.load(cmd.caseId, cmd.actor.gemeente, cmd.idempotencyKey);
      if (row.prior) {
        if (row.prior.request_hash !== hash) {
          throw new IdempotencyKeyReused('Deze Idempotency-Key is al gebruikt voor een ander verzoek');
        }
        return row.prior.response;
      }
      if (cmd.expectedVersion !== undefined && row.version !== cmd.expectedVersion) {
        throw new VersionConflict(
          `De casus is gewijzigd (versie ${row.version}, verwacht ${cmd.expectedVersion})`,
          {
            currentVersion: row.version,
          },
        );
      }
      const def = this.registry.get(row.workflow, row.workflow_version);
      const snapshot = restore(def, row.snapshot);
      try {
        const view = isTermEvent(type)
          ? await this.applyTermEvent(row, def, snapshot, type, data, cmd, hash)
          : await this.applyMachineEvent(row, def, snapshot, type, data, cmd, hash);
        return view;
      } catch (err) {
        if (err instanceof LostRace || isUniqueViolation(err, 'case_history_case_id_seq_key')) {
          if (cmd.expectedVersion !== undefined) {
            throw new VersionConflict('De casus is intussen gewijzigd; laad hem opnieuw');
          }
          if (attempt >= this.maxAttempts)
            throw new VersionConflict('De casus is te druk; probeer het opnieuw');
          await backoff(attempt);
          continue;
        }
        if (isUniqueViolation(err, 'idempotency_keys_pkey')) continue; // the same command won a race: answer as it
        throw err;
      }
    }
  }

  private async applyMachineEvent(
    row: LoadedCase,
    def: AnyWorkflowDefinition,
    snapshot: AnyMachineSnapshot,
    type: string,
    data: Record<string, unknown>,
    cmd: { actor: Actor; idempotencyKey: string },
    hash: string,
  ): Promise<CaseView> {
    const spec = def.events[type];
    if (!spec) {
      throw new EventRejected(
        `'${type}' is geen event van workflow ${def.name}`,
        allowedEvents(def, snapshot, row.deadlines),
      );
    }
    requireRole(cmd.actor, spec.roles, spec.title);
    const { wettelijkeGrondslag, ...rest } = spec.sharing
      ? data
      : { wettelijkeGrondslag: undefined, ...data };
    const grond = z.enum(WETTELIJKE_GRONDSLAGEN).optional().safeParse(wettelijkeGrondslag);
    if (!grond.success)
      throw new InvalidData(`Ongeldige wettelijke grondslag`, zodDetails(grond.error, 'wettelijkeGrondslag'));
    const parsed = spec.schema.safeParse(rest);
    if (!parsed.success) throw new InvalidData(`Ongeldige gegevens bij ${type}`, zodDetails(parsed.error));
    const now = await this.clock.now();
    let sharedOn: Record<string, unknown> = {};
    if (spec.sharing) {
      // Consent is checked at this moment: a withdrawal counts from the moment it was recorded.
      const consentId = grond.data
        ? null
        : await this.findConsent(row.gemeente, row.subject_id, spec.sharing.scope, now);
      if (!grond.data && !consentId) {
        throw new ConsentRequired(
          `Voor '${spec.title}' is toestemming van de inwoner nodig (${spec.sharing.scope}), of een wettelijke grondslag`,
          { scope: spec.sharing.scope, subjectId: row.subject_id, grounds: WETTELIJKE_GRONDSLAGEN },
        );
      }
      sharedOn = grond.data ? { wettelijkeGrondslag: grond.data } : { toestemming: consentId };
    }
    const event = { ...(parsed.data as object), type, at: now.toISOString(), actor: cmd.actor.id };
    const next = apply(def, snapshot, event);
    if (!next) {
      const allowed = allowedEvents(def, snapshot, row.deadlines);
      const why =
        def.explainRejection?.(snapshot, event) ??
        `${type} is niet mogelijk in fase '${row.state_value}'. Mogelijk: ${allowed.join(', ') || 'niets'}`;
      throw new EventRejected(why, allowed);
    }
    return this.commit(row, def, snapshot, next, now, {
      type,
      data: { ...(parsed.data as Record<string, unknown>), ...sharedOn },
      actor: cmd.actor.id,
      causation: cmd.idempotencyKey,
      idempotency: { key: cmd.idempotencyKey, hash },
    });
  }

  /**
   * Writes one accepted step. The common case (no deadline changes) is one statement: the case update, its
   * history entry and the remembered answer commit together or not at all.
   */
  private async commit(
    row: LoadedCase,
    def: AnyWorkflowDefinition,
    prev: AnyMachineSnapshot,
    next: AnyMachineSnapshot,
    now: Date,
    entry: {
      type: string;
      data: Record<string, unknown>;
      actor: string;
      causation: string | null;
      idempotency?: { key: string; hash: string };
    },
  ): Promise<CaseView> {
    const updated = advance(row, def, next, now);
    const prevDecls = def.deadlines(prev);
    const nextDecls = def.deadlines(next);
    const effects = def.effects?.(prev, next, { type: entry.type, ...entry.data }) ?? [];

    if (!declarationsDiffer(prevDecls, nextDecls) && !effects.length) {
      const view = toView(updated, def, next, row.deadlines);
      const written: { n: string }[] = await this.sql().query(
        `WITH u AS (
           UPDATE cases SET snapshot = $3, state_value = $4, regie_role = $5, regie_holder = $6, version = $7,
             updated_at = $8, ave_level = $17
           WHERE id = $1 AND version = $2 RETURNING id, gemeente),
         h AS (
           INSERT INTO case_history (gemeente, case_id, seq, type, data, actor, at, from_state, to_state, causation_id)
           SELECT gemeente, id, $7, $9, $10, $11, $8, $12, $4, $13 FROM u),
         i AS (
           INSERT INTO idempotency_keys (gemeente, case_id, key, request_hash, status, response, created_at)
           SELECT gemeente, id, $14, $15, 200, $16, $8 FROM u WHERE $14::text IS NOT NULL)
         SELECT count(*) AS n FROM u`,
        [
          row.id,
          row.version,
          updated.snapshot,
          updated.state_value,
          updated.regie_role,
          updated.regie_holder,
          updated.version,
          now,
          entry.type,
          entry.data,
          entry.actor,
          row.state_value,
          entry.causation,
          entry.idempotency?.key ?? null,
          entry.idempotency?.hash ?? null,
          view,
          updated.ave_level,
        ],
      );
      if (Number(written[0].n) !== 1) throw new LostRace();
      return view;
    }

    return this.afterCommitKick(
      this.sql().transaction(async (tx) => {
        await this.updateCase(tx, row, updated);
        await this.appendHistory(tx, updated, updated.version, {
          type: entry.type,
          data: entry.data,
          actor: entry.actor,
          at: now,
          from: row.state_value,
          to: updated.state_value,
          causation: entry.causation,
        });
        await this.reconcileDeadlines(tx, updated, def, next, nextDecls, now);
        for (const effect of effects) {
          const payload: EffectPayload = {
            gemeente: row.gemeente,
            caseId: row.id,
            team: row.team,
            actor: entry.actor,
            effect,
          };
          await tx.query(`INSERT INTO outbox (kind, payload) VALUES ('effect', $1)`, [payload]);
        }
        const view = toView(updated, def, next, await this.deadlinesOf(tx, row.id));
        if (entry.idempotency) {
          await this.rememberAnswer(
            tx,
            row.gemeente,
            row.id,
            entry.idempotency.key,
            entry.idempotency.hash,
            view,
            now,
          );
        }
        return view;
      }),
    );
  }

  /** Wakes the relay once a write that may have armed triggers has committed. */
  private async afterCommitKick<T>(committed: Promise<T>): Promise<T> {
    const result = await committed;
    this.outbox.kick();
    return result;
  }

  private async updateCase(tx: EntityManager, before: CaseRow, after: CaseRow): Promise<void> {
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

  // ---------------------------------------------------------------------------------------------------------
  // Opschorting and verlenging

  private async applyTermEvent(
    row: LoadedCase,
    def: AnyWorkflowDefinition,
    snapshot: AnyMachineSnapshot,
    type: TermEventType,
    data: Record<string, unknown>,
    cmd: { actor: Actor; idempotencyKey: string },
    hash: string,
  ): Promise<CaseView> {
    requireRole(cmd.actor, TERM_EVENT_ROLES, TERM_EVENTS[type].title);
    const parsed = TERM_EVENTS[type].schema.safeParse(data);
    if (!parsed.success) throw new InvalidData(`Ongeldige gegevens bij ${type}`, zodDetails(parsed.error));
    const args = parsed.data as {
      key: string;
      reden?: string;
      met?: { amount: number; unit: 'days' | 'weeks' };
    };
    const deadline = row.deadlines.find((d) => d.key === args.key && d.status === 'pending');
    const allowed = allowedEvents(def, snapshot, row.deadlines);
    if (!deadline) throw new EventRejected(`Er loopt geen termijn '${args.key}' in deze casus`, allowed);
    const suspended = deadline.suspended_at !== null;
    if (type === 'TERMIJN_OPSCHORTEN' && suspended)
      throw new EventRejected('Deze termijn is al opgeschort', allowed);
    if (type === 'TERMIJN_HERVATTEN' && !suspended)
      throw new EventRejected('Deze termijn is niet opgeschort', allowed);

    const now = await this.clock.now();
    const updated: CaseRow = { ...row, version: row.version + 1, updated_at: now };
    return this.afterCommitKick(
      this.sql().transaction(async (tx) => {
        await this.updateCase(tx, row, updated);
        let change: Record<string, unknown>;
        if (type === 'TERMIJN_OPSCHORTEN') {
          await tx.query(`UPDATE deadlines SET suspended_at = $2, token = token + 1 WHERE id = $1`, [
            deadline.id,
            now,
          ]);
          change = { suspendedAt: now.toISOString() };
        } else {
          const addedDays =
            type === 'TERMIJN_HERVATTEN'
              ? Math.max(0, daysBetween(localDate(deadline.suspended_at!), localDate(now)))
              : calendarDays(args.met!);
          const suspendedDays = deadline.suspended_days + (type === 'TERMIJN_HERVATTEN' ? addedDays : 0);
          const extendedDays = deadline.extended_days + (type === 'TERMIJN_VERLENGEN' ? addedDays : 0);
          const due = dueOf(this.kalender, {
            anchor: deadline.anchor,
            term: deadline.term,
            atw: deadline.atw,
            extraDays: suspendedDays + extendedDays,
          });
          const remindAt = remindAtOf(this.kalender, { term: deadline.term }, deadline.anchor, due);
          const [armed]: [{ token: number }[], number] = await tx.query(
            `UPDATE deadlines SET suspended_at = NULL, suspended_days = $2, extended_days = $3, due_date = $4,
             due_at = $5, remind_at = $6, reminded_at = NULL, token = token + 1
           WHERE id = $1 RETURNING token`,
            [deadline.id, suspendedDays, extendedDays, due.dueDate, due.dueAt, remindAt],
          );
          await this.arm(tx, deadline.id, armed[0].token, due.dueAt, remindAt);
          change = {
            addedDays,
            previousDueDate: deadline.due_date,
            dueDate: due.dueDate,
            dueAt: due.dueAt.toISOString(),
          };
        }
        await this.appendHistory(tx, updated, updated.version, {
          type,
          data: { ...args, deadlineId: deadline.id, ...change },
          actor: cmd.actor.id,
          at: now,
          from: row.state_value,
          to: row.state_value,
          causation: cmd.idempotencyKey,
        });
        const view = toView(updated, def, snapshot, await this.deadlinesOf(tx, row.id));
        await this.rememberAnswer(tx, row.gemeente, row.id, cmd.idempotencyKey, hash, view, now);
        return view;
      }),
    );
  }

  // ---------------------------------------------------------------------------------------------------------
  // Deadlines falling due

  /**
   * Fires one deadline's trigger (its reminder or its due moment). Safe to call any number of times with the
   * same token: only the first call that finds the deadline pending, unsuspended and with this token does
   * anything. A trigger whose token no longer matches (state left, deadline re-armed) is `stale`.
   */
  async fire(deadlineId: string, token: number, kind: 'due' | 'remind'): Promise<FireResult> {
    const [result] = await this.fireMany([{ deadlineId, token, kind }]);
    return result;
  }

  /**
   * Fires many triggers with a few statements for the whole batch: the due ones whose firing changes no declared
   * deadline in one, the reminders in another. A due trigger that moves deadlines, a second one of the same case,
   * and any that lost a race for its case go one by one. Results come back in the order of `triggers`.
   */
  async fireMany(triggers: TriggerRef[]): Promise<FireResult[]> {
    if (!triggers.length) return [];
    const rows: (DeadlineRow & { c: CaseRow })[] = await this.sql().query(
      `SELECT d.*, row_to_json(c) AS c FROM deadlines d JOIN cases c ON c.id = d.case_id
       WHERE d.id = ANY($1::uuid[])`,
      [triggers.map((t) => t.deadlineId)],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const now = await this.clock.now();
    const results: FireResult[] = new Array(triggers.length);
    const dues: BatchedDue[] = [];
    const reminders: { index: number; row: DeadlineRow }[] = [];
    const oneByOne: number[] = [];
    const casesInBatch = new Set<string>();

    triggers.forEach((t, index) => {
      const d = byId.get(t.deadlineId);
      if (!d || d.status !== 'pending' || d.token !== t.token || d.suspended_at) {
        results[index] = 'stale';
      } else if (t.kind === 'remind') {
        if (d.reminded_at) results[index] = 'stale';
        else if (!d.remind_at || d.remind_at.getTime() > now.getTime()) results[index] = 'not_due';
        else reminders.push({ index, row: d });
      } else if (d.due_at.getTime() > now.getTime()) {
        results[index] = 'not_due';
      } else {
        const planned = casesInBatch.has(d.case_id) ? null : this.planMiss(d, d.c, now);
        if (planned) {
          casesInBatch.add(d.case_id);
          dues.push({ index, ...planned });
        } else oneByOne.push(index);
      }
    });

    if (dues.length) {
      const fired = new Set(await this.writeMisses(dues, now));
      for (const due of dues) {
        if (fired.has(due.deadlineId)) results[due.index] = 'fired';
        else oneByOne.push(due.index); // lost a race for its case: try again on its own
      }
    }
    if (reminders.length) {
      const reminded = new Set(
        await this.writeReminders(
          reminders.map((r) => r.row),
          now,
        ),
      );
      for (const r of reminders) results[r.index] = reminded.has(r.row.id) ? 'fired' : 'stale';
    }
    for (const index of oneByOne) {
      const t = triggers[index];
      results[index] = await this.fireOne(t.deadlineId, t.token, t.kind);
    }
    return results;
  }

  /**
   * What a due deadline does to its case, when the batch statement can write it: the machine's answer to
   * DEADLINE_DUE changes no declared deadline. Null otherwise.
   */
  private planMiss(d: DeadlineRow, c: CaseRow, now: Date): Omit<BatchedDue, 'index'> | null {
    const def = this.registry.get(c.workflow, c.workflow_version);
    const snapshot = restore(def, c.snapshot);
    const event = { type: 'DEADLINE_DUE', key: d.key, at: now.toISOString(), actor: 'system' };
    const next = apply(def, snapshot, event) ?? snapshot;
    if (declarationsDiffer(def.deadlines(snapshot), def.deadlines(next))) return null;
    const regie = def.regie(next);
    return {
      deadlineId: d.id,
      token: d.token,
      caseId: c.id,
      version: c.version,
      snapshot: persist(next),
      stateValue: stateName(next.value),
      regieRole: regie.role,
      regieHolder: regie.holder,
      aveLevel: def.aveLevel?.(next) ?? null,
      fromState: c.state_value,
      data: missedEntry(d),
      causation: `deadline:${d.id}:${d.token}`,
      notify: d.party === 'gemeente',
      escalate: d.escalate_to === 'teamleider',
      message: `Termijn ${d.name} is verstreken (${describeDue(d)})`,
      notificationId: randomUUID(),
    };
  }

  /**
   * One statement for a batch of due deadlines; returns the ids it fired. The case update carries the version
   * check and the deadline's token check; a case that changed since it was read is left out, and its deadline
   * with it.
   */
  private async writeMisses(dues: BatchedDue[], now: Date): Promise<string[]> {
    const rows: { deadline_id: string }[] = await this.sql().query(
      `WITH i AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x("deadlineId" uuid, token int, "caseId" uuid, version int,
           snapshot jsonb, "stateValue" text, "regieRole" text, "regieHolder" text, "aveLevel" int, "fromState" text,
           data jsonb, causation text, notify boolean, escalate boolean, message text, "notificationId" uuid)),
       u AS (
         UPDATE cases c SET snapshot = i.snapshot, state_value = i."stateValue", regie_role = i."regieRole",
           regie_holder = i."regieHolder", ave_level = i."aveLevel", version = i.version + 1, updated_at = $2
         FROM i
         WHERE c.id = i."caseId" AND c.version = i.version
           AND EXISTS (SELECT 1 FROM deadlines d WHERE d.id = i."deadlineId" AND d.token = i.token
                         AND d.status = 'pending' AND d.suspended_at IS NULL)
         RETURNING c.id, c.gemeente, c.regie_holder, c.team, i."deadlineId" AS deadline_id),
       d AS (
         UPDATE deadlines SET status = 'missed', missed_at = $2, token = deadlines.token + 1
         FROM u WHERE deadlines.id = u.deadline_id),
       h AS (
         INSERT INTO case_history (gemeente, case_id, seq, type, data, actor, at, from_state, to_state, causation_id)
         SELECT u.gemeente, u.id, i.version + 1, 'TERMIJN_VERSTREKEN', i.data, 'system', $2, i."fromState",
           i."stateValue", i.causation
         FROM u JOIN i ON i."caseId" = u.id),
       n AS (
         INSERT INTO notifications (id, gemeente, recipient, kind, case_id, deadline_id, message, created_at)
         SELECT i."notificationId", u.gemeente, u.regie_holder, 'termijn_verstreken', u.id, u.deadline_id,
           i.message, $2
         FROM u JOIN i ON i."caseId" = u.id
         WHERE u.regie_holder IS NOT NULL AND i.notify
         ON CONFLICT DO NOTHING),
       t AS (
         INSERT INTO notifications (id, gemeente, recipient, kind, case_id, deadline_id, message, created_at)
         SELECT gen_random_uuid(), u.gemeente, ${teamleiderOf('u.team')}, 'termijn_verstreken', u.id, u.deadline_id,
           i.message, $2
         FROM u JOIN i ON i."caseId" = u.id
         WHERE u.team IS NOT NULL AND i.escalate
         ON CONFLICT DO NOTHING)
       SELECT deadline_id FROM u`,
      [JSON.stringify(dues.map(({ index: _, ...due }) => due)), now],
    );
    return rows.map((r) => r.deadline_id);
  }

  /** One statement for a batch of reminders; returns the ids it reminded. */
  private async writeReminders(deadlines: DeadlineRow[], now: Date): Promise<string[]> {
    const input = deadlines.map((d) => ({
      deadlineId: d.id,
      token: d.token,
      message: `Termijn ${d.name} verloopt ${describeDue(d)}`,
      notificationId: randomUUID(),
    }));
    const rows: { id: string }[] = await this.sql().query(
      `WITH i AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb)
           AS x("deadlineId" uuid, token int, message text, "notificationId" uuid)),
       r AS (
         UPDATE deadlines d SET reminded_at = $2 FROM i
         WHERE d.id = i."deadlineId" AND d.token = i.token AND d.status = 'pending' AND d.suspended_at IS NULL
           AND d.reminded_at IS NULL
         RETURNING d.id, d.case_id, i.message, i."notificationId"),
       n AS (
         INSERT INTO notifications (id, gemeente, recipient, kind, case_id, deadline_id, message, created_at)
         SELECT r."notificationId", c.gemeente, c.regie_holder, 'herinnering', c.id, r.id, r.message, $2
         FROM r JOIN cases c ON c.id = r.case_id WHERE c.regie_holder IS NOT NULL
         ON CONFLICT DO NOTHING)
       SELECT id FROM r`,
      [JSON.stringify(input), now],
    );
    return rows.map((r) => r.id);
  }

  /** The careful path for one trigger: its own transaction, retried when it loses the race for its case. */
  private async fireOne(deadlineId: string, token: number, kind: 'due' | 'remind'): Promise<FireResult> {
    for (let attempt = 1; ; attempt++) {
      const found: DeadlineRow[] = await this.sql().query(`SELECT * FROM deadlines WHERE id = $1`, [
        deadlineId,
      ]);
      const d = found[0];
      if (!d || d.status !== 'pending' || d.token !== token || d.suspended_at) return 'stale';
      const now = await this.clock.now();
      if (kind === 'remind') return this.remind(d, now);
      if (d.due_at.getTime() > now.getTime()) return 'not_due';
      try {
        return await this.miss(d, now);
      } catch (err) {
        if (!(err instanceof LostRace) || attempt >= this.maxAttempts) throw err;
        await backoff(attempt);
      }
    }
  }

  private async remind(d: DeadlineRow, now: Date): Promise<FireResult> {
    if (d.reminded_at || !d.remind_at || d.remind_at.getTime() > now.getTime()) {
      return d.reminded_at ? 'stale' : 'not_due';
    }
    return this.sql().transaction(async (tx) => {
      const marked: [unknown[], number] = await tx.query(
        `UPDATE deadlines SET reminded_at = $3 WHERE id = $1 AND token = $2 AND reminded_at IS NULL AND status = 'pending'`,
        [d.id, d.token, now],
      );
      if (marked[1] !== 1) return 'stale';
      await this.notifyHolder(tx, d, 'herinnering', `Termijn ${d.name} verloopt ${describeDue(d)}`, now);
      return 'fired';
    });
  }

  private async miss(d: DeadlineRow, now: Date): Promise<FireResult> {
    const row = await this.load(d.case_id, d.gemeente, null);
    const def = this.registry.get(row.workflow, row.workflow_version);
    const snapshot = restore(def, row.snapshot);
    const event = { type: 'DEADLINE_DUE', key: d.key, at: now.toISOString(), actor: 'system' };
    const next = apply(def, snapshot, event) ?? snapshot;
    const updated = advance(row, def, next, now);
    return this.afterCommitKick(
      this.sql().transaction(async (tx) => {
        const closed: [unknown[], number] = await tx.query(
          `UPDATE deadlines SET status = 'missed', missed_at = $3, token = token + 1
         WHERE id = $1 AND token = $2 AND status = 'pending' AND suspended_at IS NULL`,
          [d.id, d.token, now],
        );
        if (closed[1] !== 1) return 'stale';
        await this.updateCase(tx, row, updated);
        await this.appendHistory(tx, updated, updated.version, {
          type: 'TERMIJN_VERSTREKEN',
          data: missedEntry(d),
          actor: 'system',
          at: now,
          from: row.state_value,
          to: updated.state_value,
          causation: `deadline:${d.id}:${d.token}`,
        });
        if (next !== snapshot)
          await this.reconcileDeadlines(tx, updated, def, next, def.deadlines(next), now);
        if (d.escalate_to === 'teamleider') {
          await tx.query(
            `INSERT INTO notifications (id, gemeente, recipient, kind, case_id, deadline_id, message, created_at)
             SELECT $1, c.gemeente, ${teamleiderOf('c.team')}, 'termijn_verstreken', c.id, $2, $3, $4
             FROM cases c WHERE c.id = $5 AND c.team IS NOT NULL ON CONFLICT DO NOTHING`,
            [randomUUID(), d.id, `Termijn ${d.name} is verstreken (${describeDue(d)})`, now, d.case_id],
          );
        }
        if (d.party === 'gemeente') {
          await this.notifyHolder(
            tx,
            d,
            'termijn_verstreken',
            `Termijn ${d.name} is verstreken (${describeDue(d)})`,
            now,
          );
        }
        return 'fired' as const;
      }),
    );
  }

  /**
   * Pending triggers (reminders and due moments) falling by `upTo`, in time order, a page at a time: `after` is
   * the last one of the previous page.
   */
  async pendingTriggers(
    upTo: Date,
    limit = 1000,
    after: { at: Date; id: string } | null = null,
  ): Promise<{ id: string; token: number; kind: 'due' | 'remind'; at: Date }[]> {
    return this.sql().query(
      `SELECT * FROM (
         (SELECT id, token, 'remind' AS kind, remind_at AS at FROM deadlines
           WHERE status = 'pending' AND suspended_at IS NULL AND reminded_at IS NULL AND remind_at <= $1)
         UNION ALL
         (SELECT id, token, 'due' AS kind, due_at AS at FROM deadlines
           WHERE status = 'pending' AND suspended_at IS NULL AND due_at <= $1)) t
       WHERE $3::timestamptz IS NULL OR (t.at, t.id) > ($3::timestamptz, $4::uuid)
       ORDER BY t.at, t.id LIMIT $2`,
      [upTo, limit, after?.at ?? null, after?.id ?? null],
    );
  }

  /** Fires everything due by now, in due order, a batch at a time. Returns how many triggers fired. */
  async fireDue(): Promise<number> {
    let fired = 0;
    for (;;) {
      const batch = await this.pendingTriggers(await this.clock.now(), 500);
      if (!batch.length) return fired;
      const results = await this.fireMany(
        batch.map((t) => ({ deadlineId: t.id, token: t.token, kind: t.kind })),
      );
      const firedNow = results.filter((r) => r === 'fired').length;
      if (!firedNow) return fired;
      fired += firedNow;
    }
  }

  /**
   * Moves a manual clock forward, stopping at every moment a trigger falls due so that each fires at its own
   * time and whatever it arms in turn fires too, exactly as real time would have done it.
   */
  async advanceClock(by: string): Promise<{ now: Date; fired: number }> {
    const duration = parseDuration(by);
    if (!duration)
      throw new InvalidData(`'${by}' is geen ISO 8601-duur (bijvoorbeeld P6W of PT2H)`, [{ field: 'by' }]);
    const target = addDuration(await this.clock.now(), duration);
    let fired = 0;
    for (;;) {
      const [next] = await this.pendingTriggers(target, 1);
      if (!next) break;
      await this.clock.set(next.at);
      fired += await this.fireDue();
    }
    return { now: await this.clock.set(target), fired };
  }

  // ---------------------------------------------------------------------------------------------------------
  // Reading

  async view(caseId: string, gemeente: string): Promise<CaseView> {
    const row = await this.load(caseId, gemeente, null);
    const def = this.registry.get(row.workflow, row.workflow_version);
    return toView(row, def, restore(def, row.snapshot), row.deadlines);
  }

  private async load(caseId: string, gemeente: string, idempotencyKey: string | null): Promise<LoadedCase> {
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

  private async deadlinesOf(tx: EntityManager, caseId: string): Promise<DeadlineRow[]> {
    return tx.query(`SELECT * FROM deadlines WHERE case_id = $1 ORDER BY due_at, key`, [caseId]);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Writing helpers

  /**
   * Makes the deadline rows match what the snapshot declares: new keys are armed, moved ones re-armed (new
   * token), vanished ones closed as met or cancelled (new token, so their armed triggers go stale).
   */
  private async reconcileDeadlines(
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
  private async arm(
    tx: EntityManager,
    deadlineId: string,
    token: number,
    dueAt: Date,
    remindAt: Date | null,
  ) {
    await tx.query(`INSERT INTO outbox (kind, payload) VALUES ('timer', $1)`, [
      { deadlineId, token, dueAt: dueAt.toISOString(), remindAt: remindAt?.toISOString() ?? null },
    ]);
  }

  private async appendHistory(
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

  private async rememberAnswer(
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

  private async notifyHolder(tx: EntityManager, d: DeadlineRow, kind: string, message: string, now: Date) {
    await tx.query(
      `INSERT INTO notifications (id, gemeente, recipient, kind, case_id, deadline_id, message, created_at)
       SELECT $1, c.gemeente, c.regie_holder, $2, c.id, $3, $4, $5 FROM cases c
       WHERE c.id = $6 AND c.regie_holder IS NOT NULL
       ON CONFLICT DO NOTHING`,
      [randomUUID(), kind, d.id, message, now, d.case_id],
    );
  }

  /**
   * A new case starts with the rules its gemeente set for the workflow (unless its input names its own): the case
   * keeps them, so a later change of the rules does not move the terms of running cases.
   */
  private async withGemeenteConfig(
    def: AnyWorkflowDefinition,
    gemeente: string,
    input: unknown,
  ): Promise<unknown> {
    if (!def.config || typeof input !== 'object' || input === null || 'config' in input) return input;
    const rows: { config: unknown }[] = await this.sql().query(
      `SELECT config FROM workflow_config WHERE gemeente = $1 AND workflow = $2`,
      [gemeente, def.name],
    );
    return rows.length ? { ...input, config: rows[0].config } : input;
  }

  /** The id of a consent for this scope that holds at `at`, or null. */
  private async findConsent(
    gemeente: string,
    subjectId: string,
    scope: string,
    at: Date,
  ): Promise<string | null> {
    const rows: { id: string }[] = await this.sql().query(
      `SELECT id FROM consents WHERE gemeente = $1 AND subject_id = $2 AND scope = $3 AND granted_at <= $4
         AND withdrawn_at IS NULL AND (valid_until IS NULL OR valid_until > $4)
       ORDER BY granted_at DESC LIMIT 1`,
      [gemeente, subjectId, scope, at],
    );
    return rows[0]?.id ?? null;
  }

  private async priorStart(scope: { caseId: string; key: string }, hash: string): Promise<CaseView | null> {
    const rows: { request_hash: string; response: CaseView }[] = await this.sql().query(
      `SELECT request_hash, response FROM idempotency_keys WHERE case_id = $1 AND key = $2`,
      [scope.caseId, scope.key],
    );
    if (!rows.length) return null;
    if (rows[0].request_hash !== hash) {
      throw new IdempotencyKeyReused('Deze Idempotency-Key is al gebruikt voor een ander verzoek');
    }
    return rows[0].response;
  }
}

/** Starting a case has no case id yet: its key is remembered under a fixed id, scoped by gemeente and user. */
const START_SCOPE = '00000000-0000-0000-0000-000000000000';
function startKeyScope(gemeente: string, user: string, key: string) {
  return { caseId: START_SCOPE, key: `start:${gemeente}:${user}:${key}` };
}

function requestHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

/** The case row after a step to `next`: what the row derives from the snapshot, and the next version. */
function advance(row: CaseRow, def: AnyWorkflowDefinition, next: AnyMachineSnapshot, now: Date): CaseRow {
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

/** Notifications for a role rather than a person: the teamleider of a team reads `teamleider:<team>`. */
export function teamleiderOf(teamSql: string): string {
  return `'teamleider:' || ${teamSql}`;
}

/** The history entry's data for a term that passed. */
function missedEntry(d: DeadlineRow): Record<string, unknown> {
  return {
    deadlineId: d.id,
    key: d.key,
    name: d.name,
    law: d.law,
    dueDate: d.due_date,
    dueAt: d.due_at,
    party: d.party,
  };
}

function describeDue(d: DeadlineRow): string {
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

async function backoff(attempt: number): Promise<void> {
  await new Promise((r) => setTimeout(r, Math.min(50, attempt * 2) * Math.random()));
}

export type { Due, PersistedSnapshot };
