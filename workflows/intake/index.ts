/** Workflow `intake`: the klantreis from melding to closure (JOURNEYS.md section 1). */
import type { SnapshotFrom } from 'xstate';
import { defineWorkflow } from '../define';
import { type DoorbraakCriteria, doorbraakAanmelding } from '../doorbraak-aanmelding';
import type { EffectOf } from '../sociaal-domein';
import type { EnsureCaseEffect } from '../workflow';
import { KANALEN, NETWERK_RELATIES, eventSchemas, eventTitles, meldingInput } from './events';
import type { IntakeEventType, Kanaal, NetwerkRelatie } from './events';
import {
  STATE_LABELS,
  aanvraagOpen,
  besluitOnherroepelijk,
  cascadeUitkomst,
  geenHulpPast,
  intakeMachine,
  evaluatieDatumMogelijk,
  passendeVerwijzing,
  veiligheidNietBeoordeeld,
  verslagAfgehandeld,
  volgendeCascadeStap,
  wgsRouteOpen,
  zoektermijnLoopt,
} from './machine';
import type { IntakeMachine } from './machine';
import { closeDisappearedAs, deadlines } from './terms';

export { intakeMachine } from './machine';
export { closeDisappearedAs, deadlines, TERMS } from './terms';
export { eventSchemas, meldingInput } from './events';

type Snapshot = SnapshotFrom<IntakeMachine>;

/** Legal signals: the law lets these reach the gemeente without the inwoner's consent. */
const ZONDER_TOESTEMMING: readonly Kanaal[] = ['inwoner_zelf', 'vroegsignalering', 'veilig_thuis'];

const KANAAL_LABEL: Record<Kanaal, string> = {
  inwoner_zelf: 'de inwoner zelf',
  huisarts: 'de huisarts',
  poh: 'de praktijkondersteuner (POH)',
  school: 'school',
  aanbieder: 'een aanbieder',
  vroegsignalering: 'vroegsignalering',
  veilig_thuis: 'Veilig Thuis',
  politie: 'de politie',
  externe_verwijzer: 'een externe verwijzer',
  netwerk: 'iemand uit het netwerk van de inwoner',
};

const RELATIE_LABEL: Record<NetwerkRelatie, string> = {
  familie: 'een familielid',
  buur: 'een buur',
  vriend: 'een vriend of vriendin',
  anders: 'iemand uit het netwerk van de inwoner',
};

/** Who reported, in words: the channel, or for a melder from the network the relation (and who, when named). */
function melderLabel(channel: Kanaal | null, input: Record<string, unknown>): string {
  if (!channel) return 'een derde';
  const melder = input.netwerkMelder as { relatie?: unknown; omschrijving?: unknown } | undefined;
  if (channel !== 'netwerk' || !melder || !(NETWERK_RELATIES as readonly unknown[]).includes(melder.relatie))
    return KANAAL_LABEL[channel];
  const relatie = RELATIE_LABEL[melder.relatie as NetwerkRelatie];
  return typeof melder.omschrijving === 'string' ? `${relatie} (${melder.omschrijving})` : relatie;
}

export function consentRequired(input: Record<string, unknown>): { scope: string; reason: string } | null {
  const channel = (KANALEN as readonly unknown[]).includes(input.channel) ? (input.channel as Kanaal) : null;
  if (channel && ZONDER_TOESTEMMING.includes(channel)) return null;
  // a relative, neighbour or friend is a third party like any other: their report shares the inwoner's situation,
  // which asks the inwoner's consent (AVG art. 6 lid 1 onder a)
  const door = melderLabel(channel, input);
  return {
    scope: 'melding',
    reason: `De melding komt van ${door}: de inwoner moet toestemming geven voordat diens situatie met de gemeente wordt gedeeld.`,
  };
}

/** The reason and criteria of the AVE track a safety risk at triage starts without AVE details (JOURNEYS.md 2). */
export const VEILIGHEIDSRISICO_AVE = {
  niveau: 3,
  reden: 'Veiligheidsrisico bij triage',
  criteria: ['veiligheid'],
} as const;

/** The effects an intake asks for: the household's AVE track or doorbraak, and the record of a granted voorziening. */
const EMITS = ['ensureCase', 'aveBijVeiligheidsrisico', 'recordVoorziening'] as const;

