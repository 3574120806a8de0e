/**
 * AVE, Aanpak Voorkoming Escalatie (JOURNEYS.md section 2): one track per huishouden through levels 0-4.
 *
 * Each level is a state (`niveau_0` ... `niveau_4`), so the board's state column is the level; `afgesloten` is
 * final and reachable from level 0 or 1 only. `start` is transient: it enters the level the input asks for.
 * opschalen goes up and may skip levels, afschalen goes down exactly one level.
 *
 * Regie: the level changes at once, the regie holder may lag. Entering a level with an acceptance term (3 and 4
 * by default), up or down, makes the receiver `pendingRegie`; the previous holder keeps `regie` until the receiver
 * sends REGIE_GEACCEPTEERD, so a case never has no regie holder. Regie at such a level is only ever taken by
 * acceptance (or the teamleider's assignment): whoever holds regie at a lower level (the intaker, the wijkteam's
 * regisseur) is no receiver at it. A receiver is named, or the transfer is routed to the level's role (`holder`
 * null): then a professional of that role takes it by accepting, never the present holder or who routed it.
 *
 * Pure: no timers, no clock. Every timestamp comes from an event's `at` or the machine input. The acceptance
 * term and the periodic review are declared as data in terms.ts and armed by the engine; DEADLINE_DUE records
 * that one passed.
 */
import { assertEvent, assign, setup } from 'xstate';
import type { TermLength } from '../workflow';
import type { AveConfig, Niveau } from './config';
import { mergeConfig, niveauConfig, rolVoorNiveau } from './config';
import type { AveEvent, AveInput, Criterium, ReviewBesluit } from './events';

/** What the engine passes as machine input (MachineInput). */
export interface AveMachineInput {
  caseId: string;
  subjectId: string;
  /** ISO time the track starts */
  at: string;
  /** user id of who started the track (e.g. the intaker at triage) */
  actor: string;
  input: AveInput;
}

/** Who has (or is to get) a role at a level. */
export interface RegieToewijzing {
  role: string;
  /** user id */
  holder: string;
  /** the level this assignment was made for */
  niveau: Niveau;
  sinds: string;
}

/** Regie designated to a receiver who has not accepted it yet. */
export interface PendingRegie {
  role: string;
  /** user id of the receiver who must accept; null: routed to the role, any professional of it may accept */
  holder: string | null;
  /** the AVE level the regie is for */
  level: Niveau;
  /** when the receiver was designated: the anchor of the acceptance term */
  since: string;
  /** the acceptance term, fixed when the receiver was designated */
  term: TermLength;
  /** user id of who designated the receiver */
  designatedBy: string;
}

/** One step of the household's path across levels. */
export interface PadStap {
  soort: 'start' | 'opschalen' | 'afschalen';
  from: Niveau | null;
  to: Niveau;
  reden: string | null;
  criteria: Criterium[];
  /** user id of the regie holder designated for the new level (who may still have to accept); null: routed */
  holder: string | null;
  /** whether that holder must accept first */
  acceptatieNodig: boolean;
  actor: string;
  at: string;
}

/** Every change of who actually has regie. */
export interface RegieWissel {
  aanleiding: 'start' | 'opschalen' | 'afschalen' | 'acceptatie' | 'overdracht' | 'kinderen';
  role: string;
  holder: string;
  niveau: Niveau;
  actor: string;
  at: string;
}

export interface Review {
  niveau: Niveau;
  besluit: ReviewBesluit;
  toelichting: string;
  /** done after its due moment had passed */
  teLaat: boolean;
  actor: string;
  at: string;
}

