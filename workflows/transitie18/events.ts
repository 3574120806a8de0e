/**
 * The case input (the youth's Jeugdwet voorziening and birth date), the per-gemeente configuration, and the data
 * of every event a professional may send, as zod schemas. Objects are strict: unknown fields are refused, so no
 * names or BSN slip into the persisted context. The birth date is the one personal datum kept: every milestone
 * is computed from it (the context lives in Postgres only).
 */
import { inMaanden } from '@regie/calendar';
import type { Leeftijd } from '@regie/calendar';
import { z } from 'zod';
import { datum, naam, tekst, userId } from '../fields';
import type { ClientEventOf, EventDataOf } from '../define';
import type { DeadlineDueEvent } from '../workflow';

/** The milestones of JOURNEYS.md section 4, in order. */
export const MIJLPALEN = [
  'toekomstplan_gestart',
  'toekomstplan_afgesproken',
  'aanvragen_ingediend',
  'praktische_zaken_geregeld',
  'overgang_18',
  'nazorg',
] as const;
export type Mijlpaal = (typeof MIJLPALEN)[number];

/** The life domains of the toekomstplan: each gets a follow-on route after 18 and its status. */
export const DOMEINEN = [
  'wmo_begeleiding',
  'beschermd_wonen',
  'zvw_ggz',
  'wlz',
  'inkomen',
  'onderwijs_werk',
  'wonen',
  'verlengde_jeugdhulp',
] as const;
export type Domein = (typeof DOMEINEN)[number];

/** `actief` is the follow-on running; `nodig`, `aangevraagd` and `toegekend` are needed but not (yet) running. */
export const VERVOLG_STATUSSEN = ['nodig', 'aangevraagd', 'toegekend', 'actief', 'niet_nodig'] as const;
export type VervolgStatus = (typeof VERVOLG_STATUSSEN)[number];
/** Needed but not active: a gap when still so at the follow-up (18.25). */
export const OPEN_STATUSSEN: readonly VervolgStatus[] = ['nodig', 'aangevraagd', 'toegekend'];

/** The standard route per domain (Twente), used when the professional names none. */
export const STANDAARD_ROUTES: Record<Domein, string> = {
  wmo_begeleiding: 'Wmo-melding bij het wijkteam (begeleiding)',
  beschermd_wonen: 'Aanmelding beschermd wonen bij CIMOT',
  zvw_ggz: 'Ggz via de Zorgverzekeringswet (verwijzing huisarts, gecontracteerde aanbieder)',
  wlz: 'Aanvraag Wlz-indicatie bij het CIZ',
  inkomen: 'Inkomen: Participatiewet, Wajong of studiefinanciering',
  onderwijs_werk: 'Onderwijs of werk: RMC-trajectbegeleiding (18-27)',
  wonen: 'Huisvesting: woningzoekende, kamer of begeleid wonen',
  verlengde_jeugdhulp: 'Verlengde jeugdhulp (Jeugdwet art. 1.1, tot 23 jaar)',
};

/** The legal grounds for verlengde jeugdhulp (Jeugdwet art. 1.1, begrip "jeugdige", onder b). */
export const VERLENGING_GRONDEN = [
  /** jeugdhulp started before 18 and must continue */
  'zorg_voor_18_gestart_en_nodig',
  /** the college decided before 18 that jeugdhulp is needed */
  'besloten_voor_18',
  /** jeugdhulp ended and must resume within half a year */
  'hervat_binnen_half_jaar',
] as const;
export type VerlengingGrond = (typeof VERLENGING_GRONDEN)[number];

/** Why a case ends before its follow-up. */
export const BEEINDIGING_REDENEN = [
  'verhuisd',
  'overleden',
  'jeugdhulp_beeindigd_voor_16_5',
  'jongere_wil_geen_begeleiding',
  'overig',
] as const;

