/**
 * The engine wired by hand for the bench, as test/support/engine-harness.ts does it: no NestJS, its own database
 * (`regie_bench`), its own Redis index and queue prefix, the system clock, the outbox relay as the engine's signal
 * (as in the runtime module), the test workflow `proef`, and BullMQ workers that fire as apps/worker does.
 */
import { GELIJKGESTELDE_DAGEN, Kalender } from '@regie/calendar';
import { Clock, Engine, WorkflowRegistry } from '@regie/engine';
import {
  ClockRepository,
  OutboxRepository,
  SystemDatabase,
  type SystemDb,
  createDataSource,
} from '@regie/persistence';
import {
  DEADLINES_QUEUE,
  OutboxRelay,
  TriggerBatcher,
  type TriggerJob,
  redisConnection,
  redisPrefix,
} from '@regie/scheduling';
import { Queue, Worker } from 'bullmq';
import type { DataSource } from 'typeorm';
import { proef } from '../test/support/proef-workflow';
import { domainRules, engineRepositories } from '../test/support/hand-wired';

export const BENCH_DATABASE = 'regie_bench';
export const BENCH_REDIS_DB = '14';
export const BENCH_PREFIX = 'regie-bench';
export const GEMEENTE = 'bench';
export const ACTOR = { id: 'bench-user', gemeente: GEMEENTE, roles: ['intaker'] as readonly string[] };
/** the relay puts every trigger of the run in Redis at once */
export const HORIZON_MS = 3_600_000;

export function urlFor(database: string, base = process.env.DATABASE_URL): string {
  const url = new URL(base ?? 'postgres://postgres@127.0.0.1:5432/regie');
  url.pathname = `/${database}`;
  return url.toString();
}

/** Points this process (and the children it forks) at the bench's own database and Redis keys. */
export function useBenchEnvironment(): void {
  if (!process.env.BENCH_DATABASE_URL) process.env.BENCH_DATABASE_URL = urlFor(BENCH_DATABASE);
  process.env.REDIS_DB = process.env.BENCH_REDIS_DB ?? BENCH_REDIS_DB;
  process.env.REDIS_PREFIX = process.env.BENCH_PREFIX ?? BENCH_PREFIX;
}

export interface Wired {
  db: DataSource;
  /** the owner's handle on `db` */
  system: SystemDb;
  registry: WorkflowRegistry;
  clock: Clock;
  queue: Queue;
  relay: OutboxRelay;
  engine: Engine;
  close(): Promise<void>;
}

/** A clock on `db`'s owner handle, as the runtime module makes it. */
export function clockOn(db: DataSource, mode: 'system' | 'manual', start?: () => Date): Clock {
  return new Clock(mode, new SystemDatabase(db).handle, new ClockRepository(), start);
}

/**
 * An engine on `clock` with `registry`, the outbox relay as its signal (as in the runtime module); for the phases
 * that need other workflows or another clock than `wire` gives.
 */
export function engineWith(
  db: DataSource,
  queue: Queue,
  clock: Clock,
  registry: WorkflowRegistry,
  relayBatch = 1000,
): { relay: OutboxRelay; engine: Engine } {
  const system = new SystemDatabase(db).handle;
  const relay = new OutboxRelay(system, new OutboxRepository(), queue, clock, {
    horizonMs: HORIZON_MS,
    batchSize: relayBatch,
    onError: (err) => console.error(`  outbox drain failed: ${(err as Error).message}`),
  });
  const kalender = new Kalender(GELIJKGESTELDE_DAGEN);
  const repositories = engineRepositories();
  return {
    relay,
    engine: new Engine({ system, repositories, registry, ...domainRules(), clock, kalender, outbox: relay }),
  };
}

export async function wire(opts: { pool: number; relayBatch?: number }): Promise<Wired> {
  const db = createDataSource(process.env.BENCH_DATABASE_URL, { databasePool: opts.pool });
  await db.initialize();
  const clock = clockOn(db, 'system');
  const registry = new WorkflowRegistry([proef]);
  const queue = new Queue(DEADLINES_QUEUE, { connection: redisConnection(), prefix: redisPrefix() });
  const { relay, engine } = engineWith(db, queue, clock, registry, opts.relayBatch);
  return {
    db,
    system: new SystemDatabase(db).handle,
    registry,
    clock,
    queue,
    relay,
    engine,
    async close() {
      await relay.stop();
      await queue.close();
      await db.destroy();
    },
  };
}

/** apps/worker's default: many slots, so that jobs falling due together meet in one batch */
export const WORKER_CONCURRENCY = 200;

/** TriggerBatcher settings; unset means the worker's defaults (the bench passes others only to measure them) */
export interface BatchOptions {
  maxBatch?: number;
  lingerMs?: number;
}

/**
 * A BullMQ Worker whose processor does what apps/worker/src/deadline.processor.ts does: hand each job to one
 * TriggerBatcher, which fires the jobs arriving together with one `Engine.fireMany`.
 */
export function fireWorker(
  engine: Engine,
  concurrency: number,
  batch: BatchOptions = {},
): Worker<TriggerJob> {
  const batcher = new TriggerBatcher(engine, batch.maxBatch, batch.lingerMs);
  return new Worker<TriggerJob>(
    DEADLINES_QUEUE,
    async (job) => {
      const { deadlineId, token, kind } = job.data;
      return batcher.fire({ deadlineId, token, kind });
    },
    { connection: redisConnection(), prefix: redisPrefix(), concurrency },
  );
}
