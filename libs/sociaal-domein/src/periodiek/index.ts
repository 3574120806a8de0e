/**
 * The periodic jobs of the social domain, the one list the worker and the manual clock both run: the daily
 * transitie18 scan and worklist digest, and the monthly monitor.
 */
import type { Kalender } from '@regie/calendar';
import type { Clock, Engine } from '@regie/engine';
import type { PeriodicJob } from '@regie/scheduling';
import { type DailyPatterns, dailyJobs } from './dagelijks';
import { maandmonitorJob } from './maandmonitor';
import type { DomeinRecords } from '../records';

export { type DailyPatterns } from './dagelijks';
export { Maandmonitor, maandmonitorJob } from './maandmonitor';

export function periodiekeTaken(
  engine: Engine,
  clock: Clock,
  kalender: Kalender,
  patterns: DailyPatterns,
  records: DomeinRecords,
): PeriodicJob[] {
  return [...dailyJobs(engine, clock, patterns, records), maandmonitorJob(records, clock, kalender)];
}
