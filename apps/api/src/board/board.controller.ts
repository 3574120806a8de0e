/**
 * The procesmanager's escalation board and its stream of changes as server-sent events; the client refetches
 * what changed.
 */
import { Controller, Get, Sse } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Metrics } from '@regie/runtime';
import { type Observable, defer, filter, finalize, map, merge, of } from 'rxjs';
import { z } from 'zod';
import { Audited } from '../access/audit.interceptor';
import { CaseWorker } from '../access/roles';
import { SystemScope } from '../access/tenant.interceptor';
import { CurrentUser, type Principal } from '../auth/auth';
import { ApiProblems, ApiResult, ApiTextResult } from '../http/schemas/docs';
import { boardSchema } from '../http/schemas/responses';
import { ZodQuery } from '../http/zod';
import { BoardQueries, boardQuery } from './board';
import { ChangeFeed } from './change-feed';

type BoardEvent =
  | { type: 'case'; data: { caseId: string; version: number; state: string; aveLevel: number | null } }
  /** the server hears changes (again): what happened before may have been missed, so refetch */
  | { type: 'verbonden'; data: { verbonden: true } };

const VERBONDEN: BoardEvent = { type: 'verbonden', data: { verbonden: true } };

@ApiTags('board')
@ApiBearerAuth()
@Controller('board')
export class BoardController {
  constructor(
    private readonly queries: BoardQueries,
    private readonly feed: ChangeFeed,
    private readonly metrics: Metrics,
  ) {}

  @Get('escalations')
  @CaseWorker()
  @Audited<{ households: { caseId: string }[] }>({
    action: 'list',
    recordType: 'case',
    records: ({ result }) => result.households.map((h) => h.caseId),
  })
  @ApiResult(boardSchema, { description: 'De huishoudens per AVE-niveau' })
  @ApiProblems(400, 403)
  @ApiOperation({
    summary: 'Het escalatiebord',
    description:
      'De AVE-huishoudens per niveau: hoe lang al, wie de regie heeft of nog moet accepteren, welke reviews verlopen.',
  })
  escalations(@CurrentUser() user: Principal, @ZodQuery(boardQuery) query: z.infer<typeof boardQuery>) {
    return this.queries.escalations(user, query);
  }

  /**
   * Every committed change of an AVE household of the caller's gemeente, as it happens: ids, level and state only,
   * so the stream itself carries no personal data; the board refetches what it shows. It opens with `verbonden`,
   * and says `verbonden` again whenever the server's change feed reconnects after losing Postgres.
   */
  @Sse('stream')
  @CaseWorker()
  @SystemScope() // a stream outlives any one database connection; it reads nothing but the change feed
  @ApiTextResult(
    'text/event-stream',
    'Server-sent events: `verbonden` bij (her)verbinden, `case` met caseId, version, state en aveLevel bij elke wijziging',
  )
  @ApiProblems(403)
  @ApiOperation({
    summary: 'Wijzigingen op het bord',
    description:
      'Server-sent events bij elke wijziging van een AVE-huishouden van de gemeente (alleen ids, niveau en fase); de client haalt het bord opnieuw op.',
  })
  stream(@CurrentUser() user: Principal): Observable<BoardEvent> {
    const changes = this.feed.changes.pipe(
      filter((c) => c.gemeente === user.gemeente && c.workflow === 'ave'),
      map((c): BoardEvent => ({
        type: 'case',
        data: { caseId: c.caseId, version: c.version, state: c.state, aveLevel: c.aveLevel },
      })),
    );
    const reconnects = this.feed.connected.pipe(map(() => VERBONDEN));
    return defer(() => {
      this.metrics.sseClients.inc();
      return merge(of(VERBONDEN), reconnects, changes);
    }).pipe(finalize(() => this.metrics.sseClients.dec()));
  }
}
