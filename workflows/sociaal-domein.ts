/**
 * What the journeys of the sociaal domein declare beyond the generic contract (workflow.ts): the roles of its
 * professionals, the effects its journeys ask for, a voorziening's tariff, and the rules its command policies apply
 * (libs/sociaal-domein: consent before sharing, a legal ground instead, one open case per huishouden). The engine
 * knows none of it: it runs any WorkflowDefinition, carries out `ensureCase` itself and leaves every other effect,
 * and these rules, to the domain that registers them.
 */
import type { AnyStateMachine } from 'xstate';
import type { AnyWorkflowDefinition, EnsureCaseEffect, EventSpec, WorkflowDefinition } from './workflow';

/** The roles a token can carry (API.md). */
export const ROLES = ['intaker', 'procesmanager', 'teamleider', 'beleid', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The professionals who work cases; beleid (indicators) and admin (configuration) never touch case content. The
 * senders of an event that names none, and what the engine knows as the case workers (EngineOptions.caseWorkers).
 */
export const CASE_WORKERS: readonly Role[] = ['intaker', 'procesmanager', 'teamleider'];

/** Legal grounds on which a case may be shared without the inwoner's consent. */
export const WETTELIJKE_GRONDSLAGEN = ['vroegsignalering', 'veilig_thuis', 'veiligheid_kind'] as const;
export type WettelijkeGrondslag = (typeof WETTELIJKE_GRONDSLAGEN)[number];

/** The units a voorziening's tariff is per (migration 023; Borne's amounts read them, indicatoren/sql.ts). */
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
 * A voorziening was granted and its inzet started: the domain records it as a first-class record of the subject
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
 * A herindicatie extended a voorziening: the domain sets the voorziening's einddatum (idempotent: setting it twice
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
 * The Jeugdwet care a voorziening gives ended (the 18-/18+ switch, Jeugdwet art. 1.1): the domain sets the
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

/** Every effect a journey of the sociaal domein can ask for: the engine's `ensureCase` and the domain's own. */
export type DomainEffect =
  | EnsureCaseEffect
  | RecordVoorzieningEffect
  | VerlengVoorzieningEffect
  | AveBijVeiligheidsrisicoEffect
  | BeeindigVoorzieningEffect
  | SysteemsignaalEffect;

/** The type of every effect a journey can ask for: what the worker's handlers must cover (libs/sociaal-domein). */
export type EffectType = DomainEffect['type'];

/** The effects of these types, e.g. what a workflow that emits only `systeemsignaal` returns. */
export type EffectOf<T extends EffectType> = Extract<DomainEffect, { type: T }>;

/** The consent the inwoner must have recorded before a case starts (see DomainWorkflowDefinition.consentRequired). */
export interface ConsentRequirement {
  /** the consent's scope, e.g. `melding` */
  scope: string;
  /** why, in words for the professional (Dutch): the message of the refusal */
  reason: string;
}

/** An event of a journey: sent by roles of the domain, and perhaps sharing the inwoner's situation. */
export interface DomainEventSpec extends EventSpec {
  roles: readonly Role[];
  /**
   * The event shares the inwoner's situation with another party (a referral, a hand-off, an aanbieder): the
   * domain demands a recorded consent for `scope`, unless the event names a legal ground (`wettelijkeGrondslag`,
   * one of WETTELIJKE_GRONDSLAGEN).
   */
  sharing?: { scope: string };
}

/** A journey of the sociaal domein: the generic definition, with the declarations the domain's policies read. */
export interface DomainWorkflowDefinition<
  TMachine extends AnyStateMachine = AnyStateMachine,
> extends WorkflowDefinition<TMachine, DomainEffect> {
  events: Record<string, DomainEventSpec>;
  /**
   * At most one open case of this workflow per household (a doorbraak): a second start is refused (409) naming the
   * open case, when the subject, the huishouden it belongs to or another member of that huishouden has one.
   * Absent: any number.
   */
  onePerSubject?: boolean;
  /**
   * The consent (toestemming) the inwoner must have recorded before this case may start with this input,
   * or null when none is needed (the inwoner reports themselves, or a legal signal such as vroegsignalering).
   */
  consentRequired?(input: Record<string, unknown>): ConsentRequirement | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the list holds machines of every shape
export type AnyDomainWorkflowDefinition = DomainWorkflowDefinition<any>;

/**
 * A definition the engine hands to the domain's policies, read as the domain's: what the engine runs is what the
 * domain registered (workflows/index.ts), and every declaration of DomainWorkflowDefinition is optional, so a
 * definition built without them (a test's own) declares none.
 */
export function asDomainDefinition(def: AnyWorkflowDefinition): AnyDomainWorkflowDefinition {
  return def as AnyDomainWorkflowDefinition;
}
