/**
 * The doorbraak's context as the API answers it (`context` of a CaseView of workflow `doorbraak`): a zod schema
 * whose named parts (`.meta({ id })`) the API puts into its OpenAPI document as components, so a client types the
 * context from the document (`DoorbraakContext`) instead of importing the journey. The machine keeps its own
 * interfaces (machine.ts); the check at the end fails to compile when the two drift apart.
 *
 * Output only: it describes what the machine writes (every field present, null where absent, amounts in whole
 * eurocents), not what a client may send; the events' schemas (events.ts) say that. Counts from 1 are `.min(1)`,
 * not `.positive()`: OpenAPI 3.0 writes the latter as a boolean exclusiveMinimum, which a JSON Schema validator
 * (ajv, in the contract test) refuses.
 */
import { z } from 'zod';
import { TERM_UNITS } from '../fields';
import type { DoorbraakContext } from './machine';
import { DOEL_BEREIKT, GRONDSLAGEN, SIGNAALSOORTEN, WETTEN, ZRM_DOMEINEN } from './events';
import { BESPARINGSSOORTEN, centen } from './geld';

/** an ISO time, as the engine stamps every event (`at`) */
const moment = z.iso.datetime({ offset: true });
/** a calendar date, JJJJ-MM-DD (Europe/Amsterdam) */
const dag = z.iso.date();
/** a case id: any 8-4-4-4-12 hex, as Postgres `uuid` columns hold them */
const caseId = z.guid();
const gebruiker = z.string();
/** a sum of amounts (the plan's one-off cost): whole eurocents, without the bound of one field */
const som = z.number().int().nonnegative();
const wie = (wat: string) => gebruiker.describe(`wie ${wat} (gebruikers-id)`);
const wanneer = (wat: string) => moment.describe(`wanneer ${wat}`);
/**
 * A named part or null. A union, not `.nullable()`: OpenAPI 3.0's `nullable` beside a reference (`allOf`) admits
 * no null (a validator such as ajv refuses the pair), a union with null does.
 */
const ofNull = <T extends z.ZodType>(schema: T, omschrijving: string) =>
  z.union([schema, z.null()]).describe(omschrijving);

const zrmScoreContext = z
  .object({
    domein: z.enum(ZRM_DOMEINEN).describe('het levensdomein van de Zelfredzaamheid-Matrix'),
    score: z
      .number()
      .int()
      .min(1)
      .max(5)
      .describe(
        '1 acute problematiek, 2 niet zelfredzaam, 3 beperkt zelfredzaam, 4 voldoende, 5 volledig zelfredzaam',
      ),
  })
  .meta({ id: 'ZrmScore', description: 'De zelfredzaamheid op één levensdomein (ZRM 2017), 1-5' });

const zrmScores = (bij: string) =>
  z
    .array(zrmScoreContext)
    .min(1)
    .describe(`de zelfredzaamheid per gescoord levensdomein (ZRM), ${bij}; elk domein hoogstens één keer`);

const termijn = z
  .object({
    amount: z.number().int().min(1).describe('hoeveel eenheden'),
    unit: z
      .enum(TERM_UNITS)
      .describe('de eenheid: werkdagen, days, weeks, months, years, hours, minutes, seconds'),
  })
  .meta({ id: 'DoorbraakTermijn', description: 'Een termijnlengte uit de regels van de doorbraak' });

const mandaatniveauContext = z
  .object({
    code: z
      .string()
      .describe('de code van het niveau, zoals het token van een beslisser die draagt (claim mandaat)'),
    naam: z.string().describe('de naam van het niveau, bijv. manager sociaal domein'),
    bovengrens: som
      .nullable()
      .describe(
        'de hoogste eenmalige plankosten die dit niveau mag goedkeuren, in eurocenten; null: geen grens (het hoogste niveau)',
      ),
  })
  .meta({
    id: 'DoorbraakMandaatniveau',
    description: 'Een mandaatniveau: wie een plan mag goedkeuren tot welke eenmalige kosten',
  });

