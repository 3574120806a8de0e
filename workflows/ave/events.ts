/**
 * The data of the case input and of every event a professional may send, as zod schemas. Objects are strict:
 * unknown fields are refused, so no personal data (names, BSN, birth dates) slips into the persisted context.
 * People appear only as user ids (professionals), the household only as the case's subjectId.
 */
import { z } from 'zod';
import { doorbraakCriteria } from '../doorbraak-aanmelding';
import { tekst, userId } from '../fields';
import type { ClientEventOf, EventDataOf } from '../define';
import type { DeadlineDueEvent } from '../workflow';
import { aveConfigInput, mergeConfig, niveauConfig } from './config';

/** The criteria for opschalen (national AVE guide). */
export const CRITERIA = [
  'veiligheid',
  'stagnatie',
  'meerdere_domeinen',
  'gemeentegrensoverschrijdend',
  'specifieke_expertise',
] as const;
export type Criterium = (typeof CRITERIA)[number];

export const REVIEW_BESLUITEN = ['handhaven', 'opschalen', 'afschalen'] as const;
export type ReviewBesluit = (typeof REVIEW_BESLUITEN)[number];

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

const niveau = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const hogerNiveau = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const lagerNiveau = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);
const criteria = z.array(z.enum(CRITERIA)).min(1).refine(unique, 'criteria dubbel');

/** `input` of POST /api/v1/cases for workflow `ave`: one AVE track per huishouden (the case's subject). */
export const aveInput = z
  .strictObject({
    /** the level the track starts at; 1 when absent */
    startLevel: niveau.optional(),
    kinderenInHuishouden: z.boolean(),
    /**
     * user id of the first regie holder at the start level. At a level with an acceptance term (3 and 4) the one
     * who is to accept; absent (or who starts the track) routes it to the level's role, whose professional accepts
     * (an intaker never holds level 3 or 4 regie). At a level without one, absent: who starts the track.
     */
    regisseur: userId.optional(),
    /** user id of who keeps procesregie, when the start level has one (level 4: the procesmanager) */
    procesregisseur: userId.optional(),
    /** the intake (klantreis) whose triage started this track */
    intakeCaseId: z.uuid().optional(),
    /** why the track starts at this level, and the criteria met (for a start above level 1) */
    reden: tekst.optional(),
    criteria: criteria.optional(),
    /** the gemeente's deviations from AVE_DEFAULTS */
    config: aveConfigInput.optional(),
  })
  .superRefine((v, ctx) => {
    const start = v.startLevel ?? 1;
    // starting high is a raise from level 1 and needs what opschalen needs: a reason and the criteria met
    if (start >= 3 && !v.reden)
      ctx.addIssue({
        code: 'custom',
        path: ['reden'],
        message: `een start op niveau ${start} is opschalen: waarom?`,
      });
    if (start >= 3 && !v.criteria)
      ctx.addIssue({
        code: 'custom',
        path: ['criteria'],
        message: `een start op niveau ${start} is opschalen: aan welke criteria is voldaan?`,
      });
    if (niveauConfig(mergeConfig(v.config), start).procesregierol && v.regisseur && !v.procesregisseur)
      ctx.addIssue({
        code: 'custom',
        path: ['procesregisseur'],
        message: `op niveau ${start} houdt een procesregisseur (procesmanager) de procesregie: wie?`,
      });
  });
export type AveInput = z.infer<typeof aveInput>;

/** The data each client event carries (without `type`, `at`, `actor`). */
export const eventSchemas = {
  OPSCHALEN: z.strictObject({
    /** higher than the current level; levels may be skipped (acute safety goes straight to 4) */
    naarNiveau: hogerNiveau,
    reden: tekst,
    criteria,
    /**
     * user id of the receiving regie holder; at levels with an acceptance term they accept first, and absent routes
     * the transfer to the level's role (whose professional accepts). At a level without one, absent: the present
     * holder keeps regie.
     */
    ontvanger: userId.optional(),
    /** user id of who keeps procesregie at a level that has one (level 4); by default the level 3 holder */
    procesregisseur: userId.optional(),
    /** the intake whose triage raises the track: linked as with INTAKE_GEKOPPELD */
    intakeCaseId: z.uuid().optional(),
  }),
  AFSCHALEN: z.strictObject({
    reden: tekst,
    /** optional, to state the intent: must be exactly one level below the current one */
    naarNiveau: lagerNiveau.optional(),
    /** user id of who takes regie; by default the last holder at that level ("wat lokaal kan, lokaal houden") */
    ontvanger: userId.optional(),
  }),
  REGIE_GEACCEPTEERD: z.strictObject({}),
  REVIEW_UITGEVOERD: z.strictObject({
    /** the review's decision; opschalen and afschalen follow as their own event */
    besluit: z.enum(REVIEW_BESLUITEN),
    toelichting: tekst,
  }),
  KINDEREN_GEWIJZIGD: z.strictObject({
    kinderenInHuishouden: z.boolean(),
    /** user id of the new regie holder, needed when the change alters who has regie at this level (level 3) */
    ontvanger: userId.optional(),
  }),
  INTAKE_GEKOPPELD: z.strictObject({ intakeCaseId: z.uuid() }),
  /** the rules block the household: start its doorbraak (or link the running one), linked both ways */
  DOORBRAAK_AANGEMELD: z.strictObject(doorbraakCriteria),
  /** the household's doorbraak this track started or joined (sent by the engine after DOORBRAAK_AANGEMELD) */
  DOORBRAAK_GEKOPPELD: z.strictObject({ doorbraakCaseId: z.uuid().describe('de doorbraak') }),
  REGIE_OVERGEDRAGEN: z.strictObject({
    /** user id of the new regie holder at the current level: takes regie at once (teamleider's assignment) */
    holder: userId,
    /** user id of a new procesregisseur, at a level that has procesregie apart (level 4) */
    procesregisseur: userId.optional(),
  }),
  CONFIGURATIE_GEWIJZIGD: z.strictObject({ config: aveConfigInput }),
  AFGESLOTEN: z.strictObject({ reden: tekst }),
} as const;

export type AveEventType = keyof typeof eventSchemas;

export type EventData<K extends AveEventType> = EventDataOf<typeof eventSchemas, K>;

/** A client event as the machine sees it: type, the validated data, and the engine's envelope. */
export type AveClientEvent = ClientEventOf<typeof eventSchemas>;

export type AveEvent = AveClientEvent | DeadlineDueEvent;

/** Dutch labels for buttons and docs. */
export const eventTitles: Record<AveEventType, string> = {
  OPSCHALEN: 'Opschalen',
  AFSCHALEN: 'Afschalen (één niveau)',
  REGIE_GEACCEPTEERD: 'Regie accepteren',
  REVIEW_UITGEVOERD: 'Periodieke review vastleggen',
  KINDEREN_GEWIJZIGD: 'Kinderen in het huishouden wijzigen',
  INTAKE_GEKOPPELD: 'Klantreis (intake) koppelen',
  DOORBRAAK_AANGEMELD: 'Aanmelden voor de Doorbraakmethode',
  DOORBRAAK_GEKOPPELD: 'Doorbraak koppelen',
  REGIE_OVERGEDRAGEN: 'Regie overdragen (teamleider)',
  CONFIGURATIE_GEWIJZIGD: 'AVE-afspraken wijzigen',
  AFGESLOTEN: 'AVE-traject afsluiten',
};
