/**
 * The entry criteria of a doorbraak (JOURNEYS.md section 3), one definition for every journey that registers one:
 * the doorbraak's own start input, and the klantreis (intake) and the AVE track that start or link it for their
 * household. Shared here, beside fields.ts, because workflows never import each other.
 */
import { z } from 'zod';
import { datum, naam, tekst, userId } from './fields';
import type { EnsureCaseEffect } from './workflow';

const blokkade = z.strictObject({
  omschrijving: tekst.describe('welke regel, welk proces of welke instantie blokkeert, en hoe'),
  instantie: naam
    .optional()
    .describe('de instantie die de regel stelt of toepast, bijv. de woningcorporatie'),
});

/** What is stuck, which rules or agencies block, since when, and why standard provisions do not help. */
export const doorbraakCriteria = {
  vastgelopen: tekst.describe('wat zit vast in het huishouden'),
  blokkades: z
    .array(blokkade)
    .min(1, 'blokkades: noem ten minste één regel of instantie die blokkeert')
    .max(20)
    .describe('de regels of instanties die elkaar of het huishouden blokkeren'),
  sinds: datum.describe('sinds wanneer het vastzit (JJJJ-MM-DD)'),
  waaromGeenStandaard: tekst.describe('waarom de standaardvoorzieningen niet helpen'),
  /** user id of the regisseur of the doorbraak; who registers the aanmelding when absent */
  regisseur: userId.optional().describe('de regisseur van de doorbraak; standaard wie aanmeldt'),
};

export type DoorbraakCriteria = z.infer<z.ZodObject<typeof doorbraakCriteria>>;

/** The start input of the doorbraak from the criteria an event carried (absent fields left out). */
function doorbraakStart(e: DoorbraakCriteria): Record<string, unknown> {
  return {
    vastgelopen: e.vastgelopen,
    blokkades: e.blokkades.map((b) => ({ ...b })),
    sinds: e.sinds,
    waaromGeenStandaard: e.waaromGeenStandaard,
    ...(e.regisseur ? { regisseur: e.regisseur } : {}),
  };
}

/**
 * A journey whose household the rules block starts the household's doorbraak with the criteria, or joins the
 * running one (one per household) with event `koppel.event`: either way the two cases are linked both ways, this
 * case's id under `koppel.veld` (in the start input and in that event).
 */
export function doorbraakAanmelding(
  subjectId: string,
  criteria: DoorbraakCriteria,
  koppel: { veld: string; caseId: string; event: string },
): EnsureCaseEffect {
  return {
    type: 'ensureCase',
    workflow: 'doorbraak',
    subjectId,
    start: { ...doorbraakStart(criteria), [koppel.veld]: koppel.caseId },
    existing: [{ type: koppel.event, [koppel.veld]: koppel.caseId }],
    linkBack: { type: 'DOORBRAAK_GEKOPPELD', field: 'doorbraakCaseId' },
  };
}
