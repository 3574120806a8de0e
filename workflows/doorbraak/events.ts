/**
 * The data of the aanmelding (the case input) and of every event a professional may send, as zod schemas. Objects
 * are strict: unknown fields are refused, so no personal data (names, BSN, birth dates) slips into the persisted
 * context. People appear only as user ids (professionals), the household only as the case's subjectId. Every
 * amount is whole eurocents (geld.ts). The descriptions are what the UI shows beside each field.
 */
import { z } from 'zod';
import { doorbraakCriteria } from '../doorbraak-aanmelding';
import { datum, naam, tekst, userId } from '../fields';
import type { ClientEventOf, EventDataOf } from '../define';
import type { DeadlineDueEvent } from '../workflow';
import { doorbraakConfigInput, mandaatCode } from './config';
import { BESPARINGSSOORTEN, centen } from './geld';

/** The laws (and other regimes) under which agencies and provisions act in a household. */
export const WETTEN = [
  'Wmo',
  'Jeugdwet',
  'Participatiewet',
  'Wgs',
  'Zvw',
  'Wlz',
  'Woningwet',
  'Leerplichtwet',
  'Wet passend onderwijs',
  'Strafrecht',
  'overig',
] as const;
export type Wet = (typeof WETTEN)[number];

/** The life domains of the Zelfredzaamheid-Matrix (ZRM 2017). */
export const ZRM_DOMEINEN = [
  'financien',
  'werk_en_opleiding',
  'tijdsbesteding',
  'huisvesting',
  'huiselijke_relaties',
  'geestelijke_gezondheid',
  'lichamelijke_gezondheid',
  'middelengebruik',
  'basale_adl',
  'instrumentele_adl',
  'sociaal_netwerk',
  'maatschappelijke_participatie',
  'justitie',
] as const;
export type ZrmDomein = (typeof ZRM_DOMEINEN)[number];

/** What allows a step that no standard provision offers. */
export const GRONDSLAGEN = ['wet_artikel', 'hardheidsclausule', 'maatwerk'] as const;
export type Grondslagsoort = (typeof GRONDSLAGEN)[number];

export const DOEL_BEREIKT = ['ja', 'deels', 'nee'] as const;
export const SIGNAALSOORTEN = ['regel', 'proces', 'instantie'] as const;

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

const zrm = z
  .array(
    z.strictObject({
      domein: z.enum(ZRM_DOMEINEN).describe('het levensdomein van de Zelfredzaamheid-Matrix'),
      score: z
        .number()
        .int('score: een geheel getal van 1 tot en met 5')
        .min(1, 'score: van 1 (acute problematiek) tot en met 5 (volledig zelfredzaam)')
        .max(5, 'score: van 1 (acute problematiek) tot en met 5 (volledig zelfredzaam)')
        .describe(
          '1 acute problematiek, 2 niet zelfredzaam, 3 beperkt zelfredzaam, 4 voldoende, 5 volledig zelfredzaam',
        ),
    }),
  )
  .min(1, 'zrm: scoor ten minste één levensdomein')
  .refine((s) => unique(s.map((x) => x.domein)), 'zrm: elk levensdomein één keer')
  .describe('de zelfredzaamheid per levensdomein (ZRM), 1-5');

/** `input` of POST /api/v1/cases for workflow `doorbraak`: the aanmelding, with its entry criteria. */
export const doorbraakInput = z.strictObject({
  ...doorbraakCriteria,
  intakeCaseId: z.uuid().optional().describe('de klantreis (intake) van waaruit is aangemeld'),
  aveCaseId: z.uuid().optional().describe('het AVE-traject van waaruit is aangemeld'),
  config: doorbraakConfigInput.optional().describe('de afwijkingen van de gemeente van de standaardregels'),
});
export type DoorbraakInput = z.infer<typeof doorbraakInput>;

const betrokkene = z.strictObject({
  wet: z.enum(WETTEN).describe('de wet waaronder de instantie of voorziening werkt'),
  instantie: naam.describe('de aanbieder of instantie, bijv. jeugdhulpaanbieder, woningcorporatie'),
  levert: tekst.describe('wat zij levert, bijv. ambulante jeugdhulp, huishoudelijke hulp'),
  kostenPerJaar: centen('kostenPerJaar', 'wat het per jaar kost'),
});

