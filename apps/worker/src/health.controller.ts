/**
 * The worker's probes on its small port (WORKER_HEALTH_PORT): alive; ready when it can fire deadlines and carry
 * out effects (Postgres and Redis) and no deadline waits unfired past the threshold; Prometheus metrics.
 */
import { Controller, Get, Header, Res } from '@nestjs/common';
import { HealthCheckService } from '@nestjs/terminus';
import { HealthChecks, Metrics, probe } from '@regie/runtime';
import type { Response } from 'express';

@Controller()
export class WorkerHealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly checks: HealthChecks,
    private readonly metrics: Metrics,
  ) {}

  @Get('health/live')
  live() {
    return { status: 'ok' };
  }

  @Get(['health', 'health/ready'])
  ready(@Res({ passthrough: true }) res: Response) {
    return probe(res, () =>
      this.health.check([
        this.checks.postgres(),
        // triggers and effects both reach the worker through Redis
        () => this.checks.redis(true),
        () => this.checks.timers(),
      ]),
    );
  }

  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