export interface Transitie18Config {
  /** the age of each milestone; overgang_18 is the law's (Jeugdwet art. 1.1) and cannot be configured */
  mijlpalen: Record<Mijlpaal, Leeftijd>;
  /** verlengde jeugdhulp runs until this birthday at most (Jeugdwet: 23) */
  verlengdeJeugdhulpMaxLeeftijd: number;
  /** verlengde jeugdhulp on resumption: within this many months after the jeugdhulp ended (Jeugdwet: half a year) */
  hervattingstermijnMaanden: number;
  /** a milestone whose age had passed when the case started: due this many weeks after the start */
  inhaaltermijnWeken: number;
  /** how many weeks before a milestone the jongerencoach is reminded */
  herinneringWeken: number;
}

/** Defaults of JOURNEYS.md section 4; a gemeente overrides them per case start (input.config). */
export const TRANSITIE18_DEFAULTS: Transitie18Config = {
  mijlpalen: {
    toekomstplan_gestart: { years: 16, months: 6 },
    toekomstplan_afgesproken: { years: 17, months: 0 },
    aanvragen_ingediend: { years: 17, months: 6 },
    praktische_zaken_geregeld: { years: 17, months: 9 },
    overgang_18: { years: 18, months: 0 },
    nazorg: { years: 18, months: 3 },
  },
  verlengdeJeugdhulpMaxLeeftijd: 23,
  hervattingstermijnMaanden: 6,
  inhaaltermijnWeken: 4,
  herinneringWeken: 4,
};

const leeftijd = z.strictObject({
  years: z.number().int().min(12).max(27),
  months: z.number().int().min(0).max(11),
});

/** Overrides of TRANSITIE18_DEFAULTS; the law's limits are upper bounds a gemeente cannot widen. */
export const transitie18Config = z.strictObject({
  mijlpalen: z
    .strictObject({
      toekomstplan_gestart: leeftijd,
      toekomstplan_afgesproken: leeftijd,
      aanvragen_ingediend: leeftijd,
      praktische_zaken_geregeld: leeftijd,
      nazorg: leeftijd,
    })
    .partial()
    .optional(),
  verlengdeJeugdhulpMaxLeeftijd: z.number().int().min(18).max(23).optional(),
  hervattingstermijnMaanden: z.number().int().min(1).max(6).optional(),
  inhaaltermijnWeken: z.number().int().min(1).max(26).optional(),
  herinneringWeken: z.number().int().min(1).max(26).optional(),
});
export type Transitie18ConfigInput = z.infer<typeof transitie18Config>;

/** The defaults with a case's overrides on top. */
export function mergeConfig(config: Transitie18ConfigInput | undefined): Transitie18Config {
  const d = TRANSITIE18_DEFAULTS;
  return {
    mijlpalen: { ...d.mijlpalen, ...(config?.mijlpalen ?? {}) },
    verlengdeJeugdhulpMaxLeeftijd: config?.verlengdeJeugdhulpMaxLeeftijd ?? d.verlengdeJeugdhulpMaxLeeftijd,
    hervattingstermijnMaanden: config?.hervattingstermijnMaanden ?? d.hervattingstermijnMaanden,
    inhaaltermijnWeken: config?.inhaaltermijnWeken ?? d.inhaaltermijnWeken,
    herinneringWeken: config?.herinneringWeken ?? d.herinneringWeken,
  };
}

const jeugdVoorziening = z
  .strictObject({
    /** the voorziening record, when the gemeente has one */
    id: z.uuid().optional(),
    product: naam,
    aanbieder: naam,
    startdatum: datum,
    einddatum: datum.optional(),
    /** jeugd-ggz: after 18 it moves to the Zorgverzekeringswet */
    ggz: z.boolean(),
    /**
     * pleegzorg: it continues by default to 21 (Jeugdwet art. 1.1, since 1 July 2018), so the switch and the
     * milestones that prepare it move to 21 (machine.ts, `mijlpaalLeeftijd`); absent: false
     */
    pleegzorg: z.boolean().optional(),
    /** whether the youth's insurer contracts this ggz aanbieder; absent: not checked yet */
    aanbiederGecontracteerdDoorZorgverzekeraar: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.ggz && v.pleegzorg)
      ctx.addIssue({
        code: 'custom',
        path: ['pleegzorg'],
        message:
          'jeugd-ggz en pleegzorg zijn aparte voorzieningen: kies de voorziening waar de overgang om gaat',
      });
    if (v.einddatum && v.einddatum < v.startdatum)
      ctx.addIssue({ code: 'custom', path: ['einddatum'], message: 'einddatum voor startdatum' });
    if (!v.ggz && v.aanbiederGecontracteerdDoorZorgverzekeraar !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['aanbiederGecontracteerdDoorZorgverzekeraar'],
        message: 'alleen bij jeugd-ggz',
      });
  });

