/**
 * The durable runtime's commands. A command loads the case row, applies the event with XState's pure
 * `transition`, and writes the new snapshot, a history entry, the deadlines the new snapshot declares and the
 * timers to arm (as outbox rows) in one Postgres transaction, guarded by the case's version. Nothing here keeps
 * state between calls: any number of API and worker processes may run it against one database. Persistence is
 * in case-store.ts, deadlines falling due in firing.ts.
 */
import { createHash, randomUUID } from 'node:crypto';
import { type Kalender, daysBetween, localDate } from '@regie/calendar';
import { CASE_WORKERS } from '@regie/workflows/fields';
import type { AnyWorkflowDefinition, Effect } from '@regie/workflows/workflow';
import type { DataSource } from 'typeorm';
import type { AnyMachineSnapshot } from 'xstate';
import { z } from 'zod';
import {
  CaseStore,
  type LoadedCase,
  LostRace,
  type OutboxSignal,
  advance,
  backoff,
  kickAfter,
} from './case-store';
import type { Clock } from './clock';
import { DeadlineFiring, type FireResult, type TriggerRef } from './firing';
import {
  ConsentRequired,
  EngineError,
  EventRejected,
  Forbidden,
  IdempotencyKeyReused,
  InvalidData,
  NotFound,
  VersionConflict,
} from './errors';
import { type PersistedSnapshot, apply, initialSnapshot, persist, restore, stateName } from './machine-state';
import type { WorkflowRegistry } from './registry';
import { type Due, calendarDays, declarationsDiffer, dueOf, remindAtOf } from './terms';
import { type CaseView, type CaseRow, allowedEvents, toView, zodDetails } from './view';

export interface Actor {
  /** user id from the token, or `system` */
  id: string;
  gemeente: string;
  roles: readonly string[];
  team?: string;
}

/** Legal grounds on which a case may be shared without the inwoner's consent (issue: consent). */
export const WETTELIJKE_GRONDSLAGEN = ['vroegsignalering', 'veilig_thuis', 'veiligheid_kind'] as const;

export interface EngineOptions {
  db: DataSource;
  registry: WorkflowRegistry;
  clock: Clock;
  kalender: Kalender;
  outbox?: OutboxSignal;
  /** how often a command retries after losing a race for the case row, when the client sent no If-Match */
  maxAttempts?: number;
  /** told of every command when it ends (metrics): ids and codes only, never personal data */
  onCommand?: (observed: ObservedCommand) => void;
}

/** A command as metrics see it: which workflow, how it ended (`ok` or an EngineError code), how long it took. */
export interface ObservedCommand {
  workflow: string;
  outcome: string;
  seconds: number;
}

/** An effect as the outbox keeps it: what to do, and on behalf of which case and user. */
export interface EffectPayload {
  gemeente: string;
  caseId: string;
  team: string | null;
  actor: string;
  effect: Effect;
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

/** Terms are the case workers' business. */
const TERM_EVENT_ROLES = CASE_WORKERS;

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

export class Engine {
  private readonly registry: WorkflowRegistry;
  private readonly clock: Clock;
  private readonly kalender: Kalender;
  private readonly outbox: OutboxSignal;
  private readonly maxAttempts: number;
  private readonly store: CaseStore;
  private readonly firing: DeadlineFiring;
  private readonly onCommand: (observed: ObservedCommand) => void;

