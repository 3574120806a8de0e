import { Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CaseScope, CaseView, CommandAudit } from '@regie/engine';
import { z } from 'zod';
import { Audited, StepAudit } from '../access/audit.interceptor';
import { CaseWorker, Roles } from '../access/roles';
import { CurrentUser, type Principal } from '../auth/auth';
import { ApiProblems, ApiResult, ApiUuidParam } from '../http/schemas/docs';
import { CASE_EVENT } from '../http/schemas/events';
import {
  auditTrailSchema,
  caseHistorySchema,
  caseListSchema,
  caseViewSchema,
} from '../http/schemas/responses';
import { ZodBody, ZodQuery, componentRef } from '../http/zod';
import { CaseAccessRule, CaseCommand, CaseRoute, VisibleCase, caseId } from './case-access';
import { caseListQuery } from './case-queries';
import { CasesService, eventInput, startInput } from './cases.service';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Post()
  @CaseWorker()
  @Audited({ action: 'command', recordType: 'case', inStep: true })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'een herhaalde start met dezelfde sleutel geeft dezelfde casus terug',
    schema: { type: 'string', minLength: 1, maxLength: 200 },
  })
  @ApiResult(caseViewSchema, { status: 201, description: 'De gestarte casus' })
  @ApiProblems(400, 403, 404, 409, 422)
  @ApiOperation({
    summary: 'Een casus starten',
    description:
      'Start een casus van een workflow voor een inwoner of huishouden, met de input van die workflow.',
  })
  start(
    @CurrentUser() user: Principal,
    @ZodBody(startInput) cmd: z.infer<typeof startInput>,
    @StepAudit() audit: CommandAudit,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.cases.start(user, cmd, key, audit);
  }

  @Get()
  @CaseWorker()
  @Audited<{ items: { id: string }[] }>({
    action: 'list',
    recordType: 'case',
    records: ({ result }) => result.items.map((c) => c.id),
  })
  @ApiResult(caseListSchema, { description: 'Een pagina casussen, de nieuwste eerst' })
  @ApiProblems(400, 403)
  @ApiOperation({
    summary: 'Casussen zoeken',
    description: 'De casussen die de gebruiker mag zien, de nieuwste eerst, per pagina (cursor).',
  })
  list(@CurrentUser() user: Principal, @ZodQuery(caseListQuery) query: z.infer<typeof caseListQuery>) {
    return this.cases.list(user, query);
  }

  @Get(':id')
  @CaseRoute({ action: 'read', recordType: 'case', recordId: caseId })
  @ApiUuidParam()
  @ApiResult(caseViewSchema)
  @ApiProblems(400, 403, 404)
  @ApiOperation({
    summary: 'Een casus',
    description: 'De casus met zijn fase, context, termijnen en de events die nu mogelijk zijn.',
  })
  get(@VisibleCase() view: CaseView) {
    return view;
  }

  @Post(':id/events')
  @HttpCode(200)
  @CaseCommand({ action: 'command', recordType: 'case', refusals: true })
  @ApiUuidParam()
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: 'een herhaald event met dezelfde sleutel wordt één keer verwerkt',
    schema: { type: 'string', minLength: 1, maxLength: 200 },
  })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'de versie van de casus die de client zag, bijvoorbeeld "3"; anders 409',
    schema: { type: 'string', pattern: '^(W/)?"?\\d+"?$' },
  })
  @ApiResult(caseViewSchema, {
    description:
      'De casus na het event; heeft het event iets aangemaakt (een actie), dan noemt aangemaakt het',
  })
  @ApiProblems(400, 403, 404, 409, 422)
  @ApiOperation({
    summary: 'Een event voor een casus',
    description:
      'Stuurt een event naar de casus; de gegevens hangen af van het type (zie CaseEvent). Idempotent per Idempotency-Key; met If-Match alleen als de casus nog die versie heeft.',
  })
  dispatch(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @ZodBody(eventInput, componentRef(CASE_EVENT)) event: z.infer<typeof eventInput>,
    @CaseAccessRule() access: (c: CaseScope) => string | null,
    @StepAudit() audit: CommandAudit,
    @Headers('idempotency-key') key: string,
    @Headers('if-match') version?: string,
  ) {
    return this.cases.dispatch(user, id, event, key, version, { access, audit });
  }

  @Get(':id/history')
  @CaseRoute({ action: 'read', recordType: 'history', recordId: caseId })
  @ApiUuidParam()
  @ApiResult(caseHistorySchema, { description: 'De geschiedenis van de casus, in volgorde' })
  @ApiProblems(400, 403, 404)
  @ApiOperation({
    summary: 'De geschiedenis van een casus',
    description: 'Elk event van de casus, in volgorde, met wie het deed en de fase ervoor en erna.',
  })
  history(@VisibleCase() view: CaseView) {
    return this.cases.history(view.id);
  }

  /** The audit trail of one case, for the teamleider. */
  @Get(':id/audit')
  @Roles(['teamleider'], 'Het auditlog')
  @CaseRoute({ action: 'read', recordType: 'audit', recordId: caseId })
  @ApiUuidParam()
  @ApiResult(auditTrailSchema, { description: 'Het auditlog van de casus, het oudste eerst' })
  @ApiProblems(400, 403, 404)
  @ApiOperation({
    summary: 'Het auditlog van een casus',
    description: 'Wie de casus las of wijzigde en waarom het mocht (alleen de teamleider).',
  })
  auditTrail(@VisibleCase() view: CaseView) {
    return this.cases.auditTrail(view.id);
  }
}
