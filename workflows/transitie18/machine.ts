/**
 * 18-/18+ transition (JOURNEYS.md section 4): voorbereiding -> toekomstplan -> aanvragen -> overdracht ->
 * (18) nazorg -> afgesloten | hiaat -> afgesloten; beeindigd from every open state.
 *
 * Pure: no timers, no clock. Every timestamp comes from an event's `at` (stamped by the engine) or from the
 * machine input; the milestones are dates computed from the birth date (`dateAtAge`, libs/calendar leeftijd.ts)
 * and declared as deadlines in mijlpalen.ts. Two milestones act when they fall due (DEADLINE_DUE): `overgang_18`
 * ends the Jeugdwet voorziening unless verlengde jeugdhulp is decided, and `nazorg` checks every needed follow-on
 * when the jongerencoach has not done so (NAZORG_UITGEVOERD).
 *
 * Tracks beside the phases (root-level handlers, so the state value stays the phase the professional sees):
 * praktische zaken, the warm handover of ggz, verlengde jeugdhulp, regie transfers and missed milestones.
 */
import { addDays, addMonths, dateAtAge, localDate } from '@regie/calendar';
import type { Leeftijd } from '@regie/calendar';
import { assertEvent, assign, setup } from 'xstate';
import { DOMEINEN, MIJLPALEN, OPEN_STATUSSEN, STANDAARD_ROUTES, mergeConfig } from './events';
import type {
  Domein,
  Mijlpaal,
  Transitie18Config,
  Transitie18Event,
  Transitie18Input,
  VerlengingGrond,
  VervolgStatus,
} from './events';

/** What the engine passes as machine input (MachineInput<Transitie18Input>). */
export interface Transitie18MachineInput {
  caseId: string;
  subjectId: string;
  /** ISO time of the enrolment */
  at: string;
  /** user id of who started the case (`system` for the enrolment job) */
  actor: string;
  input: Transitie18Input;
}

export interface MijlpaalStand {
  /** the day the youth reaches the milestone's age */
  datum: string;
  /** the age had passed when the case started: due `inhaaltermijnWeken` after the start instead (mijlpalen.ts) */
  laat: boolean;
  /** when it was met (overgang_18 and nazorg: when they were carried out) */
  behaaldOp: string | null;
  /** when its deadline fell due unmet (DEADLINE_DUE); never for the switch, a moment that is reached */
  verstrekenOp: string | null;
}

export interface VervolgRoute {
  domein: Domein;
  route: string;
  status: VervolgStatus;
  voorzieningId: string | null;
  /** zvw_ggz only: does the youth's insurer contract the ggz aanbieder (null: not checked) */
  aanbiederGecontracteerd: boolean | null;
  bijgewerktOp: string;
}

export interface Gat {
  domein: Domein;
  /** the status at the follow-up: needed but not active */
  status: VervolgStatus;
  vastgesteldOp: string;
  /** when the follow-on became active or was no longer needed */
  gedichtOp: string | null;
}

