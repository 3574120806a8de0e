/**
 * The data of the melding (the case input) and of every event a professional may send, as zod schemas.
 * Objects are strict: unknown fields are refused, so no personal data (names, BSN, birth dates) slips into
 * the persisted context through an event.
 */
import { z } from 'zod';
import { doorbraakCriteria } from '../doorbraak-aanmelding';
import { datum, naam, ontvangenOp, tekst, userId } from '../fields';
import type { ClientEventOf, EventDataOf } from '../define';
import { MAX_TARIEF_CENTEN, TARIEF_EENHEDEN } from '../sociaal-domein';
import type { DeadlineDueEvent } from '../workflow';

const TARIEF_CENTEN_FOUT = 'tarief: het bedrag in hele eurocenten (een geheel getal van 0 of meer)';

/**
 * A voorziening's tariff: whole eurocents (an integer, so no rounding of money ever happens here) per unit. The
 * messages name the field, as the professional sees them beside the form.
 */
export const tariefSchema = z.strictObject({
  centen: z
    .number({ message: TARIEF_CENTEN_FOUT })
    .int({ message: TARIEF_CENTEN_FOUT })
    .min(0, { message: TARIEF_CENTEN_FOUT })
    .max(MAX_TARIEF_CENTEN, { message: 'tarief: ten hoogste € 1.000.000,00 per eenheid' }),
  eenheid: z.enum(TARIEF_EENHEDEN, {
    message: `tarief: de eenheid is ${TARIEF_EENHEDEN.join(', ')}`,
  }),
});

/** Who brought the melding in. */
export const KANALEN = [
  'inwoner_zelf',
  'huisarts',
  'poh',
  'school',
  'aanbieder',
  'vroegsignalering',
  'veilig_thuis',
  'politie',
  'externe_verwijzer',
  /** someone of the inwoner's own network: a relative, neighbour or friend (a third party: consent needed) */
  'netwerk',
] as const;
export type Kanaal = (typeof KANALEN)[number];

/** How a melder from the inwoner's network (channel `netwerk`) is related to the inwoner. */
export const NETWERK_RELATIES = ['familie', 'buur', 'vriend', 'anders'] as const;
export type NetwerkRelatie = (typeof NETWERK_RELATIES)[number];

/** Referrers the Jeugdwet (art. 2.6 lid 1 sub g) allows to refer, besides the gemeente itself. */
export const EXTERNE_VERWIJZERS = [
  'huisarts',
  'jeugdarts',
  'medisch_specialist',
  'gecertificeerde_instelling',
  'rechter',
] as const;

export const LEVENSGEBIEDEN = [
  'financien',
  'werk_en_dagbesteding',
  'huisvesting',
  'huiselijke_relaties',
  'opvoeding',
  'onderwijs',
  'lichamelijke_gezondheid',
  'psychische_gezondheid',
  'verslaving',
  'sociaal_netwerk',
  'zelfzorg',
  'huishouden',
  'mobiliteit',
  'veiligheid',
  'justitie',
] as const;

export const WETTEN = ['Wmo', 'Jeugdwet', 'Participatiewet', 'Wgs'] as const;
export type Wet = (typeof WETTEN)[number];

/** Laws under which an aanvraag for a maatwerkvoorziening or uitkering is decided here (Wgs has its own route). */
export const AANVRAAG_WETTEN = ['Wmo', 'Jeugdwet', 'Participatiewet'] as const;
export type AanvraagWet = (typeof AANVRAAG_WETTEN)[number];

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

