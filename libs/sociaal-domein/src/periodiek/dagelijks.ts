/**
 * The daily jobs (scheduled from Postgres by PeriodicJobs, so one run per day across all workers):
 * - `transitie18-scan`: enrols every youth with a running Jeugdwet voorziening who is 16.5 or older and has no
 *   transition case (Transitie18Inschrijving, one set-based query);
 * - `werklijst-digest`: one notification per user summarising their worklist (counts only).
 * Summaries hold counts only: no personal data leaves Postgres.
 */
import type { Config } from '@regie/config';
import type { Clock, Engine } from '@regie/engine';
import type { PeriodicJob } from '@regie/scheduling';
import type { DomeinRecords } from '../records';
import { Transitie18Inschrijving } from '../voorzieningen';
import { WorklistDigest } from '../worklist';

/** Cron patterns in Amsterdam time, from the configuration: a gemeente may keep its own rhythm. */
export type DailyPatterns = Pick<Config, 'transitie18ScanPattern' | 'digestPattern'>;

export function dailyJobs(
  engine: Engine,
  clock: Clock,
  patterns: DailyPatterns,
  records: DomeinRecords,
): PeriodicJob[] {
  const scan = new Transitie18Inschrijving(engine, records.system.handle, records.voorzieningen, clock);
  const digest = new WorklistDigest(records.worklist, records.system.handle, clock);
  return [
    {
      name: 'transitie18-scan',
      pattern: patterns.transitie18ScanPattern,
      run: async () => {
        const r = await scan.scan();
        return `${r.gevonden} gevonden, ${r.ingeschreven} ingeschreven, ${r.overgeslagen} overgeslagen`;
      },
    },
    {
      name: 'werklijst-digest',
      pattern: patterns.digestPattern,
      run: async () => `${await digest.run()} dagoverzichten`,
    },
  ];
}