/** Plain JSON: persisted as is. Absent values are null, never undefined. No names, no BSN. */
export interface Transitie18Context {
  caseId: string;
  subjectId: string;
  startAt: string;
  createdBy: string;
  /** the one personal datum: the milestones are computed from it */
  birthDate: string;
  config: Transitie18Config;
  jeugdVoorziening: {
    id: string | null;
    product: string;
    aanbieder: string;
    startdatum: string;
    einddatum: string | null;
    ggz: boolean;
    aanbiederGecontracteerdDoorZorgverzekeraar: boolean | null;
    /** pleegzorg: the switch is at 21 (`overgangsLeeftijd`); absent in cases started before it was recorded */
    pleegzorg?: boolean;
  };
  regie: { role: 'jongerencoach'; holder: string };
  mijlpalen: Record<Mijlpaal, MijlpaalStand>;
  /** the toekomstplan's follow-on route per domain, in DOMEINEN order; empty until recorded */
  vervolg: VervolgRoute[];
  warmeOverdracht: {
    plan: string;
    nieuweAanbieder: string | null;
    overdrachtsdatum: string | null;
    at: string;
  } | null;
  praktischeZaken: {
    zorgverzekering: boolean;
    digid: boolean;
    bankrekening: boolean;
    studiefinanciering: boolean | 'niet_van_toepassing';
  };
  verlengdeJeugdhulp: {
    grond: VerlengingGrond;
    besluitdatum: string;
    einddatum: string;
    hervatdatum: string | null;
    voorzieningId: string | null;
    at: string;
  } | null;
  /** the last day of the Jeugdwet voorziening, recorded at the overgang (null while it runs or is verlengd) */
  jeugdwetVoorzieningBeeindigdOp: string | null;
  /** the follow-up after 18 (by the jongerencoach or, at 18.25, by the system) */
  nazorg: {
    at: string;
    door: 'jongerencoach' | 'systeem';
    zonderToekomstplan: boolean;
    openPraktischeZaken: string[];
  } | null;
  /** follow-ons needed but not active at the follow-up; shown until closed */
  gaten: Gat[];
  afsluiting: { at: string; toelichting: string | null } | null;
  beeindiging: { at: string; reden: string; toelichting: string | null } | null;
}

// ---- context queries, shared by guards, mijlpalen.ts and explainRejection ----

/** Jeugdwet art. 1.1: a jeugdige is under 18; pleegzorg continues by default to 21 (since 1 July 2018). */
export const OVERGANGSLEEFTIJD = 18;
export const PLEEGZORG_LEEFTIJD = 21;

/**
 * The milestones that prepare the switch and follow it up, and so move with it for pleegzorg (3 years later:
 * toekomstplan 19.5, agreed 20, applications 20.5, switch 21, follow-up 21.25). `praktische_zaken_geregeld` is
 * not among them: it stays at 17.75 for every youth, as legal adulthood at 18 (BW 1:233) comes whatever the care:
 * health insurance becomes compulsory with its eigen risico (Zvw art. 2, 19), guardianship ends (so bewind or
 * mentorschap must be arranged before 18), DigiD and a bank account of one's own, student finance from 18 and
 * Participatiewet income from 18. The enrolment stays at 16.5 for the same reason.
 */
export const SCHUIFT_MET_OVERGANG: readonly Mijlpaal[] = [
  'toekomstplan_gestart',
  'toekomstplan_afgesproken',
  'aanvragen_ingediend',
  'overgang_18',
  'nazorg',
];

type MetPleegzorg = { jeugdVoorziening: { pleegzorg?: boolean } };

export function isPleegzorg(c: MetPleegzorg): boolean {
  return c.jeugdVoorziening.pleegzorg === true;
}

/** The birthday on which the Jeugdwet care ends unless verlengde jeugdhulp is decided: 18, or 21 for pleegzorg. */
export function overgangsLeeftijd(c: MetPleegzorg): number {
  return isPleegzorg(c) ? PLEEGZORG_LEEFTIJD : OVERGANGSLEEFTIJD;
}

/** The age at which milestone `k` falls for this case: the configured age, moved to the switch for pleegzorg. */
export function mijlpaalLeeftijd(
  c: MetPleegzorg & Pick<Transitie18Context, 'config'>,
  k: Mijlpaal,
): Leeftijd {
  const { years, months } = c.config.mijlpalen[k];
  const schuif = SCHUIFT_MET_OVERGANG.includes(k) ? overgangsLeeftijd(c) - OVERGANGSLEEFTIJD : 0;
  return { years: years + schuif, months };
}

export function vervolgVan(c: Transitie18Context, domein: Domein): VervolgRoute | null {
  return c.vervolg.find((v) => v.domein === domein) ?? null;
}

