/**
 * What the API answers, as zod schemas: one named component of the OpenAPI document each (`.meta({ id })`). They
 * describe the bodies the services build (the case view of libs/engine/src/view.ts, the read models of
 * libs/persistence) exactly: every field they always write is required, `null` where they write null, timestamps as
 * ISO strings (what JSON makes of a Date), and no other fields (`additionalProperties: false`), except beside the
 * case view's fixed fields, where a workflow's projection adds its own (`aveLevel`).
 */
import { doorbraakContextSchema } from '@regie/workflows/doorbraak/context';
import { z } from 'zod';

const dateTime = z.iso.datetime({ offset: true });
/** a calendar date, `JJJJ-MM-DD` (Postgres `date` columns come back as these strings) */
const date = z.iso.date();
/**
 * an id of a Postgres `uuid` column: any 8-4-4-4-12 hex, not only RFC 9562 versions (the daily digest's id is an
 * md5 cast to uuid)
 */
const uuid = z.guid();

// --- cases ------------------------------------------------------------------------------------------------------

export const deadlineSchema = z
  .object({
    id: uuid,
    caseId: uuid,
    key: z.string(),
    name: z.string(),
    law: z.string().nullable(),
    party: z.enum(['gemeente', 'inwoner']),
    dueDate: date
      .nullable()
      .describe('de laatste dag van de termijn (Europe/Amsterdam); null bij termijnen korter dan een dag'),
    dueAt: dateTime.describe('het moment waarop de termijn verstreken is'),
    status: z.enum(['pending', 'overdue', 'met', 'missed', 'cancelled']),
    remindAt: dateTime.nullable(),
    remindedAt: dateTime.nullable(),
    metAt: dateTime.nullable(),
    missedAt: dateTime.nullable(),
    suspendedAt: dateTime.nullable(),
    suspendedDays: z.number().int(),
    extendedDays: z.number().int(),
  })
  .meta({ id: 'Deadline' });

export const caseDeadlineSchema = deadlineSchema
  .extend({
    huidig: z
      .boolean()
      .describe(
        'of dit de termijn is die nu geldt onder zijn sleutel (key): de nieuwste; een eerdere termijn onder dezelfde ' +
          'sleutel (een verlopen acceptatietermijn, gevolgd door die van een nieuwe ontvanger) is vervangen',
      ),
    vervangenDoor: uuid
      .nullable()
      .describe('de termijn onder dezelfde sleutel die na deze kwam; null voor de termijn die nu geldt'),
  })
  .meta({ id: 'CaseDeadline', description: 'Een termijn zoals zijn casus hem toont' });

export const aangemaaktSchema = z
  .object({
    id: z.string().describe('het id van wat het event aanmaakte, bijvoorbeeld actie-3 (doorbraak)'),
    deadlineKey: z
      .string()
      .nullable()
      .describe(
        'de sleutel (key) van de termijn die ervoor loopt, bijvoorbeeld actie_actie-3; null als er geen loopt',
      ),
  })
  .meta({ id: 'Aangemaakt', description: 'Wat een event in de casus aanmaakte' });

export const regieSchema = z
  .object({ role: z.string(), holder: z.string().nullable() })
  .meta({ id: 'Regie', description: 'wie de regie heeft' });

/** The component a named schema is (its `.meta({ id })`): the document names a context's shape by it. */
function componentName(schema: z.ZodType): string {
  const id = z.globalRegistry.get(schema)?.id;
  if (!id) throw new Error('een schema zonder naam (meta id) is geen component');
  return id;
}

const DOORBRAAK_CONTEXT = componentName(doorbraakContextSchema);
/** The extension of a case view's `context` that names the shape of each workflow's context that has one. */
const WORKFLOW_CONTEXT = 'x-workflow-context';

/** A projection's values: JSON scalars. */
const projected = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/*
 * The projection of each workflow (WorkflowDefinition.projection), beside the case view's fixed fields: present on
 * every case of that workflow, absent on the others, so optional here. Each workflow's projection returns exactly
 * these names (test/contract-velden.spec.ts).
 */
const cents = z.number().int();
const bijAve = (s: string) => `AVE: ${s}`;
const bijDoorbraak = (s: string) => `doorbraak: ${s}`;
const bijHerindicatie = (s: string) => `herindicatie: ${s}`;

