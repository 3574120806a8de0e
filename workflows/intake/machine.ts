/**
 * Klantreis (JOURNEYS.md section 1): melding -> triage -> onderzoek -> verslag -> outcome
 * (verwezen | aanvraag | geen_hulp | ingetrokken), and after an aanvraag: besluit -> inzet -> evaluatie -> afgesloten.
 *
 * Pure: no timers, no clock. Every timestamp comes from an event's `at` (stamped by the engine) or from the
 * machine input. Legal terms are not timers here: terms.ts declares them per snapshot and the engine arms them.
 *
 * Parallel routes (Miriam) are context tracks with guarded root-level handlers rather than parallel states,
 * so the state value stays the one step of the klantreis the professional sees:
 * - referrals to an algemene voorziening that keep the melding open (ALGEMENE_VOORZIENING_VERWEZEN),
 * - the Wgs route (WGS_HULPVRAAG -> WGS_EERSTE_GESPREK -> WGS_BESCHIKKING),
 * - the inwoner's persoonlijk plan, regie transfers, bezwaar and the missed terms (DEADLINE_DUE).
 */
import { localDate } from '@regie/calendar';
import { and, assertEvent, assign, setup } from 'xstate';
import { ontvangstAnker } from '../fields';
import type { AanvraagWet, CascadeStap, IntakeEvent, MeldingInput, NetwerkRelatie } from './events';
import { CASCADE_STAPPEN } from './events';
import type { Tarief } from '../sociaal-domein';

/** What the engine passes as machine input. */
export interface IntakeMachineInput {
  caseId: string;
  subjectId: string;
  /** ISO time of the melding */
  at: string;
  /** user id of who registered the melding: the first regie holder (intaker) */
  actor: string;
  input: MeldingInput;
}

export type CascadeUitkomst = (typeof CASCADE_STAPPEN)[CascadeStap] | 'geen_passende_voorziening';