/** Whether the youth's insurer contracts the ggz aanbieder: the toekomstplan's check, else the input; null: unknown. */
export function ggzGecontracteerd(c: Transitie18Context): boolean | null {
  return (
    vervolgVan(c, 'zvw_ggz')?.aanbiederGecontracteerd ??
    c.jeugdVoorziening.aanbiederGecontracteerdDoorZorgverzekeraar
  );
}

/**
 * Jeugd-ggz whose aanbieder the insurer does not contract (or has not been checked) needs a warm-handover plan
 * before the applications are done (17.5), unless the toekomstplan says Zvw ggz is not needed.
 */
export function warmeOverdrachtNodig(c: Transitie18Context): boolean {
  if (!c.jeugdVoorziening.ggz) return false;
  if (vervolgVan(c, 'zvw_ggz')?.status === 'niet_nodig') return false;
  return ggzGecontracteerd(c) !== true;
}

export function praktischeZakenOpen(c: Transitie18Context): string[] {
  const p = c.praktischeZaken;
  const open: string[] = [];
  if (!p.zorgverzekering) open.push('zorgverzekering');
  if (!p.digid) open.push('digid');
  if (!p.bankrekening) open.push('bankrekening');
  if (p.studiefinanciering === false) open.push('studiefinanciering');
  return open;
}

/** Follow-ons needed but not active. */
export function openVervolg(c: Transitie18Context): VervolgRoute[] {
  return c.vervolg.filter((v) => OPEN_STATUSSEN.includes(v.status));
}

export function openGaten(c: Transitie18Context): Gat[] {
  return c.gaten.filter((g) => g.gedichtOp === null);
}

/** The last day of the Jeugdwet care when it has ended by `vandaag`, else null. */
export function jeugdhulpEinde(c: Transitie18Context, vandaag: string): string | null {
  if (c.jeugdwetVoorzieningBeeindigdOp) return c.jeugdwetVoorzieningBeeindigdOp;
  const eind = c.jeugdVoorziening.einddatum;
  return eind !== null && eind < vandaag ? eind : null;
}

export interface VerlengingVerzoek {
  grond: VerlengingGrond;
  einddatum: string;
  besluitdatum?: string;
  hervatdatum?: string;
  at: string;
}

/**
 * Why verlengde jeugdhulp cannot be decided (Jeugdwet art. 1.1, begrip "jeugdige", onder b), in Dutch, or null
 * when one of the legal conditions holds. The one source for the guard and for explainRejection.
 */
export function verlengingWeigering(c: Transitie18Context, e: VerlengingVerzoek): string | null {
  const vandaag = localDate(new Date(e.at));
  const achttien = dateAtAge(c.birthDate, 18);
  const max = c.config.verlengdeJeugdhulpMaxLeeftijd;
  const grensDatum = dateAtAge(c.birthDate, max);
  if (e.einddatum >= grensDatum)
    return `Verlengde jeugdhulp loopt nooit door tot of na de ${max}e verjaardag (${grensDatum}); kies een einddatum uiterlijk ${addDays(grensDatum, -1)}.`;
  if (e.einddatum < achttien)
    return `De einddatum ligt voor de 18e verjaardag (${achttien}); dat is geen verlengde jeugdhulp.`;
  const einde = jeugdhulpEinde(c, vandaag);
  switch (e.grond) {
    case 'zorg_voor_18_gestart_en_nodig':
      if (c.jeugdVoorziening.startdatum >= achttien)
        return `De jeugdhulp is niet voor de 18e verjaardag (${achttien}) gestart; voortzetten kan alleen zorg die voor 18 begon.`;
      if (einde !== null)
        return `De jeugdhulp is op ${einde} beëindigd; voortzetten kan niet meer. Hervatten binnen een half jaar na het einde kan wel (grond: hervat binnen half jaar).`;
      return null;
    case 'besloten_voor_18': {
      const besluit = e.besluitdatum ?? vandaag;
      if (besluit > vandaag) return `De besluitdatum ${besluit} ligt in de toekomst.`;
      if (besluit >= achttien)
        return `Het besluit dat jeugdhulp nodig is, is niet voor de 18e verjaardag (${achttien}) genomen.`;
      return null;
    }
    case 'hervat_binnen_half_jaar': {
      if (einde === null)
        return 'De jeugdhulp loopt nog; er is niets te hervatten. Besluit tot voortzetting (grond: zorg voor 18 gestart en nodig).';
      const hervat = e.hervatdatum ?? vandaag;
      if (hervat <= einde)
        return `De hervatting (${hervat}) ligt niet na het einde van de jeugdhulp (${einde}).`;
      const grens = addMonths(einde, c.config.hervattingstermijnMaanden);
      if (hervat > grens)
        return `De jeugdhulp eindigde op ${einde}; hervatten kan als verlengde jeugdhulp alleen binnen een half jaar, uiterlijk ${grens}. Deze hervatting (${hervat}) is te laat.`;
      if (e.einddatum < hervat) return `De einddatum ligt voor de hervatting (${hervat}).`;
      return null;
    }
    default:
      return 'Onbekende grond voor verlengde jeugdhulp.';
  }
}