const aveVelden = {
  aveLevel: z
    .number()
    .int()
    .min(0)
    .max(4)
    .nullable()
    .optional()
    .describe(bijAve('het niveau van het huishouden')),
  regieOntvanger: z
    .string()
    .nullable()
    .optional()
    .describe(
      bijAve(
        'wie de regie nog moet accepteren (gebruikers-id, niveau 3 en 4); null als de overdracht naar een rol ging ' +
          'zonder aangewezen ontvanger (dan noemt regieOntvangerRol die rol) of als er geen overdracht wacht',
      ),
    ),
  regieOntvangerRol: z
    .string()
    .nullable()
    .optional()
    .describe(
      bijAve(
        'de rol die de regie nog moet accepteren, bijvoorbeeld procesmanager; null als er geen overdracht wacht',
      ),
    ),
};

const doorbraakVelden = {
  doormodderenPerJaar: cents
    .nullable()
    .optional()
    .describe(bijDoorbraak('wat doormodderen per jaar kost, in centen; null zonder analyse')),
  planEenmalig: cents
    .nullable()
    .optional()
    .describe(bijDoorbraak('de eenmalige kosten van het plan, in centen; null zonder plan')),
  planPerJaar: cents
    .nullable()
    .optional()
    .describe(bijDoorbraak('de jaarlijkse kosten van het plan, in centen')),
  verwachteBesparingPerJaar: cents
    .nullable()
    .optional()
    .describe(bijDoorbraak('de verwachte besparing per jaar, in centen')),
  kostenMetPlanJaar1: cents
    .nullable()
    .optional()
    .describe(bijDoorbraak('de kosten met het plan in jaar 1, in centen')),
  kostenMetPlanPerJaarDaarna: cents
    .nullable()
    .optional()
    .describe(bijDoorbraak('de kosten met het plan per jaar daarna, in centen')),
  nettoBesparingJaar1: cents
    .nullable()
    .optional()
    .describe(bijDoorbraak('de netto besparing in jaar 1, in centen')),
  nettoBesparingPerJaarDaarna: cents
    .nullable()
    .optional()
    .describe(bijDoorbraak('de netto besparing per jaar daarna, in centen')),
  mandaatNodig: z
    .string()
    .nullable()
    .optional()
    .describe(
      bijDoorbraak('het mandaatniveau (code) dat de eenmalige kosten van het plan vragen; null zonder plan'),
    ),
  mandaatNodigNaam: z.string().nullable().optional().describe(bijDoorbraak('de naam van dat mandaatniveau')),
  voorgelegdAan: z
    .string()
    .nullable()
    .optional()
    .describe(
      bijDoorbraak('het mandaatniveau (code) waarop het plan nu wacht; null als er geen besluit openstaat'),
    ),
  goedgekeurdDoor: z
    .string()
    .nullable()
    .optional()
    .describe(bijDoorbraak('wie het plan goedkeurde (gebruikers-id); null zolang het niet is goedgekeurd')),
  goedgekeurdNiveau: z
    .string()
    .nullable()
    .optional()
    .describe(
      bijDoorbraak(
        'het mandaatniveau (code) waarmee het plan is goedgekeurd; null zolang het niet is goedgekeurd',
      ),
    ),
  goedgekeurdOp: dateTime
    .nullable()
    .optional()
    .describe(bijDoorbraak('wanneer het plan is goedgekeurd; null zolang het niet is goedgekeurd')),
  metJeugdwet: z
    .boolean()
    .optional()
    .describe(bijDoorbraak('of de Jeugdwet in de analyse betrokken is (indicator 3.4A.1)')),
  metWmo: z
    .boolean()
    .optional()
    .describe(bijDoorbraak('of de Wmo in de analyse betrokken is (indicator 3.4B.1)')),
  openActies: z.number().int().optional().describe(bijDoorbraak('hoeveel acties openstaan')),
  gemisteActies: z
    .number()
    .int()
    .optional()
    .describe(bijDoorbraak('hoeveel acties hun uiterste datum misten')),
  // a union, not .nullable(): an OpenAPI 3.0 enum only admits null when it lists it
  doelBereikt: z
    .union([z.enum(['ja', 'deels', 'nee']), z.null()])
    .optional()
    .describe(bijDoorbraak('of het doel bereikt is, volgens de laatste evaluatie; null zonder evaluatie')),
  gerealiseerdSituationeel: cents
    .nullable()
    .optional()
    .describe(
      bijDoorbraak('de gerealiseerde situationele besparing per jaar (laatste evaluatie), in centen'),
    ),
  gerealiseerdStructureel: cents
    .nullable()
    .optional()
    .describe(bijDoorbraak('de gerealiseerde structurele besparing per jaar (laatste evaluatie), in centen')),
  gerealiseerdIncidenteel: cents
    .nullable()
    .optional()
    .describe(bijDoorbraak('de gerealiseerde incidentele besparing (laatste evaluatie), in centen')),
};

