import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Audited, answeredId, routeParam } from '../access/audit.interceptor';
import { CaseWorker } from '../access/roles';
import { CurrentUser, type Principal } from '../auth/auth';
import { ZodBody, ZodQuery } from '../http/zod';
import { SubjectsService, bsnQuery, consentInput, subjectInput, withdrawalInput } from './subjects.service';

@ApiTags('subjects')
@ApiBearerAuth()
@CaseWorker()
@Controller('api/v1/subjects')
export class SubjectsController {
  constructor(private readonly subjects: SubjectsService) {}

  @Post()
  @Audited({ action: 'command', recordType: 'subject', recordId: answeredId })
  create(@CurrentUser() user: Principal, @ZodBody(subjectInput) input: z.infer<typeof subjectInput>) {
    return this.subjects.create(user, input);
  }

  /** Finds an inwoner by BSN through its keyed hash; the BSN itself is never compared or logged in clear. */
  @Get()
  @Audited<{ items: { id: string }[] }>({
    action: 'list',
    recordType: 'subject',
    records: ({ result }) => result.items.map((s) => s.id),
  })
  findByBsn(@ZodQuery(bsnQuery) { bsn }: z.infer<typeof bsnQuery>) {
    return this.subjects.findByBsn(bsn);
  }

  @Get(':id')
  @Audited({ action: 'read', recordType: 'subject', recordId: answeredId })
  get(@CurrentUser() user: Principal, @Param('id') id: string) {
    return this.subjects.get(user, id);
  }

  @Post(':id/consents')
  @Audited({ action: 'command', recordType: 'consent', recordId: routeParam('id') })
  addConsent(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @ZodBody(consentInput) input: z.infer<typeof consentInput>,
  ) {
    return this.subjects.addConsent(user, id, input);
  }

  /** Withdrawal is honoured from this moment: every later check for this scope fails. */
  @Post(':id/consents/:consentId/withdraw')
  @HttpCode(200)
  @Audited({ action: 'command', recordType: 'consent', recordId: routeParam('id') })
  withdraw(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Param('consentId') consentId: string,
    @ZodBody(withdrawalInput) { reden }: z.infer<typeof withdrawalInput>,
  ) {
    return this.subjects.withdraw(user, id, consentId, reden);
  }

  @Get(':id/consents')
  @Audited({ action: 'read', recordType: 'consent', recordId: routeParam('id') })
  consents(@CurrentUser() user: Principal, @Param('id') id: string) {
    return this.subjects.consents(user, id);
  }
}
