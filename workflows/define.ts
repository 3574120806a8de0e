/**
 * How a journey becomes a WorkflowDefinition. What every journey's definition shares (the event map built from
 * schemas and titles, the case workers as the default senders, version 1, regie read from the context, the frame
 * of every refusal) is built here once, so a journey's `index.ts` names only what is its own: its machine, its
 * events and its terms, and where it has them its regie, AVE level, consent, effects and reasons to refuse.
 * Pure, like the workflows themselves.
 */
import type { AnyMachineSnapshot, AnyStateMachine, ContextFrom, SnapshotFrom } from 'xstate';
import { z } from 'zod';
import {
  CASE_WORKERS,
  type ConsentRequirement,
  type DomainEventSpec,
  type DomainWorkflowDefinition,
  type EffectOf,
  type EffectType,
  type Role,
} from './sociaal-domein';
import type {
  Created,
  DeadlineDeclaration,
  EventEnvelope,
  EventSpec,
  PeriodicJobDeclaration,
  Projection,
  Regie,
  WorkflowDefinition,
  WorklistDeclaration,
} from './workflow';

/** zod infers an empty strict object as `Record<string, never>`, which would erase `type`: map it to no fields. */
export type EventDataOf<
  S extends Record<string, z.ZodType>,
  K extends keyof S,
> = string extends keyof z.infer<S[K]> ? Record<never, never> : z.infer<S[K]>;

/** A journey's client events as its machine sees them: type, the validated data, and the engine's envelope. */
export type ClientEventOf<S extends Record<string, z.ZodType>> = {
  [K in keyof S & string]: { type: K } & EventDataOf<S, K> & EventEnvelope;
}[keyof S & string];

/** The events a client may send, given as the journey writes them down: a schema and a Dutch title per type. */
export interface EventParts<K extends string> {
  /** the data each event carries (without `type`, `at`, `actor`), by type; the order is the order offered */
  schemas: Record<K, z.ZodType>;
  /** Dutch labels for buttons and docs, one per type */
  titles: Record<K, string>;
  /** who may send an event; the case workers (CASE_WORKERS) for a type not named here */
  roles?: Partial<Record<K, readonly Role[]>>;
  /** the events that share the inwoner's situation with another party, and the consent scope each needs */
  sharing?: Partial<Record<K, { scope: string }>>;
}

/** The deadlines a snapshot declares, and how one that stops being declared is closed (see WorkflowDefinition). */
export interface TermParts<TMachine extends AnyStateMachine> {
  /** the deadlines that run in this snapshot */
  deadlines(snapshot: SnapshotFrom<TMachine>): DeadlineDeclaration[];
  /** how a deadline that stops being declared is closed; `met` when absent */
  closeDisappearedAs?(snapshot: SnapshotFrom<TMachine>, key: string): 'met' | 'cancelled';
}

/**
 * Why an event is refused, as the journey words it. Every refusal has the same frame: an event of another
 * workflow is not this one's to explain (null); a case that has ended accepts nothing (`<ended>; er kan niets meer
 * worden vastgelegd.`); then the journey's own reason; and when it has none, `"<title>" kan niet in de fase
 * <state label>.`
 */
export interface RejectionParts<TMachine extends AnyStateMachine, K extends string> {
  /** Dutch names of the machine's states, for the general answer; the state's own name when absent */
  stateLabels: Record<string, string>;
  /** what has ended once the case is no longer active, e.g. `Het AVE-traject is afgesloten` */
  ended: string | ((snapshot: SnapshotFrom<TMachine>) => string);
  /**
   * The journey's own reason, for a case that is still active: a string refuses with that reason; null says the
   * event could be accepted (also: data could make it pass, for the probe that carries no data); undefined says
   * the journey has no reason of its own, and the general answer follows.
   */
  explain?(
    snapshot: SnapshotFrom<TMachine>,
    event: { type: K } & Record<string, unknown>,
  ): string | null | undefined;
}

