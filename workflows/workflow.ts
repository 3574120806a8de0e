/**
 * What a workflow is, as the engine sees it. A workflow is pure: an XState machine, the data its events carry,
 * and the deadlines each of its snapshots declares. It does no I/O and knows nothing of NestJS, Postgres or
 * BullMQ; the engine (libs/engine) persists it and turns its declared deadlines into durable timers. A journey
 * builds its definition with defineWorkflow (define.ts) from its own parts: its machine, its events, its terms.
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

/** The roles a token can carry (API.md). */
export const ROLES = ['intaker', 'procesmanager', 'teamleider', 'beleid', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface EventSpec {
  /** Dutch label for buttons and docs */
  title: string;
  /** validates the data a client sends with the event (without `type`, `at`, `actor`) */
  schema: z.ZodType;
  /** who may send it; the engine refuses others (403) */
  roles: readonly Role[];
  /**
   * The event shares the inwoner's situation with another party (a referral, a hand-off, an aanbieder): the
   * engine demands a recorded consent for `scope`, unless the event names a legal ground
   * (`wettelijkeGrondslag`: vroegsignalering, veilig_thuis, veiligheid_kind).
   */
  sharing?: { scope: string };
}

/**
 * Something a transition asks of the world beyond its own case. The engine writes it to the outbox with the
 * transition and carries it out after the commit, at least once (so each step is idempotent).
 */
export interface EnsureCaseEffect {
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
/** The units a voorziening's tariff is per (migration 023; Borne's amounts read them, indicators-sql.ts). */
export const TARIEF_EENHEDEN = ['uur', 'week', 'etmaal', 'stuk'] as const;
export type TariefEenheid = (typeof TARIEF_EENHEDEN)[number];

/** The largest tariff per unit, in whole eurocents (€ 1.000.000,00): more is a typo, not a tariff. */
export const MAX_TARIEF_CENTEN = 100_000_000;

/**
 * What one unit of a voorziening costs, in whole eurocents (money is never a float). Per uur the volume is the
 * hours per week; per week and per etmaal the days it runs count; per stuk the volume is delivered once.
 */
export interface Tarief {
  centen: number;
  eenheid: TariefEenheid;
}

/**
 * A voorziening was granted and its inzet started: the engine records it as a first-class record of the subject
 * (idempotent per granting case), opens its herindicatie review and enrols a youth in the 18-/18+ transition
 * when the voorziening is a Jeugdwet one and the youth is already past 16.5.
 */
export interface RecordVoorzieningEffect {
  type: 'recordVoorziening';
  subjectId: string;
  /** the law it was granted under, e.g. `Jeugdwet` */
  wet: string;
  product: string;
  aanbieder: string;
  volume: { aantal: number; eenheid: string };
  startdatum: string;
  einddatum: string | null;
  /** the case owner (regie holder) of the granting case: the owner of the voorziening's follow-up */
  eigenaar: string;
  /** the tariff, when the inzet named one; absent in effects written before tariffs could be entered */
  tarief?: Tarief;
  /** ISO time the inzet was recorded */
  at: string;
}
/**
 * A herindicatie extended a voorziening: the engine sets the voorziening's einddatum (idempotent: setting it twice
 * is setting it once) and starts the review of the new end, one per voorziening and einddatum.
 */
export interface VerlengVoorzieningEffect {
  type: 'verlengVoorziening';
  subjectId: string;
  voorzieningId: string;
  wet: string;
  product: string;
  /** the einddatum the review was about */
  vorigeEinddatum: string;
  /** the voorziening's new last day */
  einddatum: string;
  /** who owns the next review: the owner of this one */
  eigenaar: string;
  /** ISO time of the review's outcome */
  at: string;
}
/**
 * A triage saw a safety risk and named no AVE level: the household's AVE track starts at level 3, or is raised to
 * it (JOURNEYS.md section 2: a safety risk is level 3). The domain, which keeps the households and birth dates,
 * picks the huishouden the inwoner belongs to (the inwoner alone when none) and whether children live in it (then
 * the level's role is the procesmanager), and carries out `ensure` for that household as `ensureCase`.
 */
export interface AveBijVeiligheidsrisicoEffect {
  type: 'aveBijVeiligheidsrisico';
  /** the subject of the melding: an inwoner, or a huishouden */
  subjectId: string;
  /** the ensureCase to carry out; its start input gets `kinderenInHuishouden` from the domain */
  ensure: Omit<EnsureCaseEffect, 'type' | 'subjectId'>;
  /** the melding itself concerns a child (the Jeugdwet is in play): children, whatever the records say */
  kinderenUitMelding: boolean;
  /** ISO time of the triage: who is a child is judged on its date */
  at: string;
}
/**
 * The Jeugdwet care a voorziening gives ended (the 18-/18+ switch, Jeugdwet art. 1.1): the engine sets the
 * voorziening's einddatum to its last day unless it already ends earlier (idempotent), so it is no longer active.
 */
export interface BeeindigVoorzieningEffect {
  type: 'beeindigVoorziening';
  subjectId: string;
  voorzieningId: string;
  /** the voorziening's last day */
  einddatum: string;
  /** why, in words for the record (e.g. `Jeugdwet art. 1.1: 18 jaar`) */
  reden: string;
  /** ISO time the end was recorded */
  at: string;
}
/**
 * A doorbraak closed with a systeemsignaal (JOURNEYS.md section 3): the rule, process or agency that blocked the
 * household, with a proposal, routed to policy. The domain records it once per case (idempotent per case) as a
 * signal with status `ontvangen` that role `beleid` lists and answers; beleid sees the signal, never the case.
 */
export interface SysteemsignaalEffect {
  type: 'systeemsignaal';
  /** what blocked the household */
  soort: 'regel' | 'proces' | 'instantie';
  /** the blockage in words, e.g. `de corporatie weigert een nieuw huurcontract bij elke huurachterstand` */
  signaal: string;
  /** what the professional proposes to change */
  voorstel: string;
  /** ISO time the case closed */
  at: string;
}
export type Effect =
  | EnsureCaseEffect
  | RecordVoorzieningEffect
  | VerlengVoorzieningEffect
  | AveBijVeiligheidsrisicoEffect
  | BeeindigVoorzieningEffect
  | SysteemsignaalEffect;

/** The type of every effect a workflow can ask for: what a worker's handlers must cover (libs/engine effects.ts). */
export type EffectType = Effect['type'];

/** The effects of these types, e.g. what a workflow that emits only `systeemsignaal` returns. */
export type EffectOf<T extends EffectType> = Extract<Effect, { type: T }>;

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

/** A case's projection (WorkflowDefinition.projection): JSON scalars by name. */
export type Projection = Readonly<Record<string, string | number | boolean | null>>;

export interface WorkflowDefinition<TMachine extends AnyStateMachine = AnyStateMachine> {
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
   * At most one open case of this workflow per household (a doorbraak): the engine refuses a second start (409)
   * naming the open case, when the subject, the huishouden it belongs to or another member of that huishouden has
   * one. Absent: any number.
   */
  onePerSubject?: boolean;
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
  ): Effect[];
  /**
   * Every effect type `effects` can return, as data: a worker refuses to start while a registered workflow
   * declares a type it has no handler for, rather than finding out when the first such effect fails. Required
   * beside `effects` (defineWorkflow checks that `effects` returns only these types).
   */
  emits?: readonly EffectType[];
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
  /**
   * The consent (toestemming) the inwoner must have recorded before this case may start with this input,
   * or null when none is needed (the inwoner reports themselves, or a legal signal such as vroegsignalering).
   */
  consentRequired?(input: Record<string, unknown>): { scope: string; reason: string } | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry holds machines of every shape
export type AnyWorkflowDefinition = WorkflowDefinition<any>;