/** Plain JSON: persisted as is. Absent values are null, never undefined. */
export interface IntakeContext {
  caseId: string;
  subjectId: string;
  meldingAt: string;
  /**
   * The melding's date of receipt when it arrived before it was registered (`meldingAt`): its terms run from the
   * day after it (meldingAnker). Absent (undefined) in snapshots stored before it existed.
   */
  ontvangenOp?: string | null;
  createdBy: string;
  melding: {
    channel: MeldingInput['channel'];
    externeVerwijzer: NonNullable<MeldingInput['externeVerwijzer']> | null;
    /**
     * who of the inwoner's network reported (channel `netwerk`). Absent (undefined) in snapshots stored before it
     * existed.
     */
    netwerkMelder?: { relatie: NetwerkRelatie; omschrijving: string | null } | null;
    lifeAreas: MeldingInput['lifeAreas'];
    laws: MeldingInput['laws'];
    requestedVoorziening: string | null;
    wgsCrisis: boolean;
    pwZoektermijn: boolean;
  };
  regie: { role: string; holder: string };
  triage: {
    at: string;
    urgentie: 'regulier' | 'spoed';
    veiligheidsrisico: boolean;
    meervoudigeProblematiek: boolean;
  } | null;
  cascade: Array<{
    stap: CascadeStap;
    conclusie: 'toereikend' | 'ontoereikend';
    voorliggendeWet: string | null;
    toelichting: string | null;
    at: string;
  }>;
  onderzoekAfgerondAt: string | null;
  verslagGedeeldAt: string | null;
  /**
   * Why the verslag was not shared with the inwoner (Wmo 2015 art. 2.3.2 lid 8 asks the written verslag), when it
   * was not: the route leaves the verslag only once it was shared or this is recorded. Absent (undefined) in
   * snapshots stored before it existed: read it with verslagAfgehandeld().
   */
  verslagNietGedeeld?: { reden: string; at: string } | null;
  persoonlijkPlanOntvangenAt: string | null;
  /** referrals to an algemene voorziening while the melding stays open (indicator 4.1.2) */
  algemeneVoorzieningen: Array<{ voorziening: string; at: string; actor: string }>;
  wgs: {
    hulpvraagAt: string;
    crisis: boolean;
    eersteGesprekAt: string | null;
    beschikking: { at: string; toegang: 'toegelaten' | 'afgewezen'; grondslag: string | null } | null;
  } | null;
  /** the closing outcome `verwezen` (indicator 4.1.2 when soort is algemene_voorziening) */
  verwijzing: {
    soort: 'netwerk' | 'algemene_voorziening' | 'voorliggende_voorziening';
    voorziening: string;
    at: string;
  } | null;
  geenHulp: { reden: string; at: string } | null;
  intrekking: { reden: string | null; at: string } | null;
  aanvraag: {
    at: string;
    /** the aanvraag's date of receipt, when before `at`: its terms run from the day after it (aanvraagAnker) */
    ontvangenOp?: string | null;
    laws: AanvraagWet[];
    voorziening: string;
    voorschotAt: string | null;
  } | null;
  besluit: {
    at: string;
    /** the outcome now in force: updated by a (partly) upheld bezwaar */
    uitkomst: 'toegekend' | 'deels' | 'afgewezen';
    oorspronkelijkeUitkomst: 'toegekend' | 'deels' | 'afgewezen';
    grondslag: string;
    toelichting: string | null;
  } | null;
  bezwaar: {
    at: string;
    adviescommissie: boolean;
    verdaagdAt: string | null;
    beslissing: {
      at: string;
      uitkomst: 'gegrond' | 'deels_gegrond' | 'ongegrond' | 'niet_ontvankelijk';
    } | null;
  } | null;
  inzet: {
    at: string;
    product: string;
    aanbieder: string;
    volume: { aantal: number; eenheid: string };
    /** absent in snapshots stored before tariffs could be entered, and when the inzet named none */
    tarief?: Tarief;
    startdatum: string;
    einddatum: string;
  } | null;
  evaluatieAt: string | null;
  /**
   * The evaluation date agreed in the plan (JOURNEYS.md section 5): a durable deadline while the inzet runs.
   * Absent (undefined) in snapshots stored before it existed.
   */
  evaluatieAfspraak?: { datum: string; at: string } | null;
  afsluiting: { at: string; resultaatcode: string; toelichting: string | null } | null;
  /** terms that fell due (DEADLINE_DUE), once per key: the guards of the bezwaar and zoektermijn use them */
  verstrekenTermijnen: Array<{ key: string; at: string }>;
  /** the household's AVE track this melding started or raised */
  aveCaseId: string | null;
  /** the doorbraak this melding started or joined; absent (undefined) in snapshots stored before it existed */
  doorbraakCaseId?: string | null;
  /** who registered the household for a doorbraak from this melding, when; absent in older snapshots */
  doorbraakAanmelding?: { actor: string; at: string } | null;
  /**
   * The beschermd wonen wachtlijst (BW_WACHTLIJST_OPGENOMEN until BW_GEPLAATST). Absent (undefined) in snapshots
   * stored before it existed.
   */
  bwWachtlijst?: {
    sinds: string;
    grond: 'toegekend' | 'voorlopig_noodzakelijk';
    overbrugging: 'maatschappelijke_opvang' | '24_uursopvang' | 'thuis';
    aveNiveau: number | null;
    at: string;
    geplaatst: { datum: string; aanbieder: string; at: string } | null;
  } | null;
}

// ---- context queries, shared by guards, terms.ts and explainRejection ----

/** What the melding's terms run from: its date of receipt (the day after it counts first), else its registration. */
export function meldingAnker(context: IntakeContext): string {
  return ontvangstAnker(context.ontvangenOp, context.meldingAt);
}

/** What the aanvraag's terms run from: its date of receipt, else its registration (Awb 4:13). */
export function aanvraagAnker(aanvraag: NonNullable<IntakeContext['aanvraag']>): string {
  return ontvangstAnker(aanvraag.ontvangenOp, aanvraag.at);
}

/** Where the cascade ended, or null while no step answered the question yet. */
export function cascadeUitkomst(context: IntakeContext): CascadeUitkomst | null {
  const last = context.cascade[context.cascade.length - 1];
  if (!last) return null;
  if (last.conclusie === 'toereikend') return CASCADE_STAPPEN[last.stap];
  return last.stap === 5 ? 'geen_passende_voorziening' : null;
}

/** The step the cascade expects next, or null once it has ended. */
export function volgendeCascadeStap(context: IntakeContext): CascadeStap | null {
  if (cascadeUitkomst(context) !== null) return null;
  return (context.cascade.length + 1) as CascadeStap;
}

/** A Wgs route whose eerste gesprek or beschikking toegang is still to come. */
export function wgsRouteOpen(context: IntakeContext): boolean {
  return context.wgs !== null && context.wgs.beschikking === null;
}