/** Who has regie: read from `context.regie` when the context has one, so only other journeys must say. */
type RegieParts<TMachine extends AnyStateMachine> =
  ContextFrom<TMachine> extends { regie: Regie }
    ? {
        /** who has regie in this snapshot; `context.regie` (its role and holder) when absent */
        regie?(snapshot: SnapshotFrom<TMachine>): Regie;
      }
    : {
        /** who has regie in this snapshot (the context has no `regie` to read it from) */
        regie(snapshot: SnapshotFrom<TMachine>): Regie;
      };

/**
 * A journey's own parts; everything else of its WorkflowDefinition follows from them. `E`: the effect types it
 * declares (`emits`), the only ones its `effects` may return.
 */
export type WorkflowParts<
  TMachine extends AnyStateMachine,
  K extends string,
  E extends EffectType = never,
> = {
  /** the workflow's name, as cases and the API know it, e.g. `intake` */
  name: string;
  /** 1 when absent; a new version ships with a migration of the persisted snapshots (workflows/index.ts) */
  version?: number;
  /** Dutch title */
  title: string;
  /** the XState machine; its input is MachineInput: the validated input beside what the engine knows */
  machine: TMachine;
  /** validates `input` of POST /api/v1/cases; no input at all (a strict empty object) when absent */
  input?: z.ZodType;
  /** the rules a gemeente may set for this workflow (see WorkflowDefinition.config); none when absent */
  config?: z.ZodType;
  /** what applies when the gemeente sets nothing (WorkflowDefinition.configDefaults); required with `config` */
  configDefaults?: object;
  /** the tasks it puts on the werklijst (WorkflowDefinition.worklist); its deadlines are terms when absent */
  worklist?: readonly WorklistDeclaration[];
  /** the work it runs on a rhythm (WorkflowDefinition.periodicJobs); none when absent */
  periodicJobs?: readonly PeriodicJobDeclaration[];
  /** at most one open case per household (DomainWorkflowDefinition.onePerSubject); any number when absent */
  onePerSubject?: boolean;
  /** every event a client may send */
  events: EventParts<K>;
  /** the deadlines; none when absent */
  terms?: TermParts<TMachine>;
  /** why an event is refused (WorkflowDefinition.explainRejection); the engine's own answer when absent */
  rejections?: RejectionParts<TMachine, K>;
  /** what lists and boards read of a case without its snapshot (WorkflowDefinition.projection) */
  projection?(snapshot: SnapshotFrom<TMachine>): Projection;
  /** the consent the inwoner must have recorded before a case starts with this input; none needed when absent */
  consentRequired?(input: Record<string, unknown>): ConsentRequirement | null;
  /**
   * every effect type `effects` can return (WorkflowDefinition.emits): the worker checks at start-up that it has a
   * handler for each. Without it `effects` can return no effect at all (its type says so).
   */
  emits?: readonly E[];
  /** what a transition asks of other cases (see Effect), of the types in `emits` only; none when absent */
  effects?(
    prev: SnapshotFrom<TMachine>,
    next: SnapshotFrom<TMachine>,
    event: { type: string } & Record<string, unknown>,
  ): EffectOf<NoInfer<E>>[]; // NoInfer: `emits` alone names the types; a return of another type is an error
  /** what a transition created that a client addresses by id (WorkflowDefinition.created); nothing when absent */
  created?(
    prev: SnapshotFrom<TMachine>,
    next: SnapshotFrom<TMachine>,
    event: { type: string } & Record<string, unknown>,
  ): Created | null;
  /** why an event must be refused before the machine sees it (WorkflowDefinition.refuse); never when absent */
  refuse?: WorkflowDefinition<TMachine>['refuse'];
} & RegieParts<TMachine>;

/** A definition whose refusals the journey words itself: its `explainRejection` is always there. */
export type DefinitionWithRejections<TMachine extends AnyStateMachine> = DomainWorkflowDefinition<TMachine> &
  Required<Pick<DomainWorkflowDefinition<TMachine>, 'explainRejection'>>;

/**
 * The WorkflowDefinition of a journey, from its own parts. Members the journey leaves out are left out of the
 * definition too, so the engine applies its own defaults (no effects, no consent, deadlines closed as `met`).
 */
