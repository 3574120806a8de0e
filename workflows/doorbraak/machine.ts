/**
 * Doorbraak (JOURNEYS.md section 3): for the household that no standard provision helps, because rules of
 * different laws and agencies block each other. One running doorbraak per huishouden (or inwoner).
 *
 *   aangemeld   a professional registered the case with its entry criteria (the start input)
 *   analyse     every agency and provision involved with its yearly cost, the household's own goal in a year,
 *               the ZRM baseline; the yearly cost of muddling on is their sum (geld.ts)
 *   plan        the perspectiefplan: the doorbraak steps, each with the legal basis that allows it, its costs and
 *               the expected saving
 *   besluit     a holder of the mandate the plan's one-off cost needs approves it (-> uitvoering) or rejects it
 *               with a reason (-> plan); voorleggen routes it to a higher level; a level that lets its decision
 *               term pass hands the plan to the next level up, who hears of it
 *   uitvoering  actions with an owner and a due date; on to evaluatie once none is open (done or cancelled). The
 *               team evaluates while the plan is carried out, so an evaluation may be recorded here already
 *   evaluatie   at 3 and 12 months after the decision (configurable): goal reached, ZRM again, realised savings
 *   afgesloten  with a systeemsignaal to policy: the rule, process or agency that blocked the household
 *
 * Pure: no timers, no clock. Every timestamp comes from an event's `at` or the machine input; the decision term,
 * the actions' due dates and the evaluations are declared as data in terms.ts and armed by the engine, and
 * DEADLINE_DUE records that one passed. Who decides is the envelope's `mandaat` (the decider's token).
 */
import { localDate } from '@regie/calendar';
import { assertEvent, assign, setup } from 'xstate';
import type { DoorbraakConfig } from './config';
import { mergeConfig, niveau, niveauIndex, nodigNiveau, volgendNiveau } from './config';
import type {
  Besparing,
  Betrokkene,
  DoorbraakEvent,
  DoorbraakInput,
  Grondslagsoort,
  Wet,
  ZrmScore,
} from './events';
import { planEenmalig } from './geld';

/** What the engine passes as machine input (MachineInput). */
export interface DoorbraakMachineInput {
  caseId: string;
  subjectId: string;
  /** ISO time of the aanmelding */
  at: string;
  /** user id of who registered it */
  actor: string;
  input: DoorbraakInput;
}

export interface Grondslag {
  soort: Grondslagsoort;
  wet: string | null;
  artikel: string | null;
  regeling: string | null;
  motivering: string;
}

export interface PlanStap {
  omschrijving: string;
  grondslag: Grondslag;
  eenmaligeKosten: number;
  jaarlijkseKosten: number;
  verwachteBesparingPerJaar: number;
}

/** Every step of the decision, with the amount and mandate level it was about: the record of who decided what. */
export interface BesluitStap {
  soort: 'ingediend' | 'voorgelegd' | 'termijn_verstreken' | 'goedgekeurd' | 'afgewezen';
  /** the level the plan waits on after this step (for a decision: the level that decided) */
  niveau: string;
  /** the mandate level the plan's one-off cost needs */
  nodig: string;
  /** the mandate level of who acted (their token's); null for the term passing, or an actor without one */
  mandaat: string | null;
  planVersie: number;
  planEenmalig: number;
  /** the reason of a rejection, the explanation of a voorlegging or decision */
  toelichting: string | null;
  actor: string;
  at: string;
}

export interface Actie {
  /** `actie-1`, `actie-2`, ... in the order they were added */
  id: string;
  /** user id of who carries it out */
  eigenaar: string;
  omschrijving: string;
  /** the due date (YYYY-MM-DD, Europe/Amsterdam) */
  uiterlijk: string;
  status: 'open' | 'afgerond' | 'geannuleerd';
  /** ISO time it was added: its term runs from here */
  sinds: string;
  /** set when its due date passed while it was open */
  gemistOp: string | null;
  /** ISO time it was done or cancelled */
  afgeslotenOp: string | null;
  /** why it was cancelled */
  reden: string | null;
  actor: string;
}

export interface Evaluatie {
  maanden: number;
  doelBereikt: 'ja' | 'deels' | 'nee';
  zrm: ZrmScore[];
  besparingen: Besparing[];
  toelichting: string | null;
  /** recorded after its term had passed */
  teLaat: boolean;
  actor: string;
  at: string;
}

export interface Systeemsignaal {
  soort: 'regel' | 'proces' | 'instantie';
  signaal: string;
  voorstel: string;
}

