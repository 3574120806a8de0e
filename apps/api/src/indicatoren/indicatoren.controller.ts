/**
 * GET /indicators: the catalogue of issue #13 over a period, as JSON or as CSV for a Dutch spreadsheet. Without
 * `keys` and without asking for CSV it answers the short list of issue #5 unchanged (key, name, value), which
 * screens and scripts already read; `keys` or `weergave=volledig` gives the full, suppressed report.
 */
import { Controller, Get, Header, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { Roles } from '../access/roles';
import { CurrentUser, type Principal } from '../auth/auth';
import { ApiProblems } from '../http/schemas/docs';
import { ZodQuery, openApiSchema } from '../http/zod';
import { rapportCsv } from './csv';
import { IndicatorenService, indicatorQuery } from './indicatoren.service';
import { indicatorAntwoordSchema } from './schemas';

@ApiTags('indicatoren')
@ApiBearerAuth()
@Controller()
export class IndicatorenController {
  constructor(private readonly indicatoren: IndicatorenService) {}

  /** Counts over a period (from and to inclusive, Amsterdam dates); never a person. */
  @Get('indicators')
  @Header('Cache-Control', 'no-store')
  @Roles(['beleid'], 'Indicatoren inzien')
  @ApiResponse({
    status: 200,
    description:
      'Het volledige rapport (met keys, weergave=volledig of Accept: text/csv) of de korte lijst van issue #5; CSV met Accept: text/csv (puntkomma, Nederlandse getallen) of de korte lijst als CSV met format=csv',
    content: {
      'application/json': {
        schema: openApiSchema(indicatorAntwoordSchema, 'output'),
      },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  @ApiProblems(400, 403)
  @ApiOperation({
    summary: 'Indicatoren',
    description:
      'De indicatoren van de catalogus (Almelo, Twenterand, Borne en Regie zelf) over een periode (van en tot en met, Amsterdamse data), berekend uit de historie; nooit personen (alleen beleid). Cellen met minder dan 5 inwoners staan er als "< 5", en een cel die uit een totaal min de andere cellen volgt ook.',
  })
  async indicators(
    @CurrentUser() user: Principal,
    @ZodQuery(indicatorQuery) query: z.infer<typeof indicatorQuery>,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const csv = query.format !== 'csv' && req.accepts(['application/json', 'text/csv']) === 'text/csv';
    const volledig = csv || query.keys !== undefined || query.weergave === 'volledig';
    if (!volledig) {
      const kort = await this.indicatoren.kort(user.gemeente, query.from, query.to);
      if (query.format !== 'csv') return kort;
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      const cell = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
      return ['key,name,value', ...kort.map((r) => [r.key, r.name, r.value].map(cell).join(','))].join('\n');
    }
    const rapport = await this.indicatoren.compute(user.gemeente, query.from, query.to, query.keys);
    if (!csv) return rapport;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="indicatoren-${query.from}-${query.to}.csv"`);
    return rapportCsv(rapport);
  }
}