/** `input` of POST /api/v1/cases for workflow `intake`: the melding. */
export const meldingInput = z
  .strictObject({
    channel: z.enum(KANALEN),
    /** which externe verwijzer, when channel is `externe_verwijzer` (indicator 4.2.1) */
    externeVerwijzer: z.enum(EXTERNE_VERWIJZERS).optional(),
    /**
     * who of the inwoner's network reported, when channel is `netwerk`: the relation, and in words who it is
     * (e.g. `zus`, `buurvrouw`; no names), required for relation `anders`
     */
    netwerkMelder: z
      .strictObject({ relatie: z.enum(NETWERK_RELATIES), omschrijving: tekst.optional() })
      .refine((m) => m.relatie !== 'anders' || m.omschrijving !== undefined, {
        path: ['omschrijving'],
        message: 'relatie anders: omschrijf wie de melder is voor de inwoner',
      })
      .optional(),
    lifeAreas: z.array(z.enum(LEVENSGEBIEDEN)).min(1).refine(unique, 'levensgebieden dubbel'),
    laws: z.array(z.enum(WETTEN)).min(1).refine(unique, 'wetten dubbel'),
    /** the provision type asked for, when one is asked (indicators 4.1.1 and 4.2.1) */
    requestedVoorziening: naam.optional(),
    /** Wgs crisis: threatened eviction, cut-off of energy or water, or ended health insurance (Wgs art. 4) */
    wgsCrisis: z.boolean().optional(),
    /** inwoner under 27 applying under the Participatiewet: the zoektermijn of Pw art. 41 applies */
    pwZoektermijn: z.boolean().optional(),
    /** the melding arrived before it is registered: its terms run from the day after this date (Awb, Atw) */
    ontvangenOp: ontvangenOp.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.channel === 'externe_verwijzer' && !v.externeVerwijzer)
      ctx.addIssue({
        code: 'custom',
        path: ['externeVerwijzer'],
        message: 'soort externe verwijzer ontbreekt',
      });
    if (v.channel !== 'externe_verwijzer' && v.externeVerwijzer)
      ctx.addIssue({
        code: 'custom',
        path: ['externeVerwijzer'],
        message: 'alleen bij kanaal externe_verwijzer',
      });
    if (v.channel === 'netwerk' && !v.netwerkMelder)
      ctx.addIssue({
        code: 'custom',
        path: ['netwerkMelder'],
        message: 'melding uit het netwerk: wie is de melder voor de inwoner (familie, buur, vriend, anders)?',
      });
    if (v.channel !== 'netwerk' && v.netwerkMelder)
      ctx.addIssue({ code: 'custom', path: ['netwerkMelder'], message: 'alleen bij kanaal netwerk' });
    if (v.wgsCrisis && !v.laws.includes('Wgs'))
      ctx.addIssue({ code: 'custom', path: ['wgsCrisis'], message: 'Wgs-crisis zonder Wgs in de wetten' });
    if (v.pwZoektermijn && !v.laws.includes('Participatiewet'))
      ctx.addIssue({
        code: 'custom',
        path: ['pwZoektermijn'],
        message: 'zoektermijn zonder Participatiewet in de wetten',
      });
  });
export type MeldingInput = z.infer<typeof meldingInput>;

/** The eligibility cascade, in the order it must be applied (JOURNEYS.md section 1, onderzoek). */
export const CASCADE_STAPPEN = {
  1: 'eigen_kracht',
  2: 'netwerk',
  3: 'algemene_voorziening',
  4: 'voorliggende_voorziening',
  5: 'maatwerkvoorziening',
} as const;
export type CascadeStap = keyof typeof CASCADE_STAPPEN;

export const VERWIJZING_SOORTEN = ['netwerk', 'algemene_voorziening', 'voorliggende_voorziening'] as const;
export const BESLUIT_UITKOMSTEN = ['toegekend', 'deels', 'afgewezen'] as const;
export const RESULTAATCODES = [
  'doel_bereikt',
  'doel_deels_bereikt',
  'doel_niet_bereikt',
  'afgewezen',
  'verhuisd',
  'overleden',
  'overig',
] as const;

/** Why an inwoner waits for beschermd wonen: a besluit granted it, or it was judged voorlopig noodzakelijk. */
export const BW_WACHTLIJST_GRONDEN = ['toegekend', 'voorlopig_noodzakelijk'] as const;
/** Where an inwoner waiting for beschermd wonen stays meanwhile. */
export const BW_OVERBRUGGINGEN = ['maatschappelijke_opvang', '24_uursopvang', 'thuis'] as const;

