/**
 * The cases an import opens for the voorzieningen it brings in, started in bulk through the engine
 * (`Engine.startMany`): each with the input and Idempotency-Key the single start of voorzieningen.ts gives it (the
 * `recordVoorziening` effect, the daily enrolment scan), so an imported voorziening ends up with the same
 * herindicatie review and 18-/18+ transition as one granted in Regie, and a re-run starts nothing twice.
 */
import type { Engine, StartCommand, StartOutcome } from '@regie/engine';
import type { TenantDb, VoorzieningenRepository } from '@regie/persistence';
import { TRANSITIE18_WORKFLOW, laatsteGeboortedatum, transitie18Start } from '../voorzieningen';

/** Starts per statement: a few megabytes of rows, well under what one round trip carries comfortably. */
export const START_BATCH = 500;

/**
 * Starts the commands through the engine on `db` (the importing gemeente's tenant handle), START_BATCH at a time;
 * the outcomes in the order of `cmds`.
 */
export async function startAll(engine: Engine, db: TenantDb, cmds: StartCommand[]): Promise<StartOutcome[]> {
  const out: StartOutcome[] = [];
  for (let i = 0; i < cmds.length; i += START_BATCH)
    out.push(...(await engine.startMany(db, cmds.slice(i, i + START_BATCH))));
  return out;
}

/**
 * The enrolment rule of the daily scan for the imported youths among `subjectIds` (16.5 or older and not yet 18 on
 * `vandaag`, a running Jeugdwet voorziening, no transitie18 case yet), in one query, started in bulk. Answers how
 * many were enrolled; one the engine refuses is left for the daily scan, as the scan leaves it. `db`: the
 * importing gemeente's tenant handle.
 */
export async function transities18Starten(
  engine: Engine,
  voorzieningen: VoorzieningenRepository,
  db: TenantDb,
  subjectIds: string[],
  vandaag: string,
): Promise<number> {
  if (!subjectIds.length) return 0;
  const kandidaten = await voorzieningen.enrolmentCandidates(
    db,
    TRANSITIE18_WORKFLOW,
    vandaag,
    laatsteGeboortedatum(vandaag, 16, 6),
    laatsteGeboortedatum(vandaag, 18, 0),
    { gemeente: db.gemeente, subjectIds },
  );
  const outcomes = await startAll(engine, db, kandidaten.map(transitie18Start));
  return outcomes.filter((o) => 'view' in o).length;
}