  constructor(opts: EngineOptions) {
    this.onCommand = opts.onCommand ?? (() => undefined);
    this.registry = opts.registry;
    this.clock = opts.clock;
    this.kalender = opts.kalender;
    this.outbox = opts.outbox ?? { kick: () => undefined };
    this.maxAttempts = opts.maxAttempts ?? 50;
    this.store = new CaseStore(opts.db, opts.kalender);
    this.firing = new DeadlineFiring(this.store, this.registry, this.clock, this.outbox, this.maxAttempts);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Deadlines falling due (see firing.ts)

  fire(deadlineId: string, token: number, kind: 'due' | 'remind'): Promise<FireResult> {
    return this.firing.fire(deadlineId, token, kind);
  }

  fireMany(triggers: TriggerRef[]): Promise<FireResult[]> {
    return this.firing.fireMany(triggers);
  }

  pendingTriggers(
    upTo: Date,
    limit?: number,
    after?: { at: Date; id: string } | null,
  ): Promise<{ id: string; token: number; kind: 'due' | 'remind'; at: Date }[]> {
    return this.firing.pendingTriggers(upTo, limit, after);
  }

  fireDue(
    upTo?: Date,
    onFired?: (t: { kind: 'due' | 'remind'; at: Date }) => void,
    lanes?: number,
  ): Promise<number> {
    return this.firing.fireDue(upTo, onFired, lanes);
  }

  advanceClock(by: string): Promise<{ now: Date; fired: number }> {
    return this.firing.advanceClock(by);
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
    // the workflow label only once it is known to exist: a label from raw input would let clients grow the metrics
    const seen = { workflow: 'onbekend' };
    return this.observed(() => this.startCase(cmd, seen), seen);
  }

  private async startCase(
    cmd: Parameters<Engine['start']>[0],
    seen: { workflow: string },
  ): Promise<CaseView> {
    const def = this.registry.latest(cmd.workflow);
    seen.workflow = def.name;
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

    const subject: { id: string }[] = await this.store
      .sql()
      .query(`SELECT id FROM subjects WHERE id = $1 AND gemeente = $2`, [cmd.subjectId, gemeente]);
    if (!subject.length) throw new NotFound(`Inwoner of huishouden ${cmd.subjectId} bestaat niet`);

    const now = await this.clock.now();
    const consent = def.consentRequired?.(input);
    if (consent && !(await this.store.findConsent(gemeente, cmd.subjectId, consent.scope, now))) {
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
      return await this.store.sql().transaction(async (tx) => {
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
        await this.store.appendHistory(tx, row, 1, {
          type: 'CASE_GESTART',
          data: { workflow: def.name, workflowVersion: def.version, input },
          actor: cmd.actor.id,
          at: now,
          from: null,
          to: row.state_value,
          causation: cmd.idempotencyKey ?? null,
        });
        await this.store.reconcileDeadlines(tx, row, def, snapshot, def.deadlines(snapshot), now);
        const view = toView(row, def, snapshot, await this.store.deadlinesOf(tx, id));
        if (idemScope)
          await this.store.rememberAnswer(tx, gemeente, idemScope.caseId, idemScope.key, hash, view, now);
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
    const seen = { workflow: 'onbekend' };
    return this.observed(() => this.dispatchEvent(cmd, seen), seen);
  }

  /** Times a command and tells `onCommand` how it ended; `seen.workflow` is filled in once the case is loaded. */
  private async observed(work: () => Promise<CaseView>, seen: { workflow: string }): Promise<CaseView> {
    const started = performance.now();
    let outcome = 'error';
    try {
      const view = await work();
      outcome = 'ok';
      return view;
    } catch (err) {
      if (err instanceof EngineError) outcome = err.code;
      throw err;
    } finally {
      this.onCommand({ workflow: seen.workflow, outcome, seconds: (performance.now() - started) / 1000 });
    }
  }

  private async dispatchEvent(
    cmd: Parameters<Engine['dispatch']>[0],
    seen: { workflow: string },
  ): Promise<CaseView> {
    const { type, ...data } = cmd.event;
    const hash = requestHash(cmd.event);
    for (let attempt = 1; ; attempt++) {
      const row = await this.store.load(cmd.caseId, cmd.actor.gemeente, cmd.idempotencyKey);
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
      seen.workflow = def.name;
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
    // own keys only: a type like '__proto__' must not find Object.prototype
    const spec = Object.hasOwn(def.events, type) ? def.events[type] : undefined;
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
        : await this.store.findConsent(row.gemeente, row.subject_id, spec.sharing.scope, now);
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
      const written: { n: string }[] = await this.store.sql().query(
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

    return kickAfter(
      this.outbox,
      this.store.sql().transaction(async (tx) => {
        await this.store.updateCase(tx, row, updated);
        await this.store.appendHistory(tx, updated, updated.version, {
          type: entry.type,
          data: entry.data,
          actor: entry.actor,
          at: now,
          from: row.state_value,
          to: updated.state_value,
          causation: entry.causation,
        });
        await this.store.reconcileDeadlines(tx, updated, def, next, nextDecls, now);
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
        const view = toView(updated, def, next, await this.store.deadlinesOf(tx, row.id));
        if (entry.idempotency) {
          await this.store.rememberAnswer(
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
    return kickAfter(
      this.outbox,
      this.store.sql().transaction(async (tx) => {
        await this.store.updateCase(tx, row, updated);
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
          await this.store.arm(tx, deadline.id, armed[0].token, due.dueAt, remindAt);
          change = {
            addedDays,
            previousDueDate: deadline.due_date,
            dueDate: due.dueDate,
            dueAt: due.dueAt.toISOString(),
          };
        }
        await this.store.appendHistory(tx, updated, updated.version, {
          type,
          data: { ...args, deadlineId: deadline.id, ...change },
          actor: cmd.actor.id,
          at: now,
          from: row.state_value,
          to: row.state_value,
          causation: cmd.idempotencyKey,
        });
        const view = toView(updated, def, snapshot, await this.store.deadlinesOf(tx, row.id));
        await this.store.rememberAnswer(tx, row.gemeente, row.id, cmd.idempotencyKey, hash, view, now);
        return view;
      }),
    );
  }

  // ---------------------------------------------------------------------------------------------------------
  // Deadlines falling due

  // ---------------------------------------------------------------------------------------------------------
  // Reading

  async view(caseId: string, gemeente: string): Promise<CaseView> {
    const row = await this.store.load(caseId, gemeente, null);
    const def = this.registry.get(row.workflow, row.workflow_version);
    return toView(row, def, restore(def, row.snapshot), row.deadlines);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Writing helpers

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
    const rows: { config: unknown }[] = await this.store
      .sql()
      .query(`SELECT config FROM workflow_config WHERE gemeente = $1 AND workflow = $2`, [
        gemeente,
        def.name,
      ]);
    return rows.length ? { ...input, config: rows[0].config } : input;
  }

  private async priorStart(scope: { caseId: string; key: string }, hash: string): Promise<CaseView | null> {
    const rows: { request_hash: string; response: CaseView }[] = await this.store
      .sql()
      .query(`SELECT request_hash, response FROM idempotency_keys WHERE case_id = $1 AND key = $2`, [
        scope.caseId,
        scope.key,
      ]);
    if (!rows.length) return null;
    if (rows[0].request_hash !== hash) {
      throw new IdempotencyKeyReused('Deze Idempotency-Key is al gebruikt voor een ander verzoek');
    }
    return rows[0].response;
  }
}

/** Starting a case has no case id yet: its key is remembered under a fixed id, scoped by gemeente and user. */
const START_SCOPE = '00000000-0000-0000-0000-000000000000';
export function startKeyScope(gemeente: string, user: string, key: string) {
  return { caseId: START_SCOPE, key: `start:${gemeente}:${user}:${key}` };
}

function requestHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

export type { Due, PersistedSnapshot };
export type { FireResult, OutboxSignal, TriggerRef };