const config = z
  .object({
    mandaatniveaus: z
      .array(mandaatniveauContext)
      .min(1)
      .describe('de mandaatniveaus van laag naar hoog; alleen het hoogste is zonder bovengrens'),
    besluittermijn: termijn.describe(
      'hoe lang een niveau heeft om over het plan te besluiten voor het volgende niveau erover hoort',
    ),
    besluitHerinnering: termijn.describe(
      'hoe lang voor het einde van de besluittermijn het niveau wordt herinnerd',
    ),
    evaluatieMaanden: z
      .array(z.number().int().min(1))
      .min(1)
      .describe('de maanden na het besluit waarop het plan wordt geëvalueerd, oplopend'),
    actieHerinnering: termijn.describe(
      'hoe lang voor de uiterste datum de eigenaar van een actie wordt herinnerd',
    ),
  })
  .meta({
    id: 'DoorbraakConfig',
    description:
      'De regels waarmee deze casus loopt: de standaard met de afwijkingen van de gemeente, gekopieerd bij de start',
  });

const blokkade = z
  .object({
    omschrijving: z.string().describe('welke regel, welk proces of welke instantie blokkeert, en hoe'),
    instantie: z
      .string()
      .nullable()
      .describe('de instantie die de regel stelt of toepast; null als niet genoemd'),
  })
  .meta({ id: 'DoorbraakBlokkade', description: 'Een regel of instantie die het huishouden blokkeert' });

const aanmelding = z
  .object({
    vastgelopen: z.string().describe('wat zit vast in het huishouden'),
    blokkades: z
      .array(blokkade)
      .min(1)
      .describe('de regels of instanties die elkaar of het huishouden blokkeren'),
    sinds: dag.describe('sinds wanneer het vastzit (JJJJ-MM-DD)'),
    waaromGeenStandaard: z.string().describe('waarom de standaardvoorzieningen niet helpen'),
    actor: wie('aanmeldde'),
    at: wanneer('is aangemeld'),
  })
  .meta({ id: 'DoorbraakAanmelding', description: 'De aanmelding met haar criteria' });

const betrokkeneContext = z
  .object({
    wet: z.enum(WETTEN).describe('de wet waaronder de instantie of voorziening werkt'),
    instantie: z.string().describe('de aanbieder of instantie'),
    levert: z.string().describe('wat zij levert'),
    kostenPerJaar: centen('kostenPerJaar', 'wat het per jaar kost'),
  })
  .meta({
    id: 'DoorbraakBetrokkene',
    description: 'Een betrokken instantie of voorziening, met haar kosten',
  });

const analyse = z
  .object({
    betrokkenen: z
      .array(betrokkeneContext)
      .min(1)
      .describe('elke betrokken instantie en voorziening; samen de kosten van doormodderen per jaar'),
    doelOverEenJaar: z.string().describe('waar het huishouden over een jaar wil staan, in eigen woorden'),
    zrm: zrmScores('de nulmeting'),
    actor: wie('de analyse vastlegde'),
    at: wanneer('de analyse is vastgelegd'),
  })
  .meta({
    id: 'DoorbraakAnalyse',
    description: 'De analyse: de betrokkenen, het doel en de nulmeting (ZRM)',
  });

const grondslag = z
  .object({
    soort: z.enum(GRONDSLAGEN).describe('wet_artikel, hardheidsclausule of maatwerk (discretionaire ruimte)'),
    wet: z.string().nullable().describe('de wet of verordening (bij wet_artikel); anders null'),
    artikel: z.string().nullable().describe('het artikel (bij wet_artikel); anders null'),
    regeling: z
      .string()
      .nullable()
      .describe(
        'de regeling waarvan de hardheidsclausule wordt toegepast (bij hardheidsclausule); anders null',
      ),
    motivering: z.string().describe('waarom deze grondslag deze stap toelaat'),
  })
  .meta({
    id: 'DoorbraakGrondslag',
    description: 'De juridische grondslag die een stap toelaat, met motivering',
  });

const planStapContext = z
  .object({
    omschrijving: z.string().describe('de doorbraakstap: wat er anders dan standaard gebeurt'),
    grondslag,
    eenmaligeKosten: centen('eenmaligeKosten', 'de eenmalige kosten van de stap'),
    jaarlijkseKosten: centen('jaarlijkseKosten', 'de kosten per jaar die de stap meebrengt'),
    verwachteBesparingPerJaar: centen(
      'verwachteBesparingPerJaar',
      'de verwachte besparing per jaar op de huidige voorzieningen',
    ),
  })
  .meta({ id: 'DoorbraakPlanStap', description: 'Een doorbraakstap van het perspectiefplan' });

