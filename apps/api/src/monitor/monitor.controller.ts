/**
 * The monitor for the council: `GET /monitor?from=&to=` over any period, and the monthly monitors the
 * worker stores (`GET /monitors`, `GET /monitors/{id}`); each as an HTML page or, with `format=pdf`, a PDF.
 * Beleid only: aggregates of the gemeente, never a person.
 */
import { Controller, Get, Header, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { Roles } from '../access/roles';
import { CurrentUser, type Principal } from '../auth/auth';
import { ApiProblems, ApiResult, ApiUuidParam } from '../http/schemas/docs';
import { ZodPipe, ZodQuery, pathId } from '../http/zod';
import { monitorListSchema, monitorQuery, opgeslagenQuery } from './monitor.schemas';
import { MonitorService, type Weergave } from './monitor.service';

/** The two forms of a monitor, as the OpenAPI document names them. */
const HTML_OF_PDF = {
  status: 200,
  description: 'De monitor: een HTML-pagina, of met format=pdf een PDF',
  content: {
    'text/html': { schema: { type: 'string' } },
    'application/pdf': { schema: { type: 'string', format: 'binary' } },
  },
} as const;

function stuur(res: Response, w: Weergave): string | StreamableFile {
  // inline: the browser shows it; the name is what a download keeps
  const disposition = `inline; filename="${w.bestand}"`;
  // a Buffer sent as the body would be given a text charset; a StreamableFile keeps the PDF's own type
  if (typeof w.body !== 'string') return new StreamableFile(w.body, { type: w.contentType, disposition });
  res.setHeader('Content-Type', w.contentType);
  res.setHeader('Content-Disposition', disposition);
  return w.body;
}

@ApiTags('monitor')
@ApiBearerAuth()
@Controller()
export class MonitorController {
  constructor(private readonly monitor: MonitorService) {}

  @Get('monitor')
  @Header('Cache-Control', 'no-store')
  @Roles(['beleid'], 'De monitor')
  @ApiProduces('text/html', 'application/pdf')
  @ApiResponse(HTML_OF_PDF)
  @ApiProblems(400, 403)
  @ApiOperation({
    summary: 'Monitor Sociaal Domein over een periode',
    description:
      'De monitor voor de raad over een periode (van en tot en met, Amsterdamse data, hooguit vijf jaar), nu berekend uit de historie: per bron een tabel van de indicatoren, per indicator de uitleg (definitie en berekening), de reeks als grafiek (SVG) en de uitsplitsingen. Cellen met minder dan 5 inwoners staan er als "< 5". Als HTML-pagina, of met format=pdf als PDF. Alleen beleid.',
  })
  async periode(
    @CurrentUser() user: Principal,
    @ZodQuery(monitorQuery) query: z.infer<typeof monitorQuery>,
    @Res({ passthrough: true }) res: Response,
  ) {
    return stuur(res, await this.monitor.periode(user, query.from, query.to, query.format));
  }

  @Get('monitors')
  @Header('Cache-Control', 'no-store')
  @Roles(['beleid'], 'De maandmonitors')
  @ApiResult(monitorListSchema, { description: 'De maandmonitors van de gemeente, de nieuwste maand eerst' })
  @ApiProblems(403)
  @ApiOperation({
    summary: 'Maandmonitors',
    description:
      'De maandmonitors die de worker op de eerste werkdag van elke maand maakt: de vorige maand en het jaar tot en met die maand. Alleen beleid.',
  })
  lijst() {
    return this.monitor.lijst();
  }

  @Get('monitors/:id')
  @Header('Cache-Control', 'no-store')
  @Roles(['beleid'], 'De maandmonitors')
  @ApiUuidParam()
  @ApiProduces('text/html', 'application/pdf')
  @ApiResponse(HTML_OF_PDF)
  @ApiProblems(400, 403, 404)
  @ApiOperation({
    summary: 'Eén maandmonitor',
    description:
      'De opgeslagen maandmonitor met de cijfers zoals de worker ze toen berekende: de maand en het jaar tot en met de maand. Als HTML-pagina, of met format=pdf als PDF. Alleen beleid.',
  })
  async opgeslagen(
    @CurrentUser() user: Principal,
    @Param(new ZodPipe(pathId, 'pad')) id: string,
    @ZodQuery(opgeslagenQuery) query: z.infer<typeof opgeslagenQuery>,
    @Res({ passthrough: true }) res: Response,
  ) {
    return stuur(res, await this.monitor.opgeslagen(user, id, query.format));
  }
}