/** The data each client event carries (without `type`, `at`, `actor`). */
export const eventSchemas = {
  TRIAGE_GESTART: z.strictObject({}),
  TRIAGE_AFGEROND: z
    .strictObject({
      urgentie: z.enum(['regulier', 'spoed']),
      veiligheidsrisico: z.boolean(),
      /** problems on several life areas with several professionals: the intaker names the regisseur at once */
      meervoudigeProblematiek: z.boolean().optional(),
      /** user id of who takes regie: the Spoedteam member when `spoed`, the regisseur when multi-problem */
      regisseur: userId.optional(),
      toelichting: tekst.optional(),
      /**
       * A safety risk, or several problems with several professionals: start the household's AVE track at this
       * level, or raise the one that runs (JOURNEYS.md section 2).
       */
      ave: z
        .strictObject({
          niveau: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
          kinderenInHuishouden: z.boolean(),
          /** the huishouden the AVE track follows; the melding's own subject when absent */
          huishoudenId: z.uuid().optional(),
          reden: tekst,
          criteria: z
            .array(
              z.enum([
                'veiligheid',
                'stagnatie',
                'meerdere_domeinen',
                'gemeentegrensoverschrijdend',
                'specifieke_expertise',
              ]),
            )
            .min(1),
        })
        .optional(),
    })
    .superRefine((v, ctx) => {
      if (v.urgentie === 'spoed' && !v.regisseur)
        ctx.addIssue({
          code: 'custom',
          path: ['regisseur'],
          message: 'spoed: wie van het Spoedteam neemt de regie?',
        });
      if (v.meervoudigeProblematiek && !v.regisseur)
        ctx.addIssue({
          code: 'custom',
          path: ['regisseur'],
          message: 'meervoudige problematiek: de intaker wijst meteen een regisseur aan',
        });
    }),
  REGIE_OVERGEDRAGEN: z.strictObject({ holder: userId, role: z.string().trim().min(1).max(100) }),
  /** the household's AVE track this melding started or raised (sent by the engine after triage) */
  AVE_GEKOPPELD: z.strictObject({ aveCaseId: z.uuid() }),
  /** the rules block the household: start its doorbraak (or link the running one), linked both ways */
  DOORBRAAK_AANGEMELD: z.strictObject({
    ...doorbraakCriteria,
    huishoudenId: z
      .uuid()
      .optional()
      .describe('het huishouden waarvoor de doorbraak loopt; standaard de inwoner van de melding'),
  }),
  /** the doorbraak this melding started or joined (sent by the engine after DOORBRAAK_AANGEMELD) */
  DOORBRAAK_GEKOPPELD: z.strictObject({ doorbraakCaseId: z.uuid().describe('de doorbraak') }),
  CASCADE_STAP_VASTGELEGD: z
    .strictObject({
      stap: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
      /** `toereikend`: this step answers the question and the cascade stops here */
      conclusie: z.enum(['toereikend', 'ontoereikend']),
      /** stap 4: the law of the voorliggende voorziening (Wlz comes before Wmo and Jeugdwet) */
      voorliggendeWet: z.enum(['Wlz', 'Zvw', 'Participatiewet', 'Wmo', 'Jeugdwet', 'overig']).optional(),
      toelichting: tekst.optional(),
    })
    .refine((v) => v.voorliggendeWet === undefined || v.stap === 4, {
      path: ['voorliggendeWet'],
      message: 'alleen bij stap 4 (voorliggende voorziening)',
    }),
  ONDERZOEK_AFGEROND: z.strictObject({ toelichting: tekst.optional() }),
  VERSLAG_GEDEELD: z.strictObject({}),
  /** the verslag was not shared with the inwoner: why not (Wmo 2015 art. 2.3.2 lid 8 asks it shared) */
  VERSLAG_NIET_GEDEELD: z.strictObject({ reden: tekst }),
  PERSOONLIJK_PLAN_ONTVANGEN: z.strictObject({}),
  ALGEMENE_VOORZIENING_VERWEZEN: z.strictObject({ voorziening: naam }),
  WGS_HULPVRAAG: z.strictObject({ crisis: z.boolean().optional() }),
  WGS_EERSTE_GESPREK: z.strictObject({}),
  WGS_BESCHIKKING: z.strictObject({
    toegang: z.enum(['toegelaten', 'afgewezen']),
    grondslag: tekst.optional(),
  }),
  VERWEZEN: z.strictObject({ soort: z.enum(VERWIJZING_SOORTEN), voorziening: naam }),
  GEEN_HULP: z.strictObject({ reden: tekst }),
  AANVRAAG_INGEDIEND: z.strictObject({
    laws: z.array(z.enum(AANVRAAG_WETTEN)).min(1).refine(unique, 'wetten dubbel'),
    voorziening: naam,
    /** the aanvraag arrived before it is registered: its beschikking terms run from the day after (Awb 4:13) */
    ontvangenOp: ontvangenOp.optional(),
  }),
  VOORSCHOT_VERLEEND: z.strictObject({}),
  BESLUIT_GENOMEN: z.strictObject({
    uitkomst: z.enum(BESLUIT_UITKOMSTEN),
    /** the legal basis, e.g. `Wmo 2015 art. 2.3.5 lid 3` */
    grondslag: tekst,
    toelichting: tekst.optional(),
  }),
  BEZWAAR_INGEDIEND: z.strictObject({
    /** an advisory committee (Awb 7:13) is heard: the beslistermijn is 12 weeks instead of 6 */
    adviescommissie: z.boolean(),
  }),
  BESLISTERMIJN_BEZWAAR_VERDAAGD: z.strictObject({ reden: tekst }),
  BESLISSING_OP_BEZWAAR: z
    .strictObject({
      uitkomst: z.enum(['gegrond', 'deels_gegrond', 'ongegrond', 'niet_ontvankelijk']),
      /** the besluit as it stands after the bezwaar; required when the bezwaar is (partly) upheld */
      besluitNaBezwaar: z.enum(BESLUIT_UITKOMSTEN).optional(),
    })
    .refine((v) => !(v.uitkomst === 'gegrond' || v.uitkomst === 'deels_gegrond') || v.besluitNaBezwaar, {
      path: ['besluitNaBezwaar'],
      message: 'bij een (deels) gegrond bezwaar: hoe luidt het besluit nu?',
    }),
  INZET_GESTART: z
    .strictObject({
      product: naam,
      aanbieder: naam,
      volume: z.strictObject({ aantal: z.number().positive().max(100000), eenheid: naam }),
      /** what one unit costs (Borne's "Totaal bedrag"); optional: a voorziening without one costs nothing known */
      tarief: tariefSchema.optional(),
      startdatum: z.iso.date(),
      einddatum: z.iso.date(),
      /** the evaluation date agreed in the plan: a deadline with a reminder while the inzet runs */
      evaluatieDatum: datum.optional(),
    })
    .refine((v) => v.startdatum <= v.einddatum, {
      path: ['einddatum'],
      message: 'einddatum voor startdatum',
    }),
  /** an evaluation agreed for a date (JOURNEYS.md section 5), or moved to another date */
  EVALUATIE_AFGESPROKEN: z.strictObject({ datum }),
  EVALUATIE_GESTART: z.strictObject({}),
  AFGESLOTEN: z.strictObject({ resultaatcode: z.enum(RESULTAATCODES), toelichting: tekst.optional() }),
  INGETROKKEN: z.strictObject({ reden: tekst.optional() }),
  /**
   * Beschermd wonen is granted (besluit) or judged voorlopig noodzakelijk, but there is no place yet: the inwoner is
   * on the wachtlijst from `sinds` (default: today), with the interim provision and the AVE level (almelo 3.4C.2).
   * Sent again, it records a changed interim provision or level; the waiting still counts from its own `sinds`.
   */
  BW_WACHTLIJST_OPGENOMEN: z.strictObject({
    grond: z.enum(BW_WACHTLIJST_GRONDEN),
    overbrugging: z.enum(BW_OVERBRUGGINGEN),
    /** the AVE level of the household; absent: the level of the AVE track the melding is linked to, if any */
    aveNiveau: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
    sinds: datum.optional(),
  }),
  /** a place in beschermd wonen: the waiting ends on `datum` (default: today) */
  BW_GEPLAATST: z.strictObject({ aanbieder: naam, datum: datum.optional() }),
} as const;