/** Plain JSON: persisted as is. Absent values are null, never undefined. No personal data. */
export interface AveContext {
  caseId: string;
  subjectId: string;
  startedAt: string;
  createdBy: string;
  /** the rules this case runs by: AVE_DEFAULTS with the gemeente's deviations, copied at start */
  config: AveConfig;
  configGewijzigd: Array<{ at: string; actor: string }>;
  niveau: Niveau;
  /** when the current level was entered */
  niveauSinds: string;
  kinderenInHuishouden: boolean;
  /** who has regie now */
  regie: RegieToewijzing;
  /** the designated receiver who has not accepted yet */
  pendingRegie: PendingRegie | null;
  /** who keeps procesregie beside the regie holder (level 4: the procesmanager) */
  procesregie: RegieToewijzing | null;
  /** set when the acceptance term passed while the receiver had not accepted: the teamleider is alerted */
  acceptatieVerlopenSinds: string | null;
  verlopenAcceptaties: Array<{ niveau: Niveau; holder: string | null; since: string; at: string }>;
  /** what the running review interval counts from: entering the level or the last review, whichever is later */
  reviewSinds: string;
  /** set when the review fell due without being done; cleared by the next review or a level change */
  reviewVerlopenSinds: string | null;
  gemisteReviews: Array<{ niveau: Niveau; sinds: string; at: string }>;
  reviews: Review[];
  /** a review decided to scale op or af and that has not happened yet */
  openReviewBesluit: { besluit: 'opschalen' | 'afschalen'; at: string } | null;
  path: PadStap[];
  regieHistorie: RegieWissel[];
  /** intake cases (klantreis) linked to this track */
  intakeCaseIds: string[];
  /** the household's doorbraak cases linked to this track; absent (undefined) in snapshots stored before them */
  doorbraakCaseIds?: string[];
  /** who registered the household for a doorbraak from this track, when; absent in older snapshots */
  doorbraakAanmeldingen?: Array<{ actor: string; at: string }>;
  afsluiting: { reden: string; at: string; actor: string } | null;
}

// ---- context queries, shared by guards, terms.ts and explainRejection ----

export function reviewinterval(context: AveContext, niveau: Niveau = context.niveau): TermLength | null {
  return niveauConfig(context.config, niveau).reviewinterval;
}

/**
 * Who keeps procesregie on entering a level that has it apart (level 4): who was named, else the present
 * procesregisseur, else the holder (or designated receiver) at level 3. Null when nobody can be derived.
 */
export function procesregisseurNa(context: AveContext, genoemd: string | undefined): string | null {
  if (genoemd) return genoemd;
  if (context.procesregie) return context.procesregie.holder;
  if (context.niveau === 3) return context.pendingRegie?.holder ?? context.regie.holder;
  return null;
}

export function opschalenMogelijk(
  context: AveContext,
  event: { naarNiveau?: unknown; procesregisseur?: string; ontvanger?: string },
  naar: Niveau,
): boolean {
  if (event.naarNiveau !== naar || naar <= context.niveau) return false;
  if (event.ontvanger !== undefined && eigenOntvanger(context, event.ontvanger, naar)) return false;
  if (niveauConfig(context.config, naar).procesregierol === null) return true;
  // routed to the level's role (no receiver named): the teamleider assigns procesregie with the regie
  return procesregisseurNa(context, event.procesregisseur) !== null || event.ontvanger === undefined;
}

/**
 * Whether `ontvanger` is who holds regie now at a lower level, named for a level with an acceptance term: regie
 * there goes to someone of the role the level names, who accepts it; the present holder cannot hand it to
 * themself (an intaker raising a track to level 3 does not become its procesregisseur).
 */
export function eigenOntvanger(context: AveContext, ontvanger: string, naar: Niveau): boolean {
  return (
    niveauConfig(context.config, naar).acceptatietermijn !== null &&
    ontvanger === context.regie.holder &&
    context.regie.niveau !== naar
  );
}

/**
 * Whether `ontvanger` is the present holder, named for the other role the level names now that the household's
 * children changed, at a level with an acceptance term: the new role's professional accepts it.
 */
export function eigenOntvangerNieuweRol(context: AveContext, ontvanger: string): boolean {
  return (
    niveauConfig(context.config, context.niveau).acceptatietermijn !== null &&
    ontvanger === context.regie.holder
  );
}

/** Whether `actor` may accept the pending regie: the named receiver, or for routed regie anyone else than the
 * present holder and who routed it. */
export function magAccepteren(context: AveContext, actor: string): boolean {
  const p = context.pendingRegie;
  if (!p) return false;
  if (p.holder !== null) return actor === p.holder;
  return actor !== context.regie.holder && actor !== p.designatedBy && actor !== 'system';
}

/** The default receiver on afschalen: the procesregisseur going 4 -> 3, else the last holder at that level. */
export function standaardOntvanger(context: AveContext, naar: Niveau): string {
  if (context.procesregie && naar >= 3 && niveauConfig(context.config, naar).procesregierol === null)
    return context.procesregie.holder;
  for (let i = context.regieHistorie.length - 1; i >= 0; i--) {
    if (context.regieHistorie[i].niveau === naar) return context.regieHistorie[i].holder;
  }
  return context.regie.holder;
}

