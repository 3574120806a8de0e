/** Deadlines of the cases the caller may see, and their notifications. */
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Audited } from '../access/audit.interceptor';
import { CaseWorker } from '../access/roles';
import { CurrentUser, type Principal } from '../auth/auth';
import { ZodQuery } from '../http/zod';
import { CaseQueries, deadlineListQuery } from './case-queries';

@ApiTags('deadlines')
@ApiBearerAuth()
@Controller('api/v1')
export class DeadlinesController {
  constructor(private readonly queries: CaseQueries) {}

  @Get('deadlines')
  @CaseWorker()
  @Audited<{ items: { caseId: string }[] }>({
    action: 'list',
    recordType: 'deadline',
    records: ({ result }) => [...new Set(result.items.map((d) => d.caseId))],
  })
  deadlines(
    @CurrentUser() user: Principal,
    @ZodQuery(deadlineListQuery) query: z.infer<typeof deadlineListQuery>,
  ) {
    return this.queries.deadlines(user, query);
  }

  @Get('notifications')
  notifications(@CurrentUser() user: Principal) {
    return this.queries.notifications(user);
  }
}
