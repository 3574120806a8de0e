/**
 * The periodic jobs of the social domain, the one list the worker and the manual clock both run: the jobs the
 * registered workflows declare (the daily transitie18 scan), the worklist digest and the monthly monitor.
 */
import type { Kalender } from '@regie/calendar';
import type { Clock, Engine, WorkflowRegistry } from '@regie/engine';
import type { PeriodicJob } from '@regie/scheduling';
import { type DailyPatterns, PERIODIEK_WERK, type PeriodiekWerk, dailyJobs } from './dagelijks';
import { maandmonitorJob } from './maandmonitor';
import type { DomainRecords } from '../records';

export {
  type DailyPatterns,
  type GeplandeTaak,
  PERIODIEK_WERK,
  type PeriodiekWerk,
  type WerkContext,
  geplandeTaken,
} from './dagelijks';
export { Maandmonitor, maandmonitorJob } from './maandmonitor';

export function periodiekeTaken(
  engine: Engine,
  clock: Clock,
  kalender: Kalender,
  patterns: DailyPatterns,
  records: DomainRecords,
  registry: WorkflowRegistry,
  werk: Readonly<Record<string, PeriodiekWerk>> = PERIODIEK_WERK,
): PeriodicJob[] {
  return [
    ...dailyJobs({ engine, clock, records }, registry, patterns, werk),
    maandmonitorJob(records, clock, kalender),
  ];
}
