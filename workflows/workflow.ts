/**
 * What a workflow is, as the engine sees it. A workflow is pure: an XState machine, the data its events carry,
 * and the deadlines each of its snapshots declares. It does no I/O and knows nothing of NestJS, Postgres or
 * BullMQ; the engine (libs/engine) persists it and turns its declared deadlines into durable timers. A journey
 * builds its definition with defineWorkflow (define.ts) from its own parts: its machine, its events, its terms.
 * What the journeys of the sociaal domein declare beyond this contract (roles, their effects, consent) is theirs:
 * sociaal-domein.ts.
 */
import type { TermLength } from '@regie/calendar';
import type { AnyStateMachine, SnapshotFrom } from 'xstate';
import type { z } from 'zod';

/** A term's length, as libs/calendar counts it (Kalender.termEnd); workflows are pure, so they may use the calendar. */
export type { TermLength };

/**
 * A deadline that runs in the current snapshot. The engine keeps one deadline row per key per case: a key that
 * appears is armed, a key whose anchor or term changes is re-armed, a key that disappears is closed as `met`
 * (or `cancelled`, see WorkflowDefinition.closeDisappearedAs).
 */
export interface DeadlineDeclaration {
  /** stable within a case, e.g. `wmo_onderzoek` */
  key: string;
  /** Dutch display name, e.g. `Wmo onderzoek` */
  name: string;
  /** legal source, e.g. `Wmo 2015 art. 2.3.2`; absent for internal reviews */
  law?: string;
  /** ISO timestamp the term runs from (the melding, the aanvraag, the beschikking...) */
  anchor: string;
  term: TermLength;
  /** the Algemene termijnenwet applies: true for every term set in a law */
  atw: boolean;
  /** who must act before the term ends; a passed term of the inwoner (bezwaar) is no failure of the gemeente */
  party?: 'gemeente' | 'inwoner';
  /** how long before the due date the case owner is reminded; the engine's default when absent */
  remindBefore?: TermLength;
  /**
   * who else hears when the term passes, besides the regie holder: the teamleider of the case's team, or everyone
   * whose token carries a mandate level (`mandaat:<code>`, see EventEnvelope.mandaat)
   */
  escalateTo?: 'teamleider' | `${typeof MANDAAT_ONTVANGER}${string}`;
  /**
   * who else is reminded and told when the term passes (or the moment is reached), beside the regie holder: those
   * who must act on it themselves, e.g. the owner of an action (a user id) or the mandate level a decision waits on
   * (`mandaat:<code>`). Each hears once (notifications are unique per deadline, kind and recipient). Kept
   * with the deadline when it is armed or moved: a key's recipients are meant not to change while it runs.
   */
  notify?: string[];
  /**
   * `term` (default): something must be done by the due date, and a due date that passes undone is recorded
   * `missed`. `moment`: a milestone that simply happens on its date (the 18th birthday): when due the engine records
   * it as reached (`met`, history `MIJLPAAL_BEREIKT`, met on its due date), never as a missed term; it is reminded
   * of like a term, and cannot be suspended or extended.
   */
  kind?: 'term' | 'moment';
}

/** The prefix of a recipient that is a mandate level rather than a person: `mandaat:manager_sociaal_domein`. */
export const MANDAAT_ONTVANGER = 'mandaat:';

/** Who coordinates the case now ("één gezin, één plan, één regisseur"). */
export interface Regie {
  role: string;
  holder: string | null;
}

/** Data the engine stamps on every event before the machine sees it. */
export interface EventEnvelope {
  /** ISO timestamp from the engine's clock */
  at: string;
  /** user id from the token, or `system` for deadlines fired by the worker */
  actor: string;
  /**
   * the code of the mandate level the actor's token carries (claim `mandaat`), when it carries one: what a
   * decision needs beside a role (a doorbraak's plan, by its amount). A client cannot send it.
   */
  mandaat?: string;
}

/** The event the engine sends when a declared deadline falls due. Machines may react to it or ignore it. */
export interface DeadlineDueEvent extends EventEnvelope {
  type: 'DEADLINE_DUE';
  key: string;
}

