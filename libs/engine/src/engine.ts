/**
 * The durable runtime's commands, each one straight line: load the case, compute the step purely (XState's
 * `transition` on the stored snapshot, then the rows it changes: step.ts), write it in one statement guarded by
 * the case's version (CaseRepository.write). Nothing here keeps state between calls: any number of API and
 * worker processes may run it against one database. Deadlines falling due are in firing.ts.
 */
import type { Kalender } from '@regie/calendar';
import {
  type AuditLogRepository,
  type CaseRepository,
  type CaseStep,
  type Db,
  type DeadlineRepository,
  type LaterHappening,
  OpenCaseExists,
  type StepAudit,
  type SystemDb,
  type WorkflowConfigRepository,
} from '@regie/persistence';
import {
  type AnyWorkflowDefinition,
  type Created,
  type Effect,
  type EnsureCaseEffect,
  ONTVANGEN_OP,
} from '@regie/workflows/workflow';
import type { AnyMachineSnapshot } from 'xstate';
import { type StartCommand, type StartOutcome, startMany } from './bulk-start';
import { CaseStore, type LoadedCase, LostRace, type OutboxSignal, backoff } from './case-store';
import type { Clock } from './clock';
import { DeadlineFiring, type FireResult, type TriggerRef } from './firing';
import {
  CaseHidden,
  ClockConflict,
  EngineError,
  EventRejected,
  Forbidden,
  InvalidData,
  VersionConflict,
} from './errors';
import { type PersistedSnapshot, apply, restore } from './machine-state';
import { type CommandPolicy, CommandPolicies } from './policies';
import type { WorkflowRegistry } from './registry';
import { type CommandAudit, StepDraft, advance, auditEntry } from './step';
import {
  type Passed,
  checkOntvangenOp,
  checkStart,
  newCase,
  parseStartInput,
  passedTriggers,
  rememberedFor,
  requestHash,
  startKeyScope,
  startStep,
  unknownSubject,
  withMeldingen,
} from './start-step';
import { TERM_EVENTS, type TermEventArgs, type TermEventType, changeTerm, isTermEvent } from './term-events';
import type { Due } from './terms';
import { type CaseScope, type CaseView, allowedEvents, caseScope, toView, zodDetails } from './view';

export interface Actor {
  /** user id from the token, or `system` */
  id: string;
  gemeente: string;
  roles: readonly string[];
  team?: string;
  /** the mandate level the token carries (claim `mandaat`), stamped on every event it sends (EventEnvelope) */
  mandaat?: string;
}

/** The repositories the engine reads and writes through (Nest providers; the runtime's factory injects them). */
export interface EngineRepositories {
  cases: CaseRepository;
  deadlines: DeadlineRepository;
  configs: WorkflowConfigRepository;
  auditLog: AuditLogRepository;
}

export interface EngineOptions {
  /**
   * The owner's handle, for the engine's own system work: firing deadlines (the worker's triggers, the sweep, a
   * manual clock moving). A command runs on the handle its caller passes.
   */
  system: SystemDb;
  repositories: EngineRepositories;
  registry: WorkflowRegistry;
  /** the domain's rules for every command of its workflows, applied in this order (policies.ts) */
  policies: readonly CommandPolicy[];
  /**
   * The roles that work cases, as the domain names them: who may suspend, resume or extend a term, and the rights
   * an effect acts with on behalf of the professional whose command caused it.
   */
  caseWorkers: readonly string[];
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
  /** the engine's own `ensureCase`, or an effect of a type the domain's handlers carry out */
  effect: EnsureCaseEffect | Effect;
}

/** What a command's history entry records besides the new state. */
interface Entry {
  type: string;
  data: Record<string, unknown>;
  actor: string;
  causation: string;
  idempotency: { key: string; hash: string };
}