/**
 * A triage that sees a safety risk or several problems with several professionals starts the household's AVE
 * track, or raises the one that runs; either way the two cases are linked both ways. A safety risk always reaches
 * AVE: without AVE details the track starts at (or is raised to) level 3, and the domain decides from its records
 * which household and whether children live in it (AveBijVeiligheidsrisicoEffect).
 */
export function effects(
  prev: Snapshot,
  next: Snapshot,
  event: { type: string } & Record<string, unknown>,
): EffectOf<(typeof EMITS)[number]>[] {
  if (event.type === 'INZET_GESTART') return voorzieningEffect(prev, next);
  if (event.type === 'DOORBRAAK_AANGEMELD') return [doorbraakEffect(next, event)];
  if (event.type !== 'TRIAGE_AFGEROND') return [];
  const c = next.context;
  if (!event.ave) {
    if (event.veiligheidsrisico !== true) return [];
    const v = VEILIGHEIDSRISICO_AVE;
    return [
      {
        type: 'aveBijVeiligheidsrisico',
        subjectId: c.subjectId,
        ensure: aveTrack(prev, next, event, { niveau: v.niveau, reden: v.reden, criteria: [...v.criteria] }),
        kinderenUitMelding: c.melding.laws.includes('Jeugdwet'),
        at: c.triage?.at ?? c.meldingAt,
      },
    ];
  }
  const ave = event.ave as {
    niveau: number;
    kinderenInHuishouden: boolean;
    huishoudenId?: string;
    reden: string;
    criteria: string[];
  };
  const track = aveTrack(prev, next, event, ave);
  return [
    {
      type: 'ensureCase',
      ...track,
      subjectId: ave.huishoudenId ?? c.subjectId,
      start: { ...track.start, kinderenInHuishouden: ave.kinderenInHuishouden },
    },
  ];
}

/** The household's AVE track at `ave.niveau`: started there, or raised to it, and linked back to the melding. */
function aveTrack(
  prev: Snapshot,
  next: Snapshot,
  event: { type: string } & Record<string, unknown>,
  ave: { niveau: number; reden: string; criteria: string[] },
): Omit<EnsureCaseEffect, 'type' | 'subjectId'> {
  const c = next.context;
  // Level 3 and 4 regie goes to a professional of the role the level names (Spoedteam, procesmanager,
  // bestuurlijk), who accepts it within the acceptance term: the regisseur the triage named when that is someone
  // else than the intaker who held the melding (the Spoedteam member of a spoed triage), else routed to the role. An intaker never
  // holds it (JOURNEYS.md section 2). At levels 1 and 2 the intake's regisseur takes regie at once.
  const hoog = ave.niveau >= 3;
  const intaker = [prev.context.regie.holder, event.actor];
  const regisseur = hoog && intaker.includes(c.regie.holder) ? null : c.regie.holder;
  return {
    workflow: 'ave',
    start: {
      startLevel: ave.niveau,
      ...(regisseur ? { regisseur } : {}),
      ...(ave.niveau === 4 && regisseur ? { procesregisseur: regisseur } : {}),
      intakeCaseId: c.caseId,
      reden: ave.reden,
      criteria: ave.criteria,
    },
    existing: [
      {
        type: 'OPSCHALEN',
        naarNiveau: ave.niveau,
        reden: ave.reden,
        criteria: ave.criteria,
        ...(regisseur ? { ontvanger: regisseur } : {}),
        intakeCaseId: c.caseId,
      },
      { type: 'INTAKE_GEKOPPELD', intakeCaseId: c.caseId },
    ],
    linkBack: { type: 'AVE_GEKOPPELD', field: 'aveCaseId' },
  };
}

/**
 * A melding whose household the rules block starts the household's doorbraak, or joins the running one (one per
 * household): either way the two cases are linked both ways.
 */
function doorbraakEffect(
  next: Snapshot,
  event: { type: string } & Record<string, unknown>,
): EnsureCaseEffect {
  const c = next.context;
  // the engine hands effects() the event its schema validated (DOORBRAAK_AANGEMELD)
  const e = event as unknown as DoorbraakCriteria & { huishoudenId?: string };
  return doorbraakAanmelding(e.huishoudenId ?? c.subjectId, e, {
    veld: 'intakeCaseId',
    caseId: c.caseId,
    event: 'INTAKE_GEKOPPELD',
  });
}

