import {
  Body,
  Controller,
  ForbiddenException,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiTags } from '@nestjs/swagger';
import { type Actor, type CaseView, EngineError, Engine, InvalidData } from '@regie/engine';
import { z } from 'zod';
import { requireCaseWorker, requireRole, whyCaseVisible } from '../access/access';
import { Audit } from '../access/audit';
import { CurrentUser, type Principal } from '../auth/auth';
import { jsonSchema, parse, uuidParam } from '../http/zod';
import { CaseQueries, caseListQuery } from './case-queries';

const startInput = z
  .object({
    workflow: z.string().min(1),
    subjectId: z.uuid({ message: 'moet een uuid zijn' }),
    input: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

const eventInput = z.looseObject({ type: z.string().min(1).max(100) });
const idempotencyKey = z.string().min(1).max(200);
const ifMatch = z
  .string()
  .regex(/^(W\/)?"?\d+"?$/, 'If-Match is de versie van de casus, bijvoorbeeld "3"')
  .transform((v) => Number(v.replace(/\D/g, '')));

export function actorOf(p: Principal): Actor {
  return { id: p.user, gemeente: p.gemeente, roles: p.roles, ...(p.team ? { team: p.team } : {}) };
}

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases')
export class CasesController {
  constructor(
    private readonly engine: Engine,
    private readonly queries: CaseQueries,
    private readonly audit: Audit,
  ) {}

  @Post()
  @ApiBody({ schema: jsonSchema(startInput) })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async start(
    @CurrentUser() user: Principal,
    @Body() body: unknown,
    @Headers('idempotency-key') key?: string,
  ) {
    const reason = requireCaseWorker(user);
    const cmd = parse(startInput, body);
    const view = await this.engine.start({
      actor: actorOf(user),
      workflow: cmd.workflow,
      subjectId: cmd.subjectId,
      input: cmd.input ?? {},
      idempotencyKey: key === undefined ? undefined : parse(idempotencyKey, key, 'Idempotency-Key'),
    });
    await this.audit.record(user, {
      action: 'command',
      recordType: 'case',
      recordId: view.id,
      reason,
      status: 201,
    });
    return view;
  }

  @Get()
  async list(@CurrentUser() user: Principal, @Query() query: unknown) {
    const reason = requireCaseWorker(user);
    const page = await this.queries.list(user, parse(caseListQuery, query, 'query'));
    await this.audit.record(user, {
      action: 'list',
      recordType: 'case',
      records: page.items.map((c) => c.id),
      reason,
    });
    return page;
  }

  @Get(':id')
  async get(@CurrentUser() user: Principal, @Param('id') id: string) {
    const { view, reason } = await this.visible(user, id);
    await this.audit.record(user, { action: 'read', recordType: 'case', recordId: view.id, reason });
    return view;
  }

  @Post(':id/events')
  @HttpCode(200)
  @ApiHeader({ name: 'Idempotency-Key', required: true })
  @ApiHeader({ name: 'If-Match', required: false, description: 'de versie van de casus die de client zag' })
  async dispatch(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('idempotency-key') key?: string,
    @Headers('if-match') version?: string,
  ) {
    const { view, reason } = await this.visible(user, id);
    if (key === undefined)
      throw new InvalidData('Header Idempotency-Key ontbreekt', [{ field: 'Idempotency-Key' }]);
    const event = parse(eventInput, body);
    try {
      const after = await this.engine.dispatch({
        actor: actorOf(user),
        caseId: view.id,
        event,
        idempotencyKey: parse(idempotencyKey, key, 'Idempotency-Key'),
        expectedVersion: version === undefined ? undefined : parse(ifMatch, version, 'If-Match'),
      });
      await this.audit.record(user, { action: 'command', recordType: 'case', recordId: view.id, reason });
      return after;
    } catch (err) {
      // refused commands are part of the record too
      if (err instanceof EngineError) {
        await this.audit.record(user, {
          action: 'command',
          recordType: 'case',
          recordId: view.id,
          reason,
          status: 400,
        });
      }
      throw err;
    }
  }

  @Get(':id/history')
  async history(@CurrentUser() user: Principal, @Param('id') id: string) {
    const { view, reason } = await this.visible(user, id);
    await this.audit.record(user, { action: 'read', recordType: 'history', recordId: view.id, reason });
    return this.queries.history(view.id);
  }

  /** The audit trail of one case, for the teamleider. */
  @Get(':id/audit')
  async auditTrail(@CurrentUser() user: Principal, @Param('id') id: string) {
    requireRole(user, ['teamleider'], 'Het auditlog');
    const { view, reason } = await this.visible(user, id);
    await this.audit.record(user, { action: 'read', recordType: 'audit', recordId: view.id, reason });
    return this.audit.forCase(view.id);
  }

  /** 404 for what row-level security hides (another gemeente), 403 for a case of the gemeente that is not theirs. */
  private async visible(user: Principal, id: string): Promise<{ view: CaseView; reason: string }> {
    requireCaseWorker(user);
    const view = await this.engine.view(parse(uuidParam, id, 'id'), user.gemeente);
    const reason = whyCaseVisible(user, {
      team: view.team,
      regie_holder: view.regie.holder,
      ave_level: view.aveLevel ?? null,
    });
    if (!reason) {
      await this.audit.record(user, {
        action: 'read',
        recordType: 'case',
        recordId: view.id,
        reason: 'geweigerd',
        status: 403,
      });
      throw new ForbiddenException('Deze casus hoort niet bij uw team en u heeft er geen regie over');
    }
    return { view, reason };
  }
}