const herindicatieVelden = {
  openDatum: date
    .optional()
    .describe(bijHerindicatie('de dag waarop de herindicatie opent en de eigenaar een herinnering krijgt')),
  signaleringsDatum: date
    .optional()
    .describe(
      bijHerindicatie(
        'de dag waarop de teamleider wordt gesignaleerd als de herindicatie aan het eind ervan nog open is (de ' +
          'vervaldatum van de termijn herindicatie)',
      ),
    ),
};

export const caseViewSchema = z
  .object({
    id: uuid,
    workflow: z.string(),
    workflowVersion: z.number().int(),
    version: z.number().int().describe('de versie van de casus: stuur die als If-Match mee'),
    subjectId: uuid,
    state: z.string(),
    status: z.enum(['active', 'done', 'error', 'stopped']),
    context: z.record(z.string(), z.unknown()).meta({
      description:
        'de eigen administratie van de workflow, per workflow een eigen vorm; bij workflow doorbraak de vorm ' +
        `${DOORBRAAK_CONTEXT} (een component van dit document)`,
      // the same for tools: the shape per workflow as a reference, so the component is one the document uses
      [WORKFLOW_CONTEXT]: { doorbraak: { $ref: `#/components/schemas/${DOORBRAAK_CONTEXT}` } },
    }),
    allowedEvents: z.array(z.string()).describe('de events die nu mogelijk zijn'),
    regie: regieSchema,
    team: z.string().nullable(),
    deadlines: z.array(caseDeadlineSchema),
    createdAt: dateTime,
    updatedAt: dateTime,
    ...aveVelden,
    ...doorbraakVelden,
    ...herindicatieVelden,
    aangemaakt: aangemaaktSchema
      .optional()
      .describe(
        'alleen in het antwoord op een event dat iets aanmaakt (doorbraak: ACTIE_TOEGEVOEGD): wat het aanmaakte en de ' +
          'sleutel van zijn termijn',
      ),
    meldingen: z
      .array(z.string())
      .optional()
      .describe(
        'alleen in het antwoord op een start of event: wat de professional moet weten, zoals een termijn die bij ' +
          'registratie met een eerdere datum van ontvangst (ontvangenOp) al verstreken was en meteen als verstreken is vastgelegd',
      ),
  })
  .catchall(projected)
  .meta({
    id: 'CaseView',
    description:
      'De casus; naast de vaste velden de projectie van de workflow (AVE: aveLevel, regieOntvanger; doorbraak: ' +
      'goedgekeurdDoor, de kosten-batenrekening; herindicatie: openDatum, signaleringsDatum). context is de eigen ' +
      'administratie van de workflow; wat een client nodig heeft staat in een veld hier.',
  });

export const caseListSchema = z
  .object({
    items: z.array(caseViewSchema),
    next: z.string().nullable().describe('cursor van de volgende pagina; null op de laatste'),
  })
  .meta({ id: 'CaseList' });

export const historyEntrySchema = z
  .object({
    seq: z.number().int(),
    type: z.string(),
    data: z.unknown().describe('de gevalideerde gegevens van het event'),
    actor: z.string(),
    at: dateTime,
    from: z.string().nullable(),
    to: z.string(),
  })
  .meta({ id: 'HistoryEntry' });

export const caseHistorySchema = z.array(historyEntrySchema).meta({ id: 'CaseHistory' });

export const auditEntrySchema = z
  .object({
    at: dateTime,
    actor: z.string(),
    roles: z.array(z.string()),
    action: z.string(),
    recordType: z.string(),
    recordId: z.string().nullable(),
    reason: z.string(),
    status: z.number().int(),
  })
  .meta({ id: 'AuditEntry' });

export const auditTrailSchema = z.array(auditEntrySchema).meta({ id: 'AuditTrail' });

export const deadlineListSchema = z.object({ items: z.array(deadlineSchema) }).meta({ id: 'DeadlineList' });