/** Who receives regie on afschalen: who was named, else the default (standaardOntvanger). */
export function afschalenOntvanger(context: AveContext, ontvanger: string | undefined): string {
  return ontvanger ?? standaardOntvanger(context, Math.max(context.niveau - 1, 0) as Niveau);
}

/** Whether the household's children change who has regie at the current level (level 3 by default). */
export function kinderenWijzigenRol(context: AveContext, kinderen: boolean): boolean {
  return (
    rolVoorNiveau(context.config, context.niveau, kinderen) !==
    rolVoorNiveau(context.config, context.niveau, context.kinderenInHuishouden)
  );
}

/** Whether the teamleider's assignment changes anything. */
export function overdrachtWijzigt(context: AveContext, holder: string, procesregisseur?: string): boolean {
  if (procesregisseur !== undefined && !procesregieApart(context)) return false;
  return (
    holder !== context.regie.holder ||
    context.regie.niveau !== context.niveau ||
    context.pendingRegie !== null ||
    (procesregisseur !== undefined && procesregisseur !== context.procesregie?.holder)
  );
}

/** Whether the current level has procesregie apart from regie (level 4), assigned or still to assign. */
export function procesregieApart(context: AveContext): boolean {
  return context.procesregie !== null || niveauConfig(context.config, context.niveau).procesregierol !== null;
}

function reviewBesluitPast(context: AveContext, besluit: unknown): boolean {
  if (besluit === 'opschalen') return context.niveau < 4;
  if (besluit === 'afschalen') return context.niveau > 0;
  return true;
}

type Toewijzing = Pick<AveContext, 'regie' | 'pendingRegie' | 'acceptatieVerlopenSinds' | 'regieHistorie'>;

/**
 * Hands regie at level `a.niveau` to `holder`: at once when no acceptance is needed (no term at the level, or the
 * holder has regie at that level already), else as a pending receiver while the present holder keeps regie. At a
 * level with a term, a `holder` of null, or the present holder at a lower level, routes the transfer to the
 * level's role (see eigenOntvanger); at a level without one, null keeps regie with the present holder.
 */
function toewijzen(
  context: AveContext,
  a: { role: string; holder: string | null; niveau: Niveau; aanleiding: RegieWissel['aanleiding'] },
  at: string,
  actor: string,
  metAcceptatie: boolean,
): Toewijzing {
  const term = niveauConfig(context.config, a.niveau).acceptatietermijn;
  const alGehouden = a.holder === context.regie.holder && context.regie.niveau === a.niveau;
  if (metAcceptatie && term && !alGehouden) {
    const holder = a.holder === null || a.holder === context.regie.holder ? null : a.holder;
    return {
      regie: context.regie,
      pendingRegie: { role: a.role, holder, level: a.niveau, since: at, term, designatedBy: actor },
      acceptatieVerlopenSinds: null,
      regieHistorie: context.regieHistorie,
    };
  }
  const holder = a.holder ?? context.regie.holder;
  const regie = { role: a.role, holder, niveau: a.niveau, sinds: at };
  return {
    regie,
    pendingRegie: null,
    acceptatieVerlopenSinds: null,
    regieHistorie: [
      ...context.regieHistorie,
      { aanleiding: a.aanleiding, role: a.role, holder, niveau: a.niveau, actor, at },
    ],
  };
}