/**
 * The inzet of a granted voorziening makes it a record of the subject (the `recordVoorziening` effect, carried out
 * by libs/sociaal-domein/src/voorzieningen.ts). Its law is the aanvraag's; an aanvraag under several laws records
 * the Jeugdwet when it is among them (the youth's care, which the 18-/18+ transition follows), else the first law
 * named.
 */
function voorzieningEffect(prev: Snapshot, next: Snapshot): EffectOf<'recordVoorziening'>[] {
  const c = next.context;
  const inzet = c.inzet;
  if (!inzet || prev.context.inzet || !c.aanvraag) return [];
  const laws = c.aanvraag.laws;
  return [
    {
      type: 'recordVoorziening',
      subjectId: c.subjectId,
      wet: laws.includes('Jeugdwet') ? 'Jeugdwet' : laws[0],
      product: inzet.product,
      aanbieder: inzet.aanbieder,
      volume: { aantal: inzet.volume.aantal, eenheid: inzet.volume.eenheid },
      startdatum: inzet.startdatum,
      einddatum: inzet.einddatum,
      eigenaar: c.regie.holder,
      ...(inzet.tarief ? { tarief: { centen: inzet.tarief.centen, eenheid: inzet.tarief.eenheid } } : {}),
      at: inzet.at,
    },
  ];
}

const AFGESLOTEN_TOESTANDEN: Record<string, string> = {
  verwezen: 'De melding is afgesloten met een verwijzing',
  geen_hulp: 'De melding is afgesloten zonder hulp',
  ingetrokken: 'De melding is ingetrokken door de inwoner',
  afgesloten: 'De zaak is afgesloten',
};

/** An event that agrees an evaluation date before the day it is sent on (a probe without data never does). */
function evaluatieDatumVerleden(event: { type: string }): boolean {
  const e = event as { type: string; at?: unknown; datum?: unknown; evaluatieDatum?: unknown };
  const datum = e.type === 'EVALUATIE_AFGESPROKEN' ? e.datum : e.evaluatieDatum;
  if (typeof datum !== 'string' || typeof e.at !== 'string') return false;
  return !evaluatieDatumMogelijk(datum, e.at);
}

