import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiTags } from '@nestjs/swagger';
import { Engine, InvalidData } from '@regie/engine';
import { z } from 'zod';
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

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases')
export class CasesController {
  constructor(
    private readonly engine: Engine,
    private readonly queries: CaseQueries,
  ) {}

  @Post()
  @ApiBody({ schema: jsonSchema(startInput) })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async start(
    @CurrentUser() user: Principal,
    @Body() body: unknown,
    @Headers('idempotency-key') key?: string,
  ) {
    const cmd = parse(startInput, body);
    return this.engine.start({
      actor: { id: user.user, gemeente: user.gemeente },
      workflow: cmd.workflow,
      subjectId: cmd.subjectId,
      input: cmd.input ?? {},
      idempotencyKey: key === undefined ? undefined : parse(idempotencyKey, key, 'Idempotency-Key'),
    });
  }

  @Get()
  async list(@CurrentUser() user: Principal, @Query() query: unknown) {
    return this.queries.list(user.gemeente, parse(caseListQuery, query, 'query'));
  }

  @Get(':id')
  async get(@CurrentUser() user: Principal, @Param('id') id: string) {
    return this.engine.view(parse(uuidParam, id, 'id'), user.gemeente);
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
    if (key === undefined)
      throw new InvalidData('Header Idempotency-Key ontbreekt', [{ field: 'Idempotency-Key' }]);
    const event = parse(eventInput, body);
    return this.engine.dispatch({
      actor: { id: user.user, gemeente: user.gemeente },
      caseId: parse(uuidParam, id, 'id'),
      event,
      idempotencyKey: parse(idempotencyKey, key, 'Idempotency-Key'),
      expectedVersion: version === undefined ? undefined : parse(ifMatch, version, 'If-Match'),
    });
  }

  @Get(':id/history')
  async history(@CurrentUser() user: Principal, @Param('id') id: string) {
    return this.queries.history(user.gemeente, parse(uuidParam, id, 'id'));
  }
}
