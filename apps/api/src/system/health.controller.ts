/**
 * Probes for operators (README, "Operating Regie"): `/health/live` says the process runs; `/health/ready` says it
 * can serve (Postgres answers; Redis and the board's change feed are reported `degraded` when away, because
 * commands keep committing without them); `/health/timers` fails when a deadline fell due and was not fired in
 * time. `/health` is readiness, as in the first API contract. `/metrics` is Prometheus text.
 */
import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { HealthChecks, Metrics, probe } from '@regie/runtime';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { Public } from '../auth/auth';
import { ChangeFeed } from '../board/change-feed';

@ApiTags('health')
@Public()
@SkipThrottle()
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly checks: HealthChecks,
    private readonly indicator: HealthIndicatorService,
    private readonly feed: ChangeFeed,
    private readonly metrics: Metrics,
  ) {}

  @Get('health/live')
  @ApiExcludeEndpoint() // the probes live outside /api/v1, the one server of the document
  live() {
    return { status: 'ok' };
  }

  @Get(['health', 'health/ready'])
  @HealthCheck()
  @ApiExcludeEndpoint()
  ready(@Res({ passthrough: true }) res: Response) {
    return probe(res, () =>
      this.health.check([
        this.checks.postgres(),
        () => this.checks.redis(false),
        async () => {
          const feed = this.indicator.check('changeFeed');
          const { listening, downSince } = this.feed.status();
          return listening ? feed.up() : feed.degraded({ downSince: downSince?.toISOString() ?? null });
        },
      ]),
    );
  }

  @Get('health/timers')
  @HealthCheck()
  @ApiExcludeEndpoint()
  timers(@Res({ passthrough: true }) res: Response) {
    return probe(res, () => this.health.check([() => this.checks.timers()]));
  }

  @Get('metrics')
  @ApiExcludeEndpoint()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