/** The legal basis of a step: a law's article, a regulation's hardheidsclausule, or discretionary maatwerk. */
const grondslag = z
  .strictObject({
    soort: z.enum(GRONDSLAGEN).describe('wet_artikel, hardheidsclausule of maatwerk (discretionaire ruimte)'),
    wet: naam.optional().describe('de wet of verordening, bijv. Participatiewet (bij wet_artikel)'),
    artikel: naam.optional().describe('het artikel, bijv. art. 35 bijzondere bijstand (bij wet_artikel)'),
    regeling: naam.optional().describe('de regeling waarvan de hardheidsclausule wordt toegepast'),
    motivering: tekst.describe('waarom deze grondslag deze stap toelaat'),
  })
  .superRefine((g, ctx) => {
    if (g.soort === 'wet_artikel' && !g.wet)
      ctx.addIssue({ code: 'custom', path: ['wet'], message: 'wet: welke wet laat deze stap toe?' });
    if (g.soort === 'wet_artikel' && !g.artikel)
      ctx.addIssue({
        code: 'custom',
        path: ['artikel'],
        message: 'artikel: welk artikel laat deze stap toe?',
      });
    if (g.soort === 'hardheidsclausule' && !g.regeling)
      ctx.addIssue({
        code: 'custom',
        path: ['regeling'],
        message: 'regeling: van welke regeling wordt de hardheidsclausule toegepast?',
      });
  })
  .describe('de juridische grondslag die de stap toelaat, met motivering (verplicht)');

const stap = z.strictObject({
  omschrijving: tekst.describe('de doorbraakstap: wat er anders dan standaard gebeurt'),
  grondslag,
  eenmaligeKosten: centen('eenmaligeKosten', 'de eenmalige kosten van de stap'),
  jaarlijkseKosten: centen('jaarlijkseKosten', 'de kosten per jaar die de stap meebrengt'),
  verwachteBesparingPerJaar: centen(
    'verwachteBesparingPerJaar',
    'de verwachte besparing per jaar op de huidige voorzieningen',
  ),
});

const besparing = z.strictObject({
  stap: z
    .number()
    .int('stap: het nummer van de stap in het plan (1, 2, ...)')
    .min(1, 'stap: het nummer van de stap in het plan (1, 2, ...)')
    .describe('het nummer van de stap in het plan, vanaf 1'),
  gerealiseerdPerJaar: centen('gerealiseerdPerJaar', 'de gerealiseerde besparing per jaar'),
  soort: z.enum(BESPARINGSSOORTEN).describe('situationeel, structureel of incidenteel'),
});

