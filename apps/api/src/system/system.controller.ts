/** Workflows and their diagrams, the clock, deadlines and notifications. */
import { Body, Controller, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { Clock, Engine, InvalidData, TERM_EVENT_TITLES, WorkflowRegistry, mermaid } from '@regie/engine';
import { z } from 'zod';
import { CurrentUser, type Principal, Public } from '../auth/auth';
import { CaseQueries, deadlineListQuery } from '../cases/case-queries';
import { requireCaseWorker } from '../access/access';
import { Audit } from '../access/audit';
import { SystemScope } from '../access/tenant.interceptor';
import { jsonSchema, parse } from '../http/zod';

const advanceInput = z.object({ by: z.string().min(2).max(40) }).strict();

@ApiTags('workflows')
@ApiBearerAuth()
@Controller('api/workflows')
export class WorkflowsController {
  constructor(private readonly registry: WorkflowRegistry) {}

  @Get()
  list() {
    return this.registry.current().map((def) => ({
      name: def.name,
      version: def.version,
      title: def.title,
      states: Object.keys(def.machine.states ?? {}),
      events: [
        ...Object.entries(def.events).map(([type, spec]) => ({
          type,
          title: spec.title,
          schema: jsonSchema(spec.schema),
        })),
        ...Object.entries(TERM_EVENT_TITLES).map(([type, title]) => ({ type, title })),
      ],
      input: jsonSchema(def.input),
    }));
  }

  @Get(':name/diagram')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  diagram(@Param('name') name: string): string {
    return mermaid(this.registry.latest(name).machine);
  }
}

@ApiTags('clock')
@ApiBearerAuth()
@Controller('api/clock')
export class ClockController {
  constructor(
    private readonly clock: Clock,
    private readonly engine: Engine,
  ) {}

  @Public()
  @Get()
  async now() {
    return { now: (await this.clock.now()).toISOString(), mode: this.clock.mode };
  }

  /** Only with CLOCK=manual: moves time on and fires, in order, every deadline that falls due on the way. */
  @SystemScope()
  @Post('advance')
  @HttpCode(200)
  @ApiBody({ schema: jsonSchema(advanceInput) })
  async advance(@Body() body: unknown) {
    const { by } = parse(advanceInput, body);
    if (this.clock.mode !== 'manual') {
      throw new InvalidData('De klok kan alleen worden verzet met CLOCK=manual', [{ field: 'by' }]);
    }
    const { now, fired } = await this.engine.advanceClock(by);
    return { now: now.toISOString(), fired };
  }
}

@ApiTags('deadlines')
@ApiBearerAuth()
@Controller('api')
export class DeadlinesController {
  constructor(
    private readonly queries: CaseQueries,
    private readonly audit: Audit,
  ) {}

  @Get('deadlines')
  async deadlines(@CurrentUser() user: Principal, @Query() query: unknown) {
    const reason = requireCaseWorker(user);
    const result = await this.queries.deadlines(user, parse(deadlineListQuery, query, 'query'));
    const caseIds = [...new Set(result.items.map((d) => d.caseId))];
    await this.audit.record(user, { action: 'list', recordType: 'deadline', records: caseIds, reason });
    return result;
  }

  @Get('notifications')
  notifications(@CurrentUser() user: Principal) {
    return this.queries.notifications(user);
  }
}