/**
 * The field of a start input or an event that holds a date of receipt (`YYYY-MM-DD`, Europe/Amsterdam): the
 * melding or aanvraag arrived before it was registered. For every workflow the engine refuses one in the future or
 * before the subject's birth (400), and records each term the step declares that had already passed as passed at
 * once, as a fired deadline; the workflow anchors its terms on it (fields.ts: `ontvangenOp`, `ontvangstAnker`).
 */
export const ONTVANGEN_OP = 'ontvangenOp';

/** What the engine hands a machine when a case starts. */
export interface MachineInput<TInput = Record<string, unknown>> {
  input: TInput;
  caseId: string;
  subjectId: string;
  /** ISO timestamp of the melding/start, from the engine's clock */
  at: string;
  actor: string;
}

export interface EventSpec {
  /** Dutch label for buttons and docs */
  title: string;
  /** validates the data a client sends with the event (without `type`, `at`, `actor`) */
  schema: z.ZodType;
  /** the roles that may send it; the engine refuses others (403) */
  roles: readonly string[];
}

/**
 * Something a transition asks of the world beyond its own case. The engine writes it to the outbox with the
 * transition and carries it out after the commit, at least once (so each step is idempotent): `ensureCase` itself,
 * every other type by the handler the composing domain registers for it, keyed by `type`.
 */
export interface Effect {
  type: string;
}

/** The effect the engine carries out itself: a case of another workflow for a subject, started or offered events. */
export interface EnsureCaseEffect extends Effect {
  type: 'ensureCase';
  /** the workflow of the other case, e.g. `ave` for the household's escalation track */
  workflow: string;
  subjectId: string;
  /** input to start it with when the subject has no open case of that workflow */
  start: Record<string, unknown>;
  /** events to offer an open case that exists, in order; the first it accepts is applied */
  existing: ({ type: string } & Record<string, unknown>)[];
  /** the event sent back to this case with the other case's id in `field`, so the two are linked both ways */
  linkBack: { type: string; field: string };
}

/**
 * Why the engine must refuse an event before the machine sees it, for a reason its schema and roles cannot know:
 * `forbidden` (403) when the actor lacks what the case asks of a decider (a mandate level high enough for the
 * amount), `invalid` (400) when the data names something the case's own rules do not know (a mandate level the
 * gemeente has not configured). Nothing is written either way.
 */
export interface EventRefusal {
  status: 'forbidden' | 'invalid';
  /** in words for the professional (Dutch), naming what is needed */
  message: string;
  /** the field of the event's data the refusal is about, for `invalid` */
  field?: string;
}

/**
 * What an event created in its case that a client addresses afterwards (an action of a doorbraak): its id, and the
 * key of the deadline that runs for it (null when none does). The engine puts it in the answer to the event
 * (`aangemaakt`), so a client need not search the context for what it just added.
 */
export interface Created {
  id: string;
  deadlineKey: string | null;
}

/**
 * A task a workflow puts on the werklijst of its case's regie holder: its case's one deadline of `deadlineKey`,
 * listed from the day its context names on, while the case is in `state`, also after the deadline passed (it
 * went to whoever `escalateTo` names) until it is done. The workflow's cases are listed by their tasks alone:
 * their own deadlines are not listed again as terms.
 */
export interface WorklistDeclaration {
  /** what the werklijst calls the row, e.g. `herindicatie` (the other rows are `termijn`) */
  soort: string;
  /** the deadline that is the task */
  deadlineKey: string;
  /** the state the case is in while the task is open */
  state: string;
  /** the context field (a date, JJJJ-MM-DD) from which on the task is listed */
  openFrom: string;
  /** the row's own fields, each read from a text field of the case's context: `{ openDatum: 'openDatum' }` */
  fields: Readonly<Record<string, string>>;
  /**
   * how the daily digest counts the open tasks, and those that went past their date (status `missed`), e.g.
   * `open herindicatie(s)` and `bij de teamleider gemeld`
   */
  digest: { open: string; missed: string };
}

/**
 * Work that runs on a rhythm rather than on a case's step, e.g. enrolling every youth who reaches the age of a
 * transition. The workflow declares it with the pattern it runs on by default; the social domain does the work
 * (it has the records a pure workflow has not), and the configuration may set another pattern
 * (`<NAME>_PATTERN`, the name in capitals with `_` for `-`).
 */
export interface PeriodicJobDeclaration {
  /** unique over every workflow, e.g. `transitie18-scan`: the key of its schedule and its runs */
  name: string;
  /** cron, five fields, Amsterdam time */
  pattern: string;
}

