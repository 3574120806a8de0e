/**
 * The composition root the API and the worker share: the configuration, Postgres, Redis, the workflow registry,
 * the clock and the engine, wired once. Processes built on it keep no state between requests or jobs.
 */
import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Global, Logger, Module, type BeforeApplicationShutdown } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GELIJKGESTELDE_DAGEN, Kalender } from '@regie/calendar';
import { type Config, config } from '@regie/config';
import { Clock, EffectRunner, Engine, WorkflowRegistry } from '@regie/engine';
import { dataSourceOptions } from '@regie/persistence';
import { DEADLINES_QUEUE, DeadlineSweep, OutboxRelay, redisConnection, redisPrefix } from '@regie/scheduling';
import { workflows } from '@regie/workflows';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { HealthChecks } from './health';
import { Metrics } from './metrics';

type Settings = ConfigService<Config, true>;

/** The engine and its outbox relay need each other: the engine wakes the relay, the relay runs effects. */
function engineWithRelay(
  db: DataSource,
  registry: WorkflowRegistry,
  clock: Clock,
  kalender: Kalender,
  queue: Queue,
  metrics: Metrics,
  settings: Settings,
) {
  const log = new Logger('OutboxRelay');
  const late: { runner?: EffectRunner } = {};
  const relay = new OutboxRelay(db, queue, clock, {
    horizonMs: settings.get('deadlineHorizonMs', { infer: true }),
    onError: (err) => log.error(`outbox drain failed: ${(err as Error).message}`),
    runEffect: (id, payload) => late.runner!.run(id, payload),
  });
  const engine = new Engine({
    db,
    registry,
    clock,
    kalender,
    outbox: relay,
    onCommand: (c) => metrics.observeCommand(c),
  });
  late.runner = new EffectRunner(engine, db);
  return { engine, relay };
}

const ENGINE_AND_RELAY = Symbol('engine and relay');

@Global()
@Module({
  imports: [
    // Read from process.env on first use, after main.ts has checked it (or a test has set it); never a .env file,
    // so what runs is what the environment says. ConfigService answers from the checked values only.
    ConfigModule.forRoot({
      isGlobal: true,
      ignoreEnvFile: true,
      skipProcessEnv: true,
      load: [() => config()],
    }),
    // these libraries' defaults are config(): the same checked object ConfigService holds
    TypeOrmModule.forRootAsync({ useFactory: () => dataSourceOptions() }),
    BullModule.forRootAsync({ useFactory: () => ({ connection: redisConnection(), prefix: redisPrefix() }) }),
    BullModule.registerQueue({ name: DEADLINES_QUEUE }),
    TerminusModule,
  ],
  providers: [
    { provide: WorkflowRegistry, useFactory: () => new WorkflowRegistry(workflows) },
    { provide: Kalender, useFactory: () => new Kalender(GELIJKGESTELDE_DAGEN) },
    {
      provide: Clock,
      inject: [DataSource, ConfigService],
      useFactory: (db: DataSource, settings: Settings) =>
        new Clock(settings.get('clock', { infer: true }), db),
    },
    {
      provide: ENGINE_AND_RELAY,
      inject: [
        DataSource,
        WorkflowRegistry,
        Clock,
        Kalender,
        getQueueToken(DEADLINES_QUEUE),
        Metrics,
        ConfigService,
      ],
      useFactory: engineWithRelay,
    },
    { provide: Engine, inject: [ENGINE_AND_RELAY], useFactory: (both: { engine: Engine }) => both.engine },
    {
      provide: OutboxRelay,
      inject: [ENGINE_AND_RELAY],
      useFactory: (both: { relay: OutboxRelay }) => both.relay,
    },
    {
      provide: DeadlineSweep,
      inject: [Engine, getQueueToken(DEADLINES_QUEUE), Clock, ConfigService],
      useFactory: (engine: Engine, queue: Queue, clock: Clock, settings: Settings) =>
        new DeadlineSweep(engine, queue, clock, settings.get('deadlineHorizonMs', { infer: true })),
    },
    Metrics,
    HealthChecks,
  ],
  exports: [
    WorkflowRegistry,
    Kalender,
    Clock,
    OutboxRelay,
    Engine,
    DeadlineSweep,
    BullModule,
    Metrics,
    HealthChecks,
    TerminusModule,
  ],
})
export class RuntimeModule implements BeforeApplicationShutdown {
  constructor(private readonly relay: OutboxRelay) {}

  /** Before any connection closes (those close on application shutdown): let a drain in progress commit. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}
