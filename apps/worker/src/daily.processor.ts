/**
 * Daily jobs, each a BullMQ job scheduler (one run per day across all workers, like the sweep's):
 * - `transitie18-scan`: enrols every youth with a running Jeugdwet voorziening who is 16.5 or older and has no
 *   transition case (Transitie18Inschrijving, one set-based query);
 * - `werklijst-digest`: one notification per user summarising their worklist (counts only).
 * Job payloads are empty and logs hold counts only: no personal data leaves Postgres.
 */
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock, Engine, Transitie18Inschrijving, WorklistDigest } from '@regie/engine';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';

export const DAILY_QUEUE = 'daily';
export const TRANSITIE18_SCAN_JOB = 'transitie18-scan';
export const DIGEST_JOB = 'werklijst-digest';
/** Cron patterns in Amsterdam time; overridable for a gemeente's own rhythm. */
export const TRANSITIE18_SCAN_PATTERN = process.env.TRANSITIE18_SCAN_PATTERN ?? '0 5 * * *';
export const DIGEST_PATTERN = process.env.DIGEST_PATTERN ?? '0 7 * * 1-5';

@Processor(DAILY_QUEUE)
export class DailyProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly log = new Logger('DailyJobs');
  private readonly scan: Transitie18Inschrijving;
  private readonly digest: WorklistDigest;

  constructor(
    engine: Engine,
    db: DataSource,
    clock: Clock,
    @InjectQueue(DAILY_QUEUE) private readonly daily: Queue,
  ) {
    super();
    this.scan = new Transitie18Inschrijving(engine, db, clock);
    this.digest = new WorklistDigest(db, clock);
  }

  async onApplicationBootstrap(): Promise<void> {
    const tz = 'Europe/Amsterdam';
    await this.daily.upsertJobScheduler(
      TRANSITIE18_SCAN_JOB,
      { pattern: TRANSITIE18_SCAN_PATTERN, tz },
      { name: TRANSITIE18_SCAN_JOB, data: {} },
    );
    await this.daily.upsertJobScheduler(
      DIGEST_JOB,
      { pattern: DIGEST_PATTERN, tz },
      { name: DIGEST_JOB, data: {} },
    );
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case TRANSITIE18_SCAN_JOB: {
        const r = await this.scan.scan();
        this.log.log(
          `transitie18-scan: ${r.gevonden} gevonden, ${r.ingeschreven} ingeschreven, ${r.overgeslagen} overgeslagen`,
        );
        return r;
      }
      case DIGEST_JOB: {
        const n = await this.digest.run();
        this.log.log(`werklijst-digest: ${n} dagoverzichten`);
        return n;
      }
      default:
        this.log.warn(`onbekende dagelijkse taak: ${job.name}`);
        return null;
    }
  }
}
