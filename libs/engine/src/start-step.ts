/**
 * The first step of a new case, computed purely: its initial snapshot, the case row, the deadlines it declares,
 * the timers to arm, the CASE_GESTART history entry and the answer remembered under its Idempotency-Key. One
 * function for `Engine.start` and `Engine.startMany`, so a case started in bulk (an import) is row for row the
 * case a single start would have written.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Kalender } from '@regie/calendar';
import type { CaseStep, Db } from '@regie/persistence';
import { type AnyWorkflowDefinition, ONTVANGEN_OP } from '@regie/workflows/workflow';
import { initialSnapshot, persist, stateName } from './machine-state';
import { IdempotencyKeyReused, InvalidData, NotFound } from './errors';
import type { TriggerRef } from './firing';
import type { CommandPolicies, StartVerdict } from './policies';
import { ontvangenOpWeigering, verstrekenBijRegistratie } from './receipt';
import { StepDraft } from './step';
import { type CaseView, toView, zodDetails } from './view';

/** The terms a step armed that had passed, and the reminders already due, by the time it was written. */
export type Passed = ReturnType<StepDraft['passedBy']>;

/** The answer to a command that registered passed terms carries a line on each (`meldingen`). */
export function withMeldingen(view: CaseView, passed: Passed): CaseView {
  const meldingen = verstrekenBijRegistratie(passed.due);
  return meldingen.length ? { ...view, meldingen } : view;
}

export interface NewCase {
  def: AnyWorkflowDefinition;
  /** the input as the workflow's schema parsed it */
  input: Record<string, unknown>;
  gemeente: string;
  subjectId: string;
  actor: { id: string; team?: string };
  now: Date;
  /** the Idempotency-Key the client sent (the history entry's causation), if any */
  causation: string | null;
  /** where the answer is remembered, with the request's hash; null without an Idempotency-Key */
  idempotency: { caseId: string; key: string; hash: string } | null;
}

/** A start command as the case it starts, with its input parsed and its moment. */
export function newCase(
  cmd: { actor: { id: string; gemeente: string; team?: string }; subjectId: string; idempotencyKey?: string },
  def: AnyWorkflowDefinition,
  input: Record<string, unknown>,
  now: Date,
  idempotency: NewCase['idempotency'],
): NewCase {
  return {
    def,
    input,
    gemeente: cmd.actor.gemeente,
    subjectId: cmd.subjectId,
    actor: cmd.actor,
    now,
    causation: cmd.idempotencyKey ?? null,
    idempotency,
  };
}

/** The start step of a new case, and the answer to its start: the view, with a line on each passed term. */
export function startStep(
  kalender: Kalender,
  c: NewCase,
): { step: CaseStep; view: CaseView; passed: Passed } {
  const { def, now } = c;
  const id = randomUUID();
  const snapshot = initialSnapshot(def, {
    input: c.input,
    caseId: id,
    subjectId: c.subjectId,
    at: now.toISOString(),
    actor: c.actor.id,
  });
  const regie = def.regie(snapshot);
  const draft = new StepDraft(
    kalender,
    {
      id,
      gemeente: c.gemeente,
      workflow: def.name,
      workflow_version: def.version,
      subject_id: c.subjectId,
      snapshot: persist(snapshot),
      state_value: stateName(snapshot.value),
      regie_role: regie.role,
      regie_holder: regie.holder,
      projection: def.projection?.(snapshot) ?? {},
      team: c.actor.team ?? null,
      version: 1,
      created_at: now,
      updated_at: now,
    },
    [],
  );
  draft.reconcile(def, snapshot, def.deadlines(snapshot), now);
  const passed = draft.passedBy(now);
  const view = withMeldingen(toView(draft.row, def, snapshot, draft.deadlines()), passed);
  const step = draft.toStep(
    null,
    {
      type: 'CASE_GESTART',
      data: { workflow: def.name, workflowVersion: def.version, input: c.input },
      actor: c.actor.id,
      from: null,
      causation: c.causation,
    },
    c.idempotency && { ...c.idempotency, response: view },
  );
  return { step, view, passed };
}

/**
 * The passed terms of new cases as trigger rounds: round k holds every case's k-th trigger in time order, so that
 * firing one round after the other (each with `fireMany`) fires each case's triggers in the order a single start
 * fires them (Engine.recordPassed), while a round's cases share a few statements.
 */
export function passedRounds(passed: Passed[]): TriggerRef[][] {
  const rounds: TriggerRef[][] = [];
  for (const p of passed) {
    passedTriggers(p).forEach((t, k) => {
      (rounds[k] ??= []).push({ deadlineId: t.d.id, token: t.d.token, kind: t.kind });
    });
  }
  return rounds;
}

/** One case's passed terms and due reminders, in time order: the order they are fired in. */
export function passedTriggers(passed: Passed) {
  return [
    ...passed.remind.map((d) => ({ d, kind: 'remind' as const, at: d.remind_at!.getTime() })),
    ...passed.due.map((d) => ({ d, kind: 'due' as const, at: d.due_at.getTime() })),
  ].sort((a, b) => a.at - b.at);
}

/** A start's input, the gemeente's rules added, as its workflow's schema parses it; else 400 naming the fields. */
export function parseStartInput(def: AnyWorkflowDefinition, configured: unknown): Record<string, unknown> {
  const parsed = def.input.safeParse(configured);
  if (!parsed.success)
    throw new InvalidData('Ongeldige invoer voor deze workflow', zodDetails(parsed.error, 'input'));
  return parsed.data as Record<string, unknown>;
}

/** 404: the subject a start names is no inwoner or huishouden of the gemeente. */
export function unknownSubject(subjectId: string): NotFound {
  return new NotFound(`Inwoner of huishouden ${subjectId} bestaat niet`);
}

/**
 * A start's checks at `now`, once its subject is known: its date of receipt (in the future or before the subject's
 * birth: 400), then the command policies' (policies.ts), whose verdict the write honours.
 */
export async function checkStart(
  db: Db,
  policies: CommandPolicies,
  c: NewCase,
  birthDate: string | null,
): Promise<StartVerdict> {
  checkOntvangenOp(c.input[ONTVANGEN_OP], `input.${ONTVANGEN_OP}`, c.now, birthDate);
  return policies.start(db, {
    def: c.def,
    input: c.input,
    gemeente: c.gemeente,
    subjectId: c.subjectId,
    now: c.now,
  });
}

/** A date of receipt in the future or before the subject's birth is refused (400), naming its field. */
export function checkOntvangenOp(value: unknown, field: string, now: Date, birthDate: string | null): void {
  if (typeof value !== 'string') return;
  const why = ontvangenOpWeigering(value, now, birthDate);
  if (why) throw new InvalidData(why, [{ field, message: why }]);
}

/** Starting a case has no case id yet: its key is remembered under a fixed id, scoped by gemeente and user. */
const START_SCOPE = '00000000-0000-0000-0000-000000000000';
export function startKeyScope(gemeente: string, user: string, key: string) {
  return { caseId: START_SCOPE, key: `start:${gemeente}:${user}:${key}` };
}

/** What an Idempotency-Key is checked against: the same key with another request is refused. */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

/** The answer remembered under an Idempotency-Key, for a request with this hash; another request is refused. */
export function rememberedFor<V>(prior: { request_hash: string; response: V }, hash: string): V {
  if (prior.request_hash !== hash) throw keyReused();
  return prior.response;
}

/** The refusal of an Idempotency-Key that came with another request. */
export function keyReused(): IdempotencyKeyReused {
  return new IdempotencyKeyReused('Deze Idempotency-Key is al gebruikt voor een ander verzoek');
}
