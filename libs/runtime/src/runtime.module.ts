/**
 * The composition root the API and the worker share: the configuration, Postgres, Redis, the workflow registry,
 * the clock and the engine, the periodic jobs and what moves a manual clock, wired once. Processes built on it keep
 * no state between requests or jobs.
 */
import { BullModule, InjectQueue, getQueueToken } from '@nestjs/bullmq';
import { Global, Logger, Module, type BeforeApplicationShutdown } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ATW_KALENDER, Kalender } from '@regie/calendar';
import { type Config, config } from '@regie/config';
import { Clock, Engine, WorkflowRegistry } from '@regie/engine';
import {
  AuditLogRepository,
  CaseRepository,
  ClockRepository,
  DeadlineRepository,
  EffectStepsRepository,
  GemeentenRepository,
  HuishoudensRepository,
  IndicatorStatementsRepository,
  MonitorsRepository,
  OutboxRepository,
  PeriodicJobsRepository,
  PersistenceModule,
  SysteemsignalenRepository,
  SystemDatabase,
  VoorzieningenRepository,
  WorkflowConfigRepository,
  WorklistRepository,
  dataSourceOptions,
} from '@regie/persistence';
import {
  DEADLINES_QUEUE,
  DeadlineSweep,
  EFFECTS_QUEUE,
  ManualTime,
  OutboxRelay,
  PeriodicJobs,
  redisConnection,
  redisPrefix,
} from '@regie/scheduling';
import { DomainRecords, engineRules, periodiekeTaken } from '@regie/sociaal-domein';
import { workflows } from '@regie/workflows';
import type { Queue } from 'bullmq';
import { connectionErrorLog } from './connection-errors';
import { HealthChecks } from './health';
import { KalenderSync } from './kalender-sync';
import { Metrics } from './metrics';

