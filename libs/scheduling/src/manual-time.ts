/**
 * Moving a manual clock (demo and tests) as real time would have moved it:
 * - forward, every deadline trigger and every periodic job that falls due on the way happens at its own moment,
 *   in the order of those moments, so whatever one of them starts (a term armed by the transitie18 scan, a
 *   reminder of it) happens in turn; at one moment the deadlines fire before the jobs run;
 * - back (only when nothing happened after that moment: Engine.rewindClock), each job's next run becomes the first
 *   after the new now, as a worker started at that moment would have scheduled it.
 *
 * Only the API moves a manual clock, through this class, and the worker leaves the periodic jobs to it (schedule.ts
 * in apps/worker): so each run happens at the moment it fell due, and the answer of the move reports it. A move that
 * stopped halfway (its process died) leaves the clock at the last moment it reached; a job still due then runs at
 * the next move, once.
 */
import { type Clock, type Engine, InvalidData } from '@regie/engine';
import { addDuration, parseDuration } from './duration';
import type { PeriodicJobs, PeriodicRun, ScheduledJob } from './periodic-jobs';

/** What a move of the clock did: where it stands, how many deadline triggers fired, which jobs ran. */
export interface ClockMove {
  now: Date;
  fired: number;
  periodicRuns: PeriodicRun[];
}

/**
 * The farthest one move goes: every day on the way runs the daily jobs, so a move of centuries would hold its request
 * (and the clock) for hours. Ten years take a journey from 16.5 to past 23 in one move.
 */
export const MAX_MOVE_YEARS = 10;

export class ManualTime {
  constructor(
    private readonly engine: Engine,
    private readonly clock: Clock,
    /** the periodic jobs to run on the way; none for a tool that writes history without them (the demo seed) */
    private readonly jobs: PeriodicJobs | null,
  ) {}

  /** Moves the clock on by an ISO 8601 duration (`P1D`, `PT2H`). */
  async advance(by: string): Promise<ClockMove> {
    const duration = parseDuration(by);
    if (!duration)
      throw new InvalidData(`'${by}' is geen ISO 8601-duur (bijvoorbeeld P6W of PT2H)`, [{ field: 'by' }]);
    return this.forwardTo(addDuration(await this.clock.now(), duration), 'by');
  }

  /** Sets the clock to `to`: forward as `advance`, back only when nothing happened after `to` (else 409). */
  async set(to: Date): Promise<ClockMove> {
    this.manualOnly();
    if (to.getTime() >= (await this.clock.now()).getTime()) return this.forwardTo(to, 'now');
    const now = await this.engine.rewindClock(to);
    await this.jobs?.reschedule(now);
    return { now, fired: 0, periodicRuns: [] };
  }

  /** Each periodic job with its next run by this clock. */
  async schedule(): Promise<ScheduledJob[]> {
    return this.jobs ? this.jobs.scheduled(await this.clock.now()) : [];
  }

  /** `field` names the request's field that asked for `target`, for the 400 of a move too far. */
  private async forwardTo(target: Date, field: 'by' | 'now'): Promise<ClockMove> {
    this.manualOnly();
    const from = await this.clock.now();
    const farthest = addDuration(from, { years: MAX_MOVE_YEARS });
    if (!(target.getTime() <= farthest.getTime()))
      throw new InvalidData(
        `De klok gaat in één keer hoogstens ${MAX_MOVE_YEARS} jaar vooruit, tot ${farthest.toISOString()}; ` +
          'verzet haar in stappen',
        [{ field }],
      );
    await this.jobs?.register(from);
    let fired = 0;
    const periodicRuns: PeriodicRun[] = [];
    // A job that failed here, or that another process holds, is left due for the next move: its retry lease may
    // end at once, and trying it again at the same moment would not end.
    const leftDue = new Set<string>();
    for (;;) {
      const [[trigger], jobs] = await Promise.all([
        this.engine.pendingTriggers(target, 1),
        this.jobs ? this.jobs.nextDue(target, leftDue) : null,
      ]);
      if (!trigger && !jobs) break;
      if (trigger && (!jobs || trigger.at <= jobs.at)) {
        await this.clock.set(trigger.at);
        fired += await this.engine.fireDue();
        continue;
      }
      const now = await this.clock.set(jobs!.at);
      const runs = await this.jobs!.runDue(now, jobs!.names);
      periodicRuns.push(...runs);
      // failed, or held by another process since nextDue: left for the next move
      const ran = new Set(runs.filter((r) => r.ok).map((r) => r.job));
      for (const name of jobs!.names) if (!ran.has(name)) leftDue.add(name);
    }
    return { now: await this.clock.set(target), fired, periodicRuns };
  }

  private manualOnly(): void {
    if (this.clock.mode !== 'manual') throw new Error('alleen een handmatige klok kan worden verzet');
  }
}