export const notificationSchema = z
  .object({
    id: uuid,
    kind: z.string(),
    recipient: z.string(),
    caseId: uuid.nullable(),
    deadlineId: uuid.nullable(),
    message: z.string(),
    createdAt: dateTime,
    readAt: dateTime
      .nullable()
      .describe('wanneer deze gebruiker het bericht las; null zolang het ongelezen is'),
  })
  .meta({ id: 'Notification' });

export const notificationListSchema = z
  .object({
    items: z.array(notificationSchema),
    unread: z.number().int().describe('hoeveel van alle berichten van de gebruiker ongelezen zijn'),
  })
  .meta({ id: 'NotificationList' });

export const notificationsReadSchema = z
  .object({ gelezen: z.number().int().describe('hoeveel berichten gelezen werden die dat nog niet waren') })
  .meta({ id: 'NotificationsRead' });

// --- subjects ---------------------------------------------------------------------------------------------------

export const subjectSchema = z
  .object({
    id: uuid,
    kind: z.enum(['inwoner', 'huishouden']),
    name: z.string(),
    birthDate: date.nullable(),
    hasBsn: z.boolean().describe('of er een BSN is vastgelegd; het BSN zelf gaat nooit terug'),
    members: z.array(uuid),
    createdAt: dateTime,
  })
  .meta({ id: 'Subject' });

export const subjectListSchema = z.object({ items: z.array(subjectSchema) }).meta({ id: 'SubjectList' });

export const consentSchema = z
  .object({
    id: uuid,
    subjectId: uuid,
    scope: z.string(),
    grantedTo: z.string(),
    grantedBy: z.string(),
    note: z.string().nullable(),
    recordedBy: z.string(),
    grantedAt: dateTime,
    validUntil: dateTime.nullable(),
    withdrawnAt: dateTime.nullable(),
  })
  .meta({ id: 'Consent' });

export const consentListSchema = z.array(consentSchema).meta({ id: 'ConsentList' });

export const withdrawnConsentSchema = z
  .object({ id: uuid, scope: z.string(), grantedTo: z.string(), withdrawnAt: dateTime, reden: z.string() })
  .meta({ id: 'WithdrawnConsent' });

// --- voorzieningen, worklist, indicators ------------------------------------------------------------------------

export const voorzieningSchema = z
  .object({
    id: uuid,
    subjectId: uuid,
    /** the granting case; null for a voorziening imported from the system the gemeente left (docs/import.md) */
    caseId: uuid.nullable(),
    wet: z.string(),
    product: z.string(),
    aanbieder: z.string(),
    volume: z.object({ aantal: z.number(), eenheid: z.string() }),
    startdatum: date,
    einddatum: date.nullable(),
    ggz: z.boolean(),
    actief: z.boolean(),
    eigenaar: z.string(),
    herindicatieCaseId: uuid.nullable(),
    createdAt: dateTime,
  })
  .meta({ id: 'Voorziening' });

export const voorzieningListSchema = z
  .object({ items: z.array(voorzieningSchema) })
  .meta({ id: 'VoorzieningList' });

export const worklistItemSchema = z
  .object({
    soort: z.enum(['termijn', 'herindicatie']),
    caseId: uuid,
    workflow: z.string(),
    subjectId: uuid,
    deadlineId: uuid,
    key: z.string(),
    name: z.string(),
    law: z.string().nullable(),
    dueDate: date.nullable(),
    dueAt: dateTime,
    status: z.string().describe('pending, of missed voor een herindicatie die naar de teamleider ging'),
    voorzieningId: uuid.nullable(),
    geescaleerdOp: z.string().nullable(),
    openDatum: date
      .nullable()
      .describe('herindicatie: de dag waarop de herindicatie opende; null bij een termijn'),
    signaleringsDatum: date
      .nullable()
      .describe(
        'herindicatie: de dag waarop de teamleider wordt gesignaleerd als zij aan het eind ervan nog open is; null bij een termijn',
      ),
  })
  .meta({ id: 'WorklistItem' });

export const worklistSchema = z.object({ items: z.array(worklistItemSchema) }).meta({ id: 'Worklist' });

// --- board ------------------------------------------------------------------------------------------------------

export const boardPathStepSchema = z
  .object({
    soort: z.enum(['opschalen', 'afschalen']),
    from: z.number().int().nullable(),
    to: z.number().int(),
    reden: z.string().nullable(),
    criteria: z.array(z.string()),
    holder: z.string().nullable().describe('wie de regie kreeg; null: naar de rol van het niveau gestuurd'),
    acceptatieNodig: z.boolean(),
    actor: z.string(),
    at: z.string(),
  })
  .meta({ id: 'BoardPathStep' });