export function defineWorkflow<
  TMachine extends AnyStateMachine,
  K extends string,
  E extends EffectType = never,
>(
  parts: WorkflowParts<TMachine, K, E> & { rejections: RejectionParts<TMachine, K> },
): DefinitionWithRejections<TMachine>;
export function defineWorkflow<
  TMachine extends AnyStateMachine,
  K extends string,
  E extends EffectType = never,
>(parts: WorkflowParts<TMachine, K, E>): DomainWorkflowDefinition<TMachine>;
export function defineWorkflow<
  TMachine extends AnyStateMachine,
  K extends string,
  E extends EffectType = never,
>(parts: WorkflowParts<TMachine, K, E>): DomainWorkflowDefinition<TMachine> {
  type Snapshot = SnapshotFrom<TMachine>;
  const events = eventSpecs(parts.events);
  const own = (parts as { regie?: (snapshot: Snapshot) => Regie }).regie;
  const regie = own ?? (regieFromContext as (snapshot: Snapshot) => Regie);
  const definition: DomainWorkflowDefinition<TMachine> = {
    name: parts.name,
    version: parts.version ?? 1,
    title: parts.title,
    machine: parts.machine,
    input: parts.input ?? z.object({}).strict(),
    events,
    deadlines: parts.terms?.deadlines ?? (() => []),
    regie,
  };
  // the admin's form shows the defaults beside the rules: a journey with rules must say what they default to
  if (!parts.config !== !parts.configDefaults)
    throw new Error(`workflow ${parts.name}: config en configDefaults horen bij elkaar`);
  if (parts.config) definition.config = parts.config;
  if (parts.configDefaults) definition.configDefaults = parts.configDefaults;
  if (parts.worklist) definition.worklist = parts.worklist;
  if (parts.periodicJobs) definition.periodicJobs = parts.periodicJobs;
  if (parts.onePerSubject) definition.onePerSubject = true;
  if (parts.terms?.closeDisappearedAs) definition.closeDisappearedAs = parts.terms.closeDisappearedAs;
  if (parts.effects) definition.effects = parts.effects;
  if (parts.emits) definition.emits = [...parts.emits];
  if (parts.projection) definition.projection = parts.projection;
  if (parts.created) definition.created = parts.created;
  if (parts.rejections) definition.explainRejection = explainWith(parts.rejections, events);
  if (parts.consentRequired) definition.consentRequired = parts.consentRequired;
  if (parts.refuse) definition.refuse = parts.refuse;
  return definition;
}

/** One EventSpec per schema, in the schemas' order; `sharing` only on the events that share. */
function eventSpecs<K extends string>(parts: EventParts<K>): Record<string, DomainEventSpec> {
  const events: Record<string, DomainEventSpec> = {};
  for (const type of Object.keys(parts.schemas) as K[]) {
    const sharing = parts.sharing?.[type];
    events[type] = {
      title: parts.titles[type],
      schema: parts.schemas[type],
      roles: parts.roles?.[type] ?? CASE_WORKERS,
      ...(sharing ? { sharing } : {}),
    };
  }
  return events;
}

function regieFromContext(snapshot: { context: { regie: Regie } }): Regie {
  return { role: snapshot.context.regie.role, holder: snapshot.context.regie.holder };
}

function explainWith<TMachine extends AnyStateMachine, K extends string>(
  parts: RejectionParts<TMachine, K>,
  events: Record<string, EventSpec>,
): (snapshot: SnapshotFrom<TMachine>, event: { type: string }) => string | null {
  return (snapshot, event) => {
    if (!(event.type in events)) return null;
    const { status, value } = snapshot as AnyMachineSnapshot;
    if (status !== 'active') {
      const ended = typeof parts.ended === 'string' ? parts.ended : parts.ended(snapshot);
      return `${ended}; er kan niets meer worden vastgelegd.`;
    }
    const own = parts.explain?.(snapshot, event as { type: K } & Record<string, unknown>);
    if (own !== undefined) return own;
    const state = String(value);
    return `"${events[event.type].title}" kan niet in de fase ${parts.stateLabels[state] ?? state}.`;
  };
}
