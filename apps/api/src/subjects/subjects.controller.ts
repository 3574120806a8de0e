import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Audited, answeredId, routeParam } from '../access/audit.interceptor';
import { CaseWorker } from '../access/roles';
import { CurrentUser, type Principal } from '../auth/auth';
import { ApiProblems, ApiResult, ApiUuidParam } from '../http/schemas/docs';
import {
  consentListSchema,
  consentSchema,
  subjectListSchema,
  subjectSchema,
  withdrawnConsentSchema,
} from '../http/schemas/responses';
import { ZodBody, ZodQuery } from '../http/zod';
import { SubjectsService, bsnQuery, consentInput, subjectInput, withdrawalInput } from './subjects.service';

@ApiTags('subjects')
@ApiBearerAuth()
@CaseWorker()
@Controller('subjects')
export class SubjectsController {
  constructor(private readonly subjects: SubjectsService) {}

  @Post()
  @Audited({ action: 'command', recordType: 'subject', recordId: answeredId })
  @ApiResult(subjectSchema, { status: 201, description: 'De vastgelegde inwoner of het huishouden' })
  @ApiProblems(400, 403, 404)
  @ApiOperation({
    summary: 'Een inwoner of huishouden vastleggen',
    description:
      'Legt een inwoner of huishouden vast; een BSN wordt versleuteld bewaard en nooit teruggegeven.',
  })
  create(@ZodBody(subjectInput) input: z.infer<typeof subjectInput>) {
    return this.subjects.create(input);
  }

  /**
   * Finds inwoners by BSN (through its keyed hash; the BSN itself is never compared or logged in clear), a part
   * of the name or the birth date; criteria given together must all match.
   */
  @Get()
  @Audited<{ items: { id: string }[] }>({
    action: 'list',
    recordType: 'subject',
    records: ({ result }) => result.items.map((s) => s.id),
  })
  @ApiResult(subjectListSchema, { description: 'De inwoners en huishoudens die aan alle criteria voldoen' })
  @ApiProblems(400, 403)
  @ApiOperation({
    summary: 'Zoeken op BSN, naam of geboortedatum',
    description:
      'De inwoners en huishoudens van de gemeente met dit BSN (exact), een naam die de zoektekst bevat ' +
      '(hoofdletterongevoelig) en/of deze geboortedatum; samen gegeven moeten ze alle kloppen. Hoogstens 50.',
  })
  findByBsn(@ZodQuery(bsnQuery) query: z.infer<typeof bsnQuery>) {
    return this.subjects.search(query);
  }

  @Get(':id')
  @Audited({ action: 'read', recordType: 'subject', recordId: answeredId })
  @ApiUuidParam()
  @ApiResult(subjectSchema)
  @ApiProblems(400, 403, 404)
  @ApiOperation({
    summary: 'Een inwoner of huishouden',
    description: 'De inwoner of het huishouden, zonder BSN.',
  })
  get(@Param('id') id: string) {
    return this.subjects.get(id);
  }

  @Get(':id/huishoudens')
  @Audited<{ items: { id: string }[] }>({
    action: 'list',
    recordType: 'subject',
    records: ({ result }) => result.items.map((s) => s.id),
  })
  @ApiUuidParam()
  @ApiResult(subjectListSchema, { description: 'De huishoudens waartoe de inwoner hoort, het oudste eerst' })
  @ApiProblems(400, 403, 404)
  @ApiOperation({
    summary: 'Huishoudens van een inwoner',
    description:
      'De huishoudens die de inwoner als lid hebben, het oudste eerst, elk met zijn leden; leeg voor een ' +
      'huishouden zelf (zijn leden staan in zijn eigen gegevens).',
  })
  huishoudens(@Param('id') id: string) {
    return this.subjects.huishoudensVan(id);
  }

  @Post(':id/consents')
  @Audited({ action: 'command', recordType: 'consent', recordId: routeParam('id') })
  @ApiUuidParam()
  @ApiResult(consentSchema, { status: 201, description: 'De vastgelegde toestemming' })
  @ApiProblems(400, 403, 404)
  @ApiOperation({
    summary: 'Toestemming vastleggen',
    description: 'Legt een toestemming van de inwoner vast om te delen met een partij.',
  })
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
  @ApiUuidParam()
  @ApiUuidParam('consentId')
  @ApiResult(withdrawnConsentSchema, { description: 'De ingetrokken toestemming' })
  @ApiProblems(400, 403, 404)
  @ApiOperation({
    summary: 'Toestemming intrekken',
    description: 'Trekt een lopende toestemming in; vanaf nu faalt elke controle op die toestemming.',
  })
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
  @ApiUuidParam()
  @ApiResult(consentListSchema, { description: 'De toestemmingen, de oudste eerst, ook de ingetrokken' })
  @ApiProblems(400, 403, 404)
  @ApiOperation({
    summary: 'Toestemmingen',
    description: 'De toestemmingen van de inwoner, de oudste eerst, ook de ingetrokken.',
  })
  consents(@Param('id') id: string) {
    return this.subjects.consents(id);
  }
}