export const boardHouseholdSchema = z
  .object({
    caseId: uuid,
    subjectId: uuid,
    level: z.number().int(),
    team: z.string().nullable(),
    since: z.string().describe('sinds wanneer het huishouden op dit niveau staat'),
    daysAtLevel: z.number().int(),
    regie: regieSchema,
    awaitingAcceptance: z
      .object({
        holder: z
          .string()
          .nullable()
          .describe(
            'wie de regie moet accepteren; null: naar de rol gestuurd, elke professional van die rol mag',
          ),
        role: z.string(),
        since: z.string(),
        overdueSince: z.string().nullable(),
      })
      .nullable(),
    review: z.object({
      dueAt: dateTime.nullable(),
      overdue: z.boolean(),
      missedSince: z.string().nullable(),
    }),
    recentChanges: z.array(boardPathStepSchema),
  })
  .meta({ id: 'BoardHousehold' });

export const boardSchema = z
  .object({
    now: dateTime,
    levels: z.array(
      z.object({
        level: z.number().int(),
        households: z.number().int(),
        awaitingAcceptance: z.number().int(),
      }),
    ),
    households: z.array(boardHouseholdSchema),
  })
  .meta({ id: 'EscalationBoard' });

// --- admin ------------------------------------------------------------------------------------------------------

const configObject = z.record(z.string(), z.unknown());

export const workflowConfigSchema = z
  .object({
    workflow: z.string(),
    schema: z.record(z.string(), z.unknown()).describe('JSON Schema van de regels'),
    defaults: configObject.describe(
      'wat geldt waar de gemeente niets instelt (de standaardregels van de workflow)',
    ),
    config: configObject,
    version: z.number().int(),
    changedBy: z.string().nullable(),
    changedAt: dateTime.nullable(),
  })
  .meta({ id: 'WorkflowConfig' });

export const workflowConfigListSchema = z.array(workflowConfigSchema).meta({ id: 'WorkflowConfigList' });

export const workflowConfigVersionSchema = z
  .object({ version: z.number().int(), config: configObject, changedBy: z.string(), changedAt: dateTime })
  .meta({ id: 'WorkflowConfigVersion' });

export const workflowConfigHistorySchema = z
  .array(workflowConfigVersionSchema)
  .meta({ id: 'WorkflowConfigHistory' });

export const workflowConfigChangedSchema = z
  .object({
    workflow: z.string(),
    version: z.number().int(),
    config: configObject,
    changedBy: z.string(),
    changedAt: dateTime,
  })
  .meta({ id: 'WorkflowConfigChanged' });

// --- workflows, clock, auth -------------------------------------------------------------------------------------

export const workflowSchema = z
  .object({
    name: z.string(),
    version: z.number().int(),
    title: z.string(),
    states: z.array(z.string()),
    events: z.array(
      z.object({
        type: z.string(),
        title: z.string(),
        schema: z
          .record(z.string(), z.unknown())
          .optional()
          .describe('JSON Schema van de gegevens; afwezig bij de termijn-events van de engine'),
      }),
    ),
    input: z.record(z.string(), z.unknown()).describe('JSON Schema van de input bij het starten'),
  })
  .meta({ id: 'Workflow' });

export const workflowListSchema = z.array(workflowSchema).meta({ id: 'WorkflowList' });

export const workflowGraphSchema = z
  .object({
    states: z.array(
      z.object({
        id: z.string().describe('het pad van de fase, met punten, zoals de casus zijn fase noemt'),
        parent: z.string().nullable().describe('de fase waar deze fase in ligt'),
        initial: z.boolean().describe('of dit de beginfase is van de fase erboven'),
        final: z.boolean().describe('of dit een eindfase is'),
      }),
    ),
    transitions: z.array(
      z.object({
        from: z.string(),
        to: z.string(),
        event: z.string(),
        guarded: z.boolean().describe('of de overgang een voorwaarde heeft'),
      }),
    ),
  })
  .meta({ id: 'WorkflowGraph' });