const plan = z
  .object({
    versie: z
      .number()
      .int()
      .min(1)
      .describe('de versie van het plan: 1, en één hoger bij elke nieuwe vastlegging'),
    stappen: z.array(planStapContext).min(1).describe('de doorbraakstappen, in volgorde (stap 1, 2, ...)'),
    actor: wie('het plan vastlegde'),
    at: wanneer('het plan is vastgelegd'),
  })
  .meta({ id: 'DoorbraakPlan', description: 'Het perspectiefplan, zoals het laatst is vastgelegd' });

const besluitVraag = z
  .object({
    voorgelegdAan: z.string().describe('het mandaatniveau (code) waarop het plan wacht'),
    nodig: z.string().describe('het mandaatniveau (code) dat de eenmalige kosten van het plan vragen'),
    sinds: wanneer('het plan aan dat niveau is voorgelegd; de besluittermijn loopt vanaf hier'),
  })
  .meta({ id: 'DoorbraakBesluitVraag', description: 'Het besluit dat openstaat' });

const besluitStap = z
  .object({
    soort: z
      .enum(['ingediend', 'voorgelegd', 'termijn_verstreken', 'goedgekeurd', 'afgewezen'])
      .describe('wat er gebeurde'),
    niveau: z
      .string()
      .describe(
        'het mandaatniveau (code) waarop het plan hierna wacht; bij een besluit: het niveau dat besloot',
      ),
    nodig: z.string().describe('het mandaatniveau (code) dat de eenmalige kosten van het plan vragen'),
    mandaat: z
      .string()
      .nullable()
      .describe(
        'het mandaatniveau (code) van wie handelde; null bij een verstreken termijn of zonder mandaat',
      ),
    planVersie: z.number().int().nonnegative().describe('de versie van het plan waarover het ging'),
    planEenmalig: som.describe('de eenmalige kosten van dat plan, in eurocenten'),
    toelichting: z
      .string()
      .nullable()
      .describe('de reden van een afwijzing, de toelichting bij een voorlegging of besluit; anders null'),
    actor: wie('handelde (bij een verstreken termijn: wie de klok verzette of het systeem)'),
    at: wanneer('het gebeurde'),
  })
  .meta({
    id: 'DoorbraakBesluitStap',
    description: 'Een stap van de besluitvorming, met het bedrag en het niveau: wie besloot wat',
  });

const goedkeuring = z
  .object({
    at: wanneer('het plan is goedgekeurd; de evaluaties tellen vanaf hier'),
    actor: wie('het plan goedkeurde'),
    mandaat: z.string().describe('het mandaatniveau (code) waarmee het is goedgekeurd'),
    planVersie: z.number().int().min(1).describe('de versie van het goedgekeurde plan'),
    planEenmalig: som.describe('de eenmalige kosten van het goedgekeurde plan, in eurocenten'),
  })
  .meta({ id: 'DoorbraakGoedkeuring', description: 'De goedkeuring van het plan' });

const actie = z
  .object({
    id: z.string().describe('actie-1, actie-2, ... in de volgorde van toevoegen'),
    eigenaar: wie('de actie uitvoert'),
    omschrijving: z.string().describe('wat er moet gebeuren'),
    uiterlijk: dag.describe('de uiterste datum (JJJJ-MM-DD, Europe/Amsterdam)'),
    status: z.enum(['open', 'afgerond', 'geannuleerd']).describe('open, afgerond of geannuleerd'),
    sinds: wanneer('de actie is toegevoegd; haar termijn loopt vanaf hier'),
    gemistOp: moment
      .nullable()
      .describe('wanneer haar uiterste datum verstreek terwijl zij open was; anders null'),
    afgeslotenOp: moment
      .nullable()
      .describe('wanneer zij is afgerond of geannuleerd; null zolang zij open is'),
    reden: z.string().nullable().describe('waarom zij is geannuleerd; anders null'),
    actor: wie('de actie toevoegde'),
  })
  .meta({ id: 'DoorbraakActie', description: 'Een actie uit de uitvoering van het plan' });

const besparing = z
  .object({
    stap: z.number().int().min(1).describe('het nummer van de stap in het plan, vanaf 1'),
    gerealiseerdPerJaar: centen('gerealiseerdPerJaar', 'de gerealiseerde besparing per jaar'),
    soort: z.enum(BESPARINGSSOORTEN).describe('situationeel, structureel of incidenteel'),
  })
  .meta({ id: 'DoorbraakBesparing', description: 'De gerealiseerde besparing van één stap' });

