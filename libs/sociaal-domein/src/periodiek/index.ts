/**
 * The periodic jobs of the social domain, the one list the worker and the manual clock both run: the daily
 * transitie18 scan and worklist digest, and the monthly monitor.
 */
import type { Kalender } from '@regie/calendar';
import type { Clock, Engine } from '@regie/engine';
import type { PeriodicJob } from '@regie/scheduling';
import type { DataSource } from 'typeorm';
import { type DailyPatterns, dailyJobs } from './dagelijks';
import { maandmonitorJob } from './maandmonitor';

export { type DailyPatterns } from './dagelijks';
export { Maandmonitor, maandmonitorJob } from './maandmonitor';

export function periodiekeTaken(
  engine: Engine,
  db: DataSource,
  clock: Clock,
  kalender: Kalender,
  patterns: DailyPatterns,
): PeriodicJob[] {
  return [...dailyJobs(engine, db, clock, patterns), maandmonitorJob(db, clock, kalender)];
}
