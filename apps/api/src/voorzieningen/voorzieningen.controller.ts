/** Voorzieningen of a subject, the worklist of the current user and the BW wachtlijst; indicators: ../indicatoren. */
import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Audited, routeParam } from '../access/audit.interceptor';
import { CaseWorker, Roles } from '../access/roles';
import { CurrentUser, type Principal } from '../auth/auth';
import { ApiProblems, ApiResult, ApiUuidParam } from '../http/schemas/docs';
import { bwWachtlijstSchema, voorzieningListSchema, worklistSchema } from '../http/schemas/responses';
import { ZodQuery } from '../http/zod';
import { VoorzieningenService, wachtlijstQuery, worklistQuery } from './voorzieningen.service';

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
  list(@Param('id') id: string) {
    return this.voorzieningen.voorzieningen(id);
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
  bwWachtlijst(@ZodQuery(wachtlijstQuery) query: z.infer<typeof wachtlijstQuery>) {
    return this.voorzieningen.bwWachtlijst(query);
  }
}
