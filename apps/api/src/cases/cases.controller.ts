import { Controller, Get, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { CaseView } from '@regie/engine';
import { z } from 'zod';
import { Audited, answeredId } from '../access/audit.interceptor';
import { CaseWorker, Roles } from '../access/roles';
import { CurrentUser, type Principal } from '../auth/auth';
import { ZodBody, ZodQuery } from '../http/zod';
import { CaseRoute, VisibleCase, caseId } from './case-access';
import { caseListQuery } from './case-queries';
import { CasesService, eventInput, startInput } from './cases.service';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Post()
  @CaseWorker()
  @Audited({ action: 'command', recordType: 'case', recordId: answeredId })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  start(
    @CurrentUser() user: Principal,
    @ZodBody(startInput) cmd: z.infer<typeof startInput>,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.cases.start(user, cmd, key);
  }

  @Get()
  @CaseWorker()
  @Audited<{ items: { id: string }[] }>({
    action: 'list',
    recordType: 'case',
    records: ({ result }) => result.items.map((c) => c.id),
  })
  list(@CurrentUser() user: Principal, @ZodQuery(caseListQuery) query: z.infer<typeof caseListQuery>) {
    return this.cases.list(user, query);
  }

  @Get(':id')
  @CaseRoute({ action: 'read', recordType: 'case', recordId: caseId })
  get(@VisibleCase() view: CaseView) {
    return view;
  }

  @Post(':id/events')
  @HttpCode(200)
  @CaseRoute({ action: 'command', recordType: 'case', recordId: caseId, refusals: true }, { command: true })
  @ApiHeader({ name: 'Idempotency-Key', required: true })
  @ApiHeader({ name: 'If-Match', required: false, description: 'de versie van de casus die de client zag' })
  dispatch(
    @CurrentUser() user: Principal,
    @VisibleCase() view: CaseView,
    @ZodBody(eventInput) event: z.infer<typeof eventInput>,
    @Headers('idempotency-key') key: string,
    @Headers('if-match') version?: string,
  ) {
    return this.cases.dispatch(user, view.id, event, key, version);
  }

  @Get(':id/history')
  @CaseRoute({ action: 'read', recordType: 'history', recordId: caseId })
  history(@VisibleCase() view: CaseView) {
    return this.cases.history(view.id);
  }

  /** The audit trail of one case, for the teamleider. */
  @Get(':id/audit')
  @Roles(['teamleider'], 'Het auditlog')
  @CaseRoute({ action: 'read', recordType: 'audit', recordId: caseId })
  auditTrail(@VisibleCase() view: CaseView) {
    return this.cases.auditTrail(view.id);
  }
}
