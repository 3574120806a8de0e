/** Deadlines of the cases the caller may see, and their notifications. */
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Audited } from '../access/audit.interceptor';
import { CaseWorker } from '../access/roles';
import { CurrentUser, type Principal } from '../auth/auth';
import { ApiProblems, ApiResult } from '../http/schemas/docs';
import { deadlineListSchema, notificationListSchema } from '../http/schemas/responses';
import { ZodQuery } from '../http/zod';
import { CaseQueries, deadlineListQuery } from './case-queries';

@ApiTags('deadlines')
@ApiBearerAuth()
@Controller()
export class DeadlinesController {
  constructor(private readonly queries: CaseQueries) {}

  @Get('deadlines')
  @CaseWorker()
  @Audited<{ items: { caseId: string }[] }>({
    action: 'list',
    recordType: 'deadline',
    records: ({ result }) => [...new Set(result.items.map((d) => d.caseId))],
  })
  @ApiResult(deadlineListSchema, { description: 'De termijnen, op vervaldatum' })
  @ApiProblems(400, 403)
  @ApiOperation({
    summary: 'Termijnen',
    description: 'De termijnen van de casussen die de gebruiker mag zien, op vervaldatum.',
  })
  deadlines(
    @CurrentUser() user: Principal,
    @ZodQuery(deadlineListQuery) query: z.infer<typeof deadlineListQuery>,
  ) {
    return this.queries.deadlines(user, query);
  }

  @Get('notifications')
  @ApiResult(notificationListSchema, { description: 'De laatste 200 meldingen, de nieuwste eerst' })
  @ApiOperation({
    summary: 'Meldingen',
    description: 'De meldingen voor de gebruiker, en voor een teamleider die van het team.',
  })
  notifications(@CurrentUser() user: Principal) {
    return this.queries.notifications(user);
  }
}
