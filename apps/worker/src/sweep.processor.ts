/**
 * The periodic sweep: a BullMQ job scheduler runs it every SWEEP_EVERY_MS on one worker at a time, and every
 * worker runs it once at start-up. It re-arms from Postgres whatever Redis may have lost.
 */
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DeadlineSweep, MAINTENANCE_QUEUE, SWEEP_JOB } from '@regie/scheduling';
import { OutboxRelay, OUTBOX_POLL_MS, SWEEP_EVERY_MS } from '@regie/runtime';
import type { Queue } from 'bullmq';

@Processor(MAINTENANCE_QUEUE)
export class SweepProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly log = new Logger('DeadlineSweep');

  constructor(
    private readonly sweep: DeadlineSweep,
    private readonly relay: OutboxRelay,
    @InjectQueue(MAINTENANCE_QUEUE) private readonly maintenance: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    this.relay.start(OUTBOX_POLL_MS);
    await this.relay.drain();
    await this.maintenance.upsertJobScheduler(SWEEP_JOB, { every: SWEEP_EVERY_MS }, { name: SWEEP_JOB });
    const armed = await this.sweep.run();
    this.log.log(`start-up sweep: ${armed} deadline triggers armed or fired`);
  }

  async process(): Promise<number> {
    const armed = await this.sweep.run();
    if (armed) this.log.log(`sweep: ${armed} deadline triggers armed or fired`);
    return armed;
  }
}