/** `input` of POST /api/v1/cases for workflow `transitie18`. */
export const transitie18Input = z
  .strictObject({
    /** the youth's birth date: every milestone is computed from it */
    birthDate: datum,
    jeugdVoorziening,
    /** user id of the jongerencoach; the user who starts the case when absent */
    coach: userId.optional(),
    config: transitie18Config.optional(),
  })
  .superRefine((v, ctx) => {
    if (!datum.safeParse(v.birthDate).success) return; // reported by the field
    if (v.jeugdVoorziening.startdatum < v.birthDate)
      ctx.addIssue({
        code: 'custom',
        path: ['jeugdVoorziening', 'startdatum'],
        message: 'startdatum voor de geboortedatum',
      });
    const m = mergeConfig(v.config).mijlpalen;
    const order = MIJLPALEN.map((k) => inMaanden(m[k]));
    if (order.some((months, i) => i > 0 && months <= order[i - 1]))
      ctx.addIssue({
        code: 'custom',
        path: ['config', 'mijlpalen'],
        message:
          'mijlpalen niet oplopend: gestart < afgesproken < aanvragen < praktische zaken < 18 < nazorg',
      });
  });
export type Transitie18Input = z.infer<typeof transitie18Input>;

const domeinRegel = z.strictObject({
  domein: z.enum(DOMEINEN),
  /** the route in words; the standard route of the domain when absent */
  route: tekst.optional(),
  status: z.enum(VERVOLG_STATUSSEN),
});

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

/** The data each client event carries (without `type`, `at`, `actor`). */
export const eventSchemas = {
  TOEKOMSTPLAN_GESTART: z.strictObject({ toelichting: tekst.optional() }),
  /** the agreed plan: every domain once, `niet_nodig` where no follow-on is needed */
  TOEKOMSTPLAN_AFGESPROKEN: z.strictObject({
    domeinen: z
      .array(domeinRegel)
      .length(DOMEINEN.length, `elk domein precies één keer (${DOMEINEN.join(', ')})`)
      .refine((rows) => unique(rows.map((r) => r.domein)), 'domein dubbel'),
    toelichting: tekst.optional(),
  }),
  VERVOLGROUTE_BIJGEWERKT: z
    .strictObject({
      domein: z.enum(DOMEINEN),
      status: z.enum(VERVOLG_STATUSSEN),
      route: tekst.optional(),
      /** the follow-on voorziening's record, once there is one */
      voorzieningId: z.uuid().optional(),
      /** zvw_ggz only: whether the insurer contracts the ggz aanbieder */
      aanbiederGecontracteerd: z.boolean().optional(),
      toelichting: tekst.optional(),
    })
    .refine((v) => v.aanbiederGecontracteerd === undefined || v.domein === 'zvw_ggz', {
      path: ['aanbiederGecontracteerd'],
      message: 'alleen bij domein zvw_ggz',
    }),
  WARME_OVERDRACHT_GEPLAND: z.strictObject({
    /** who takes over, when, and how treatment continues meanwhile */
    plan: tekst,
    /** the Zvw aanbieder that takes over, when known */
    nieuweAanbieder: naam.optional(),
    overdrachtsdatum: datum.optional(),
  }),
  AANVRAGEN_INGEDIEND: z.strictObject({ toelichting: tekst.optional() }),
  /** recorded as often as needed; a later record overrides earlier answers */
  PRAKTISCHE_ZAKEN_GEREGELD: z
    .strictObject({
      zorgverzekering: z.boolean().optional(),
      digid: z.boolean().optional(),
      bankrekening: z.boolean().optional(),
      /** `niet_van_toepassing` when the youth is not in education that gives a right to it */
      studiefinanciering: z.union([z.boolean(), z.literal('niet_van_toepassing')]).optional(),
    })
    .refine((v) => Object.keys(v).length > 0, 'geef minstens één zaak op'),
  VERLENGDE_JEUGDHULP_BESLOTEN: z
    .strictObject({
      grond: z.enum(VERLENGING_GRONDEN),
      /** the last day of the verlengde jeugdhulp: before the 23rd birthday */
      einddatum: datum,
      /** the date of the college's decision; the day of the event when absent (grond besloten_voor_18) */
      besluitdatum: datum.optional(),
      /** the day the jeugdhulp resumes (grond hervat_binnen_half_jaar) */
      hervatdatum: datum.optional(),
      voorzieningId: z.uuid().optional(),
      toelichting: tekst.optional(),
    })
    .refine((v) => v.grond === 'hervat_binnen_half_jaar' || v.hervatdatum === undefined, {
      path: ['hervatdatum'],
      message: 'alleen bij grond hervat_binnen_half_jaar',
    })
    .refine((v) => v.grond !== 'hervat_binnen_half_jaar' || v.hervatdatum !== undefined, {
      path: ['hervatdatum'],
      message: 'bij hervatting: per wanneer wordt de jeugdhulp hervat?',
    }),
  /** the follow-up after 18 by the jongerencoach; without it the system checks at 18.25 */
  NAZORG_UITGEVOERD: z.strictObject({ toelichting: tekst.optional() }),
  REGIE_OVERGEDRAGEN: z.strictObject({ holder: userId }),
  /** closes a case with a gap once every gap is closed (or accepted with BEEINDIGD) */
  AFGESLOTEN: z.strictObject({ toelichting: tekst.optional() }),
  BEEINDIGD: z.strictObject({ reden: z.enum(BEEINDIGING_REDENEN), toelichting: tekst.optional() }),
} as const;