/** The data each client event carries (without `type`, `at`, `actor`). */
export const eventSchemas = {
  ANALYSE_GESTART: z.strictObject({
    regisseur: userId.optional().describe('wie de doorbraak regisseert; standaard de huidige regisseur'),
  }),
  ANALYSE_VASTGELEGD: z.strictObject({
    betrokkenen: z
      .array(betrokkene)
      .min(1, 'betrokkenen: noem ten minste één betrokken instantie of voorziening')
      .max(50)
      .describe('elke betrokken instantie en voorziening, met wat zij per jaar kost'),
    doelOverEenJaar: tekst.describe('waar het huishouden over een jaar wil staan, in eigen woorden'),
    zrm: zrm.describe('de nulmeting van de zelfredzaamheid per levensdomein (ZRM), 1-5'),
  }),
  ANALYSE_AFGEROND: z.strictObject({}),
  PLAN_VASTGELEGD: z.strictObject({
    stappen: z
      .array(stap)
      .min(1, 'stappen: het plan heeft ten minste één doorbraakstap')
      .max(20)
      .describe('de doorbraakstappen van het perspectiefplan'),
  }),
  PLAN_INGEDIEND: z.strictObject({
    aan: mandaatCode.optional().describe('het mandaatniveau dat het eerst besluit; standaard het laagste'),
  }),
  PLAN_VOORGELEGD: z.strictObject({
    aan: mandaatCode.optional().describe('het hogere mandaatniveau; standaard het volgende niveau'),
    toelichting: tekst.optional().describe('waarom het plan wordt voorgelegd'),
  }),
  PLAN_GOEDGEKEURD: z.strictObject({
    toelichting: tekst.optional().describe('de overwegingen bij het besluit'),
  }),
  PLAN_AFGEWEZEN: z.strictObject({
    reden: tekst.describe('waarom het plan is afgewezen; het plan gaat terug naar de regisseur'),
  }),
  ACTIE_TOEGEVOEGD: z.strictObject({
    eigenaar: userId.describe('wie de actie uitvoert (gebruikers-id)'),
    omschrijving: tekst.describe('wat er moet gebeuren'),
    uiterlijk: datum.describe('de uiterste datum (JJJJ-MM-DD)'),
  }),
  ACTIE_AFGEROND: z.strictObject({
    actieId: naam.describe('het id van de actie, bijv. actie-1'),
  }),
  ACTIE_GEANNULEERD: z.strictObject({
    actieId: naam.describe('het id van de actie, bijv. actie-1'),
    reden: tekst.describe('waarom de actie vervalt'),
  }),
  UITVOERING_AFGEROND: z.strictObject({}),
  EVALUATIE_VASTGELEGD: z.strictObject({
    maanden: z
      .number()
      .int('maanden: het evaluatiemoment in hele maanden na het besluit (bijv. 3 of 12)')
      .positive('maanden: het evaluatiemoment in hele maanden na het besluit (bijv. 3 of 12)')
      .describe('het evaluatiemoment, in maanden na het besluit (standaard 3 of 12)'),
    doelBereikt: z.enum(DOEL_BEREIKT).describe('is het doel van het huishouden bereikt: ja, deels of nee'),
    zrm: zrm.describe('de zelfredzaamheid per levensdomein (ZRM) nu, 1-5'),
    besparingen: z
      .array(besparing)
      .max(20)
      .refine((b) => unique(b.map((x) => x.stap)), 'besparingen: elke stap één keer')
      .describe('de gerealiseerde besparing per stap, met haar soort'),
    toelichting: tekst.optional().describe('de verandering in kwaliteit van leven, in woorden'),
  }),
  AFGESLOTEN: z.strictObject({
    systeemsignaal: z
      .strictObject({
        soort: z.enum(SIGNAALSOORTEN).describe('wat blokkeerde: een regel, een proces of een instantie'),
        signaal: tekst.describe('de blokkade in woorden, voor het beleid'),
        voorstel: tekst.describe('wat er zou moeten veranderen'),
      })
      .describe('het systeemsignaal naar beleid: wat het huishouden blokkeerde, met een voorstel'),
    toelichting: tekst.optional().describe('hoe de doorbraak afloopt'),
  }),
  INTAKE_GEKOPPELD: z.strictObject({ intakeCaseId: z.uuid().describe('de klantreis (intake) die meeloopt') }),
  AVE_GEKOPPELD: z.strictObject({ aveCaseId: z.uuid().describe('het AVE-traject van het huishouden') }),
  REGIE_OVERGEDRAGEN: z.strictObject({ holder: userId.describe('de nieuwe regisseur (gebruikers-id)') }),
} as const;

export type DoorbraakEventType = keyof typeof eventSchemas;

export type EventData<K extends DoorbraakEventType> = EventDataOf<typeof eventSchemas, K>;

/** A client event as the machine sees it: type, the validated data, and the engine's envelope. */
export type DoorbraakClientEvent = ClientEventOf<typeof eventSchemas>;

export type DoorbraakEvent = DoorbraakClientEvent | DeadlineDueEvent;

export type Betrokkene = z.infer<typeof betrokkene>;
export type Stap = z.infer<typeof stap>;
export type ZrmScore = z.infer<typeof zrm>[number];
export type Besparing = z.infer<typeof besparing>;

/** Dutch labels for buttons and docs. */
export const eventTitles: Record<DoorbraakEventType, string> = {
  ANALYSE_GESTART: 'Analyse starten',
  ANALYSE_VASTGELEGD: 'Analyse vastleggen (instanties, doel, ZRM)',
  ANALYSE_AFGEROND: 'Analyse afronden',
  PLAN_VASTGELEGD: 'Perspectiefplan vastleggen',
  PLAN_INGEDIEND: 'Plan ter besluitvorming indienen',
  PLAN_VOORGELEGD: 'Voorleggen aan een hoger mandaatniveau',
  PLAN_GOEDGEKEURD: 'Plan goedkeuren',
  PLAN_AFGEWEZEN: 'Plan afwijzen',
  ACTIE_TOEGEVOEGD: 'Actie toevoegen',
  ACTIE_AFGEROND: 'Actie afronden',
  ACTIE_GEANNULEERD: 'Actie annuleren',
  UITVOERING_AFGEROND: 'Uitvoering afronden',
  EVALUATIE_VASTGELEGD: 'Evaluatie vastleggen',
  AFGESLOTEN: 'Doorbraak afsluiten met systeemsignaal',
  INTAKE_GEKOPPELD: 'Klantreis (intake) koppelen',
  AVE_GEKOPPELD: 'AVE-traject koppelen',
  REGIE_OVERGEDRAGEN: 'Regie overdragen (teamleider)',
};
