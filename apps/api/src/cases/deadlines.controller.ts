/** Deadlines of the cases the caller may see, and the caller's messages (read or unread). */
import { Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Audited } from '../access/audit.interceptor';
import { CaseWorker } from '../access/roles';
import { CurrentUser, type Principal } from '../auth/auth';
import { ApiProblems, ApiResult, ApiUuidParam } from '../http/schemas/docs';
import {
  deadlineListSchema,
  notificationListSchema,
  notificationSchema,
  notificationsReadSchema,
} from '../http/schemas/responses';
import { ZodQuery } from '../http/zod';
import { CaseQueries, deadlineListQuery } from './case-queries';
import { NotificationsService } from './notifications.service';

@ApiTags('deadlines')
@ApiBearerAuth()
@Controller()
export class DeadlinesController {
  constructor(
    private readonly queries: CaseQueries,
    private readonly messages: NotificationsService,
  ) {}

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
  @ApiResult(notificationListSchema, {
    description: 'De laatste 200 berichten, de nieuwste eerst, en hoeveel berichten er ongelezen zijn',
  })
  @ApiOperation({
    summary: 'Berichten',
    description:
      'De berichten (herinneringen, verlopen termijnen, escalaties) voor de gebruiker, en voor een teamleider ' +
      'die aan de teamleider van het team. `readAt` zegt of en wanneer deze gebruiker het las: gelezen is per ' +
      'gebruiker, ook bij een bericht aan het team.',
  })
  notifications(@CurrentUser() user: Principal) {
    return this.messages.list(user);
  }

  /** Every message read at once ("alles gelezen"). */
  @Put('notifications/gelezen')
  @ApiResult(notificationsReadSchema, { description: 'Hoeveel berichten nu gelezen zijn die dat niet waren' })
  @ApiProblems(400)
  @ApiOperation({
    summary: 'Alle berichten gelezen',
    description:
      'Markeert elk ongelezen bericht van de gebruiker als gelezen. Nog eens doen verandert niets. Zonder body; ' +
      'een body die geen geldige JSON is, is een 400.',
  })
  markAllRead(@CurrentUser() user: Principal) {
    return this.messages.markAllRead(user);
  }

  @Put('notifications/:id/gelezen')
  @ApiUuidParam()
  @ApiResult(notificationSchema, { description: 'Het bericht, gelezen' })
  @ApiProblems(400, 404)
  @ApiOperation({
    summary: 'Bericht gelezen',
    description:
      'Markeert het bericht als gelezen door de gebruiker. Nog eens doen verandert niets: het blijft gelezen ' +
      'op het eerste moment. 404 voor een bericht dat niet voor de gebruiker is.',
  })
  markRead(@CurrentUser() user: Principal, @Param('id') id: string) {
    return this.messages.markRead(user, id);
  }

  @Delete('notifications/:id/gelezen')
  @HttpCode(200)
  @ApiUuidParam()
  @ApiResult(notificationSchema, { description: 'Het bericht, weer ongelezen' })
  @ApiProblems(400, 404)
  @ApiOperation({
    summary: 'Bericht weer ongelezen',
    description:
      'Markeert het bericht weer als ongelezen door de gebruiker. 404 voor een bericht dat niet voor de gebruiker is.',
  })
  markUnread(@CurrentUser() user: Principal, @Param('id') id: string) {
    return this.messages.markUnread(user, id);
  }
}