type Settings = ConfigService<Config, true>;

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
    PersistenceModule,
    BullModule.forRootAsync({ useFactory: () => ({ connection: redisConnection(), prefix: redisPrefix() }) }),
    BullModule.registerQueue({ name: DEADLINES_QUEUE }, { name: EFFECTS_QUEUE }),
    TerminusModule,
  ],
  providers: [
    { provide: WorkflowRegistry, useFactory: () => new WorkflowRegistry(workflows) },
    {
      // what the social domain's effect handlers and periodic jobs work on, in DomainRecords' constructor order
      provide: DomainRecords,
      inject: [
        SystemDatabase,
        EffectStepsRepository,
        GemeentenRepository,
        HuishoudensRepository,
        IndicatorStatementsRepository,
        MonitorsRepository,
        SysteemsignalenRepository,
        VoorzieningenRepository,
        WorklistRepository,
      ],
      useFactory: (...r: ConstructorParameters<typeof DomainRecords>) => new DomainRecords(...r),
    },
    // the process's calendar: the workflows count with the same instance; KalenderSync keeps its list in force
    { provide: Kalender, useValue: ATW_KALENDER },
    KalenderSync,
    {
      provide: Clock,
      inject: [SystemDatabase, ClockRepository, ConfigService],
      useFactory: (system: SystemDatabase, row: ClockRepository, settings: Settings) =>
        new Clock(settings.get('clock', { infer: true }), system.handle, row),
    },
    {
      // The relay only moves rows into BullMQ (triggers, and effects for the worker to carry out): it needs
      // nothing of the engine, and the engine only wakes it.
      provide: OutboxRelay,
      inject: [
        SystemDatabase,
        OutboxRepository,
        getQueueToken(DEADLINES_QUEUE),
        getQueueToken(EFFECTS_QUEUE),
        Clock,
        ConfigService,
      ],
      useFactory: (
        system: SystemDatabase,
        outbox: OutboxRepository,
        deadlines: Queue,
        effects: Queue,
        clock: Clock,
        settings: Settings,
      ) => {
        const log = new Logger('OutboxRelay');
        return new OutboxRelay(system.handle, outbox, deadlines, clock, {
          horizonMs: settings.get('deadlineHorizonMs', { infer: true }),
          effects,
          onError: (err) => log.error(`outbox drain failed: ${(err as Error).message}`),
        });
      },
    },
    {
      provide: Engine,
      inject: [
        SystemDatabase,
        CaseRepository,
        DeadlineRepository,
        WorkflowConfigRepository,
        HuishoudensRepository,
        AuditLogRepository,
        WorkflowRegistry,
        Clock,
        Kalender,
        OutboxRelay,
        Metrics,
      ],
      useFactory: (
        system: SystemDatabase,
        cases: CaseRepository,
        deadlines: DeadlineRepository,
        configs: WorkflowConfigRepository,
        huishoudens: HuishoudensRepository,
        auditLog: AuditLogRepository,
        registry: WorkflowRegistry,
        clock: Clock,
        kalender: Kalender,
        relay: OutboxRelay,
        metrics: Metrics,
      ) =>
        new Engine({
          system: system.handle,
          repositories: { cases, deadlines, configs, auditLog },
          registry,
          // the sociaal domein's rules (consent, one case per household) and roles, which the engine applies
          // without knowing them
          ...engineRules({ cases, huishoudens }),
          clock,
          kalender,
          outbox: relay,
          onCommand: (c) => metrics.observeCommand(c),
        }),
    },
    {
      provide: DeadlineSweep,
      inject: [Engine, getQueueToken(DEADLINES_QUEUE), Clock, ConfigService, Metrics],
      useFactory: (engine: Engine, queue: Queue, clock: Clock, settings: Settings, metrics: Metrics) =>
        new DeadlineSweep(
          engine,
          queue,
          clock,
          settings.get('deadlineHorizonMs', { infer: true }),
          undefined,
          (kind, lagSeconds) => metrics.timerLag.observe({ kind }, lagSeconds),
        ),
    },
    {
      // one list for the worker, which runs the jobs by the system clock, and for ManualTime, which runs them on
      // the way when a manual clock moves
      provide: PeriodicJobs,
      inject: [
        Engine,
        Clock,
        Kalender,
        ConfigService,
        SystemDatabase,
        PeriodicJobsRepository,
        DomainRecords,
        WorkflowRegistry,
      ],
      useFactory: (
        engine: Engine,
        clock: Clock,
        kalender: Kalender,
        settings: Settings,
        system: SystemDatabase,
        schedule: PeriodicJobsRepository,
        records: DomainRecords,
        registry: WorkflowRegistry,
      ) => {
        const log = new Logger('PeriodicJobs');
        const patterns = {
          digestPattern: settings.get('digestPattern', { infer: true }),
          jobPatterns: settings.get('jobPatterns', { infer: true }),
        };
        return new PeriodicJobs(
          system.handle,
          schedule,
          clock,
          periodiekeTaken(engine, clock, kalender, patterns, records, registry),
          { log },
        );
      },
    },
    {
      provide: ManualTime,
      inject: [Engine, Clock, PeriodicJobs],
      useFactory: (engine: Engine, clock: Clock, jobs: PeriodicJobs) => new ManualTime(engine, clock, jobs),
    },
    Metrics,
    HealthChecks,
  ],
  exports: [
    DomainRecords,
    WorkflowRegistry,
    Kalender,
    KalenderSync,
    Clock,
    OutboxRelay,
    Engine,
    DeadlineSweep,
    PeriodicJobs,
    ManualTime,
    BullModule,
    Metrics,
    HealthChecks,
    TerminusModule,
    PersistenceModule,
  ],
})
export class RuntimeModule implements BeforeApplicationShutdown {
  constructor(
    private readonly relay: OutboxRelay,
    @InjectQueue(DEADLINES_QUEUE) deadlines: Queue,
    @InjectQueue(EFFECTS_QUEUE) effects: Queue,
  ) {
    const log = new Logger('Redis');
    deadlines.on('error', connectionErrorLog(log, `wachtrij ${DEADLINES_QUEUE}`));
    effects.on('error', connectionErrorLog(log, `wachtrij ${EFFECTS_QUEUE}`));
  }

  /** Before any connection closes (those close on application shutdown): let a drain in progress commit. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}