function initialContext(m: AveMachineInput): AveContext {
  const input = m.input;
  const config = mergeConfig(input.config);
  const niveau: Niveau = input.startLevel ?? 1;
  const kinderen = input.kinderenInHuishouden;
  const role = rolVoorNiveau(config, niveau, kinderen);
  const procesregierol = niveauConfig(config, niveau).procesregierol;
  const voorlopig = Math.min(niveau, 1) as Niveau;
  const base: AveContext = {
    caseId: m.caseId,
    subjectId: m.subjectId,
    startedAt: m.at,
    createdBy: m.actor,
    config,
    configGewijzigd: [],
    niveau,
    niveauSinds: m.at,
    kinderenInHuishouden: kinderen,
    // who started the track holds regie as the professional involved until the regisseur has it (or accepts)
    regie: {
      role: rolVoorNiveau(config, voorlopig, kinderen),
      holder: m.actor,
      niveau: voorlopig,
      sinds: m.at,
    },
    pendingRegie: null,
    // a start routed to the level's role (no regisseur named) leaves procesregie to the teamleider to assign
    procesregie:
      procesregierol && (input.procesregisseur ?? input.regisseur)
        ? {
            role: procesregierol,
            holder: (input.procesregisseur ?? input.regisseur) as string,
            niveau,
            sinds: m.at,
          }
        : null,
    acceptatieVerlopenSinds: null,
    verlopenAcceptaties: [],
    reviewSinds: m.at,
    reviewVerlopenSinds: null,
    gemisteReviews: [],
    reviews: [],
    openReviewBesluit: null,
    path: [],
    regieHistorie: [],
    intakeCaseIds: input.intakeCaseId ? [input.intakeCaseId] : [],
    doorbraakCaseIds: [],
    doorbraakAanmeldingen: [],
    afsluiting: null,
  };
  const toewijzing = toewijzen(
    base,
    { role, holder: input.regisseur ?? null, niveau, aanleiding: 'start' },
    m.at,
    m.actor,
    true,
  );
  // while the regisseur has to accept, who started the track holds regie: that is the first change of hands
  const regieHistorie: RegieWissel[] = toewijzing.pendingRegie
    ? [
        {
          aanleiding: 'start',
          role: base.regie.role,
          holder: m.actor,
          niveau: base.regie.niveau,
          actor: m.actor,
          at: m.at,
        },
      ]
    : toewijzing.regieHistorie;
  return {
    ...base,
    ...toewijzing,
    regieHistorie,
    path: [
      {
        soort: 'start',
        from: null,
        to: niveau,
        reden: input.reden ?? null,
        criteria: input.criteria ? [...input.criteria] : [],
        holder: toewijzing.pendingRegie ? toewijzing.pendingRegie.holder : toewijzing.regie.holder,
        acceptatieNodig: toewijzing.pendingRegie !== null,
        actor: m.actor,
        at: m.at,
      },
    ],
  };
}

const naarStaat = (n: Niveau) => `niveau_${n}` as const;

/** The OPSCHALEN transitions out of level `van`: one per higher level, guarded by the requested level. */
function opschalenVanaf(van: Niveau) {
  return ([1, 2, 3, 4] as const)
    .filter((naar) => naar > van)
    .map((naar) => ({
      target: naarStaat(naar),
      guard: { type: 'opschalenNaar' as const, params: { naar } },
      actions: 'opschalen' as const,
    }));
}

function afschalenVanaf(van: 1 | 2 | 3 | 4) {
  return {
    target: naarStaat((van - 1) as Niveau),
    guard: 'afschalenEenNiveau' as const,
    actions: 'afschalen' as const,
  };
}

