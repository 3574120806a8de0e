/**
 * The cases an import opens for the voorzieningen it brings in, started in bulk through the engine
 * (`Engine.startMany`): each with the input and Idempotency-Key the single start of voorzieningen.ts gives it (the
 * `recordVoorziening` effect, the daily enrolment scan), so an imported voorziening ends up with the same
 * herindicatie review and 18-/18+ transition as one granted in Regie, and a re-run starts nothing twice.
 */
import type { Engine, StartCommand, StartOutcome } from '@regie/engine';
import type { EnrolmentCandidateRow, VoorzieningenRepository } from '@regie/persistence';
import { type HerindicatieVan, isPleegzorg, laatsteGeboortedatum, systeemActor } from '../voorzieningen';

/** Starts per statement: a few megabytes of rows, well under what one round trip carries comfortably. */
export const START_BATCH = 500;

/** The herindicatie review of an imported voorziening with an einddatum, as herindicatieStarten starts it. */
export function herindicatieStart(team: string | null, gemeente: string, v: HerindicatieVan): StartCommand {
  return {
    actor: systeemActor(gemeente, team),
    workflow: 'herindicatie',
    subjectId: v.subjectId,
    input: {
      voorzieningId: v.voorzieningId,
      wet: v.wet,
      product: v.product,
      einddatum: v.einddatum,
      eigenaar: v.eigenaar,
    },
    idempotencyKey: `herindicatie:${v.voorzieningId}`,
  };
}

/** The 18-/18+ transition of a youth the enrolment rule found, as Transitie18Inschrijving starts it. */
export function transitie18Start(k: EnrolmentCandidateRow): StartCommand {
  return {
    actor: systeemActor(k.gemeente, k.team),
    workflow: 'transitie18',
    subjectId: k.subject_id,
    input: {
      birthDate: k.birth_date,
      jeugdVoorziening: {
        id: k.id,
        product: k.product,
        aanbieder: k.aanbieder,
        startdatum: k.startdatum,
        ...(k.einddatum ? { einddatum: k.einddatum } : {}),
        ggz: k.ggz,
        // jeugd-ggz moves to the Zvw at 18 whatever else the name says; the transitie18 input refuses both
        pleegzorg: !k.ggz && isPleegzorg(k.product),
      },
      coach: k.eigenaar,
    },
    // one enrolment per youth, however often or concurrently the scan or an import runs
    idempotencyKey: `transitie18:${k.subject_id}`,
  };
}

/** Starts the commands through the engine, START_BATCH at a time; the outcomes in the order of `cmds`. */
export async function startAll(engine: Engine, cmds: StartCommand[]): Promise<StartOutcome[]> {
  const out: StartOutcome[] = [];
  for (let i = 0; i < cmds.length; i += START_BATCH)
    out.push(...(await engine.startMany(cmds.slice(i, i + START_BATCH))));
  return out;
}

/**
 * The enrolment rule of the daily scan for the imported youths among `subjectIds` (16.5 or older and not yet 18 on
 * `vandaag`, a running Jeugdwet voorziening, no transitie18 case yet), in one query, started in bulk. Answers how
 * many were enrolled; one the engine refuses is left for the daily scan, as the scan leaves it.
 */
export async function transities18Starten(
  engine: Engine,
  voorzieningen: VoorzieningenRepository,
  gemeente: string,
  subjectIds: string[],
  vandaag: string,
): Promise<number> {
  if (!subjectIds.length) return 0;
  const kandidaten = await voorzieningen.transitie18Candidates(
    vandaag,
    laatsteGeboortedatum(vandaag, 16, 6),
    laatsteGeboortedatum(vandaag, 18, 0),
    { gemeente, subjectIds },
  );
  const outcomes = await startAll(engine, kandidaten.map(transitie18Start));
  return outcomes.filter((o) => 'view' in o).length;
}
