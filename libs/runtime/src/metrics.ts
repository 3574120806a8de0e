/**
 * Prometheus metrics for operators (served at /metrics by the API and the worker). Labels carry workflow names,
 * outcomes, queue names and kinds only: never an id of a person, a case or a user. Figures that live in Postgres or
 * Redis (deadlines due but not fired, outbox depth, effects waiting or failed, queue depth) are read when Prometheus
 * scrapes, so every process reports the same truth; a dependency that does not answer leaves its figure out of that
 * scrape.
 */
import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@regie/engine';
import { EffectsRepository, OutboxRepository, SystemDatabase, unfiredTriggers } from '@regie/persistence';
import { DEADLINES_QUEUE, EFFECTS_QUEUE, withTimeout } from '@regie/scheduling';
import type { Queue } from 'bullmq';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const SCRAPE_TIMEOUT_MS = 1000;

@Injectable()
export class Metrics {
  readonly registry = new Registry();

  readonly commands = new Counter({
    name: 'regie_commands_total',
    help: 'Commands (case starts and events) by workflow and outcome (ok or the error code)',
    labelNames: ['workflow', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly commandSeconds = new Histogram({
    name: 'regie_command_duration_seconds',
    help: 'How long a command took in the engine, by workflow',
    labelNames: ['workflow'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly timerLag = new Histogram({
    name: 'regie_timer_lag_seconds',
    help: 'From the moment a deadline or reminder fell due to the moment it fired, by kind (due, remind)',
    labelNames: ['kind'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900],
    registers: [this.registry],
  });

  readonly jobsFailed = new Counter({
    name: 'regie_jobs_failed_total',
    help: 'Job attempts that failed, by queue; exhausted=true when no attempt is left (the sweep arms it again)',
    labelNames: ['queue', 'exhausted'] as const,
    registers: [this.registry],
  });

  readonly jobsStalled = new Counter({
    name: 'regie_jobs_stalled_total',
    help: 'Jobs whose worker stopped renewing their lock (a killed or frozen process), by queue',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });

  readonly sseClients = new Gauge({
    name: 'regie_sse_clients',
    help: 'Open server-sent event streams (the live board)',
    registers: [this.registry],
  });

  /** The figures are every gemeente's: read as the system, also when a scrape comes in as a request. */
  constructor(
    system: SystemDatabase,
    outbox: OutboxRepository,
    pendingEffects: EffectsRepository,
    clock: Clock,
    @Inject(getQueueToken(DEADLINES_QUEUE)) deadlines: Queue,
    @Inject(getQueueToken(EFFECTS_QUEUE)) effects: Queue,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'regie_' });
    const scrape = <T>(work: Promise<T>) => withTimeout(work, SCRAPE_TIMEOUT_MS, 'metrics');
    const db = system.handle;

    new Gauge({
      name: 'regie_deadlines_due_pending',
      help: 'Deadlines and reminders whose moment has passed but that have not fired yet',
      labelNames: ['kind'] as const,
      registers: [this.registry],
      async collect() {
        const now = await clock.now().catch(() => null);
        if (!now) return;
        const unfired = await scrape(unfiredTriggers(db, now)).catch(() => null);
        if (!unfired) return;
        this.set({ kind: 'due' }, unfired.due);
        this.set({ kind: 'remind' }, unfired.remind);
      },
    });

    new Gauge({
      name: 'regie_outbox_depth',
      help: 'Committed outbox rows not yet relayed, by kind (timer, effect)',
      labelNames: ['kind'] as const,
      registers: [this.registry],
      async collect() {
        const rows = await scrape(outbox.depthByKind(db)).catch(() => []);
        this.reset();
        for (const kind of ['timer', 'effect']) this.set({ kind }, 0);
        for (const r of rows) this.set({ kind: r.kind }, r.n);
      },
    });

    new Gauge({
      name: 'regie_effects_pending',
      help: 'Effects relayed to the worker and not yet carried out (the effects table)',
      registers: [this.registry],
      async collect() {
        const n = await scrape(pendingEffects.count(db)).catch(() => null);
        if (n !== null) this.set(n);
      },
    });

    new Gauge({
      name: 'regie_effects_failed',
      help: 'Effects that failed for good (no handler for their type): kept in the effects table, not retried',
      registers: [this.registry],
      async collect() {
        const n = await scrape(pendingEffects.failedCount(db)).catch(() => null);
        if (n !== null) this.set(n);
      },
    });

    new Gauge({
      name: 'regie_queue_jobs',
      help: 'Jobs in the BullMQ queues, by queue and state (waiting, delayed, active, failed)',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        for (const queue of [deadlines, effects]) {
          const counts = await scrape(queue.getJobCounts('waiting', 'delayed', 'active', 'failed')).catch(
            () => null,
          );
          if (counts)
            for (const [state, n] of Object.entries(counts)) this.set({ queue: queue.name, state }, n);
        }
      },
    });
  }

  observeCommand(c: { workflow: string; outcome: string; seconds: number }): void {
    this.commands.inc({ workflow: c.workflow, outcome: c.outcome });
    this.commandSeconds.observe({ workflow: c.workflow }, c.seconds);
  }
}