/** A case's projection (WorkflowDefinition.projection): JSON scalars by name. */
export type Projection = Readonly<Record<string, string | number | boolean | null>>;

/**
 * A workflow as the engine runs it. `TEffect`: the effects it can ask for; the engine carries out `ensureCase` and
 * hands every other type to the handler registered for it, without knowing the type.
 */
export interface WorkflowDefinition<
  TMachine extends AnyStateMachine = AnyStateMachine,
  TEffect extends Effect = Effect,
> {
  name: string;
  version: number;
  /** Dutch title */
  title: string;
  machine: TMachine;
  /**
   * validates `input` of POST /api/v1/cases. The machine's input is `{ input, caseId, subjectId, at, actor }`
   * (MachineInput): the validated input beside what the engine knows.
   */
  input: z.ZodType;
  /**
   * The rules a gemeente may set for this workflow (terms, intervals, role mapping), as deviations from the
   * workflow's defaults. The admin sets them per gemeente; the engine passes them to every new case as
   * `input.config`, and the case keeps the rules it started with.
   */
  config?: z.ZodType;
  /**
   * What the workflow does when the gemeente sets nothing, beside each field of `config`: the admin's rules form
   * shows it. Present whenever `config` is (defineWorkflow refuses one without the other).
   */
  configDefaults?: object;
  /** the tasks it puts on the werklijst (see WorklistDeclaration); its deadlines are listed as terms when absent */
  worklist?: readonly WorklistDeclaration[];
  /** the work it runs on a rhythm (see PeriodicJobDeclaration); none when absent */
  periodicJobs?: readonly PeriodicJobDeclaration[];
  /** every event a client may send, by type */
  events: Record<string, EventSpec>;
  /** the deadlines that run in this snapshot */
  deadlines(snapshot: SnapshotFrom<TMachine>): DeadlineDeclaration[];
  /** how a deadline that stops being declared is closed; `met` when absent */
  closeDisappearedAs?(snapshot: SnapshotFrom<TMachine>, key: string): 'met' | 'cancelled';
  /** who has regie in this snapshot */
  regie(snapshot: SnapshotFrom<TMachine>): Regie;
  /** what a transition asks of other cases (see Effect); none when absent */
  effects?(
    prev: SnapshotFrom<TMachine>,
    next: SnapshotFrom<TMachine>,
    event: { type: string } & Record<string, unknown>,
  ): TEffect[];
  /**
   * Every effect type `effects` can return, as data: a worker refuses to start while a registered workflow
   * declares a type it has no handler for, rather than finding out when the first such effect fails. Required
   * beside `effects` (defineWorkflow checks that `effects` returns only these types).
   */
  emits?: readonly TEffect['type'][];
  /**
   * What lists, boards and access rules read of a case without restoring its snapshot: a few named scalars, kept
   * in the case row with every step and shown in the case view beside its fixed fields (AVE: `aveLevel`, which
   * the database indexes). None when absent. Every name it returns is a documented field of the case view
   * (apps/api/src/http/schemas/responses.ts).
   */
  projection?(snapshot: SnapshotFrom<TMachine>): Projection;
  /** what the transition from `prev` to `next` created that a client addresses by id (see Created); null: nothing */
  created?(
    prev: SnapshotFrom<TMachine>,
    next: SnapshotFrom<TMachine>,
    event: { type: string } & Record<string, unknown>,
  ): Created | null;
  /**
   * Why an event is refused in this snapshot, in words for the professional (Dutch), or null when it could be
   * accepted. Called when the machine does not accept the event, to make the 422 helpful, and with a probe event
   * that carries no data to decide whether to offer the event at all: answer null when data could make it pass.
   */
  explainRejection?(snapshot: SnapshotFrom<TMachine>, event: { type: string }): string | null;
  /**
   * Whether the engine must refuse this event from this actor before the machine sees it (see EventRefusal), or
   * null. Called with the validated event and its envelope (`actor`, `at`, `mandaat`).
   */
  refuse?(
    snapshot: SnapshotFrom<TMachine>,
    event: { type: string } & EventEnvelope & Record<string, unknown>,
  ): EventRefusal | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry holds machines of every shape
export type AnyWorkflowDefinition = WorkflowDefinition<any>;
