/**
 * The engine wired by hand against this test file's own Postgres database and Redis index: no NestJS, a real
 * BullMQ queue and worker, the system clock so real timers can be watched.
 */
import { GELIJKGESTELDE_DAGEN, Kalender } from '@regie/calendar';
import { Clock, Engine, type OutboxSignal, WorkflowRegistry } from '@regie/engine';
import {
  ClockRepository,
  OutboxRepository,
  SystemDatabase,
  type SystemDb,
  createDataSource,
} from '@regie/persistence';
import {
  DEADLINES_QUEUE,
  DeadlineSweep,
  OutboxRelay,
  type TriggerJob,
  redisConnection,
  redisPrefix,
} from '@regie/scheduling';
import { workflows } from '@regie/workflows';
import { Queue, Worker } from 'bullmq';
import type { DataSource } from 'typeorm';
import { proef } from './proef-workflow';
import { useTestEnvironment } from './env';
import { domainRules, engineRepositories } from './hand-wired';

export interface Harness {
  db: DataSource;
  /** the owner's handle on `db`, as SystemDatabase gives it */
  system: SystemDb;
  clock: Clock;
  registry: WorkflowRegistry;
  queue: Queue;
  relay: OutboxRelay;
  sweep: DeadlineSweep;
  engine: Engine;
  /** an engine whose process "dies" right after each commit: it never wakes the relay */
  crashingEngine: Engine;
  /**
   * An engine on a manual clock starting at `start`, that never wakes the relay: with `start` well ahead of real
   * time none of its triggers reaches Redis, so the test alone decides when (and how late) each one arrives.
   */
  manualEngine(start: Date): { engine: Engine; clock: Clock };
  startWorker(): Worker;
  close(): Promise<void>;
}

export async function harness(): Promise<Harness> {
  await useTestEnvironment({ CLOCK: 'system' });
  const db = createDataSource();
  await db.initialize();
  await db.query(`INSERT INTO gemeenten (id, name) VALUES ('testgem', 'Testgemeente')`);
  const system = new SystemDatabase(db).handle;
  const repositories = engineRepositories();
  const rules = domainRules();
  const clock = new Clock('system', system, new ClockRepository());
  const registry = new WorkflowRegistry([...workflows, proef]);
  const kalender = new Kalender(GELIJKGESTELDE_DAGEN);
  const queue = new Queue(DEADLINES_QUEUE, { connection: redisConnection(), prefix: redisPrefix() });
  const relay = new OutboxRelay(system, new OutboxRepository(), queue, clock, { horizonMs: 60_000 });
  const engine = new Engine({ system, repositories, registry, ...rules, clock, kalender, outbox: relay });
  const dead: OutboxSignal = { kick: () => undefined };
  const crashingEngine = new Engine({
    system,
    repositories,
    registry,
    ...rules,
    clock,
    kalender,
    outbox: dead,
  });
  const sweep = new DeadlineSweep(engine, queue, clock, 60_000);
  const workers: Worker[] = [];
  return {
    db,
    system,
    clock,
    registry,
    queue,
    relay,
    sweep,
    engine,
    crashingEngine,
    manualEngine(start) {
      const manual = new Clock('manual', system, new ClockRepository(), () => start);
      return {
        engine: new Engine({
          system,
          repositories,
          registry,
          ...rules,
          clock: manual,
          kalender,
          outbox: dead,
        }),
        clock: manual,
      };
    },
    startWorker() {
      const worker = new Worker<TriggerJob>(
        DEADLINES_QUEUE,
        (job) => engine.fire(job.data.deadlineId, job.data.token, job.data.kind),
        { connection: redisConnection(), prefix: redisPrefix(), concurrency: 8 },
      );
      workers.push(worker);
      return worker;
    },
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      await relay.stop();
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
      await db.destroy();
    },
  };
}

export async function newSubject(db: DataSource, gemeente = 'testgem'): Promise<string> {
  const rows: { id: string }[] = await db.query(
    `INSERT INTO subjects (id, gemeente, kind, name, created_at) VALUES (gen_random_uuid(), $1, 'inwoner', 'Proef', now())
     RETURNING id`,
    [gemeente],
  );
  return rows[0].id;
}