const LEGE_PRAKTISCHE_ZAKEN: Transitie18Context['praktischeZaken'] = {
  zorgverzekering: false,
  digid: false,
  bankrekening: false,
  studiefinanciering: false,
};

function initialContext(mi: Transitie18MachineInput): Transitie18Context {
  const i = mi.input;
  const config = mergeConfig(i.config);
  const startDatum = localDate(new Date(mi.at));
  const mijlpalen = {} as Record<Mijlpaal, MijlpaalStand>;
  const pleegzorg = i.jeugdVoorziening.pleegzorg === true;
  for (const k of MIJLPALEN) {
    const { years, months } = mijlpaalLeeftijd({ config, jeugdVoorziening: { pleegzorg } }, k);
    const datum = dateAtAge(i.birthDate, years, months);
    // The switch (18, pleegzorg 21) is a fact, not a task: it happens at once when the case starts later.
    mijlpalen[k] = {
      datum,
      laat: k !== 'overgang_18' && datum < startDatum,
      behaaldOp: null,
      verstrekenOp: null,
    };
  }
  const v = i.jeugdVoorziening;
  return {
    caseId: mi.caseId,
    subjectId: mi.subjectId,
    startAt: mi.at,
    createdBy: mi.actor,
    birthDate: i.birthDate,
    config,
    jeugdVoorziening: {
      id: v.id ?? null,
      product: v.product,
      aanbieder: v.aanbieder,
      startdatum: v.startdatum,
      einddatum: v.einddatum ?? null,
      ggz: v.ggz,
      aanbiederGecontracteerdDoorZorgverzekeraar: v.aanbiederGecontracteerdDoorZorgverzekeraar ?? null,
      pleegzorg,
    },
    regie: { role: 'jongerencoach', holder: i.coach ?? mi.actor },
    mijlpalen,
    vervolg: [],
    warmeOverdracht: null,
    praktischeZaken: { ...LEGE_PRAKTISCHE_ZAKEN },
    verlengdeJeugdhulp: null,
    jeugdwetVoorzieningBeeindigdOp: null,
    nazorg: null,
    gaten: [],
    afsluiting: null,
    beeindiging: null,
  };
}

function behaald(c: Transitie18Context, k: Mijlpaal, at: string): Transitie18Context['mijlpalen'] {
  if (c.mijlpalen[k].behaaldOp !== null) return c.mijlpalen;
  return { ...c.mijlpalen, [k]: { ...c.mijlpalen[k], behaaldOp: at } };
}

