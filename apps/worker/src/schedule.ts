/**
 * The worker's rhythm, kept by timers in this process and by Postgres, never by state that lives only in Redis:
 * - the sweep, every SWEEP_EVERY_MS and once at start-up, arms from Postgres every trigger falling due within
 *   the horizon and every overdue one, and every effect still waiting to be carried out, so whatever Redis lost
 *   (keys, schedulers, failed jobs) fires or is carried out within one interval; every worker sweeps, and the job
 *   ids make a second arming a no-op;
 * - the outbox relay's poll, for rows whose own process died before relaying them;
 * - the daily jobs and the monthly monitor, claimed in Postgres so each runs once across workers (PeriodicJobs),
 *   by the system clock only: a manual clock moves only through the API (ManualTime), which runs each job at the
 *   moment it falls due on the way and reports it, so a worker running it too would run it at a later moment.
 */
import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Config } from '@regie/config';
import { Clock } from '@regie/engine';
import { OutboxRelay } from '@regie/runtime';
import { DeadlineSweep, EffectSweep, PeriodicJobs, Repeating } from '@regie/scheduling';

@Injectable()
export class WorkerSchedule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('Schedule');
  private readonly sweeping: Repeating;
  private readonly periodic: Repeating | null;
  private readonly outboxPollMs: number;

  constructor(
    private readonly sweep: DeadlineSweep,
    private readonly effectSweep: EffectSweep,
    private readonly relay: OutboxRelay,
    jobs: PeriodicJobs,
    clock: Clock,
    config: ConfigService<Config, true>,
  ) {
    const sweepEveryMs = config.get('sweepEveryMs', { infer: true });
    this.outboxPollMs = config.get('outboxPollMs', { infer: true });
    this.sweeping = new Repeating(
      sweepEveryMs,
      async () => {
        const armed = await this.sweep.run();
        if (armed) this.log.log(`sweep: ${armed} deadline-triggers klaargezet of afgegaan`);
        const effects = await this.effectSweep.run();
        if (effects) this.log.log(`sweep: ${effects} wachtende effecten klaargezet`);
      },
      (err) => this.log.warn(`sweep mislukt, volgende ronde opnieuw: ${(err as Error).message}`),
    );
    this.periodic =
      clock.mode === 'manual'
        ? null
        : new Repeating(
            Math.min(sweepEveryMs, 60_000),
            () => jobs.tick(),
            (err) => this.log.warn(`dagelijkse taken niet bekeken: ${(err as Error).message}`),
          );
  }

  onApplicationBootstrap(): void {
    this.relay.start(this.outboxPollMs);
    this.sweeping.start();
    this.periodic?.start();
    // At once rather than after the first interval; not awaited, so a Redis that is away does not stop the boot.
    void this.sweeping.runOnce();
    void this.periodic?.runOnce();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([this.sweeping.stop(), this.periodic?.stop()]);
  }
}