/** The reasons of the klantreis itself to refuse an event in an open case (see RejectionParts.explain). */
function explain(snapshot: Snapshot, event: { type: IntakeEventType }): string | null | undefined {
  const type = event.type;
  const state = String(snapshot.value);
  const c = snapshot.context;
  const wgsOpen = 'Er loopt nog een Wgs-route zonder beschikking toegang; rond die eerst af.';
  const aanvraagLigt =
    'Er ligt een aanvraag waarop nog geen besluit is genomen (Awb 4:13); sluit de melding niet af zonder besluit.';
  const verslagOpen =
    'Het verslag is nog niet met de inwoner gedeeld (Wmo 2015 art. 2.3.2 lid 8): deel het eerst, of leg vast waarom niet.';
  switch (type) {
    case 'DOORBRAAK_AANGEMELD':
    case 'DOORBRAAK_GEKOPPELD':
      if (c.doorbraakCaseId) return `Deze melding is al gekoppeld aan doorbraak ${c.doorbraakCaseId}.`;
      break;
    case 'WGS_HULPVRAAG':
      if (c.wgs) return 'Er is al een Wgs-hulpvraag vastgelegd voor deze melding.';
      break;
    case 'WGS_EERSTE_GESPREK':
      if (!c.wgs) return 'Er is nog geen Wgs-hulpvraag; leg eerst de hulpvraag schuldhulpverlening vast.';
      if (c.wgs.eersteGesprekAt) return 'Het eerste gesprek schuldhulpverlening is al vastgelegd.';
      break;
    case 'WGS_BESCHIKKING':
      if (!c.wgs) return 'Er is nog geen Wgs-hulpvraag; leg eerst de hulpvraag schuldhulpverlening vast.';
      if (!c.wgs.eersteGesprekAt)
        return 'De beschikking toegang volgt op het eerste gesprek; dat is nog niet gevoerd.';
      if (c.wgs.beschikking) return 'De beschikking toegang schuldhulpverlening is al vastgelegd.';
      break;
    case 'PERSOONLIJK_PLAN_ONTVANGEN':
      if (c.persoonlijkPlanOntvangenAt) return 'Het persoonlijk plan is al ontvangen.';
      break;
    case 'CASCADE_STAP_VASTGELEGD': {
      if (state !== 'onderzoek') break;
      const volgende = volgendeCascadeStap(c);
      if (volgende === null) return 'De cascade is al afgerond; rond het onderzoek af.';
      if ((event as { stap?: unknown }).stap === undefined) return null; // possible with the right step
      return `De cascade gaat op volgorde: nu is stap ${volgende} aan de beurt.`;
    }
    case 'ONDERZOEK_AFGEROND':
      if (state === 'onderzoek' && cascadeUitkomst(c) === null)
        return 'Het onderzoek is pas af als de cascade een antwoord heeft gegeven (een stap toereikend, of stap 5 vastgelegd).';
      break;
    case 'VERSLAG_GEDEELD':
      if (state === 'verslag' && c.verslagGedeeldAt) return 'Het verslag is al gedeeld met de inwoner.';
      break;
    case 'VERSLAG_NIET_GEDEELD':
      if (state === 'verslag' && c.verslagGedeeldAt) return 'Het verslag is al gedeeld met de inwoner.';
      if (state === 'verslag' && verslagAfgehandeld(c))
        return 'Er is al vastgelegd waarom het verslag niet is gedeeld.';
      break;
    case 'VERWEZEN':
      if (state !== 'onderzoek' && state !== 'verslag') break;
      if (wgsRouteOpen(c)) return wgsOpen;
      if (aanvraagOpen(c)) return aanvraagLigt;
      if (state === 'verslag' && !verslagAfgehandeld(c)) return verslagOpen;
      if (cascadeUitkomst(c) === null)
        return 'Verwijzen kan pas als de cascade uitwijst waarheen (netwerk, algemene of voorliggende voorziening).';
      if (passendeVerwijzing(c) && (event as { soort?: unknown }).soort === undefined) return null;
      return passendeVerwijzing(c)
        ? `De cascade wijst naar ${passendeVerwijzing(c)?.replace(/_/g, ' ')}; verwijs daarheen.`
        : 'De cascade wijst niet naar een verwijzing; kies een passende uitkomst.';
    case 'GEEN_HULP':
      if (state !== 'triage' && state !== 'onderzoek' && state !== 'verslag') break;
      if (wgsRouteOpen(c)) return wgsOpen;
      if (aanvraagOpen(c)) return aanvraagLigt;
      if (state === 'triage' && veiligheidNietBeoordeeld(c))
        return 'Een melding van Veilig Thuis sluit u niet af zonder veiligheidsbeoordeling: rond eerst de triage af en beoordeel de veiligheid.';
      if (state === 'verslag' && !verslagAfgehandeld(c)) return verslagOpen;
      if (state !== 'triage' && !geenHulpPast(c))
        return cascadeUitkomst(c) === null
          ? 'Leg eerst de cascade vast: die moet uitwijzen dat eigen kracht of het netwerk volstaat.'
          : 'De cascade wijst naar een voorziening; sluit niet af zonder hulp.';
      break;
    case 'AANVRAAG_INGEDIEND': {
      if (!['melding', 'triage', 'onderzoek', 'verslag'].includes(state)) break;
      if (c.aanvraag) return 'Er is al een aanvraag ingediend voor deze melding.';
      if (state === 'verslag' && !verslagAfgehandeld(c)) return verslagOpen;
      const laws = (event as { laws?: unknown }).laws;
      if (zoektermijnLoopt(c) && (!Array.isArray(laws) || laws.includes('Participatiewet')))
        return laws === undefined
          ? null // possible for an aanvraag under another law
          : 'De zoektermijn van vier weken (Pw art. 41) loopt nog; een aanvraag voor de Participatiewet kan pas daarna.';
      return null; // Awb 4:1: the inwoner may apply at any moment of the melding
    }
    case 'VOORSCHOT_VERLEEND':
      if (!c.aanvraag || c.besluit) break;
      if (!c.aanvraag?.laws.includes('Participatiewet'))
        return 'Een voorschot hoort alleen bij een aanvraag onder de Participatiewet.';
      return 'Het voorschot is al verleend.';
    case 'BW_WACHTLIJST_OPGENOMEN':
      if (c.bwWachtlijst?.geplaatst) return 'De inwoner is al geplaatst in beschermd wonen.';
      if ((event as { grond?: unknown }).grond === undefined) return null;
      return 'Beschermd wonen is (nog) niet toegekend: neem de inwoner op met grond voorlopig_noodzakelijk, of na een besluit dat het toekent.';
    case 'BW_GEPLAATST':
      if (c.bwWachtlijst?.geplaatst) return 'De inwoner is al geplaatst in beschermd wonen.';
      return 'De inwoner staat niet op de wachtlijst beschermd wonen.';
    case 'INZET_GESTART':
      if (state === 'besluit' && c.besluit?.uitkomst === 'afgewezen')
        return 'De aanvraag is afgewezen; er is niets in te zetten.';
      if (state === 'besluit' && evaluatieDatumVerleden(event))
        return 'De afgesproken evaluatiedatum ligt in het verleden.';
      break;
    case 'EVALUATIE_AFGESPROKEN':
      if (state === 'inzet' && evaluatieDatumVerleden(event))
        return 'De afgesproken evaluatiedatum ligt in het verleden.';
      break;
    case 'AFGESLOTEN':
      if (state === 'besluit' && c.besluit?.uitkomst !== 'afgewezen')
        return 'De voorziening is toegekend; start de inzet en sluit af na de evaluatie.';
      if (state === 'besluit' && !besluitOnherroepelijk(c))
        return c.bezwaar
          ? 'Er loopt een bezwaar; sluit af na de beslissing op bezwaar.'
          : 'De bezwaartermijn loopt nog; sluit af als die voorbij is.';
      if ((state === 'besluit' || state === 'evaluatie') && wgsRouteOpen(c)) return wgsOpen;
      if (state === 'evaluatie' && !besluitOnherroepelijk(c))
        return c.bezwaar
          ? 'Er loopt een bezwaar tegen het besluit; sluit af na de beslissing op bezwaar (Awb 7:10).'
          : 'De bezwaartermijn tegen het besluit loopt nog (Awb 6:7); sluit af als die voorbij is.';
      break;
    case 'BEZWAAR_INGEDIEND':
      if (!c.besluit) return 'Er is nog geen besluit waartegen bezwaar kan worden gemaakt.';
      return 'Er is al bezwaar gemaakt tegen dit besluit.';
    case 'BESLISTERMIJN_BEZWAAR_VERDAAGD':
      if (!c.bezwaar || c.bezwaar.beslissing) return 'Er loopt geen bezwaar.';
      return 'De beslistermijn op bezwaar kan maar één keer worden verdaagd (Awb 7:10 lid 3).';
    case 'BESLISSING_OP_BEZWAAR':
      if (!c.bezwaar) return 'Er is geen bezwaar ingediend.';
      return 'Op dit bezwaar is al beslist.';
    default:
      break;
  }
  return undefined;
}

/** Events that share the inwoner's situation with another party, and the consent scope each needs. */
const DELEN: Partial<Record<IntakeEventType, { scope: string }>> = {
  ALGEMENE_VOORZIENING_VERWEZEN: { scope: 'verwijzing' },
  VERWEZEN: { scope: 'verwijzing' },
  INZET_GESTART: { scope: 'aanbieder' },
};

export const intake = defineWorkflow({
  name: 'intake',
  title: 'Klantreis: van melding tot afsluiting',
  machine: intakeMachine,
  input: meldingInput,
  events: { schemas: eventSchemas, titles: eventTitles, sharing: DELEN },
  terms: { deadlines, closeDisappearedAs },
  rejections: {
    stateLabels: STATE_LABELS,
    ended: (s) => AFGESLOTEN_TOESTANDEN[String(s.value)] ?? 'De zaak is afgesloten',
    explain,
  },
  emits: EMITS,
  effects,
  consentRequired,
});

export const { regie, explainRejection } = intake;