/** Plain JSON: persisted as is. Absent values are null, never undefined. No personal data. */
export interface DoorbraakContext {
  caseId: string;
  subjectId: string;
  startedAt: string;
  createdBy: string;
  /** the rules this case runs by: DOORBRAAK_DEFAULTS with the gemeente's deviations, copied at start */
  config: DoorbraakConfig;
  /** the regisseur of the doorbraak */
  regie: { role: string; holder: string };
  aanmelding: {
    vastgelopen: string;
    blokkades: { omschrijving: string; instantie: string | null }[];
    sinds: string;
    waaromGeenStandaard: string;
    actor: string;
    at: string;
  };
  intakeCaseIds: string[];
  aveCaseIds: string[];
  analyse: {
    betrokkenen: Betrokkene[];
    doelOverEenJaar: string;
    zrm: ZrmScore[];
    actor: string;
    at: string;
  } | null;
  plan: { versie: number; stappen: PlanStap[]; actor: string; at: string } | null;
  /** the pending decision: which level it waits on since when, and which level the amount needs */
  besluitVraag: { voorgelegdAan: string; nodig: string; sinds: string } | null;
  besluiten: BesluitStap[];
  /** the approval: the evaluations count from it */
  goedkeuring: {
    at: string;
    actor: string;
    mandaat: string;
    planVersie: number;
    planEenmalig: number;
  } | null;
  acties: Actie[];
  evaluaties: Evaluatie[];
  /** evaluations whose term passed before they were recorded */
  gemisteEvaluaties: { maanden: number; at: string }[];
  afsluiting: {
    systeemsignaal: Systeemsignaal;
    toelichting: string | null;
    actor: string;
    at: string;
  } | null;
}

export const REGISSEUR_ROL = 'regisseur';

// ---- deadline keys: terms.ts declares them, the guards and actions match DEADLINE_DUE against them ----

export const besluitKey = (niveauCode: string) => `besluit_${niveauCode}`;
export const actieKey = (actieId: string) => `actie_${actieId}`;
export const evaluatieKey = (maanden: number) => `evaluatie_${maanden}m`;

/** The months of an evaluation's deadline key (evaluatieKey), or null for any other key. */
export function evaluatieKeyMaanden(key: string): number | null {
  const m = /^evaluatie_(\d+)m$/.exec(key);
  return m ? Number(m[1]) : null;
}

// ---- context queries, shared by guards, terms.ts and index.ts ----

/** The plan's one-off cost: what the mandate is measured against. */
export function eenmalig(context: DoorbraakContext): number {
  return context.plan ? planEenmalig(context.plan.stappen) : 0;
}

/**
 * The lowest level a decision needs: to approve, the level the plan's one-off cost needs; to reject (back to the
 * regisseur), any level. The mandate is about the amount: the level the plan waits on says who is asked, not who
 * may decide, so a higher level may decide sooner and a level whose term passed keeps its mandate. Null when no
 * decision is pending.
 */
export function nodigVoor(context: DoorbraakContext, besluit: 'goedkeuren' | 'afwijzen'): string | null {
  const v = context.besluitVraag;
  if (!v) return null;
  return besluit === 'goedkeuren' ? v.nodig : context.config.mandaatniveaus[0].code;
}

/** Whether a decider with this mandate level may take this decision. */
export function mandaatToereikend(
  context: DoorbraakContext,
  mandaat: string | undefined,
  besluit: 'goedkeuren' | 'afwijzen',
): boolean {
  const nodig = nodigVoor(context, besluit);
  const heeft = niveauIndex(context.config, mandaat);
  return nodig !== null && heeft >= 0 && heeft >= niveauIndex(context.config, nodig);
}

/** The level a voorlegging goes to: the one named, else the next one up; null when there is none. */
export function voorleggenAan(context: DoorbraakContext, aan: string | undefined): string | null {
  const v = context.besluitVraag;
  if (!v) return null;
  if (aan !== undefined) return aan;
  return volgendNiveau(context.config, v.voorgelegdAan)?.code ?? null;
}

export function voorleggenMogelijk(context: DoorbraakContext, aan: string | undefined): boolean {
  const v = context.besluitVraag;
  const naar = voorleggenAan(context, aan);
  return (
    v !== null &&
    naar !== null &&
    niveauIndex(context.config, naar) > niveauIndex(context.config, v.voorgelegdAan)
  );
}

export const openActies = (context: DoorbraakContext): Actie[] =>
  context.acties.filter((a) => a.status === 'open');