export const aveMachine = setup({
  types: {
    context: {} as AveContext,
    events: {} as AveEvent,
    input: {} as AveMachineInput,
  },
  guards: {
    startOp: ({ context }, params: { niveau: Niveau }) => context.niveau === params.niveau,
    opschalenNaar: ({ context, event }, params: { naar: Niveau }) =>
      event.type === 'OPSCHALEN' && opschalenMogelijk(context, event, params.naar),
    afschalenEenNiveau: ({ context, event }) =>
      event.type === 'AFSCHALEN' &&
      context.niveau > 0 &&
      (event.naarNiveau === undefined || event.naarNiveau === context.niveau - 1) &&
      !eigenOntvanger(context, afschalenOntvanger(context, event.ontvanger), (context.niveau - 1) as Niveau),
    ontvangerAccepteert: ({ context, event }) => magAccepteren(context, event.actor),
    reviewMogelijk: ({ context, event }) =>
      event.type === 'REVIEW_UITGEVOERD' &&
      reviewinterval(context) !== null &&
      reviewBesluitPast(context, event.besluit),
    kinderenWijzigingMogelijk: ({ context, event }) =>
      event.type === 'KINDEREN_GEWIJZIGD' &&
      event.kinderenInHuishouden !== context.kinderenInHuishouden &&
      (!kinderenWijzigenRol(context, event.kinderenInHuishouden) ||
        (event.ontvanger !== undefined && !eigenOntvangerNieuweRol(context, event.ontvanger))),
    doorbraakNietGekoppeld: ({ context, event }) =>
      event.type === 'DOORBRAAK_GEKOPPELD' &&
      !(context.doorbraakCaseIds ?? []).includes(event.doorbraakCaseId),
    intakeNietGekoppeld: ({ context, event }) =>
      event.type === 'INTAKE_GEKOPPELD' && !context.intakeCaseIds.includes(event.intakeCaseId),
    overdrachtWijzigt: ({ context, event }) =>
      event.type === 'REGIE_OVERGEDRAGEN' && overdrachtWijzigt(context, event.holder, event.procesregisseur),
    acceptatieVerloopt: ({ context, event }) =>
      event.type === 'DEADLINE_DUE' &&
      event.key === 'regie_acceptatie' &&
      context.pendingRegie !== null &&
      context.acceptatieVerlopenSinds === null,
    reviewVerloopt: ({ context, event }) =>
      event.type === 'DEADLINE_DUE' &&
      event.key === 'periodieke_review' &&
      reviewinterval(context) !== null &&
      context.reviewVerlopenSinds === null,
  },
  actions: {
    opschalen: assign(({ context, event }) => {
      assertEvent(event, 'OPSCHALEN');
      const naar = event.naarNiveau;
      const role = rolVoorNiveau(context.config, naar, context.kinderenInHuishouden);
      const toewijzing = toewijzen(
        context,
        { role, holder: event.ontvanger ?? null, niveau: naar, aanleiding: 'opschalen' },
        event.at,
        event.actor,
        true,
      );
      const procesregierol = niveauConfig(context.config, naar).procesregierol;
      const procesregisseur = procesregierol ? procesregisseurNa(context, event.procesregisseur) : null;
      return {
        ...toewijzing,
        niveau: naar,
        niveauSinds: event.at,
        procesregie:
          procesregierol && procesregisseur
            ? { role: procesregierol, holder: procesregisseur, niveau: naar, sinds: event.at }
            : null,
        reviewSinds: event.at,
        reviewVerlopenSinds: null,
        openReviewBesluit: null,
        path: [
          ...context.path,
          {
            soort: 'opschalen' as const,
            from: context.niveau,
            to: naar,
            reden: event.reden,
            criteria: [...event.criteria],
            holder: toewijzing.pendingRegie ? toewijzing.pendingRegie.holder : toewijzing.regie.holder,
            acceptatieNodig: toewijzing.pendingRegie !== null,
            actor: event.actor,
            at: event.at,
          },
        ],
        intakeCaseIds:
          event.intakeCaseId && !context.intakeCaseIds.includes(event.intakeCaseId)
            ? [...context.intakeCaseIds, event.intakeCaseId]
            : context.intakeCaseIds,
      };
    }),
    afschalen: assign(({ context, event }) => {
      assertEvent(event, 'AFSCHALEN');
      const naar = (context.niveau - 1) as Niveau;
      const holder = afschalenOntvanger(context, event.ontvanger);
      const procesregierol = niveauConfig(context.config, naar).procesregierol;
      // 4 -> 3: the procesregisseur who takes regie keeps the role they had
      const role =
        context.procesregie && holder === context.procesregie.holder && procesregierol === null
          ? context.procesregie.role
          : rolVoorNiveau(context.config, naar, context.kinderenInHuishouden);
      const toewijzing = toewijzen(
        context,
        { role, holder, niveau: naar, aanleiding: 'afschalen' },
        event.at,
        event.actor,
        // 4 -> 3: the receiver at level 3 accepts like any level-3 receiver
        true,
      );
      return {
        ...toewijzing,
        niveau: naar,
        niveauSinds: event.at,
        procesregie: procesregierol ? context.procesregie : null,
        reviewSinds: event.at,
        reviewVerlopenSinds: null,
        openReviewBesluit: null,
        path: [
          ...context.path,
          {
            soort: 'afschalen' as const,
            from: context.niveau,
            to: naar,
            reden: event.reden,
            criteria: [],
            holder: toewijzing.pendingRegie ? toewijzing.pendingRegie.holder : toewijzing.regie.holder,
            acceptatieNodig: toewijzing.pendingRegie !== null,
            actor: event.actor,
            at: event.at,
          },
        ],
      };
    }),
    accepteren: assign(({ context, event }) => {
      assertEvent(event, 'REGIE_GEACCEPTEERD');
      const p = context.pendingRegie;
      if (!p) return {};
      // routed regie goes to the professional of the role who takes it
      const holder = p.holder ?? event.actor;
      return {
        regie: { role: p.role, holder, niveau: p.level, sinds: event.at },
        pendingRegie: null,
        acceptatieVerlopenSinds: null,
        regieHistorie: [
          ...context.regieHistorie,
          {
            aanleiding: 'acceptatie' as const,
            role: p.role,
            holder,
            niveau: p.level,
            actor: event.actor,
            at: event.at,
          },
        ],
      };
    }),
    vastleggenReview: assign(({ context, event }) => {
      assertEvent(event, 'REVIEW_UITGEVOERD');
      return {
        reviews: [
          ...context.reviews,
          {
            niveau: context.niveau,
            besluit: event.besluit,
            toelichting: event.toelichting,
            teLaat: context.reviewVerlopenSinds !== null,
            actor: event.actor,
            at: event.at,
          },
        ],
        reviewSinds: event.at,
        reviewVerlopenSinds: null,
        openReviewBesluit: event.besluit === 'handhaven' ? null : { besluit: event.besluit, at: event.at },
      };
    }),
    wijzigenKinderen: assign(({ context, event }) => {
      assertEvent(event, 'KINDEREN_GEWIJZIGD');
      const kinderen = event.kinderenInHuishouden;
      if (!kinderenWijzigenRol(context, kinderen) || !event.ontvanger)
        return { kinderenInHuishouden: kinderen };
      const role = rolVoorNiveau(context.config, context.niveau, kinderen);
      return {
        kinderenInHuishouden: kinderen,
        ...toewijzen(
          context,
          { role, holder: event.ontvanger, niveau: context.niveau, aanleiding: 'kinderen' },
          event.at,
          event.actor,
          true,
        ),
      };
    }),
    aanmeldenDoorbraak: assign(({ context, event }) => {
      assertEvent(event, 'DOORBRAAK_AANGEMELD');
      return {
        doorbraakAanmeldingen: [
          ...(context.doorbraakAanmeldingen ?? []),
          { actor: event.actor, at: event.at },
        ],
      };
    }),
    koppelenDoorbraak: assign(({ context, event }) => {
      assertEvent(event, 'DOORBRAAK_GEKOPPELD');
      return { doorbraakCaseIds: [...(context.doorbraakCaseIds ?? []), event.doorbraakCaseId] };
    }),
    koppelenIntake: assign(({ context, event }) => {
      assertEvent(event, 'INTAKE_GEKOPPELD');
      return { intakeCaseIds: [...context.intakeCaseIds, event.intakeCaseId] };
    }),
    overdragenRegie: assign(({ context, event }) => {
      assertEvent(event, 'REGIE_OVERGEDRAGEN');
      const role = rolVoorNiveau(context.config, context.niveau, context.kinderenInHuishouden);
      const procesregierol = niveauConfig(context.config, context.niveau).procesregierol;
      const procesregie =
        context.procesregie && event.procesregisseur && event.procesregisseur !== context.procesregie.holder
          ? { ...context.procesregie, holder: event.procesregisseur, sinds: event.at }
          : !context.procesregie && procesregierol && event.procesregisseur
            ? { role: procesregierol, holder: event.procesregisseur, niveau: context.niveau, sinds: event.at }
            : context.procesregie;
      const wijzigtRegie =
        event.holder !== context.regie.holder ||
        context.regie.niveau !== context.niveau ||
        context.pendingRegie !== null;
      if (!wijzigtRegie) return { procesregie };
      return {
        procesregie,
        ...toewijzen(
          context,
          { role, holder: event.holder, niveau: context.niveau, aanleiding: 'overdracht' },
          event.at,
          event.actor,
          false,
        ),
      };
    }),
    wijzigenConfiguratie: assign(({ context, event }) => {
      assertEvent(event, 'CONFIGURATIE_GEWIJZIGD');
      const config = mergeConfig(event.config);
      const had = reviewinterval(context) !== null;
      const heeft = niveauConfig(config, context.niveau).reviewinterval !== null;
      return {
        config,
        configGewijzigd: [...context.configGewijzigd, { at: event.at, actor: event.actor }],
        // a review that starts to apply at this level counts from now; one that stops applying is not missed
        reviewSinds: !had && heeft ? event.at : context.reviewSinds,
        reviewVerlopenSinds: heeft ? context.reviewVerlopenSinds : null,
      };
    }),
    verlopenAcceptatie: assign(({ context, event }) => {
      assertEvent(event, 'DEADLINE_DUE');
      const p = context.pendingRegie;
      if (!p) return {};
      return {
        acceptatieVerlopenSinds: event.at,
        verlopenAcceptaties: [
          ...context.verlopenAcceptaties,
          { niveau: p.level, holder: p.holder, since: p.since, at: event.at },
        ],
      };
    }),
    verlopenReview: assign(({ context, event }) => {
      assertEvent(event, 'DEADLINE_DUE');
      return {
        reviewVerlopenSinds: event.at,
        gemisteReviews: [
          ...context.gemisteReviews,
          { niveau: context.niveau, sinds: context.reviewSinds, at: event.at },
        ],
      };
    }),
    afsluiten: assign(({ event }) => {
      assertEvent(event, 'AFGESLOTEN');
      return {
        afsluiting: { reden: event.reden, at: event.at, actor: event.actor },
        pendingRegie: null,
        acceptatieVerlopenSinds: null,
        reviewVerlopenSinds: null,
        openReviewBesluit: null,
      };
    }),
  },
}).createMachine({
  id: 'ave',
  initial: 'start',
  context: ({ input }) => initialContext(input),
  // Tracks beside the level, in every level. The final state takes no events.
  on: {
    REGIE_GEACCEPTEERD: { guard: 'ontvangerAccepteert', actions: 'accepteren' },
    REVIEW_UITGEVOERD: { guard: 'reviewMogelijk', actions: 'vastleggenReview' },
    KINDEREN_GEWIJZIGD: { guard: 'kinderenWijzigingMogelijk', actions: 'wijzigenKinderen' },
    INTAKE_GEKOPPELD: { guard: 'intakeNietGekoppeld', actions: 'koppelenIntake' },
    // the doorbraak starts (or the running one is linked) by the effect this asks for: see index.ts
    DOORBRAAK_AANGEMELD: { actions: 'aanmeldenDoorbraak' },
    DOORBRAAK_GEKOPPELD: { guard: 'doorbraakNietGekoppeld', actions: 'koppelenDoorbraak' },
    REGIE_OVERGEDRAGEN: { guard: 'overdrachtWijzigt', actions: 'overdragenRegie' },
    CONFIGURATIE_GEWIJZIGD: { actions: 'wijzigenConfiguratie' },
    // A passed term is recorded, the level stays: the engine logs it in the history and notifies the holder.
    DEADLINE_DUE: [
      { guard: 'acceptatieVerloopt', actions: 'verlopenAcceptatie' },
      { guard: 'reviewVerloopt', actions: 'verlopenReview' },
    ],
  },
  states: {
    start: {
      always: [
        { target: 'niveau_0', guard: { type: 'startOp', params: { niveau: 0 } } },
        { target: 'niveau_1', guard: { type: 'startOp', params: { niveau: 1 } } },
        { target: 'niveau_2', guard: { type: 'startOp', params: { niveau: 2 } } },
        { target: 'niveau_3', guard: { type: 'startOp', params: { niveau: 3 } } },
        { target: 'niveau_4' },
      ],
    },
    niveau_0: {
      on: {
        OPSCHALEN: opschalenVanaf(0),
        AFGESLOTEN: { target: 'afgesloten', actions: 'afsluiten' },
      },
    },
    niveau_1: {
      on: {
        OPSCHALEN: opschalenVanaf(1),
        AFSCHALEN: afschalenVanaf(1),
        AFGESLOTEN: { target: 'afgesloten', actions: 'afsluiten' },
      },
    },
    niveau_2: { on: { OPSCHALEN: opschalenVanaf(2), AFSCHALEN: afschalenVanaf(2) } },
    niveau_3: { on: { OPSCHALEN: opschalenVanaf(3), AFSCHALEN: afschalenVanaf(3) } },
    niveau_4: { on: { AFSCHALEN: afschalenVanaf(4) } },
    afgesloten: { type: 'final' },
  },
});

export type AveMachine = typeof aveMachine;

/** Dutch names of the states, for explanations. */
export const STATE_LABELS: Record<string, string> = {
  start: 'start',
  niveau_0: 'niveau 0',
  niveau_1: 'niveau 1',
  niveau_2: 'niveau 2',
  niveau_3: 'niveau 3',
  niveau_4: 'niveau 4',
  afgesloten: 'afgesloten',
};
