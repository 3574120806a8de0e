/**
 * The checks behind the probes of the API and the worker (terminus). Liveness asks nothing of anyone: a process
 * that answers is alive, and restarting it would not bring Postgres back. Readiness asks whether this process can
 * do its work now; a dependency the process can do without for a while (Redis for the API: commands keep
 * committing to Postgres, their timers wait in the outbox) is reported `degraded`, not down.
 */
import { Injectable, type OnModuleDestroy, ServiceUnavailableException } from '@nestjs/common';
import {
  type HealthCheckAttempt,
  HealthIndicatorService,
  type HealthIndicatorResult,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { ConfigService } from '@nestjs/config';
import type { Config } from '@regie/config';
import { Clock } from '@regie/engine';
import { SystemDatabase, unfiredTriggers } from '@regie/persistence';
import { redisConnection, withTimeout } from '@regie/scheduling';
import Redis from 'ioredis';
import type { Response } from 'express';

const PROBE_TIMEOUT_MS = 1500;

@Injectable()
export class HealthChecks implements OnModuleDestroy {
  /**
   * Its own connection, so a probe never waits behind the queues' traffic. It queues commands while away and
   * reconnects quickly, so the first probe after boot or after Redis returns is not a false alarm.
   */
  private readonly redisClient: Redis;
  /** A deadline due longer ago than this and still not fired means the timers are not working. */
  private readonly alertAfterMs: number;

  constructor(
    private readonly indicator: HealthIndicatorService,
    private readonly typeorm: TypeOrmHealthIndicator,
    private readonly system: SystemDatabase,
    private readonly clock: Clock,
    config: ConfigService<Config, true>,
  ) {
    this.alertAfterMs = config.get('timerAlertAfterMs', { infer: true });
    this.redisClient = new Redis({
      ...redisConnection({
        redisUrl: config.get('redisUrl', { infer: true }),
        redisDb: config.get('redisDb', { infer: true }),
      }),
      maxRetriesPerRequest: 1,
      connectTimeout: PROBE_TIMEOUT_MS,
      retryStrategy: (times) => Math.min(times * 100, 500),
    });
    this.redisClient.on('error', () => undefined); // reported by the probe, not as an unhandled error
  }

  postgres(): HealthCheckAttempt<'postgres'> {
    return this.typeorm.pingCheck('postgres').withTimeout(PROBE_TIMEOUT_MS);
  }

  /** `required: false` reports a Redis that does not answer as degraded instead of down. */
  async redis(required: boolean): Promise<HealthIndicatorResult> {
    const redis = this.indicator.check('redis');
    try {
      await withTimeout(this.redisClient.ping(), PROBE_TIMEOUT_MS, 'redis ping');
      return redis.up();
    } catch (err) {
      const message = (err as Error).message;
      return required ? redis.down({ message }) : redis.degraded({ message });
    }
  }

  /** Down when a deadline or reminder fell due more than TIMER_ALERT_AFTER_MS ago and still has not fired. */
  async timers(): Promise<HealthIndicatorResult> {
    const timers = this.indicator.check('timers');
    try {
      const before = new Date((await this.clock.now()).getTime() - this.alertAfterMs);
      const late = await withTimeout(
        unfiredTriggers(this.system.handle, before),
        PROBE_TIMEOUT_MS,
        'timer check',
      );
      const n = late.due + late.remind;
      const data = { overdueUnfired: n, thresholdSeconds: this.alertAfterMs / 1000 };
      return n ? timers.down({ ...data, oldestDueAt: late.oldest?.toISOString() ?? null }) : timers.up(data);
    } catch (err) {
      return timers.down({ message: (err as Error).message });
    }
  }

  onModuleDestroy(): void {
    this.redisClient.disconnect();
  }
}

/** Runs a terminus check; a failed one answers 503 with terminus's own report (probes read `details`). */
export async function probe(res: Response, check: () => Promise<unknown>): Promise<unknown> {
  try {
    return await check();
  } catch (err) {
    if (!(err instanceof ServiceUnavailableException)) throw err;
    res.status(503).setHeader('Retry-After', '5'); // as every other 503 of Regie
    return err.getResponse();
  }
}