export const openActie = (context: DoorbraakContext, id: string): Actie | undefined =>
  context.acties.find((a) => a.id === id && a.status === 'open');

/** The evaluation moments not yet recorded. */
export function openEvaluaties(context: DoorbraakContext): number[] {
  return context.config.evaluatieMaanden.filter((m) => !context.evaluaties.some((e) => e.maanden === m));
}

/** Why an evaluation's data does not fit this case (unknown moment, recorded already, no such step), or null. */
export function evaluatieFout(
  context: DoorbraakContext,
  e: { maanden?: unknown; besparingen?: unknown },
): { field: string; message: string } | null {
  const momenten = context.config.evaluatieMaanden;
  if (typeof e.maanden === 'number' && !momenten.includes(e.maanden))
    return {
      field: 'maanden',
      message: `maanden: deze doorbraak wordt geëvalueerd na ${momenten.join(' en ')} maanden, niet na ${e.maanden}`,
    };
  const stappen = context.plan?.stappen.length ?? 0;
  const buiten = Array.isArray(e.besparingen)
    ? (e.besparingen as { stap?: unknown }[]).findIndex((b) => typeof b.stap === 'number' && b.stap > stappen)
    : -1;
  if (buiten >= 0)
    return {
      field: `besparingen.${buiten}.stap`,
      message: `stap: het plan heeft ${stappen} ${stappen === 1 ? 'stap' : 'stappen'}; er is geen stap ${String((e.besparingen as { stap: number }[])[buiten].stap)}`,
    };
  return null;
}

function grondslag(g: {
  soort: Grondslagsoort;
  wet?: string;
  artikel?: string;
  regeling?: string;
  motivering: string;
}): Grondslag {
  return {
    soort: g.soort,
    wet: g.wet ?? null,
    artikel: g.artikel ?? null,
    regeling: g.regeling ?? null,
    motivering: g.motivering,
  };
}

/** The laws involved in the analysis: what indicators 3.4A.1 (Jeugdwet) and 3.4B.1 (Wmo) count. */
export function wettenBetrokken(context: DoorbraakContext): Set<Wet> {
  return new Set((context.analyse?.betrokkenen ?? []).map((b) => b.wet));
}

function initialContext(m: DoorbraakMachineInput): DoorbraakContext {
  const i = m.input;
  return {
    caseId: m.caseId,
    subjectId: m.subjectId,
    startedAt: m.at,
    createdBy: m.actor,
    config: mergeConfig(i.config),
    regie: { role: REGISSEUR_ROL, holder: i.regisseur ?? m.actor },
    aanmelding: {
      vastgelopen: i.vastgelopen,
      blokkades: i.blokkades.map((b) => ({ omschrijving: b.omschrijving, instantie: b.instantie ?? null })),
      sinds: i.sinds,
      waaromGeenStandaard: i.waaromGeenStandaard,
      actor: m.actor,
      at: m.at,
    },
    intakeCaseIds: i.intakeCaseId ? [i.intakeCaseId] : [],
    aveCaseIds: i.aveCaseId ? [i.aveCaseId] : [],
    analyse: null,
    plan: null,
    besluitVraag: null,
    besluiten: [],
    goedkeuring: null,
    acties: [],
    evaluaties: [],
    gemisteEvaluaties: [],
    afsluiting: null,
  };
}

/** The step of the decision record an event adds. */
function besluitStap(
  context: DoorbraakContext,
  soort: BesluitStap['soort'],
  niveauCode: string,
  e: { actor: string; at: string; mandaat?: string },
  toelichting: string | null,
): BesluitStap {
  return {
    soort,
    niveau: niveauCode,
    nodig: context.besluitVraag?.nodig ?? nodigNiveau(context.config, eenmalig(context)).code,
    mandaat: e.mandaat ?? null,
    planVersie: context.plan?.versie ?? 0,
    planEenmalig: eenmalig(context),
    toelichting,
    actor: e.actor,
    at: e.at,
  };
}