/** What happened after a moment the clock was to be set back to, in words (ids and kinds, no personal data). */
function beschrijfLater(l: LaterHappening): string {
  const wat: Record<string, string> = {
    case_history: `stap ${l.kind} in casus ${l.id}`,
    case: `casus ${l.id} (${l.kind}) gewijzigd`,
    deadline: `termijn ${l.id} (${l.kind})`,
    notification: `notificatie ${l.kind}`,
    subject: `${l.kind} ${l.id} vastgelegd`,
    consent: `toestemming ${l.kind} ${l.id}`,
    voorziening: `voorziening (${l.kind}) ${l.id}`,
    workflow_config: `regels van ${l.kind} gewijzigd`,
  };
  return `${wat[l.what] ?? `${l.what} ${l.id}`} op ${l.at.toISOString()}`;
}

function requireRole(actor: Actor, allowed: readonly string[], what: string): void {
  if (!allowed.some((role) => actor.roles.includes(role))) {
    throw new Forbidden(
      `Uw rol (${actor.roles.join(', ')}) mag '${what}' niet vastleggen; dat mag: ${allowed.join(', ')}`,
    );
  }
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

/**
 * Every command takes the handle it runs on as its first parameter: a request passes its tenant's
 * (`TenantDatabase.current()`), so row level security holds for everything the command reads and writes; system
 * work (the worker's effects and scans, an import, the demo seed) passes the system's or a tenant handle it made.
 */
export class Engine {
  private readonly registry: WorkflowRegistry;
  private readonly clock: Clock;
  private readonly kalender: Kalender;
  private readonly maxAttempts: number;
  private readonly cases: CaseRepository;
  private readonly configs: WorkflowConfigRepository;
  private readonly policies: CommandPolicies;
  private readonly store: CaseStore;
  private readonly firing: DeadlineFiring;
  private readonly onCommand: (observed: ObservedCommand) => void;
  private readonly outbox: OutboxSignal;
  private readonly system: SystemDb;
  /** see EngineOptions.caseWorkers */
  readonly caseWorkers: readonly string[];

  constructor(opts: EngineOptions) {
    this.onCommand = opts.onCommand ?? (() => undefined);
    this.registry = opts.registry;
    this.clock = opts.clock;
    this.kalender = opts.kalender;
    this.maxAttempts = opts.maxAttempts ?? 50;
    this.system = opts.system;
    this.cases = opts.repositories.cases;
    this.configs = opts.repositories.configs;
    this.policies = new CommandPolicies(opts.policies);
    this.caseWorkers = opts.caseWorkers;
    this.outbox = opts.outbox ?? { kick: () => undefined };
    this.store = new CaseStore(this.cases, this.outbox, opts.repositories.auditLog);
    this.firing = new DeadlineFiring(
      opts.system,
      opts.repositories.deadlines,
      this.store,
      this.registry,
      this.clock,
      opts.kalender,
      this.maxAttempts,
    );
  }

  // ---------------------------------------------------------------------------------------------------------
  // Deadlines falling due (see firing.ts): system work, on the engine's system handle

  fire(deadlineId: string, token: number, kind: 'due' | 'remind'): Promise<FireResult> {
    return this.firing.fire(this.system, deadlineId, token, kind);
  }

  fireMany(triggers: TriggerRef[]): Promise<FireResult[]> {
    return this.firing.fireMany(this.system, triggers);
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

  /**
   * Sets a manual clock back to `to`, only when nothing happened after it (checked and set in one statement);
   * otherwise a ClockConflict (409) that says what happened after it. Moving it forward is ManualTime's
   * (libs/scheduling), which fires the deadlines and runs the periodic jobs on the way.
   */
  async rewindClock(to: Date): Promise<Date> {
    const { now: set, later, count } = await this.clock.rewind(to);
    if (set) return set;
    const wat = later
      ? ` (het laatste: ${beschrijfLater(later)}); terug kan tot ${later.at.toISOString()}`
      : '';
    throw new ClockConflict(
      `De klok kan niet terug naar ${to.toISOString()}: daarna is al ${count === 1 ? 'iets' : `${count} keer iets`} gebeurd${wat}.`,
      later
        ? { laterAt: later.at.toISOString(), later: { what: later.what, kind: later.kind, id: later.id } }
        : {},
    );
  }

  // ---------------------------------------------------------------------------------------------------------
  // Starting a case

  async start(
    db: Db,
    cmd: {
      actor: Actor;
      workflow: string;
      subjectId: string;
      input: unknown;
      idempotencyKey?: string;
      /** a person's command through the API: its audit entry, written with the start step (the record: the case) */
      audit?: CommandAudit;
    },
  ): Promise<CaseView> {
    // the workflow label only once it is known to exist: a label from raw input would let clients grow the metrics
    const seen = { workflow: 'onbekend' };
    return this.observed(() => this.startCase(db, cmd, seen), seen);
  }

  private async startCase(
    db: Db,
    cmd: Parameters<Engine['start']>[1],
    seen: { workflow: string },
  ): Promise<CaseView> {
    const def = this.registry.latest(cmd.workflow);
    seen.workflow = def.name;
    const input = parseStartInput(
      def,
      await this.withGemeenteConfig(db, def, cmd.actor.gemeente, cmd.input ?? {}),
    );
    const gemeente = cmd.actor.gemeente;

    const idemScope = cmd.idempotencyKey ? startKeyScope(gemeente, cmd.actor.id, cmd.idempotencyKey) : null;
    const hash = requestHash({ workflow: cmd.workflow, subjectId: cmd.subjectId, input });
    const audit = cmd.audit && auditEntry(cmd.actor, cmd.audit, null);
    if (idemScope) {
      const prior = await this.priorStart(db, idemScope, hash);
      if (prior) return this.replayed(db, prior, gemeente, audit);
    }
    const subject = await this.cases.subject(db, cmd.subjectId, gemeente);
    if (!subject) throw unknownSubject(cmd.subjectId);

    const now = await this.clock.now();
    const start = newCase(cmd, def, input, now, idemScope && { ...idemScope, hash });
    const { exclusive } = await checkStart(db, this.policies, start, subject.birthDate);
    const { step, view, passed } = startStep(this.kalender, start);
    try {
      // an exclusive start: the write checks under a lock, for a start among the same subjects at the same moment
      const only = exclusive && { lockKey: exclusive.lockKey, subjectIds: exclusive.subjectIds };
      await this.store.write(db, { ...step, ...(only && { exclusive: only }), ...(audit && { audit }) });
    } catch (err) {
      if (err instanceof OpenCaseExists && exclusive)
        throw exclusive.conflict({ subjectId: err.subjectId, caseId: err.caseId });
      // a new case loses only to a start that remembered the same key first: the same request is answered as it was
      if (idemScope && err instanceof LostRace) {
        const prior = await this.priorStart(db, idemScope, hash);
        if (prior) return this.replayed(db, prior, gemeente, audit);
      }
      throw err;
    }
    return this.recordPassed(db, gemeente, passed, view);
  }

  /**
   * Starts many cases as `start` starts each (the same checks and start step), written a batch at a time in one
   * statement: for an import of running work (bulk-start.ts). Answers per command its case or why it was refused.
   */
  startMany(db: Db, cmds: StartCommand[]): Promise<StartOutcome[]> {
    return startMany(
      db,
      {
        registry: this.registry,
        policies: this.policies,
        clock: this.clock,
        kalender: this.kalender,
        cases: this.cases,
        firing: this.firing,
        outbox: this.outbox,
        withConfig: (def, gemeente, input, current) =>
          this.withGemeenteConfig(db, def, gemeente, input, current),
        currentConfig: (gemeente, workflow) => this.configs.current(db, gemeente, workflow),
        onCommand: this.onCommand,
        start: (cmd) => this.start(db, cmd),
      },
      cmds,
    );
  }

  /**
   * A melding or aanvraag registered with an earlier date of receipt may declare terms that had already passed,
   * or whose reminder is due: right after the step is written each is fired as the deadline it is (firing.ts), in
   * time order, each its own step: `missed`, DEADLINE_DUE into the machine, the TERMIJN_VERSTREKEN history entry
   * and the notifications. The answer is then the case after them, with a line on each passed term. The step is
   * written either way: what this leaves unfired (a lost race, a crash) the sweep or the next clock advance fires.
   * They are fired on the command's handle: the command's own case.
   */
  private async recordPassed(db: Db, gemeente: string, passed: Passed, view: CaseView): Promise<CaseView> {
    const triggers = passedTriggers(passed);
    if (!triggers.length) return view;
    try {
      for (const t of triggers) await this.firing.fire(db, t.d.id, t.d.token, t.kind);
    } catch (err) {
      if (err instanceof EngineError || err instanceof LostRace) return view;
      throw err;
    }
    const after = await this.view(db, view.id, gemeente);
    // the case after the passed terms, still the answer to the command: what it created stays in it
    return withMeldingen(view.aangemaakt ? { ...after, aangemaakt: view.aangemaakt } : after, passed);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Dispatching an event

  async dispatch(
    db: Db,
    cmd: {
      actor: Actor;
      caseId: string;
      event: { type: string } & Record<string, unknown>;
      idempotencyKey: string;
      expectedVersion?: number;
      /**
       * Why the actor may act on this case (the audit entry's reason), asked of the case as this command loads it, so
       * that a command loads its case once: null refuses the command (CaseHidden) before anything else is looked at.
       */
      access?: (c: CaseScope) => string | null;
      /** a person's command through the API: its audit entry, written with the step (the record: the case) */
      audit?: CommandAudit;
    },
  ): Promise<CaseView> {
    const seen = { workflow: 'onbekend' };
    return this.observed(() => this.dispatchEvent(db, cmd, seen), seen);
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

  /** Load, compute, write; a lost race for the case row loads it again (unless the client named its version). */
  private async dispatchEvent(
    db: Db,
    cmd: Parameters<Engine['dispatch']>[1],
    seen: { workflow: string },
  ): Promise<CaseView> {
    const { type, ...data } = cmd.event;
    const hash = requestHash(cmd.event);
    for (let attempt = 1; ; attempt++) {
      const row = await this.store.load(db, cmd.caseId, cmd.actor.gemeente, cmd.idempotencyKey);
      const def = this.registry.get(row.workflow, row.workflow_version);
      seen.workflow = def.name;
      const snapshot = restore(def, row.snapshot);
      const reason = cmd.access ? cmd.access(caseScope(row, def, snapshot)) : null;
      if (cmd.access && reason === null) throw new CaseHidden('U mag deze casus niet zien');
      const audit = cmd.audit && auditEntry(cmd.actor, cmd.audit, reason);
      if (row.prior) return this.replayed(db, rememberedFor(row.prior, hash), row.gemeente, audit);
      if (cmd.expectedVersion !== undefined && row.version !== cmd.expectedVersion) {
        throw new VersionConflict(
          `De casus is gewijzigd (versie ${row.version}, verwacht ${cmd.expectedVersion})`,
          {
            currentVersion: row.version,
          },
        );
      }
      const now = await this.clock.now();
      const entry = {
        actor: cmd.actor.id,
        causation: cmd.idempotencyKey,
        idempotency: { key: cmd.idempotencyKey, hash },
      };
      const { step, view, passed } = isTermEvent(type)
        ? this.termStep(row, def, snapshot, type, data, cmd.actor, now, entry)
        : await this.machineStep(db, row, def, snapshot, type, data, cmd.actor, now, entry);
      try {
        await this.store.write(db, audit ? { ...step, audit } : step);
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
      return this.recordPassed(db, row.gemeente, passed, view);
    }
  }

  /** An event of the workflow's machine: checked against its roles, the policies and its schema, then applied. */
  private async machineStep(
    db: Db,
    row: LoadedCase,
    def: AnyWorkflowDefinition,
    snapshot: AnyMachineSnapshot,
    type: string,
    data: Record<string, unknown>,
    actor: Actor,
    now: Date,
    entry: Omit<Entry, 'type' | 'data'>,
  ): Promise<{ step: CaseStep; view: CaseView; passed: Passed }> {
    // own keys only: a type like '__proto__' must not find Object.prototype
    const spec = Object.hasOwn(def.events, type) ? def.events[type] : undefined;
    if (!spec) {
      throw new EventRejected(
        `'${type}' is geen event van workflow ${def.name}`,
        allowedEvents(def, snapshot, row.deadlines),
      );
    }
    requireRole(actor, spec.roles, spec.title);
    const claim = this.policies.event({
      def,
      type,
      spec,
      data,
      gemeente: row.gemeente,
      caseId: row.id,
      subjectId: row.subject_id,
    });
    const parsed = spec.schema.safeParse(claim.data);
    if (!parsed.success) throw new InvalidData(`Ongeldige gegevens bij ${type}`, zodDetails(parsed.error));
    const ontvangenOp = (parsed.data as Record<string, unknown>)[ONTVANGEN_OP];
    if (typeof ontvangenOp === 'string') {
      const subject = await this.cases.subject(db, row.subject_id, row.gemeente);
      checkOntvangenOp(ontvangenOp, ONTVANGEN_OP, now, subject?.birthDate ?? null);
    }
    const recorded = await claim.check(db, now);
    // the mandate level a decision was taken with: the machine's guards read it, the history records it
    const mandaat = actor.mandaat ? { mandaat: actor.mandaat } : {};
    const event = { ...(parsed.data as object), type, at: now.toISOString(), actor: actor.id, ...mandaat };
    const refusal = def.refuse?.(snapshot, event);
    if (refusal?.status === 'forbidden') throw new Forbidden(refusal.message);
    if (refusal)
      throw new InvalidData(refusal.message, [
        { field: refusal.field ?? '(body)', message: refusal.message },
      ]);
    const next = apply(def, snapshot, event);
    if (!next) {
      const allowed = allowedEvents(def, snapshot, row.deadlines);
      const why =
        def.explainRejection?.(snapshot, event) ??
        `${type} is niet mogelijk in fase '${row.state_value}'. Mogelijk: ${allowed.join(', ') || 'niets'}`;
      throw new EventRejected(why, allowed);
    }

    const draft = new StepDraft(this.kalender, advance(row, def, next, now), row.deadlines);
    draft.reconcile(def, next, def.deadlines(next), now);
    const eventData = { ...(parsed.data as Record<string, unknown>), ...recorded, ...mandaat };
    for (const effect of def.effects?.(snapshot, next, { type, ...eventData }) ?? []) {
      const payload: EffectPayload = {
        gemeente: row.gemeente,
        caseId: row.id,
        team: row.team,
        actor: actor.id,
        effect,
      };
      draft.effect(payload);
    }
    const created = def.created?.(snapshot, next, event) ?? undefined;
    return this.finish(row, def, next, draft, { ...entry, type, data: eventData }, created);
  }

  /** Opschorting, hervatting and verlenging of a running term (term-events.ts). */
  private termStep(
    row: LoadedCase,
    def: AnyWorkflowDefinition,
    snapshot: AnyMachineSnapshot,
    type: TermEventType,
    data: Record<string, unknown>,
    actor: Actor,
    now: Date,
    entry: Omit<Entry, 'type' | 'data'>,
  ): { step: CaseStep; view: CaseView; passed: Passed } {
    requireRole(actor, this.caseWorkers, TERM_EVENTS[type].title);
    const parsed = TERM_EVENTS[type].schema.safeParse(data);
    if (!parsed.success) throw new InvalidData(`Ongeldige gegevens bij ${type}`, zodDetails(parsed.error));
    const args = parsed.data as TermEventArgs;
    const deadline = row.deadlines.find((d) => d.key === args.key && d.status === 'pending');
    const allowed = allowedEvents(def, snapshot, row.deadlines);
    if (!deadline) throw new EventRejected(`Er loopt geen termijn '${args.key}' in deze casus`, allowed);
    // a moment (the 18th birthday) happens on its date whatever anyone does: nothing to suspend or extend
    if (def.deadlines(snapshot).some((d) => d.key === args.key && d.kind === 'moment'))
      throw new EventRejected(
        `'${deadline.name}' is een mijlpaal die op ${deadline.due_date ?? 'zijn datum'} vanzelf wordt bereikt; die kan niet worden opgeschort of verlengd`,
        allowed,
      );
    const suspended = deadline.suspended_at !== null;
    if (type === 'TERMIJN_OPSCHORTEN' && suspended)
      throw new EventRejected('Deze termijn is al opgeschort', allowed);
    if (type === 'TERMIJN_HERVATTEN' && !suspended)
      throw new EventRejected('Deze termijn is niet opgeschort', allowed);

    const draft = new StepDraft(
      this.kalender,
      { ...row, version: row.version + 1, updated_at: now },
      row.deadlines,
    );
    const change = changeTerm(this.kalender, draft, deadline, type, args, now);
    return this.finish(row, def, snapshot, draft, {
      ...entry,
      type,
      data: { ...args, deadlineId: deadline.id, ...change },
    });
  }

  /**
   * The step's history entry and answer, and the view the client gets: the case as it is after the write, with what
   * the event created (`aangemaakt`) when it created something.
   */
  private finish(
    row: LoadedCase,
    def: AnyWorkflowDefinition,
    next: AnyMachineSnapshot,
    draft: StepDraft,
    entry: Entry,
    created?: Created,
  ): { step: CaseStep; view: CaseView; passed: Passed } {
    const passed = draft.passedBy(draft.row.updated_at);
    const after = toView(draft.row, def, next, draft.deadlines());
    const view = withMeldingen(created ? { ...after, aangemaakt: created } : after, passed);
    const step = draft.toStep(
      row.version,
      {
        type: entry.type,
        data: entry.data,
        actor: entry.actor,
        from: row.state_value,
        causation: entry.causation,
      },
      { caseId: row.id, key: entry.idempotency.key, hash: entry.idempotency.hash, response: view },
    );
    return { step, view, passed };
  }

  // ---------------------------------------------------------------------------------------------------------
  // Reading

  async view(db: Db, caseId: string, gemeente: string): Promise<CaseView> {
    const row = await this.store.load(db, caseId, gemeente, null);
    const def = this.registry.get(row.workflow, row.workflow_version);
    return toView(row, def, restore(def, row.snapshot), row.deadlines);
  }

  /**
   * A new case starts with the rules its gemeente set for the workflow (unless its input names its own): the case
   * keeps them, so a later change of the rules does not move the terms of running cases.
   */
  private async withGemeenteConfig(
    db: Db,
    def: AnyWorkflowDefinition,
    gemeente: string,
    input: unknown,
    current: (gemeente: string, workflow: string) => Promise<unknown> = (g, w) =>
      this.configs.current(db, g, w),
  ): Promise<unknown> {
    if (!def.config || typeof input !== 'object' || input === null || 'config' in input) return input;
    const config = await current(gemeente, def.name);
    return config === null ? input : { ...input, config };
  }

  /**
   * The answer remembered under the command's Idempotency-Key. A repeat changes nothing, but it is a person's
   * command all the same: its audit entry is recorded, alone, as every command of theirs is.
   */
  private async replayed(
    db: Db,
    answer: CaseView,
    gemeente: string,
    audit: StepAudit | undefined,
  ): Promise<CaseView> {
    if (audit) await this.store.audit(db, { id: answer.id, gemeente }, audit);
    return answer;
  }

  private async priorStart(
    db: Db,
    scope: { caseId: string; key: string },
    hash: string,
  ): Promise<CaseView | null> {
    const prior = await this.cases.rememberedAnswer<CaseView>(db, scope.caseId, scope.key);
    return prior && rememberedFor(prior, hash);
  }
}

export { startKeyScope };

export { TERM_EVENT_TITLES } from './term-events';
export type { Due, PersistedSnapshot };
export type { FireResult, OutboxSignal, StartCommand, StartOutcome, TriggerRef };
