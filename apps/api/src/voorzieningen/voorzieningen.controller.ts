/** Voorzieningen of a subject, the worklist of the current user, and the indicators beleid reads (issue #5). */
import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { Audited, routeParam } from '../access/audit.interceptor';
import { CaseWorker, Roles } from '../access/roles';
import { CurrentUser, type Principal } from '../auth/auth';
import { ApiProblems, ApiResult, ApiUuidParam } from '../http/schemas/docs';
import {
  bwWachtlijstSchema,
  indicatorListSchema,
  voorzieningListSchema,
  worklistSchema,
} from '../http/schemas/responses';
import { ZodQuery, openApiSchema } from '../http/zod';
import {
  VoorzieningenService,
  indicatorQuery,
  wachtlijstQuery,
  worklistQuery,
} from './voorzieningen.service';

@ApiTags('voorzieningen')
@ApiBearerAuth()
@Controller()
export class VoorzieningenController {
  constructor(private readonly voorzieningen: VoorzieningenService) {}

  /** The voorzieningen granted to an inwoner, newest first. */
  @Get('subjects/:id/voorzieningen')
  @CaseWorker()
  @Audited({ action: 'read', recordType: 'subject', recordId: routeParam('id') })
  @ApiUuidParam()
  @ApiResult(voorzieningListSchema, { description: 'De voorzieningen, de nieuwste eerst' })
  @ApiProblems(400, 403, 404)
  @ApiOperation({
    summary: 'Voorzieningen van een inwoner',
    description: 'De voorzieningen die de inwoner kreeg, de nieuwste eerst.',
  })
  list(@CurrentUser() user: Principal, @Param('id') id: string) {
    return this.voorzieningen.voorzieningen(user, id);
  }

  /** What is due for the current user: their terms and open herindicatie tasks, by due date. */
  @Get('worklist')
  @CaseWorker()
  @Audited<{ items: { caseId: string }[] }>({
    action: 'list',
    recordType: 'deadline',
    records: ({ result }) => [...new Set(result.items.map((i) => i.caseId))],
  })
  @ApiResult(worklistSchema, { description: 'Wat de gebruiker moet doen, op vervaldatum' })
  @ApiProblems(400, 403)
  @ApiOperation({
    summary: 'De werklijst',
    description: 'Wat de gebruiker moet doen: lopende termijnen en open herindicaties, op vervaldatum.',
  })
  worklist(@CurrentUser() user: Principal, @ZodQuery(worklistQuery) query: z.infer<typeof worklistQuery>) {
    return this.voorzieningen.worklist(user, query);
  }

  /** The beschermd wonen wachtlijst: who waits for a place, since when, where meanwhile, at which AVE level. */
  @Get('wachtlijst/bw')
  @Header('Cache-Control', 'no-store')
  @Roles(['teamleider', 'procesmanager'], 'De wachtlijst beschermd wonen')
  @Audited<{ items: { caseId: string }[] }>({
    action: 'list',
    recordType: 'case',
    records: ({ result }) => result.items.map((i) => i.caseId),
  })
  @ApiResult(bwWachtlijstSchema, { description: 'Wie wacht op beschermd wonen, de langst wachtende eerst' })
  @ApiProblems(400, 403)
  @ApiOperation({
    summary: 'Wachtlijst beschermd wonen',
    description:
      'De inwoners aan wie beschermd wonen is toegekend of voor wie het voorlopig noodzakelijk is geacht, zonder plaats: sinds wanneer, de overbrugging (maatschappelijke opvang, 24-uursopvang, thuis) en het AVE-niveau, op de peildatum (standaard vandaag). Plaatsing (BW_GEPLAATST) haalt de inwoner van de lijst. Alleen teamleider en procesmanager.',
  })
  bwWachtlijst(
    @CurrentUser() user: Principal,
    @ZodQuery(wachtlijstQuery) query: z.infer<typeof wachtlijstQuery>,
  ) {
    return this.voorzieningen.bwWachtlijst(user, query);
  }

  /** Counts over a period (from and to inclusive, Amsterdam dates); never a person. */
  @Get('indicators')
  @Header('Cache-Control', 'no-store')
  @Roles(['beleid'], 'Indicatoren inzien')
  @ApiResponse({
    status: 200,
    description: 'De indicatoren over de periode: JSON, of CSV met format=csv',
    content: {
      'application/json': { schema: openApiSchema(indicatorListSchema, 'output') },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  @ApiProblems(400, 403)
  @ApiOperation({
    summary: 'Indicatoren',
    description:
      'Aantallen over een periode (van en tot en met, Amsterdamse data), nooit personen (alleen beleid).',
  })
  async indicators(
    @CurrentUser() user: Principal,
    @ZodQuery(indicatorQuery) query: z.infer<typeof indicatorQuery>,
    @Res({ passthrough: true }) res: Response,
  ) {
    const result = await this.voorzieningen.indicators(user, query);
    if (query.format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      const cell = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
      return ['key,name,value', ...result.map((r) => [r.key, r.name, r.value].map(cell).join(','))].join(
        '\n',
      );
    }
    return result;
  }
}
