/** Workflow `transitie18`: the 18-/18+ transition of a youth with a Jeugdwet voorziening (JOURNEYS.md section 4). */
import type { SnapshotFrom } from 'xstate';
import { defineWorkflow } from '../define';
import type { EffectOf } from '../sociaal-domein';
import {
  TRANSITIE18_DEFAULTS,
  eventSchemas,
  eventTitles,
  transitie18Config,
  transitie18Input,
} from './events';
import type { Transitie18EventType, VerlengingGrond } from './events';
import {
  STATE_LABELS,
  VOOR_18,
  ggzGecontracteerd,
  isPleegzorg,
  openGaten,
  overgangsLeeftijd,
  transitie18Machine,
  verlengingWeigering,
  warmeOverdrachtNodig,
} from './machine';
import type { Transitie18Machine } from './machine';
import { closeDisappearedAs, deadlines } from './mijlpalen';

export { transitie18Machine } from './machine';
export { closeDisappearedAs, deadlines } from './mijlpalen';
export { TRANSITIE18_DEFAULTS, eventSchemas, transitie18Input } from './events';
export { naarBeschermdWonenOp } from './indicator';

type Snapshot = SnapshotFrom<Transitie18Machine>;

/**
 * None: the gemeente enrols the youth from its own records of the Jeugdwet voorziening it granted; no third party
 * shares the youth's situation.
 */
export function consentRequired(_input: Record<string, unknown>): { scope: string; reason: string } | null {
  return null;
}

/**
 * The switch ended the Jeugdwet care (Jeugdwet art. 1.1: a jeugdige is under 18; pleegzorg runs to 21): the
 * voorziening record the case follows gets that last day as its einddatum, so it is no longer active. A case
 * started without a voorziening record (no id) has nothing to end.
 */
export function effects(
  prev: Snapshot,
  next: Snapshot,
  event: { type: string } & Record<string, unknown>,
): EffectOf<'beeindigVoorziening'>[] {
  const c = next.context;
  const einde = c.jeugdwetVoorzieningBeeindigdOp;
  if (einde === null || prev.context.jeugdwetVoorzieningBeeindigdOp !== null || !c.jeugdVoorziening.id)
    return [];
  return [
    {
      type: 'beeindigVoorziening',
      subjectId: c.subjectId,
      voorzieningId: c.jeugdVoorziening.id,
      einddatum: einde,
      reden: isPleegzorg(c)
        ? 'Overgang 21 jaar: einde pleegzorg (Jeugdwet art. 1.1)'
        : 'Overgang 18 jaar: einde jeugdhulp (Jeugdwet art. 1.1)',
      at: typeof event.at === 'string' ? event.at : c.mijlpalen.overgang_18.datum,
    },
  ];
}

const AFGESLOTEN_TOESTANDEN: Record<string, string> = {
  afgesloten: 'Het traject 18-/18+ is afgesloten',
  beeindigd: 'Het traject 18-/18+ is beëindigd',
};

function warmeOverdrachtUitleg(snapshot: Snapshot): string {
  const c = snapshot.context;
  const aanbieder = c.jeugdVoorziening.aanbieder;
  return ggzGecontracteerd(c) === false
    ? `De zorgverzekeraar heeft geen contract met ggz-aanbieder ${aanbieder}: plan eerst de warme overdracht (wie neemt de behandeling over, en hoe loopt die door) voordat de aanvragen rond zijn.`
    : `Het is nog niet nagegaan of de zorgverzekeraar ggz-aanbieder ${aanbieder} contracteert: leg dat vast bij de vervolgroute Zvw-ggz, of plan de warme overdracht.`;
}

/** The reasons of the 18-/18+ transition itself to refuse an event in an open case (see RejectionParts.explain). */
function explain(
  snapshot: Snapshot,
  data: { type: Transitie18EventType } & Record<string, unknown>,
): string | null | undefined {
  const state = String(snapshot.value);
  const c = snapshot.context;
  switch (data.type) {
    case 'TOEKOMSTPLAN_GESTART':
      if (!VOOR_18.includes(state)) break;
      return 'Het toekomstplan is al gestart.';
    case 'TOEKOMSTPLAN_AFGESPROKEN':
      if (state === 'voorbereiding') return 'Start eerst het toekomstplan.';
      if (!VOOR_18.includes(state)) break;
      return 'Het toekomstplan is al afgesproken; werk een vervolgroute bij per domein.';
    case 'VERVOLGROUTE_BIJGEWERKT':
      if (state === 'voorbereiding') return 'Start eerst het toekomstplan; daarin komen de vervolgroutes.';
      break;
    case 'AANVRAGEN_INGEDIEND':
      if (VOOR_18.indexOf(state) < VOOR_18.indexOf('aanvragen'))
        return 'De aanvragen volgen op het afgesproken toekomstplan; spreek dat eerst af.';
      if (state === 'aanvragen' && warmeOverdrachtNodig(c) && c.warmeOverdracht === null)
        return warmeOverdrachtUitleg(snapshot);
      if (state === 'overdracht') return 'De aanvragen zijn al ingediend.';
      return `Na de ${overgangsLeeftijd(c)}e verjaardag is de mijlpaal "aanvragen ingediend" voorbij; werk de vervolgroutes bij.`;
    case 'VERLENGDE_JEUGDHULP_BESLOTEN': {
      if (typeof data.grond !== 'string' || typeof data.einddatum !== 'string') return null; // probe
      if (typeof data.at !== 'string') return null;
      return verlengingWeigering(c, {
        grond: data.grond as VerlengingGrond,
        einddatum: data.einddatum,
        besluitdatum: typeof data.besluitdatum === 'string' ? data.besluitdatum : undefined,
        hervatdatum: typeof data.hervatdatum === 'string' ? data.hervatdatum : undefined,
        at: data.at,
      });
    }
    case 'NAZORG_UITGEVOERD':
      if (VOOR_18.includes(state))
        return `De nazorg volgt na de overgang op de ${overgangsLeeftijd(c)}e verjaardag (${c.mijlpalen.overgang_18.datum}).`;
      if (state === 'hiaat')
        return 'De nazorg is al uitgevoerd; er is een gat in de zorg. Werk de vervolgroutes bij.';
      break;
    case 'AFGESLOTEN':
      if (state === 'hiaat') {
        const gaten = openGaten(c).map((g) => g.domein.replace(/_/g, ' '));
        if (gaten.length > 0)
          return `Er is nog een gat in de zorg (${gaten.join(', ')}): zet die vervolgroute op actief of niet nodig, of beëindig het traject met een reden.`;
      }
      return 'Het traject sluit af na de nazorg: zonder gat in de zorg gebeurt dat vanzelf.';
    default:
      break;
  }
  return undefined;
}

export const transitie18 = defineWorkflow({
  name: 'transitie18',
  title: 'Overgang 18-/18+: van jeugdhulp naar ondersteuning na 18',
  machine: transitie18Machine,
  config: transitie18Config,
  configDefaults: TRANSITIE18_DEFAULTS,
  // the youths the voorzieningen name are enrolled every morning, before the working day
  periodicJobs: [{ name: 'transitie18-scan', pattern: '0 5 * * *' }],
  input: transitie18Input,
  events: { schemas: eventSchemas, titles: eventTitles },
  terms: { deadlines, closeDisappearedAs },
  rejections: {
    stateLabels: STATE_LABELS,
    ended: (s) => AFGESLOTEN_TOESTANDEN[String(s.value)] ?? 'Het traject is afgesloten',
    explain,
  },
  emits: ['beeindigVoorziening'],
  effects,
  consentRequired,
});

export const { regie, explainRejection } = transitie18;