/** Replaces or adds one domain's route, keeping DOMEINEN order. */
function metVervolg(c: Transitie18Context, route: VervolgRoute): VervolgRoute[] {
  const rest = c.vervolg.filter((v) => v.domein !== route.domein);
  return [...rest, route].sort((a, b) => DOMEINEN.indexOf(a.domein) - DOMEINEN.indexOf(b.domein));
}

/** Closes the gaps of a domain whose follow-on is now active or no longer needed. */
function gatenNa(c: Transitie18Context, domein: Domein, status: VervolgStatus, at: string): Gat[] {
  if (OPEN_STATUSSEN.includes(status)) return c.gaten;
  return c.gaten.map((g) => (g.domein === domein && g.gedichtOp === null ? { ...g, gedichtOp: at } : g));
}

function nazorgControle(
  c: Transitie18Context,
  at: string,
  door: 'jongerencoach' | 'systeem',
): Partial<Transitie18Context> {
  return {
    mijlpalen: behaald(c, 'nazorg', at),
    nazorg: {
      at,
      door,
      zonderToekomstplan: c.vervolg.length === 0,
      openPraktischeZaken: praktischeZakenOpen(c),
    },
    gaten: openVervolg(c).map((v) => ({
      domein: v.domein,
      status: v.status,
      vastgesteldOp: at,
      gedichtOp: null,
    })),
  };
}

/** A gap at the follow-up: a needed follow-on not active, or no toekomstplan at all to check against. */
function heeftGat(c: Transitie18Context): boolean {
  return c.vervolg.length === 0 || openVervolg(c).length > 0;
}

const MIJLPAAL_SLEUTEL = /^mijlpaal_(.+)$/;
export function mijlpaalVanSleutel(key: string): Mijlpaal | null {
  const m = MIJLPAAL_SLEUTEL.exec(key);
  return m && (MIJLPALEN as readonly string[]).includes(m[1]) ? (m[1] as Mijlpaal) : null;
}