export function termijnVerstreken(context: IntakeContext, key: string): boolean {
  return context.verstrekenTermijnen.some((t) => t.key === key);
}

/** Whether the besluit can no longer change: its bezwaar term passed unused or the bezwaar was decided. */
export function besluitOnherroepelijk(context: IntakeContext): boolean {
  if (!context.besluit) return false;
  if (context.bezwaar) return context.bezwaar.beslissing !== null;
  return termijnVerstreken(context, 'bezwaar');
}

/** Wmo 2015 art. 2.3.2 lid 8: the verslag was shared with the inwoner, or why not is recorded. */
export function verslagAfgehandeld(context: IntakeContext): boolean {
  return context.verslagGedeeldAt !== null || (context.verslagNietGedeeld ?? null) !== null;
}

/** A Veilig Thuis melding whose safety nobody judged yet (the triage is not done). */
export function veiligheidNietBeoordeeld(context: IntakeContext): boolean {
  return context.melding.channel === 'veilig_thuis' && context.triage === null;
}

/** An aanvraag is on file and not decided: Awb 4:13 asks a besluit, so the melding cannot close without one. */
export function aanvraagOpen(context: IntakeContext): boolean {
  return context.aanvraag !== null && context.besluit === null;
}

/** An agreed evaluation date may not lie before the day it is agreed on (the deadline would be born missed). */
export function evaluatieDatumMogelijk(datum: string | undefined, at: string): boolean {
  return datum === undefined || datum >= localDate(new Date(at));
}

/** Pw art. 41 lid 4: under 27 the aanvraag can be made only after the zoektermijn. */
export function zoektermijnLoopt(context: IntakeContext): boolean {
  return context.melding.pwZoektermijn && !termijnVerstreken(context, 'participatiewet_zoektermijn');
}

const VERWIJZING_PER_UITKOMST: Partial<
  Record<CascadeUitkomst, 'netwerk' | 'algemene_voorziening' | 'voorliggende_voorziening'>
> = {
  netwerk: 'netwerk',
  algemene_voorziening: 'algemene_voorziening',
  voorliggende_voorziening: 'voorliggende_voorziening',
};

export function passendeVerwijzing(
  context: IntakeContext,
): 'netwerk' | 'algemene_voorziening' | 'voorliggende_voorziening' | null {
  const uitkomst = cascadeUitkomst(context);
  return uitkomst ? (VERWIJZING_PER_UITKOMST[uitkomst] ?? null) : null;
}

/** Closing without help fits a cascade that ended in own means, the network, or no fitting provision. */
export function geenHulpPast(context: IntakeContext): boolean {
  const uitkomst = cascadeUitkomst(context);
  return uitkomst === 'eigen_kracht' || uitkomst === 'netwerk' || uitkomst === 'geen_passende_voorziening';
}

function initialContext(input: IntakeMachineInput): IntakeContext {
  const m = input.input;
  const wgsCrisis = m.wgsCrisis ?? false;
  return {
    caseId: input.caseId,
    subjectId: input.subjectId,
    meldingAt: input.at,
    ontvangenOp: m.ontvangenOp ?? null,
    createdBy: input.actor,
    melding: {
      channel: m.channel,
      externeVerwijzer: m.externeVerwijzer ?? null,
      netwerkMelder: m.netwerkMelder
        ? { relatie: m.netwerkMelder.relatie, omschrijving: m.netwerkMelder.omschrijving ?? null }
        : null,
      lifeAreas: [...m.lifeAreas],
      laws: [...m.laws],
      requestedVoorziening: m.requestedVoorziening ?? null,
      wgsCrisis,
      pwZoektermijn: m.pwZoektermijn ?? false,
    },
    regie: { role: 'intaker', holder: input.actor },
    triage: null,
    cascade: [],
    onderzoekAfgerondAt: null,
    verslagGedeeldAt: null,
    verslagNietGedeeld: null,
    persoonlijkPlanOntvangenAt: null,
    algemeneVoorzieningen: [],
    // a melding with Wgs in play is itself the hulpvraag (Wgs art. 4: the term runs from the hulpvraag)
    wgs: m.laws.includes('Wgs')
      ? {
          hulpvraagAt: ontvangstAnker(m.ontvangenOp, input.at),
          crisis: wgsCrisis,
          eersteGesprekAt: null,
          beschikking: null,
        }
      : null,
    verwijzing: null,
    geenHulp: null,
    intrekking: null,
    aanvraag: null,
    besluit: null,
    bezwaar: null,
    inzet: null,
    evaluatieAt: null,
    evaluatieAfspraak: null,
    afsluiting: null,
    verstrekenTermijnen: [],
    aveCaseId: null,
    doorbraakCaseId: null,
    doorbraakAanmelding: null,
    bwWachtlijst: null,
  };
}

