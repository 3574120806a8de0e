/**
 * Effects (what a transition asks of another case) as BullMQ jobs, carried out by the worker. The truth is the
 * `effects` table: the outbox relay moves a committed effect there and adds its job in one transaction; the worker
 * claims the row, carries the effect out and deletes the row; the worker's sweep arms again every effect still
 * waiting, so one whose job Redis lost (a flush, a failed job removed after its attempts) is carried out all the
 * same. A job carries the effect's id only: the payload (products, aanbieders, the other case's input) stays in
 * Postgres. An effect no handler can carry out fails for good at once: its row is kept as failed (not armed again)
 * and its job fails without retries (UnrecoverableError), counted and logged by the worker.
 */
import { type EffectPayload, EffectWithoutHandler } from '@regie/engine';
import type { EffectsRepository, SystemDb } from '@regie/persistence';
import { type JobsOptions, type Queue, UnrecoverableError } from 'bullmq';
import { REDIS_CALL_TIMEOUT_MS, withTimeout } from './timeout';

export const EFFECTS_QUEUE = 'effects';

export interface EffectJob {
  /** the effect's id: its outbox row's, which also keys every command the effect sends */
  effectId: string;
}

/** The job id names the effect, so arming it again (relay, sweep, two workers) adds it once while it waits. */
export function effectJobId(effectId: string): string {
  return `effect-${effectId}`;
}

export function effectJob(effectId: string): { name: 'effect'; data: EffectJob; opts: JobsOptions } {
  return {
    name: 'effect',
    data: { effectId },
    opts: {
      jobId: effectJobId(effectId),
      attempts: 10,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: true,
      // As with the triggers: a job kept in the failed set would make arming it again a no-op. Removed, the
      // sweep arms it again from the effects table.
      removeOnFail: true,
    },
  };
}

/** How long a worker holds an effect it carries out; a worker that died holding it lets it go after this. */
export const EFFECT_LEASE_MS = 60_000;

/** An effect that cannot be carried out yet (still being relayed, or held by another worker): try again later. */
export class EffectNotReady extends Error {
  override name = 'EffectNotReady';
}

export type CarryOut = (effectId: string, payload: EffectPayload) => Promise<void>;

/** The effects waiting in Postgres, claimed one at a time by whichever worker gets the job (system work). */
export class PendingEffects {
  constructor(
    private readonly system: SystemDb,
    private readonly effects: EffectsRepository,
    private readonly leaseMs = EFFECT_LEASE_MS,
  ) {}

  /**
   * Carries out one effect, at most one worker at a time. `done` when this call did it; `gone` when there is
   * nothing left to do (a repeated delivery of an effect already done, or one that failed for good). The row is
   * deleted only after `run` succeeded; `run` may still repeat after a crash between the two, so every step it
   * takes is idempotent. An effect `run` has no handler for is recorded as failed and throws UnrecoverableError,
   * so its job is not retried: no attempt could go otherwise.
   */
  async carryOut(effectId: string, run: CarryOut): Promise<'done' | 'gone'> {
    let payload = await this.claim(effectId);
    if (!payload) {
      // The job may arrive before the relay's transaction that moved the row committed: wait for that
      // transaction (its lock on the outbox row), then look again.
      if (await this.effects.stillInOutbox(this.system, effectId))
        throw new EffectNotReady(`effect ${effectId} staat nog in de outbox`);
      payload = await this.claim(effectId);
    }
    if (!payload) {
      if (await this.effects.exists(this.system, effectId))
        throw new EffectNotReady(`effect ${effectId} wordt door een andere worker uitgevoerd`);
      return 'gone';
    }
    try {
      await run(effectId, payload);
    } catch (err) {
      if (err instanceof EffectWithoutHandler) {
        // when Postgres is away this throws, the job is retried and the next attempt records it
        await this.effects.fail(this.system, effectId, err.message);
        throw new UnrecoverableError(err.message);
      }
      // let the next attempt have it at once; when Postgres is away this fails too and the lease runs out
      await this.effects.release(this.system, effectId).catch(() => undefined);
      throw err;
    }
    await this.effects.delete(this.system, effectId);
    return 'done';
  }

  /** How many effects wait to be carried out (metrics, tests and the demo seed); failed ones do not wait. */
  count(): Promise<number> {
    return this.effects.count(this.system);
  }

  /** How many effects failed for good. */
  failed(): Promise<number> {
    return this.effects.failedCount(this.system);
  }

  private claim(effectId: string): Promise<EffectPayload | null> {
    return this.effects.claim<EffectPayload>(this.system, effectId, this.leaseMs);
  }
}

/**
 * Arms again, from Postgres, every effect that waits and that no worker holds. Every worker runs it with the
 * deadline sweep (a timer in the process, not Redis); for an effect whose job still waits in Redis the job id
 * makes it a no-op. First it gives back the failed effects of the types this worker carries out (`handles`): one
 * failed in a worker without that type's handler (an older version, during a rolling deploy) is done after all.
 */
export class EffectSweep {
  private readonly handles: readonly string[];
  private readonly batchSize: number;

  constructor(
    private readonly system: SystemDb,
    private readonly effects: EffectsRepository,
    private readonly queue: Queue,
    options: { handles?: readonly string[]; batchSize?: number } = {},
  ) {
    this.handles = options.handles ?? [];
    this.batchSize = options.batchSize ?? 1000;
  }

  /** Returns how many effects it armed (including those whose job was still there). */
  async run(): Promise<number> {
    if (this.handles.length) await this.effects.revive(this.system, this.handles);
    let armed = 0;
    for (let after = '0'; ;) {
      const batch = await this.effects.unheldAfter(this.system, after, this.batchSize);
      if (!batch.length) return armed;
      await withTimeout(
        this.queue.addBulk(batch.map((e) => effectJob(String(e.id)))),
        REDIS_CALL_TIMEOUT_MS,
        'effecten in Redis zetten',
      );
      armed += batch.length;
      after = String(batch[batch.length - 1].id);
    }
  }
}