export const doorbraakMachine = setup({
  types: {
    context: {} as DoorbraakContext,
    events: {} as DoorbraakEvent,
    input: {} as DoorbraakMachineInput,
  },
  guards: {
    analyseVastgelegd: ({ context }) => context.analyse !== null,
    planVastgelegd: ({ context }) => context.plan !== null,
    indienenBijBekendNiveau: ({ context, event }) =>
      event.type === 'PLAN_INGEDIEND' &&
      context.plan !== null &&
      (event.aan === undefined || niveau(context.config, event.aan) !== null),
    voorleggenMogelijk: ({ context, event }) =>
      event.type === 'PLAN_VOORGELEGD' && voorleggenMogelijk(context, event.aan),
    goedkeurenMetMandaat: ({ context, event }) => mandaatToereikend(context, event.mandaat, 'goedkeuren'),
    afwijzenMetMandaat: ({ context, event }) => mandaatToereikend(context, event.mandaat, 'afwijzen'),
    uiterlijkNietVerstreken: ({ event }) =>
      event.type === 'ACTIE_TOEGEVOEGD' && event.uiterlijk >= localDate(new Date(event.at)),
    actieOpen: ({ context, event }) =>
      (event.type === 'ACTIE_AFGEROND' || event.type === 'ACTIE_GEANNULEERD') &&
      openActie(context, event.actieId) !== undefined,
    geenOpenActies: ({ context }) => openActies(context).length === 0,
    evaluatieMogelijk: ({ context, event }) =>
      event.type === 'EVALUATIE_VASTGELEGD' &&
      openEvaluaties(context).includes(event.maanden) &&
      evaluatieFout(context, event) === null,
    geevalueerd: ({ context }) => context.evaluaties.length > 0,
    intakeNietGekoppeld: ({ context, event }) =>
      event.type === 'INTAKE_GEKOPPELD' && !context.intakeCaseIds.includes(event.intakeCaseId),
    aveNietGekoppeld: ({ context, event }) =>
      event.type === 'AVE_GEKOPPELD' && !context.aveCaseIds.includes(event.aveCaseId),
    andereRegisseur: ({ context, event }) =>
      event.type === 'REGIE_OVERGEDRAGEN' && event.holder !== context.regie.holder,
    besluittermijnVerstreken: ({ context, event }) =>
      event.type === 'DEADLINE_DUE' &&
      context.besluitVraag !== null &&
      event.key === besluitKey(context.besluitVraag.voorgelegdAan),
    actietermijnVerstreken: ({ context, event }) =>
      event.type === 'DEADLINE_DUE' &&
      context.acties.some((a) => actieKey(a.id) === event.key && a.status === 'open' && a.gemistOp === null),
    evaluatietermijnVerstreken: ({ context, event }) =>
      event.type === 'DEADLINE_DUE' &&
      openEvaluaties(context).some(
        (m) => event.key === evaluatieKey(m) && !context.gemisteEvaluaties.some((g) => g.maanden === m),
      ),
  },
  actions: {
    startenAnalyse: assign(({ context, event }) => {
      assertEvent(event, 'ANALYSE_GESTART');
      return { regie: { role: REGISSEUR_ROL, holder: event.regisseur ?? context.regie.holder } };
    }),
    vastleggenAnalyse: assign(({ event }) => {
      assertEvent(event, 'ANALYSE_VASTGELEGD');
      return {
        analyse: {
          betrokkenen: event.betrokkenen.map((b) => ({ ...b })),
          doelOverEenJaar: event.doelOverEenJaar,
          zrm: event.zrm.map((z) => ({ ...z })),
          actor: event.actor,
          at: event.at,
        },
      };
    }),
    vastleggenPlan: assign(({ context, event }) => {
      assertEvent(event, 'PLAN_VASTGELEGD');
      return {
        plan: {
          versie: (context.plan?.versie ?? 0) + 1,
          stappen: event.stappen.map((s) => ({
            omschrijving: s.omschrijving,
            grondslag: grondslag(s.grondslag),
            eenmaligeKosten: s.eenmaligeKosten,
            jaarlijkseKosten: s.jaarlijkseKosten,
            verwachteBesparingPerJaar: s.verwachteBesparingPerJaar,
          })),
          actor: event.actor,
          at: event.at,
        },
      };
    }),
    indienen: assign(({ context, event }) => {
      assertEvent(event, 'PLAN_INGEDIEND');
      const aan = event.aan ?? context.config.mandaatniveaus[0].code;
      const besluitVraag = {
        voorgelegdAan: aan,
        nodig: nodigNiveau(context.config, eenmalig(context)).code,
        sinds: event.at,
      };
      const next = { ...context, besluitVraag };
      return {
        besluitVraag,
        besluiten: [...context.besluiten, besluitStap(next, 'ingediend', aan, event, null)],
      };
    }),
    voorleggen: assign(({ context, event }) => {
      assertEvent(event, 'PLAN_VOORGELEGD');
      const aan = voorleggenAan(context, event.aan) as string;
      const besluitVraag = { ...context.besluitVraag!, voorgelegdAan: aan, sinds: event.at };
      return {
        besluitVraag,
        besluiten: [
          ...context.besluiten,
          besluitStap(context, 'voorgelegd', aan, event, event.toelichting ?? null),
        ],
      };
    }),
    /** The level that let its term pass hands the plan to the next one up, whose own term starts now. */
    doorschuiven: assign(({ context, event }) => {
      assertEvent(event, 'DEADLINE_DUE');
      const v = context.besluitVraag!;
      const volgend = volgendNiveau(context.config, v.voorgelegdAan);
      const aan = volgend?.code ?? v.voorgelegdAan;
      return {
        // at the top there is no one higher: the plan keeps waiting there, its term recorded as passed
        besluitVraag: volgend ? { ...v, voorgelegdAan: aan, sinds: event.at } : v,
        besluiten: [...context.besluiten, besluitStap(context, 'termijn_verstreken', aan, event, null)],
      };
    }),
    goedkeuren: assign(({ context, event }) => {
      assertEvent(event, 'PLAN_GOEDGEKEURD');
      return {
        besluitVraag: null,
        goedkeuring: {
          at: event.at,
          actor: event.actor,
          mandaat: event.mandaat as string,
          planVersie: context.plan?.versie ?? 0,
          planEenmalig: eenmalig(context),
        },
        besluiten: [
          ...context.besluiten,
          besluitStap(context, 'goedgekeurd', event.mandaat as string, event, event.toelichting ?? null),
        ],
      };
    }),
    afwijzen: assign(({ context, event }) => {
      assertEvent(event, 'PLAN_AFGEWEZEN');
      return {
        besluitVraag: null,
        besluiten: [
          ...context.besluiten,
          besluitStap(context, 'afgewezen', event.mandaat as string, event, event.reden),
        ],
      };
    }),
    toevoegenActie: assign(({ context, event }) => {
      assertEvent(event, 'ACTIE_TOEGEVOEGD');
      return {
        acties: [
          ...context.acties,
          {
            id: `actie-${context.acties.length + 1}`,
            eigenaar: event.eigenaar,
            omschrijving: event.omschrijving,
            uiterlijk: event.uiterlijk,
            status: 'open' as const,
            sinds: event.at,
            gemistOp: null,
            afgeslotenOp: null,
            reden: null,
            actor: event.actor,
          },
        ],
      };
    }),
    afrondenActie: assign(({ context, event }) => {
      assertEvent(event, 'ACTIE_AFGEROND');
      return {
        acties: context.acties.map((a) =>
          a.id === event.actieId ? { ...a, status: 'afgerond' as const, afgeslotenOp: event.at } : a,
        ),
      };
    }),
    annulerenActie: assign(({ context, event }) => {
      assertEvent(event, 'ACTIE_GEANNULEERD');
      return {
        acties: context.acties.map((a) =>
          a.id === event.actieId
            ? { ...a, status: 'geannuleerd' as const, afgeslotenOp: event.at, reden: event.reden }
            : a,
        ),
      };
    }),
    missenActie: assign(({ context, event }) => {
      assertEvent(event, 'DEADLINE_DUE');
      return {
        acties: context.acties.map((a) => (actieKey(a.id) === event.key ? { ...a, gemistOp: event.at } : a)),
      };
    }),
    vastleggenEvaluatie: assign(({ context, event }) => {
      assertEvent(event, 'EVALUATIE_VASTGELEGD');
      return {
        evaluaties: [
          ...context.evaluaties,
          {
            maanden: event.maanden,
            doelBereikt: event.doelBereikt,
            zrm: event.zrm.map((z) => ({ ...z })),
            besparingen: event.besparingen.map((b) => ({ ...b })),
            toelichting: event.toelichting ?? null,
            teLaat: context.gemisteEvaluaties.some((g) => g.maanden === event.maanden),
            actor: event.actor,
            at: event.at,
          },
        ],
      };
    }),
    missenEvaluatie: assign(({ context, event }) => {
      assertEvent(event, 'DEADLINE_DUE');
      // the guard (evaluatietermijnVerstreken) matched an evaluation's key
      const maanden = evaluatieKeyMaanden(event.key)!;
      return { gemisteEvaluaties: [...context.gemisteEvaluaties, { maanden, at: event.at }] };
    }),
    afsluiten: assign(({ event }) => {
      assertEvent(event, 'AFGESLOTEN');
      return {
        afsluiting: {
          systeemsignaal: { ...event.systeemsignaal },
          toelichting: event.toelichting ?? null,
          actor: event.actor,
          at: event.at,
        },
      };
    }),
    koppelenIntake: assign(({ context, event }) => {
      assertEvent(event, 'INTAKE_GEKOPPELD');
      return { intakeCaseIds: [...context.intakeCaseIds, event.intakeCaseId] };
    }),
    koppelenAve: assign(({ context, event }) => {
      assertEvent(event, 'AVE_GEKOPPELD');
      return { aveCaseIds: [...context.aveCaseIds, event.aveCaseId] };
    }),
    overdragenRegie: assign(({ event }) => {
      assertEvent(event, 'REGIE_OVERGEDRAGEN');
      return { regie: { role: REGISSEUR_ROL, holder: event.holder } };
    }),
  },
}).createMachine({
  id: 'doorbraak',
  initial: 'aangemeld',
  context: ({ input }) => initialContext(input),
  // Beside the phase, in every phase: links, the regisseur, passed terms. The final state takes no events.
  on: {
    INTAKE_GEKOPPELD: { guard: 'intakeNietGekoppeld', actions: 'koppelenIntake' },
    AVE_GEKOPPELD: { guard: 'aveNietGekoppeld', actions: 'koppelenAve' },
    REGIE_OVERGEDRAGEN: { guard: 'andereRegisseur', actions: 'overdragenRegie' },
    DEADLINE_DUE: [
      { guard: 'actietermijnVerstreken', actions: 'missenActie' },
      { guard: 'evaluatietermijnVerstreken', actions: 'missenEvaluatie' },
    ],
  },
  states: {
    aangemeld: {
      on: { ANALYSE_GESTART: { target: 'analyse', actions: 'startenAnalyse' } },
    },
    analyse: {
      on: {
        ANALYSE_VASTGELEGD: { actions: 'vastleggenAnalyse' },
        ANALYSE_AFGEROND: { target: 'plan', guard: 'analyseVastgelegd' },
      },
    },
    plan: {
      on: {
        // what the decision-makers or the household bring up may change the analysis while the plan is made
        ANALYSE_VASTGELEGD: { actions: 'vastleggenAnalyse' },
        PLAN_VASTGELEGD: { actions: 'vastleggenPlan' },
        PLAN_INGEDIEND: { target: 'besluit', guard: 'indienenBijBekendNiveau', actions: 'indienen' },
      },
    },
    besluit: {
      on: {
        PLAN_VOORGELEGD: { guard: 'voorleggenMogelijk', actions: 'voorleggen' },
        PLAN_GOEDGEKEURD: { target: 'uitvoering', guard: 'goedkeurenMetMandaat', actions: 'goedkeuren' },
        PLAN_AFGEWEZEN: { target: 'plan', guard: 'afwijzenMetMandaat', actions: 'afwijzen' },
        DEADLINE_DUE: { guard: 'besluittermijnVerstreken', actions: 'doorschuiven' },
      },
    },
    uitvoering: {
      on: {
        ACTIE_TOEGEVOEGD: { guard: 'uiterlijkNietVerstreken', actions: 'toevoegenActie' },
        ACTIE_AFGEROND: { guard: 'actieOpen', actions: 'afrondenActie' },
        ACTIE_GEANNULEERD: { guard: 'actieOpen', actions: 'annulerenActie' },
        // the Doorbraakmethode evaluates while the plan runs: actions past 3 months do not make it late
        EVALUATIE_VASTGELEGD: { guard: 'evaluatieMogelijk', actions: 'vastleggenEvaluatie' },
        UITVOERING_AFGEROND: { target: 'evaluatie', guard: 'geenOpenActies' },
      },
    },
    evaluatie: {
      on: {
        EVALUATIE_VASTGELEGD: { guard: 'evaluatieMogelijk', actions: 'vastleggenEvaluatie' },
        AFGESLOTEN: { target: 'afgesloten', guard: 'geevalueerd', actions: 'afsluiten' },
      },
    },
    afgesloten: { type: 'final' },
  },
});

export type DoorbraakMachine = typeof doorbraakMachine;

/** Dutch names of the states, for explanations. */
export const STATE_LABELS: Record<string, string> = {
  aangemeld: 'aangemeld',
  analyse: 'analyse',
  plan: 'plan',
  besluit: 'besluit',
  uitvoering: 'uitvoering',
  evaluatie: 'evaluatie',
  afgesloten: 'afgesloten',
};