export const intakeMachine = setup({
  types: {
    context: {} as IntakeContext,
    events: {} as IntakeEvent,
    input: {} as IntakeMachineInput,
  },
  guards: {
    geenDoorbraak: ({ context }) => !context.doorbraakCaseId,
    cascadeStapInVolgorde: ({ context, event }) =>
      event.type === 'CASCADE_STAP_VASTGELEGD' && volgendeCascadeStap(context) === event.stap,
    cascadeAfgerond: ({ context }) => cascadeUitkomst(context) !== null,
    verslagNogNietGedeeld: ({ context }) => context.verslagGedeeldAt === null,
    verslagNietGedeeldMogelijk: ({ context }) => !verslagAfgehandeld(context),
    verslagAfgehandeld: ({ context }) => verslagAfgehandeld(context),
    aanvraagOpVerslag: ({ context }) => aanvraagOpen(context) && verslagAfgehandeld(context),
    verwijzingPast: ({ context, event }) =>
      event.type === 'VERWEZEN' &&
      !wgsRouteOpen(context) &&
      !aanvraagOpen(context) &&
      passendeVerwijzing(context) === event.soort,
    // A Veilig Thuis melding is not closed before its safety was judged (the triage decides on safety).
    geenHulpNaTriage: ({ context }) =>
      !wgsRouteOpen(context) && !aanvraagOpen(context) && !veiligheidNietBeoordeeld(context),
    geenHulpNaOnderzoek: ({ context }) =>
      !wgsRouteOpen(context) && !aanvraagOpen(context) && geenHulpPast(context),
    // Awb 4:1: the inwoner may apply at any moment, once per melding; Pw art. 41 lid 4 waits for the zoektermijn.
    aanvraagMogelijk: ({ context, event }) =>
      event.type === 'AANVRAAG_INGEDIEND' &&
      context.aanvraag === null &&
      !(event.laws.includes('Participatiewet') && zoektermijnLoopt(context)),
    inzetMogelijk: ({ context, event }) =>
      event.type === 'INZET_GESTART' &&
      context.besluit !== null &&
      context.besluit.uitkomst !== 'afgewezen' &&
      evaluatieDatumMogelijk(event.evaluatieDatum, event.at),
    evaluatieAfspraakMogelijk: ({ event }) =>
      event.type === 'EVALUATIE_AFGESPROKEN' && evaluatieDatumMogelijk(event.datum, event.at),
    besluitOnherroepelijk: ({ context }) => besluitOnherroepelijk(context),
    voorschotMogelijk: ({ context }) =>
      context.aanvraag !== null &&
      context.besluit === null &&
      context.aanvraag.laws.includes('Participatiewet') &&
      context.aanvraag.voorschotAt === null,
    afwijzingOnherroepelijk: ({ context }) =>
      context.besluit?.uitkomst === 'afgewezen' && besluitOnherroepelijk(context) && !wgsRouteOpen(context),
    geenWgsRouteOpen: ({ context }) => !wgsRouteOpen(context),
    persoonlijkPlanNogNietOntvangen: ({ context }) => context.persoonlijkPlanOntvangenAt === null,
    geenWgsRoute: ({ context }) => context.wgs === null,
    wgsWachtOpEersteGesprek: ({ context }) => context.wgs !== null && context.wgs.eersteGesprekAt === null,
    wgsWachtOpBeschikking: ({ context }) =>
      context.wgs !== null && context.wgs.eersteGesprekAt !== null && context.wgs.beschikking === null,
    bezwaarMogelijk: ({ context }) => context.besluit !== null && context.bezwaar === null,
    bezwaarLoopt: ({ context }) => context.bezwaar !== null && context.bezwaar.beslissing === null,
    // BW granted needs a besluit that grants; voorlopig noodzakelijk is a judgement made during the onderzoek
    bwWachtlijstMogelijk: ({ context, event }) =>
      event.type === 'BW_WACHTLIJST_OPGENOMEN' &&
      !context.bwWachtlijst?.geplaatst &&
      (event.grond === 'voorlopig_noodzakelijk' ||
        (context.besluit !== null && context.besluit.uitkomst !== 'afgewezen')),
    opBwWachtlijst: ({ context }) => !!context.bwWachtlijst && !context.bwWachtlijst.geplaatst,
    verdagingMogelijk: ({ context }) =>
      context.bezwaar !== null && context.bezwaar.beslissing === null && context.bezwaar.verdaagdAt === null,
  },
  actions: {
    vastleggenTriage: assign(({ context, event }) => {
      assertEvent(event, 'TRIAGE_AFGEROND');
      const role = event.urgentie === 'spoed' ? 'spoedteam' : 'regisseur';
      return {
        triage: {
          at: event.at,
          urgentie: event.urgentie,
          veiligheidsrisico: event.veiligheidsrisico,
          meervoudigeProblematiek: event.meervoudigeProblematiek ?? false,
        },
        regie: event.regisseur ? { role, holder: event.regisseur } : context.regie,
      };
    }),
    aanmeldenDoorbraak: assign(({ event }) => {
      assertEvent(event, 'DOORBRAAK_AANGEMELD');
      return { doorbraakAanmelding: { actor: event.actor, at: event.at } };
    }),
    koppelenDoorbraak: assign(({ event }) => {
      assertEvent(event, 'DOORBRAAK_GEKOPPELD');
      return { doorbraakCaseId: event.doorbraakCaseId };
    }),
    koppelenAve: assign(({ event }) => {
      assertEvent(event, 'AVE_GEKOPPELD');
      return { aveCaseId: event.aveCaseId };
    }),
    overdragenRegie: assign(({ event }) => {
      assertEvent(event, 'REGIE_OVERGEDRAGEN');
      return { regie: { role: event.role, holder: event.holder } };
    }),
    vastleggenCascadeStap: assign(({ context, event }) => {
      assertEvent(event, 'CASCADE_STAP_VASTGELEGD');
      return {
        cascade: [
          ...context.cascade,
          {
            stap: event.stap,
            conclusie: event.conclusie,
            voorliggendeWet: event.voorliggendeWet ?? null,
            toelichting: event.toelichting ?? null,
            at: event.at,
          },
        ],
      };
    }),
    afrondenOnderzoek: assign(({ event }) => {
      assertEvent(event, 'ONDERZOEK_AFGEROND');
      return { onderzoekAfgerondAt: event.at };
    }),
    delenVerslag: assign(({ event }) => {
      assertEvent(event, 'VERSLAG_GEDEELD');
      return { verslagGedeeldAt: event.at };
    }),
    vastleggenVerslagNietGedeeld: assign(({ event }) => {
      assertEvent(event, 'VERSLAG_NIET_GEDEELD');
      return { verslagNietGedeeld: { reden: event.reden, at: event.at } };
    }),
    ontvangenPersoonlijkPlan: assign(({ event }) => {
      assertEvent(event, 'PERSOONLIJK_PLAN_ONTVANGEN');
      return { persoonlijkPlanOntvangenAt: event.at };
    }),
    verwijzenAlgemeneVoorziening: assign(({ context, event }) => {
      assertEvent(event, 'ALGEMENE_VOORZIENING_VERWEZEN');
      return {
        algemeneVoorzieningen: [
          ...context.algemeneVoorzieningen,
          { voorziening: event.voorziening, at: event.at, actor: event.actor },
        ],
      };
    }),
    vastleggenWgsHulpvraag: assign(({ event }) => {
      assertEvent(event, 'WGS_HULPVRAAG');
      return {
        wgs: {
          hulpvraagAt: event.at,
          crisis: event.crisis ?? false,
          eersteGesprekAt: null,
          beschikking: null,
        },
      };
    }),
    vastleggenWgsEersteGesprek: assign(({ context, event }) => {
      assertEvent(event, 'WGS_EERSTE_GESPREK');
      return context.wgs ? { wgs: { ...context.wgs, eersteGesprekAt: event.at } } : {};
    }),
    vastleggenWgsBeschikking: assign(({ context, event }) => {
      assertEvent(event, 'WGS_BESCHIKKING');
      return context.wgs
        ? {
            wgs: {
              ...context.wgs,
              beschikking: { at: event.at, toegang: event.toegang, grondslag: event.grondslag ?? null },
            },
          }
        : {};
    }),
    vastleggenVerwijzing: assign(({ event }) => {
      assertEvent(event, 'VERWEZEN');
      return { verwijzing: { soort: event.soort, voorziening: event.voorziening, at: event.at } };
    }),
    vastleggenGeenHulp: assign(({ event }) => {
      assertEvent(event, 'GEEN_HULP');
      return { geenHulp: { reden: event.reden, at: event.at } };
    }),
    vastleggenIntrekking: assign(({ event }) => {
      assertEvent(event, 'INGETROKKEN');
      return { intrekking: { reden: event.reden ?? null, at: event.at } };
    }),
    vastleggenAanvraag: assign(({ event }) => {
      assertEvent(event, 'AANVRAAG_INGEDIEND');
      return {
        aanvraag: {
          at: event.at,
          ontvangenOp: event.ontvangenOp ?? null,
          laws: [...event.laws],
          voorziening: event.voorziening,
          voorschotAt: null,
        },
      };
    }),
    verlenenVoorschot: assign(({ context, event }) => {
      assertEvent(event, 'VOORSCHOT_VERLEEND');
      return context.aanvraag ? { aanvraag: { ...context.aanvraag, voorschotAt: event.at } } : {};
    }),
    vastleggenBesluit: assign(({ event }) => {
      assertEvent(event, 'BESLUIT_GENOMEN');
      return {
        besluit: {
          at: event.at,
          uitkomst: event.uitkomst,
          oorspronkelijkeUitkomst: event.uitkomst,
          grondslag: event.grondslag,
          toelichting: event.toelichting ?? null,
        },
      };
    }),
    vastleggenBezwaar: assign(({ event }) => {
      assertEvent(event, 'BEZWAAR_INGEDIEND');
      return {
        bezwaar: { at: event.at, adviescommissie: event.adviescommissie, verdaagdAt: null, beslissing: null },
      };
    }),
    verdagenBeslissingOpBezwaar: assign(({ context, event }) => {
      assertEvent(event, 'BESLISTERMIJN_BEZWAAR_VERDAAGD');
      return context.bezwaar ? { bezwaar: { ...context.bezwaar, verdaagdAt: event.at } } : {};
    }),
    beslissenOpBezwaar: assign(({ context, event }) => {
      assertEvent(event, 'BESLISSING_OP_BEZWAAR');
      if (!context.bezwaar || !context.besluit) return {};
      return {
        bezwaar: { ...context.bezwaar, beslissing: { at: event.at, uitkomst: event.uitkomst } },
        besluit: { ...context.besluit, uitkomst: event.besluitNaBezwaar ?? context.besluit.uitkomst },
      };
    }),
    startenInzet: assign(({ event }) => {
      assertEvent(event, 'INZET_GESTART');
      return {
        inzet: {
          at: event.at,
          product: event.product,
          aanbieder: event.aanbieder,
          volume: { aantal: event.volume.aantal, eenheid: event.volume.eenheid },
          ...(event.tarief ? { tarief: { centen: event.tarief.centen, eenheid: event.tarief.eenheid } } : {}),
          startdatum: event.startdatum,
          einddatum: event.einddatum,
        },
        ...(event.evaluatieDatum ? { evaluatieAfspraak: { datum: event.evaluatieDatum, at: event.at } } : {}),
      };
    }),
    afsprekenEvaluatie: assign(({ event }) => {
      assertEvent(event, 'EVALUATIE_AFGESPROKEN');
      return { evaluatieAfspraak: { datum: event.datum, at: event.at } };
    }),
    startenEvaluatie: assign(({ event }) => {
      assertEvent(event, 'EVALUATIE_GESTART');
      return { evaluatieAt: event.at };
    }),
    afsluiten: assign(({ event }) => {
      assertEvent(event, 'AFGESLOTEN');
      return {
        afsluiting: {
          at: event.at,
          resultaatcode: event.resultaatcode,
          toelichting: event.toelichting ?? null,
        },
      };
    }),
    opnemenBwWachtlijst: assign(({ context, event }) => {
      assertEvent(event, 'BW_WACHTLIJST_OPGENOMEN');
      return {
        bwWachtlijst: {
          sinds: event.sinds ?? context.bwWachtlijst?.sinds ?? localDate(new Date(event.at)),
          grond: event.grond,
          overbrugging: event.overbrugging,
          aveNiveau: event.aveNiveau ?? null,
          at: event.at,
          geplaatst: null,
        },
      };
    }),
    plaatsenBw: assign(({ context, event }) => {
      assertEvent(event, 'BW_GEPLAATST');
      if (!context.bwWachtlijst) return {};
      const datum = event.datum ?? localDate(new Date(event.at));
      return {
        bwWachtlijst: {
          ...context.bwWachtlijst,
          geplaatst: { datum, aanbieder: event.aanbieder, at: event.at },
        },
      };
    }),
    vastleggenVerstrekenTermijn: assign(({ context, event }) => {
      assertEvent(event, 'DEADLINE_DUE');
      if (termijnVerstreken(context, event.key)) return {};
      return { verstrekenTermijnen: [...context.verstrekenTermijnen, { key: event.key, at: event.at }] };
    }),
  },
}).createMachine({
  id: 'intake',
  initial: 'melding',
  context: ({ input }) => initialContext(input),
  // Tracks that run beside the klantreis in every open state. Final states take no events, so none of these
  // fire after verwezen, geen_hulp, ingetrokken or afgesloten.
  on: {
    REGIE_OVERGEDRAGEN: { actions: 'overdragenRegie' },
    AVE_GEKOPPELD: { actions: 'koppelenAve' },
    // the doorbraak starts (or the running one is linked) by the effect this asks for: see index.ts
    DOORBRAAK_AANGEMELD: { guard: 'geenDoorbraak', actions: 'aanmeldenDoorbraak' },
    DOORBRAAK_GEKOPPELD: { guard: 'geenDoorbraak', actions: 'koppelenDoorbraak' },
    PERSOONLIJK_PLAN_ONTVANGEN: {
      guard: 'persoonlijkPlanNogNietOntvangen',
      actions: 'ontvangenPersoonlijkPlan',
    },
    ALGEMENE_VOORZIENING_VERWEZEN: { actions: 'verwijzenAlgemeneVoorziening' },
    WGS_HULPVRAAG: { guard: 'geenWgsRoute', actions: 'vastleggenWgsHulpvraag' },
    WGS_EERSTE_GESPREK: { guard: 'wgsWachtOpEersteGesprek', actions: 'vastleggenWgsEersteGesprek' },
    WGS_BESCHIKKING: { guard: 'wgsWachtOpBeschikking', actions: 'vastleggenWgsBeschikking' },
    BEZWAAR_INGEDIEND: { guard: 'bezwaarMogelijk', actions: 'vastleggenBezwaar' },
    BESLISTERMIJN_BEZWAAR_VERDAAGD: { guard: 'verdagingMogelijk', actions: 'verdagenBeslissingOpBezwaar' },
    BESLISSING_OP_BEZWAAR: { guard: 'bezwaarLoopt', actions: 'beslissenOpBezwaar' },
    // Pw art. 52: a voorschot while the aanvraag is not decided, also while the onderzoek still runs
    VOORSCHOT_VERLEEND: { guard: 'voorschotMogelijk', actions: 'verlenenVoorschot' },
    // A missed term is recorded, the state stays: the engine already logs it in the history and on the board,
    // and the workflow needs it to know that the bezwaar term or the Pw zoektermijn is over.
    DEADLINE_DUE: { actions: 'vastleggenVerstrekenTermijn' },
    INGETROKKEN: { target: '.ingetrokken', actions: 'vastleggenIntrekking' },
    // beschermd wonen: on the wachtlijst until placed (almelo 3.4C.2; GET /wachtlijst/bw)
    BW_WACHTLIJST_OPGENOMEN: { guard: 'bwWachtlijstMogelijk', actions: 'opnemenBwWachtlijst' },
    BW_GEPLAATST: { guard: 'opBwWachtlijst', actions: 'plaatsenBw' },
  },
  states: {
    // Awb 4:1 (and for the Wmo also without or before the onderzoek, CRvB): an aanvraag before the onderzoek is
    // recorded and its beschikking term runs at once, while triage and onderzoek go on; the case moves on to
    // `aanvraag` once the verslag is done (see `verslag`).
    melding: {
      on: {
        TRIAGE_GESTART: { target: 'triage' },
        AANVRAAG_INGEDIEND: { guard: 'aanvraagMogelijk', actions: 'vastleggenAanvraag' },
      },
    },
    triage: {
      on: {
        TRIAGE_AFGEROND: { target: 'onderzoek', actions: 'vastleggenTriage' },
        // normaliseren: not every melding needs help
        GEEN_HULP: { target: 'geen_hulp', guard: 'geenHulpNaTriage', actions: 'vastleggenGeenHulp' },
        AANVRAAG_INGEDIEND: { guard: 'aanvraagMogelijk', actions: 'vastleggenAanvraag' },
      },
    },
    onderzoek: {
      on: {
        CASCADE_STAP_VASTGELEGD: { guard: 'cascadeStapInVolgorde', actions: 'vastleggenCascadeStap' },
        ONDERZOEK_AFGEROND: { target: 'verslag', guard: 'cascadeAfgerond', actions: 'afrondenOnderzoek' },
        VERWEZEN: { target: 'verwezen', guard: 'verwijzingPast', actions: 'vastleggenVerwijzing' },
        GEEN_HULP: { target: 'geen_hulp', guard: 'geenHulpNaOnderzoek', actions: 'vastleggenGeenHulp' },
        // the inwoner may always apply; the cascade's conclusion then shapes the besluit, not the right to apply
        AANVRAAG_INGEDIEND: { target: 'aanvraag', guard: 'aanvraagMogelijk', actions: 'vastleggenAanvraag' },
      },
    },
    // Wmo 2015 art. 2.3.2 lid 8: the inwoner gets the verslag. The route moves on only once it was shared, or the
    // reason it was not is recorded; an aanvraag already on file then goes on to `aanvraag` by itself.
    verslag: {
      always: { target: 'aanvraag', guard: 'aanvraagOpVerslag' },
      on: {
        VERSLAG_GEDEELD: { guard: 'verslagNogNietGedeeld', actions: 'delenVerslag' },
        VERSLAG_NIET_GEDEELD: {
          guard: 'verslagNietGedeeldMogelijk',
          actions: 'vastleggenVerslagNietGedeeld',
        },
        VERWEZEN: {
          target: 'verwezen',
          guard: and(['verwijzingPast', 'verslagAfgehandeld']),
          actions: 'vastleggenVerwijzing',
        },
        GEEN_HULP: {
          target: 'geen_hulp',
          guard: and(['geenHulpNaOnderzoek', 'verslagAfgehandeld']),
          actions: 'vastleggenGeenHulp',
        },
        AANVRAAG_INGEDIEND: {
          target: 'aanvraag',
          guard: and(['aanvraagMogelijk', 'verslagAfgehandeld']),
          actions: 'vastleggenAanvraag',
        },
      },
    },
    verwezen: { type: 'final' },
    geen_hulp: { type: 'final' },
    ingetrokken: { type: 'final' },
    aanvraag: {
      on: {
        BESLUIT_GENOMEN: { target: 'besluit', actions: 'vastleggenBesluit' },
      },
    },
    // Not final: the bezwaar term runs here, and an afwijzing ends only once it can no longer change.
    besluit: {
      on: {
        INZET_GESTART: { target: 'inzet', guard: 'inzetMogelijk', actions: 'startenInzet' },
        AFGESLOTEN: { target: 'afgesloten', guard: 'afwijzingOnherroepelijk', actions: 'afsluiten' },
      },
    },
    inzet: {
      on: {
        EVALUATIE_AFGESPROKEN: { guard: 'evaluatieAfspraakMogelijk', actions: 'afsprekenEvaluatie' },
        EVALUATIE_GESTART: { target: 'evaluatie', actions: 'startenEvaluatie' },
      },
    },
    // Closing waits until the besluit can no longer change: no bezwaar open, no bezwaar term running (Awb 6:7,
    // 7:10); a case closed earlier could not record the bezwaar or its beslissing.
    evaluatie: {
      on: {
        AFGESLOTEN: {
          target: 'afgesloten',
          guard: and(['geenWgsRouteOpen', 'besluitOnherroepelijk']),
          actions: 'afsluiten',
        },
      },
    },
    afgesloten: { type: 'final' },
  },
});

export type IntakeMachine = typeof intakeMachine;

/** Dutch names of the states, for explanations. */
export const STATE_LABELS: Record<string, string> = {
  melding: 'melding',
  triage: 'triage',
  onderzoek: 'onderzoek',
  verslag: 'verslag',
  verwezen: 'verwezen',
  geen_hulp: 'geen hulp nodig',
  ingetrokken: 'ingetrokken',
  aanvraag: 'aanvraag',
  besluit: 'besluit',
  inzet: 'inzet',
  evaluatie: 'evaluatie',
  afgesloten: 'afgesloten',
};
