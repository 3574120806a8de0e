import { Controller, Get, type OnModuleDestroy } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { redisConnection } from '@regie/scheduling';
import Redis from 'ioredis';
import { Public } from '../auth/auth';

/** 200 when Postgres and Redis answer, 503 otherwise. */
@ApiTags('health')
@Controller('health')
export class HealthController implements OnModuleDestroy {
  /** its own connection: one that fails fast instead of queueing commands while Redis is away */
  private readonly redis = new Redis({
    ...redisConnection(),
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
  });

  constructor(
    private readonly health: HealthCheckService,
    private readonly postgres: TypeOrmHealthIndicator,
    private readonly indicator: HealthIndicatorService,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.postgres.pingCheck('postgres', { timeout: 2000 }),
      async () => {
        const redis = this.indicator.check('redis');
        try {
          if (this.redis.status === 'wait' || this.redis.status === 'end') await this.redis.connect();
          let timer: NodeJS.Timeout | undefined;
          try {
            await Promise.race([
              this.redis.ping(),
              new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), 2000))),
            ]);
          } finally {
            clearTimeout(timer); // a pending timer would keep a stopping process alive for two seconds
          }
          return redis.up();
        } catch (err) {
          return redis.down({ message: (err as Error).message });
        }
      },
    ]);
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