export type IntakeEventType = keyof typeof eventSchemas;

/** A client event as the machine sees it: type, the validated data, and the engine's envelope. */
export type IntakeClientEvent = ClientEventOf<typeof eventSchemas>;

export type EventData<K extends IntakeEventType> = EventDataOf<typeof eventSchemas, K>;

export type IntakeEvent = IntakeClientEvent | DeadlineDueEvent;

/** Dutch labels for buttons and docs. */
export const eventTitles: Record<IntakeEventType, string> = {
  TRIAGE_GESTART: 'Triage starten',
  TRIAGE_AFGEROND: 'Triage afronden',
  REGIE_OVERGEDRAGEN: 'Regie overdragen',
  AVE_GEKOPPELD: 'AVE-traject koppelen',
  DOORBRAAK_AANGEMELD: 'Aanmelden voor de Doorbraakmethode',
  DOORBRAAK_GEKOPPELD: 'Doorbraak koppelen',
  CASCADE_STAP_VASTGELEGD: 'Stap van de toegangscascade vastleggen',
  ONDERZOEK_AFGEROND: 'Onderzoek afronden',
  VERSLAG_GEDEELD: 'Verslag gedeeld met de inwoner',
  VERSLAG_NIET_GEDEELD: 'Verslag niet gedeeld met de inwoner (met reden)',
  PERSOONLIJK_PLAN_ONTVANGEN: 'Persoonlijk plan ontvangen',
  ALGEMENE_VOORZIENING_VERWEZEN: 'Verwijzen naar een algemene voorziening (melding blijft open)',
  WGS_HULPVRAAG: 'Hulpvraag schuldhulpverlening (Wgs) vastleggen',
  WGS_EERSTE_GESPREK: 'Eerste gesprek schuldhulpverlening gevoerd',
  WGS_BESCHIKKING: 'Beschikking toegang schuldhulpverlening',
  VERWEZEN: 'Verwezen (melding afsluiten)',
  GEEN_HULP: 'Geen hulp nodig (melding afsluiten)',
  AANVRAAG_INGEDIEND: 'Aanvraag ingediend',
  VOORSCHOT_VERLEEND: 'Voorschot verleend (Participatiewet)',
  BESLUIT_GENOMEN: 'Besluit genomen (beschikking)',
  BEZWAAR_INGEDIEND: 'Bezwaar ingediend',
  BESLISTERMIJN_BEZWAAR_VERDAAGD: 'Beslistermijn op bezwaar verdaagd',
  BESLISSING_OP_BEZWAAR: 'Beslissing op bezwaar',
  INZET_GESTART: 'Inzet van de voorziening gestart',
  EVALUATIE_AFGESPROKEN: 'Evaluatiedatum afgesproken',
  EVALUATIE_GESTART: 'Evaluatie gestart',
  AFGESLOTEN: 'Afsluiten',
  INGETROKKEN: 'Ingetrokken door de inwoner',
  BW_WACHTLIJST_OPGENOMEN: 'Op de wachtlijst beschermd wonen',
  BW_GEPLAATST: 'Geplaatst in beschermd wonen (wachtlijst af)',
};
