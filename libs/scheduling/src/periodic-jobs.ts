/**
 * Jobs that run on a calendar rhythm (the daily transitie18 scan, the worklist digest), scheduled from Postgres.
 * A BullMQ job scheduler would live only in Redis: a Redis that loses its keys would stop them silently until a
 * worker restarted. Here every worker ticks; the first that finds a run due claims it with a lease (one run across
 * workers), and a run whose worker died is taken over once its lease ends. A run missed while no worker ran
 * happens once at the next tick, not once per missed day. Runs use the injected clock, so advancing a manual clock
 * past 05:00 runs the morning scan as real time would.
 */
import type { Clock } from '@regie/engine';
import { PeriodicJobsRepository } from '@regie/persistence';
import { CronExpressionParser } from 'cron-parser';
import type { DataSource } from 'typeorm';

export interface PeriodicJob {
  name: string;
  /** cron pattern in `timeZone` */
  pattern: string;
  /** does the work; returns a summary for the log (counts only, never personal data) */
  run(): Promise<string>;
}

export interface PeriodicJobsOptions {
  timeZone?: string;
  /** how long a claimed run may take before another worker takes it over */
  leaseMs?: number;
  /** how long to wait after a failed run before trying again */
  retryMs?: number;
  log?: { log(message: string): void; error(message: string): void };
}

export function nextRun(pattern: string, after: Date, timeZone = 'Europe/Amsterdam'): Date {
  return CronExpressionParser.parse(pattern, { currentDate: after, tz: timeZone }).next().toDate();
}

export class PeriodicJobs {
  private readonly timeZone: string;
  private readonly schedule: PeriodicJobsRepository;

  constructor(
    db: DataSource,
    private readonly clock: Clock,
    private readonly jobs: readonly PeriodicJob[],
    private readonly options: PeriodicJobsOptions = {},
  ) {
    this.timeZone = options.timeZone ?? 'Europe/Amsterdam';
    this.schedule = new PeriodicJobsRepository(db);
    for (const job of jobs) nextRun(job.pattern, new Date(), this.timeZone); // a bad pattern fails at start-up
  }

  /** Runs every job that is due and not claimed by another worker. Returns the names of the jobs it ran. */
  async tick(): Promise<string[]> {
    const ran: string[] = [];
    for (const job of this.jobs) if (await this.runIfDue(job)) ran.push(job.name);
    return ran;
  }

  private async runIfDue(job: PeriodicJob): Promise<boolean> {
    const now = await this.clock.now();
    // A new job, or a job whose pattern changed, gets its next run from the pattern.
    await this.schedule.register(job.name, job.pattern, nextRun(job.pattern, now, this.timeZone));
    // Leases are in real time: a manual clock that stands still must not keep a dead worker's lease for ever.
    const real = Date.now();
    const claimed = await this.schedule.claim(
      job.name,
      now,
      new Date(real + (this.options.leaseMs ?? 30 * 60_000)),
      new Date(real),
    );
    if (!claimed) return false;
    try {
      const summary = await job.run();
      this.options.log?.log(`${job.name}: ${summary}`);
      await this.schedule.succeeded(job.name, nextRun(job.pattern, now, this.timeZone), now);
      return true;
    } catch (err) {
      const message = (err as Error).message;
      this.options.log?.error(`${job.name} mislukt, wordt opnieuw geprobeerd: ${message}`);
      await this.schedule
        .failed(job.name, new Date(Date.now() + (this.options.retryMs ?? 5 * 60_000)), message)
        .catch(() => undefined); // the lease ends by itself if Postgres is the trouble
      return false;
    }
  }
}