export type Transitie18EventType = keyof typeof eventSchemas;

export type EventData<K extends Transitie18EventType> = EventDataOf<typeof eventSchemas, K>;

/** A client event as the machine sees it: type, the validated data, and the engine's envelope. */
export type Transitie18ClientEvent = ClientEventOf<typeof eventSchemas>;

export type Transitie18Event = Transitie18ClientEvent | DeadlineDueEvent;

export const eventTitles: Record<Transitie18EventType, string> = {
  TOEKOMSTPLAN_GESTART: 'Toekomstplan gestart',
  TOEKOMSTPLAN_AFGESPROKEN: 'Toekomstplan afgesproken',
  VERVOLGROUTE_BIJGEWERKT: 'Vervolgroute bijwerken',
  WARME_OVERDRACHT_GEPLAND: 'Warme overdracht ggz gepland',
  AANVRAGEN_INGEDIEND: 'Alle aanvragen ingediend',
  PRAKTISCHE_ZAKEN_GEREGELD:
    'Praktische zaken geregeld (zorgverzekering, DigiD, bankrekening, studiefinanciering)',
  VERLENGDE_JEUGDHULP_BESLOTEN: 'Verlengde jeugdhulp besloten',
  NAZORG_UITGEVOERD: 'Nazorg uitgevoerd (controle op een gat in de zorg)',
  REGIE_OVERGEDRAGEN: 'Jongerencoach wisselen',
  AFGESLOTEN: 'Afsluiten',
  BEEINDIGD: 'Traject beëindigen',
};

export const MIJLPAAL_NAMEN: Record<Mijlpaal, string> = {
  toekomstplan_gestart: 'Toekomstplan gestart',
  toekomstplan_afgesproken: 'Toekomstplan afgesproken',
  aanvragen_ingediend: 'Aanvragen ingediend en warme overdracht gepland',
  praktische_zaken_geregeld: 'Zorgverzekering, DigiD, bankrekening en studiefinanciering geregeld',
  overgang_18: 'Overgang 18 jaar: einde Jeugdwet-voorziening',
  nazorg: 'Nazorg: geen gat in de zorg na 18',
};

/** The names that differ for pleegzorg, whose switch is at 21 (the key stays `overgang_18`: one set of keys). */
export const MIJLPAAL_NAMEN_PLEEGZORG: Partial<Record<Mijlpaal, string>> = {
  overgang_18: 'Overgang 21 jaar: einde pleegzorg (Jeugdwet)',
  nazorg: 'Nazorg: geen gat in de zorg na 21',
};