export const transitie18Machine = setup({
  types: {
    context: {} as Transitie18Context,
    events: {} as Transitie18Event,
    input: {} as Transitie18MachineInput,
  },
  guards: {
    isOvergang: ({ event }) => event.type === 'DEADLINE_DUE' && event.key === 'mijlpaal_overgang_18',
    isNazorgZonderGat: ({ context, event }) =>
      event.type === 'DEADLINE_DUE' && event.key === 'mijlpaal_nazorg' && !heeftGat(context),
    isNazorgMetGat: ({ context, event }) =>
      event.type === 'DEADLINE_DUE' && event.key === 'mijlpaal_nazorg' && heeftGat(context),
    geenGat: ({ context }) => !heeftGat(context),
    warmeOverdrachtGeregeld: ({ context }) =>
      !warmeOverdrachtNodig(context) || context.warmeOverdracht !== null,
    verlengingToegestaan: ({ context, event }) =>
      event.type === 'VERLENGDE_JEUGDHULP_BESLOTEN' &&
      typeof event.einddatum === 'string' &&
      verlengingWeigering(context, event) === null,
    geenOpenGaten: ({ context }) => openGaten(context).length === 0,
  },
  actions: {
    startenToekomstplan: assign(({ context, event }) => {
      assertEvent(event, 'TOEKOMSTPLAN_GESTART');
      return { mijlpalen: behaald(context, 'toekomstplan_gestart', event.at) };
    }),
    afsprekenToekomstplan: assign(({ context, event }) => {
      assertEvent(event, 'TOEKOMSTPLAN_AFGESPROKEN');
      let vervolg = context.vervolg;
      let gaten = context.gaten;
      for (const regel of event.domeinen) {
        const vorige = vervolgVan({ ...context, vervolg }, regel.domein);
        vervolg = metVervolg(
          { ...context, vervolg },
          {
            domein: regel.domein,
            route: regel.route ?? vorige?.route ?? STANDAARD_ROUTES[regel.domein],
            status: regel.status,
            voorzieningId: vorige?.voorzieningId ?? null,
            aanbiederGecontracteerd: vorige?.aanbiederGecontracteerd ?? null,
            bijgewerktOp: event.at,
          },
        );
        gaten = gatenNa({ ...context, gaten }, regel.domein, regel.status, event.at);
      }
      return { vervolg, gaten, mijlpalen: behaald(context, 'toekomstplan_afgesproken', event.at) };
    }),
    bijwerkenVervolgroute: assign(({ context, event }) => {
      assertEvent(event, 'VERVOLGROUTE_BIJGEWERKT');
      const vorige = vervolgVan(context, event.domein);
      return {
        vervolg: metVervolg(context, {
          domein: event.domein,
          route: event.route ?? vorige?.route ?? STANDAARD_ROUTES[event.domein],
          status: event.status,
          voorzieningId: event.voorzieningId ?? vorige?.voorzieningId ?? null,
          aanbiederGecontracteerd: event.aanbiederGecontracteerd ?? vorige?.aanbiederGecontracteerd ?? null,
          bijgewerktOp: event.at,
        }),
        gaten: gatenNa(context, event.domein, event.status, event.at),
      };
    }),
    plannenWarmeOverdracht: assign(({ event }) => {
      assertEvent(event, 'WARME_OVERDRACHT_GEPLAND');
      return {
        warmeOverdracht: {
          plan: event.plan,
          nieuweAanbieder: event.nieuweAanbieder ?? null,
          overdrachtsdatum: event.overdrachtsdatum ?? null,
          at: event.at,
        },
      };
    }),
    indienenAanvragen: assign(({ context, event }) => {
      assertEvent(event, 'AANVRAGEN_INGEDIEND');
      return { mijlpalen: behaald(context, 'aanvragen_ingediend', event.at) };
    }),
    regelenPraktischeZaken: assign(({ context, event }) => {
      assertEvent(event, 'PRAKTISCHE_ZAKEN_GEREGELD');
      const p = context.praktischeZaken;
      const praktischeZaken = {
        zorgverzekering: event.zorgverzekering ?? p.zorgverzekering,
        digid: event.digid ?? p.digid,
        bankrekening: event.bankrekening ?? p.bankrekening,
        studiefinanciering: event.studiefinanciering ?? p.studiefinanciering,
      };
      const klaar = praktischeZakenOpen({ ...context, praktischeZaken }).length === 0;
      return {
        praktischeZaken,
        mijlpalen: klaar ? behaald(context, 'praktische_zaken_geregeld', event.at) : context.mijlpalen,
      };
    }),
    besluitenVerlengdeJeugdhulp: assign(({ context, event }) => {
      assertEvent(event, 'VERLENGDE_JEUGDHULP_BESLOTEN');
      const vandaag = localDate(new Date(event.at));
      const vorige = vervolgVan(context, 'verlengde_jeugdhulp');
      // continuing care runs on; decided or resumed care is granted and becomes active at 18 or on resumption
      const status: VervolgStatus =
        event.grond === 'zorg_voor_18_gestart_en_nodig' && context.mijlpalen.overgang_18.behaaldOp !== null
          ? 'actief'
          : 'toegekend';
      return {
        verlengdeJeugdhulp: {
          grond: event.grond,
          besluitdatum: event.besluitdatum ?? vandaag,
          einddatum: event.einddatum,
          hervatdatum: event.hervatdatum ?? null,
          voorzieningId: event.voorzieningId ?? null,
          at: event.at,
        },
        vervolg: metVervolg(context, {
          domein: 'verlengde_jeugdhulp',
          route: vorige?.route ?? STANDAARD_ROUTES.verlengde_jeugdhulp,
          status,
          voorzieningId: event.voorzieningId ?? vorige?.voorzieningId ?? null,
          aanbiederGecontracteerd: null,
          bijgewerktOp: event.at,
        }),
        gaten: gatenNa(context, 'verlengde_jeugdhulp', status, event.at),
      };
    }),
    overgaan: assign(({ context, event }) => {
      assertEvent(event, 'DEADLINE_DUE');
      const laatsteDag = addDays(context.mijlpalen.overgang_18.datum, -1);
      const vj = context.verlengdeJeugdhulp;
      const eigenEinde = context.jeugdVoorziening.einddatum;
      // verlengde jeugdhulp continues the care past the switch (resumption: from its hervatdatum); else it ends
      // the day before the 18th birthday (Jeugdwet art. 1.1: a jeugdige is under 18), for pleegzorg the day before
      // the 21st (art. 1.1: pleegzorg continues to 21 by default), or earlier on its own end date
      const beeindigdOp = vj
        ? null
        : eigenEinde !== null && eigenEinde < laatsteDag
          ? eigenEinde
          : laatsteDag;
      const vjRoute = vervolgVan(context, 'verlengde_jeugdhulp');
      const vervolg =
        vj && vj.grond !== 'hervat_binnen_half_jaar' && vjRoute?.status === 'toegekend'
          ? metVervolg(context, { ...vjRoute, status: 'actief', bijgewerktOp: event.at })
          : context.vervolg;
      return {
        jeugdwetVoorzieningBeeindigdOp: beeindigdOp,
        mijlpalen: behaald(context, 'overgang_18', event.at),
        vervolg,
      };
    }),
    uitvoerenNazorg: assign(({ context, event }) => {
      assertEvent(event, 'NAZORG_UITGEVOERD');
      return nazorgControle(context, event.at, 'jongerencoach');
    }),
    controlerenNazorg: assign(({ context, event }) => {
      assertEvent(event, 'DEADLINE_DUE');
      return nazorgControle(context, event.at, 'systeem');
    }),
    overdragenRegie: assign(({ event }) => {
      assertEvent(event, 'REGIE_OVERGEDRAGEN');
      return { regie: { role: 'jongerencoach' as const, holder: event.holder } };
    }),
    afsluiten: assign(({ event }) => {
      assertEvent(event, 'AFGESLOTEN');
      return { afsluiting: { at: event.at, toelichting: event.toelichting ?? null } };
    }),
    afsluitenZonderGat: assign(({ event }) => ({ afsluiting: { at: event.at, toelichting: null } })),
    beeindigen: assign(({ event }) => {
      assertEvent(event, 'BEEINDIGD');
      return { beeindiging: { at: event.at, reden: event.reden, toelichting: event.toelichting ?? null } };
    }),
    vastleggenVerstreken: assign(({ context, event }) => {
      assertEvent(event, 'DEADLINE_DUE');
      const k = mijlpaalVanSleutel(event.key);
      // the switch is a moment that is reached, never missed (mijlpalen.ts)
      if (!k || k === 'overgang_18' || context.mijlpalen[k].verstrekenOp !== null) return {};
      return {
        mijlpalen: { ...context.mijlpalen, [k]: { ...context.mijlpalen[k], verstrekenOp: event.at } },
      };
    }),
  },
}).createMachine({
  id: 'transitie18',
  initial: 'voorbereiding',
  context: ({ input }) => initialContext(input),
  // Tracks in every open state; final states (afgesloten, beeindigd) take no events.
  on: {
    PRAKTISCHE_ZAKEN_GEREGELD: { actions: 'regelenPraktischeZaken' },
    WARME_OVERDRACHT_GEPLAND: { actions: 'plannenWarmeOverdracht' },
    VERLENGDE_JEUGDHULP_BESLOTEN: { guard: 'verlengingToegestaan', actions: 'besluitenVerlengdeJeugdhulp' },
    REGIE_OVERGEDRAGEN: { actions: 'overdragenRegie' },
    BEEINDIGD: { target: '.beeindigd', actions: 'beeindigen' },
    // A missed milestone is recorded and the phase stays (the engine logs it in the history and on the board).
    DEADLINE_DUE: { actions: 'vastleggenVerstreken' },
  },
  states: {
    /** enrolled; the toekomstplan is to start (16.5) */
    voorbereiding: {
      on: {
        TOEKOMSTPLAN_GESTART: { target: 'toekomstplan', actions: 'startenToekomstplan' },
        DEADLINE_DUE: {
          guard: 'isOvergang',
          target: 'nazorg',
          actions: 'overgaan',
        },
      },
    },
    /** the follow-on needs per domain are explored; to agree by 17 */
    toekomstplan: {
      on: {
        TOEKOMSTPLAN_AFGESPROKEN: { target: 'aanvragen', actions: 'afsprekenToekomstplan' },
        VERVOLGROUTE_BIJGEWERKT: { actions: 'bijwerkenVervolgroute' },
        DEADLINE_DUE: {
          guard: 'isOvergang',
          target: 'nazorg',
          actions: 'overgaan',
        },
      },
    },
    /** the plan is agreed; every application and the ggz warm handover by 17.5 */
    aanvragen: {
      on: {
        AANVRAGEN_INGEDIEND: {
          target: 'overdracht',
          guard: 'warmeOverdrachtGeregeld',
          actions: 'indienenAanvragen',
        },
        VERVOLGROUTE_BIJGEWERKT: { actions: 'bijwerkenVervolgroute' },
        DEADLINE_DUE: {
          guard: 'isOvergang',
          target: 'nazorg',
          actions: 'overgaan',
        },
      },
    },
    /** applications are in; decisions, practical matters and the handover until the 18th birthday */
    overdracht: {
      on: {
        VERVOLGROUTE_BIJGEWERKT: { actions: 'bijwerkenVervolgroute' },
        DEADLINE_DUE: {
          guard: 'isOvergang',
          target: 'nazorg',
          actions: 'overgaan',
        },
      },
    },
    /** 18 and over: the follow-up checks by 18.25 that every needed follow-on runs */
    nazorg: {
      on: {
        VERVOLGROUTE_BIJGEWERKT: { actions: 'bijwerkenVervolgroute' },
        NAZORG_UITGEVOERD: [
          { target: 'afgesloten', guard: 'geenGat', actions: ['uitvoerenNazorg', 'afsluitenZonderGat'] },
          { target: 'hiaat', actions: 'uitvoerenNazorg' },
        ],
        DEADLINE_DUE: [
          {
            guard: 'isNazorgZonderGat',
            target: 'afgesloten',
            actions: ['vastleggenVerstreken', 'controlerenNazorg', 'afsluitenZonderGat'],
          },
          {
            guard: 'isNazorgMetGat',
            target: 'hiaat',
            actions: ['vastleggenVerstreken', 'controlerenNazorg'],
          },
        ],
      },
    },
    /** a gap in care after 18: shown until every needed follow-on runs (or the case is ended) */
    hiaat: {
      on: {
        VERVOLGROUTE_BIJGEWERKT: { actions: 'bijwerkenVervolgroute' },
        AFGESLOTEN: { target: 'afgesloten', guard: 'geenOpenGaten', actions: 'afsluiten' },
      },
    },
    afgesloten: { type: 'final' },
    beeindigd: { type: 'final' },
  },
});

export type Transitie18Machine = typeof transitie18Machine;

export const STATE_LABELS: Record<string, string> = {
  voorbereiding: 'voorbereiding',
  toekomstplan: 'toekomstplan',
  aanvragen: 'aanvragen',
  overdracht: 'overdracht',
  nazorg: 'nazorg',
  hiaat: 'gat in de zorg',
  afgesloten: 'afgesloten',
  beeindigd: 'beëindigd',
};

/** States before the switch (the 18th birthday; the 21st for pleegzorg). */
export const VOOR_18 = ['voorbereiding', 'toekomstplan', 'aanvragen', 'overdracht'];
