/**
 * GET /indicators: the catalogue over a period, as JSON or as CSV for a Dutch spreadsheet, always suppressed (cells
 * under 5 inwoners read "< 5", and so does a cell a total would give away): beleid never sees a count of 1, so
 * there is no unsuppressed answer. The JSON is the flat shape of schemas.ts; the CSV is written from the internal
 * report.
 */
import { Controller, Get, Header, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { Roles } from '../access/roles';
import { ApiProblems } from '../http/schemas/docs';
import { ZodQuery, openApiSchema } from '../http/zod';
import { rapportCsv } from './csv';
import { IndicatorsService, indicatorQuery } from './indicatoren.service';
import { indicatorRapportSchema, rapportAntwoord } from './schemas';

@ApiTags('indicatoren')
@ApiBearerAuth()
@Controller()
export class IndicatorsController {
  constructor(private readonly service: IndicatorsService) {}

  /** Counts over a period (from and to inclusive, Amsterdam dates); never a person. */
  @Get('indicators')
  @Header('Cache-Control', 'no-store')
  @Roles(['beleid'], 'Indicatoren inzien')
  @ApiResponse({
    status: 200,
    description:
      'Het rapport van de indicatoren, per indicator (en per cel van een uitsplitsing of reeks) waarde, weergave en onderdrukt naast elkaar; kleine aantallen onderdrukt (waarde null, weergave "< 5"); als CSV (puntkomma, Nederlandse getallen) met Accept: text/csv of format=csv',
    content: {
      'application/json': {
        schema: openApiSchema(indicatorRapportSchema, 'output'),
      },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  @ApiProblems(400, 403)
  @ApiOperation({
    // the operationId /api/v1 serves (the client's types are named by it); another waits for /api/v2
    operationId: 'IndicatorenController_indicators',
    summary: 'Indicatoren',
    description:
      'De indicatoren van de catalogus (Almelo, Twenterand, Borne en Regie zelf) over een periode (van en tot en met, Amsterdamse data), berekend uit de historie; nooit personen (alleen beleid). Cellen met minder dan 5 inwoners staan er als "< 5", en een cel die uit een totaal min de andere cellen volgt ook.',
  })
  async indicators(
    @ZodQuery(indicatorQuery) query: z.infer<typeof indicatorQuery>,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const csv =
      query.format === 'csv' ||
      (query.format === undefined && req.accepts(['application/json', 'text/csv']) === 'text/csv');
    const rapport = await this.service.compute(query.from, query.to, query.keys);
    if (!csv) return rapportAntwoord(rapport);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="indicatoren-${query.from}-${query.to}.csv"`);
    return rapportCsv(rapport);
  }
}
