/**
 * Systeemsignalen: what blocked households in a doorbraak, for policy. Beleid lists them,
 * answers them and sets their status; teamleider and procesmanager may read the list (what their teams raised
 * and what policy replied). Nobody reads the case through a signal.
 */
import { Controller, Get, Header, Headers, HttpCode, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Audited, routeParam } from '../access/audit.interceptor';
import { Roles } from '../access/roles';
import { CurrentUser, type Principal } from '../auth/auth';
import { ApiProblems, ApiResult, ApiUuidParam } from '../http/schemas/docs';
import { ZodBody, ZodPipe, ZodQuery, pathId } from '../http/zod';
import {
  systeemsignaalDetailSchema,
  systeemsignaalListSchema,
  systeemsignaalPatch,
  systeemsignaalQuery,
  systeemsignaalSchema,
} from './systeemsignalen.schemas';
import { SysteemsignalenService } from './systeemsignalen.service';

const READERS = ['beleid', 'teamleider', 'procesmanager'] as const;

@ApiTags('systeemsignalen')
@ApiBearerAuth()
@Controller('systeemsignalen')
export class SysteemsignalenController {
  constructor(private readonly signalen: SysteemsignalenService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @Roles(READERS, 'De systeemsignalen')
  @ApiResult(systeemsignaalListSchema, { description: 'De systeemsignalen, het nieuwste eerst' })
  @ApiProblems(400, 403)
  @ApiOperation({
    summary: 'Systeemsignalen',
    description:
      'Wat huishoudens in een doorbraak blokkeerde (een regel, proces of instantie) met een voorstel, en het antwoord van beleid; met status alleen de signalen met die status. Nooit de casus zelf (beleid, teamleider en procesmanager).',
  })
  list(@ZodQuery(systeemsignaalQuery) query: z.infer<typeof systeemsignaalQuery>) {
    return this.signalen.list(query);
  }

  @Get(':id')
  @Header('Cache-Control', 'no-store')
  @Roles(READERS, 'De systeemsignalen')
  @ApiUuidParam()
  @ApiResult(systeemsignaalDetailSchema, { description: 'Het signaal met elke wijziging' })
  @ApiProblems(400, 403, 404)
  @ApiOperation({
    summary: 'Eén systeemsignaal',
    description: 'Het signaal en elke wijziging van status of reactie: wie, wanneer, van wat naar wat.',
  })
  detail(@Param(new ZodPipe(pathId, 'pad')) id: string) {
    return this.signalen.detail(id);
  }

  @Patch(':id')
  @HttpCode(200)
  @Roles(['beleid'], 'Een systeemsignaal beantwoorden')
  @Audited({ action: 'command', recordType: 'systeemsignaal', recordId: routeParam('id') })
  @ApiUuidParam()
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'de versie van het signaal die de client zag, bijvoorbeeld "2"; anders 409',
    schema: { type: 'string', pattern: '^(W/)?"?\\d+"?$' },
  })
  @ApiResult(systeemsignaalSchema, { description: 'Het signaal na de wijziging' })
  @ApiProblems(400, 403, 404, 409)
  @ApiOperation({
    summary: 'Een systeemsignaal beantwoorden',
    description:
      'Zet de status (ontvangen, in_behandeling, afgehandeld) en/of geeft een reactie; afgehandeld vraagt een reactie. De wijziging komt in de historie van het signaal, met wie haar deed (alleen beleid).',
  })
  change(
    @CurrentUser() user: Principal,
    @Param(new ZodPipe(pathId, 'pad')) id: string,
    @ZodBody(systeemsignaalPatch) body: z.infer<typeof systeemsignaalPatch>,
    @Headers('if-match') version?: string,
  ) {
    return this.signalen.change(user, id, body, version);
  }
}
