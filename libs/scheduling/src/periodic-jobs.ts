/**
 * Jobs that run on a calendar rhythm (the daily transitie18 scan, the worklist digest, the monthly monitor),
 * scheduled from Postgres. A BullMQ job scheduler would live only in Redis: a Redis that loses its keys would stop
 * them silently until a worker restarted. Here every worker ticks; the first that finds a run due claims it with a
 * lease (one run across workers), and a run whose worker died is taken over once its lease ends. A run missed while
 * no worker ran happens once at the next tick, not once per missed day.
 *
 * Runs use the injected clock. A manual clock moves only through ManualTime (manual-time.ts), which runs each job
 * at every moment it falls due on the way and sets each job's next run from the new now when the clock is set.
 */
import type { Clock } from '@regie/engine';
import type { PeriodicJobsRepository, SystemDb } from '@regie/persistence';
import { CronExpressionParser } from 'cron-parser';

export interface PeriodicJob {
  name: string;
  /** cron pattern in `timeZone` */
  pattern: string;
  /** does the work; returns a summary for the log (counts only, never personal data) */
  run(): Promise<string>;
}

/** One run of a job: the moment it was due, and its summary or why it failed (counts only). */
export interface PeriodicRun {
  job: string;
  at: Date;
  ok: boolean;
  summary: string;
}

/** A job as the schedule holds it: its rhythm, its next run, and how its last run went. */
export interface ScheduledJob {
  name: string;
  pattern: string;
  nextRunAt: Date;
  lastRunAt: Date | null;
  lastError: string | null;
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

/** The schedule is system work: one row per job, for every gemeente (`system`). */
export class PeriodicJobs {
  private readonly timeZone: string;

  constructor(
    private readonly system: SystemDb,
    private readonly schedule: PeriodicJobsRepository,
    private readonly clock: Clock,
    private readonly jobs: readonly PeriodicJob[],
    private readonly options: PeriodicJobsOptions = {},
  ) {
    this.timeZone = options.timeZone ?? 'Europe/Amsterdam';
    for (const job of jobs) this.nextAfter(job, new Date()); // a bad pattern fails at start-up
  }

  /** Runs every job that is due and not claimed by another worker. Returns the names of the jobs it ran. */
  async tick(): Promise<string[]> {
    const now = await this.clock.now();
    await this.register(now);
    return (await this.runDue(now)).filter((r) => r.ok).map((r) => r.job);
  }

  /** Runs, in the order the jobs were given, each job due by `now` that no other process holds; `only` those. */
  async runDue(now: Date, only?: readonly string[]): Promise<PeriodicRun[]> {
    const runs: PeriodicRun[] = [];
    for (const job of this.jobs) {
      if (only && !only.includes(job.name)) continue;
      const run = await this.runIfDue(job, now);
      if (run) runs.push(run);
    }
    return runs;
  }

  /** The first moment by `upTo` at which a job but `except` falls due that no process holds, and those jobs. */
  nextDue(
    upTo: Date,
    except: ReadonlySet<string> = new Set(),
  ): Promise<{ at: Date; names: string[] } | null> {
    const names = this.names().filter((n) => !except.has(n));
    return this.schedule.nextDue(this.system, names, upTo, new Date());
  }

  /** Registers each job not known yet, or whose pattern changed, with its next run after `now`; leaves the rest. */
  async register(now: Date): Promise<void> {
    for (const job of this.jobs)
      await this.schedule.register(this.system, job.name, job.pattern, this.nextAfter(job, now));
  }

  /** Sets each job's next run to the first after `now`: the clock was set to another moment. */
  async reschedule(now: Date): Promise<void> {
    if (!this.jobs.length) return;
    await this.schedule.reschedule(
      this.system,
      this.jobs.map((job) => ({ name: job.name, pattern: job.pattern, nextRunAt: this.nextAfter(job, now) })),
    );
  }

  /** Each job with its next run; a job no process registered yet with the first run after `now`. */
  async scheduled(now: Date): Promise<ScheduledJob[]> {
    const rows = new Map((await this.schedule.list(this.system, this.names())).map((r) => [r.name, r]));
    return this.jobs.map((job) => {
      const row = rows.get(job.name);
      return {
        name: job.name,
        pattern: job.pattern,
        nextRunAt: row && row.pattern === job.pattern ? row.next_run_at : this.nextAfter(job, now),
        lastRunAt: row?.last_run_at ?? null,
        lastError: row?.last_error ?? null,
      };
    });
  }

  private names(): string[] {
    return this.jobs.map((j) => j.name);
  }

  private nextAfter(job: PeriodicJob, moment: Date): Date {
    return nextRun(job.pattern, moment, this.timeZone);
  }

  private async runIfDue(job: PeriodicJob, now: Date): Promise<PeriodicRun | null> {
    // Leases are in real time: a manual clock that stands still must not keep a dead worker's lease for ever.
    const real = Date.now();
    const at = await this.schedule.claim(
      this.system,
      job.name,
      now,
      new Date(real + (this.options.leaseMs ?? 30 * 60_000)),
      new Date(real),
    );
    if (!at) return null;
    try {
      const summary = await job.run();
      this.options.log?.log(`${job.name}: ${summary}`);
      await this.schedule.succeeded(this.system, job.name, this.nextAfter(job, now), now);
      return { job: job.name, at, ok: true, summary };
    } catch (err) {
      const message = (err as Error).message;
      this.options.log?.error(`${job.name} mislukt, wordt opnieuw geprobeerd: ${message}`);
      await this.schedule
        .failed(this.system, job.name, new Date(Date.now() + (this.options.retryMs ?? 5 * 60_000)), message)
        .catch(() => undefined); // the lease ends by itself if Postgres is the trouble
      return { job: job.name, at, ok: false, summary: `mislukt: ${message}` };
    }
  }
}