const evaluatie = z
  .object({
    maanden: z.number().int().min(1).describe('het evaluatiemoment, in maanden na het besluit'),
    doelBereikt: z.enum(DOEL_BEREIKT).describe('of het doel van het huishouden is bereikt: ja, deels of nee'),
    zrm: zrmScores('bij deze evaluatie'),
    besparingen: z
      .array(besparing)
      .describe('de gerealiseerde besparing per stap; elke stap hoogstens één keer'),
    toelichting: z
      .string()
      .nullable()
      .describe('de verandering in kwaliteit van leven, in woorden; anders null'),
    teLaat: z.boolean().describe('of zij is vastgelegd nadat haar termijn verstreek'),
    actor: wie('de evaluatie vastlegde'),
    at: wanneer('de evaluatie is vastgelegd'),
  })
  .meta({ id: 'DoorbraakEvaluatie', description: 'Een evaluatie van het plan' });

const gemisteEvaluatie = z
  .object({
    maanden: z.number().int().min(1).describe('het evaluatiemoment, in maanden na het besluit'),
    at: wanneer('de termijn van de evaluatie verstreek'),
  })
  .meta({
    id: 'DoorbraakGemisteEvaluatie',
    description: 'Een evaluatie waarvan de termijn verstreek voor zij er was',
  });

const systeemsignaal = z
  .object({
    soort: z.enum(SIGNAALSOORTEN).describe('wat blokkeerde: een regel, een proces of een instantie'),
    signaal: z.string().describe('de blokkade in woorden, voor het beleid'),
    voorstel: z.string().describe('wat er zou moeten veranderen'),
  })
  .meta({ id: 'DoorbraakSysteemsignaal', description: 'Het systeemsignaal naar beleid bij de afsluiting' });

const afsluiting = z
  .object({
    systeemsignaal,
    toelichting: z.string().nullable().describe('hoe de doorbraak afloopt; anders null'),
    actor: wie('de doorbraak afsloot'),
    at: wanneer('de doorbraak is afgesloten'),
  })
  .meta({ id: 'DoorbraakAfsluiting', description: 'De afsluiting van de doorbraak' });

/** `context` of a doorbraak's CaseView: plain JSON, no personal data (people only as user ids). */
export const doorbraakContextSchema = z
  .object({
    caseId: caseId.describe('de casus'),
    subjectId: caseId.describe('het huishouden of de inwoner'),
    startedAt: wanneer('de doorbraak is aangemeld'),
    createdBy: wie('aanmeldde'),
    config,
    regie: z
      .object({
        role: z.string().describe('de rol die de regie voert: regisseur'),
        holder: wie('de doorbraak regisseert'),
      })
      .describe('de regisseur van de doorbraak'),
    aanmelding,
    intakeCaseIds: z.array(caseId).describe('de gekoppelde klantreizen (intake)'),
    aveCaseIds: z.array(caseId).describe('de gekoppelde AVE-trajecten'),
    analyse: ofNull(analyse, 'de analyse; null zolang zij niet is vastgelegd'),
    plan: ofNull(plan, 'het perspectiefplan; null zolang het niet is vastgelegd'),
    besluitVraag: ofNull(besluitVraag, 'het besluit dat openstaat; null als er geen openstaat'),
    besluiten: z.array(besluitStap).describe('elke stap van de besluitvorming, in volgorde'),
    goedkeuring: ofNull(goedkeuring, 'de goedkeuring van het plan; null zolang het niet is goedgekeurd'),
    acties: z.array(actie).describe('de acties, in de volgorde van toevoegen'),
    evaluaties: z.array(evaluatie).describe('de evaluaties, in de volgorde van vastleggen'),
    gemisteEvaluaties: z
      .array(gemisteEvaluatie)
      .describe('de evaluaties waarvan de termijn verstreek voor zij waren vastgelegd'),
    afsluiting: ofNull(afsluiting, 'de afsluiting; null zolang de doorbraak loopt'),
  })
  .meta({
    id: 'DoorbraakContext',
    description:
      'De eigen administratie van een doorbraak: het context-veld van een casus van workflow doorbraak. Elk veld ' +
      'is er altijd, null waar (nog) niets is; bedragen in hele eurocenten; personen alleen als gebruikers-id.',
  });

// ---- the machine's context and this schema say the same: each assignable to the other, or this fails to compile

type Beschreven = z.output<typeof doorbraakContextSchema>;
type Wederzijds<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const gelijk: Wederzijds<DoorbraakContext, Beschreven> = true;
void gelijk;