const periodicJobSchema = z
  .object({
    name: z.string().describe('de taak: `transitie18-scan`, `werklijst-digest` of `maandmonitor`'),
    pattern: z.string().describe('het ritme, een cron-patroon in de tijd van Amsterdam'),
    nextRunAt: dateTime.describe('wanneer de taak volgens deze klok weer draait'),
    lastRunAt: dateTime.nullable().describe('wanneer zij het laatst met succes draaide; null: nog nooit'),
    lastError: z
      .string()
      .nullable()
      .describe(
        'waarom de laatste poging mislukte; null als die slaagde (alleen aantallen, geen persoonsgegevens)',
      ),
  })
  .meta({ id: 'PeriodiekeTaak' });

export const clockSchema = z
  .object({
    now: dateTime,
    mode: z.enum(['system', 'manual']),
    periodicJobs: z
      .array(periodicJobSchema)
      .describe(
        'elke periodieke taak met haar volgende keer; een handmatige klok die wordt gezet of verzet, plant ze ' +
          'opnieuw vanaf de nieuwe tijd',
      ),
  })
  .meta({ id: 'Clock' });

const periodicRunSchema = z
  .object({
    job: z.string().describe('de taak die draaide'),
    at: dateTime.describe('het moment waarop zij aan de beurt was, en waarop de klok toen stond'),
    ok: z.boolean().describe('of zij slaagde; een mislukte taak draait bij de volgende verzetting opnieuw'),
    summary: z.string().describe('wat zij deed, in aantallen (of waarom zij mislukte)'),
  })
  .meta({ id: 'PeriodiekeRun' });

export const clockAdvancedSchema = z
  .object({
    now: dateTime,
    fired: z.number().int().describe('het aantal termijnen dat afging (herinneringen en verlopen termijnen)'),
    periodicRuns: z
      .array(periodicRunSchema)
      .describe(
        'de periodieke taken die onderweg draaiden, in volgorde van hun moment, tussen de termijnen door',
      ),
  })
  .meta({ id: 'ClockAdvanced' });

export const devTokenSchema = z.object({ token: z.string() }).meta({ id: 'DevToken' });

// --- Atw-kalender, wachtlijst beschermd wonen ---------------------------------------------------------------------

export const atwKalenderVersionSchema = z
  .object({
    version: z.number().int(),
    dagen: z.array(date).describe('de gelijkgestelde dagen van deze versie (Atw art. 3), oplopend'),
    toegevoegd: z.array(date).describe('dagen die deze versie toevoegde aan de vorige'),
    verwijderd: z.array(date).describe('dagen die deze versie schrapte uit de vorige'),
    changedBy: z.string().describe('wie de lijst wijzigde; `systeem` voor de eerste lijst'),
    gemeente: z.string().nullable().describe('de gemeente van de beheerder; null voor de eerste lijst'),
    changedAt: dateTime,
  })
  .meta({ id: 'AtwKalenderVersie' });

export const atwKalenderSchema = z
  .object({
    version: z.number().int().describe('de versie van de lijst die geldt'),
    dagen: z.array(date).describe('de gelijkgestelde dagen die gelden, oplopend'),
    changedBy: z.string(),
    changedAt: dateTime,
    geschiedenis: z.array(atwKalenderVersionSchema).describe('elke versie van de lijst, de oudste eerst'),
  })
  .meta({ id: 'AtwKalender' });

export const bwWachtendeSchema = z
  .object({
    caseId: uuid.describe(
      'de melding (intake) waarin beschermd wonen is toegekend of voorlopig nodig geacht',
    ),
    subjectId: uuid,
    sinds: date.describe('de dag waarop de inwoner op de wachtlijst kwam'),
    wachtdagen: z.number().int().describe('dagen op de wachtlijst tot de peildatum'),
    grond: z.enum(['toegekend', 'voorlopig_noodzakelijk']),
    overbrugging: z
      .enum(['maatschappelijke_opvang', '24_uursopvang', 'thuis'])
      .describe('waar de inwoner verblijft tot de plaatsing'),
    aveNiveau: z.number().int().nullable().describe('het AVE-niveau; null zonder AVE-traject'),
    regieHolder: z.string().nullable(),
  })
  .meta({ id: 'BwWachtende' });

export const bwWachtlijstSchema = z
  .object({
    peildatum: date,
    aantal: z.number().int().describe('het aantal inwoners op de wachtlijst (indicator almelo 3.4C.2)'),
    items: z.array(bwWachtendeSchema).describe('wie wacht, de langst wachtende eerst'),
  })
  .meta({ id: 'BwWachtlijst' });
