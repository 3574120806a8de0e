/**
 * POST /api/v1/import (admin): one CSV file of one kind as a text/csv body, imported through the engine and the
 * repositories with its original dates (docs/import.md). The body is read here, not by a body parser: the API's
 * parsers are for JSON.
 */
import {
  Controller,
  HttpCode,
  PayloadTooLargeException,
  Post,
  Req,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { z } from 'zod';
import { Audited } from '../access/audit.interceptor';
import { Roles } from '../access/roles';
import { ApiProblems, ApiResult } from '../http/schemas/docs';
import { ZodQuery, componentRef, requestSchemaIds, schemaId } from '../http/zod';
import { importCsv, importQuery, importResultSchema } from './import.schemas';

requestSchemaIds.add(schemaId(importCsv)!);
import { ImportService } from './import.service';

/** 200,000 rows of inwoners take about 12 MB; a larger file goes through the CLI (npm run import). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

async function csvBody(req: Request): Promise<string> {
  if (!req.is('text/csv'))
    throw new UnsupportedMediaTypeException('Stuur het CSV-bestand als body met Content-Type: text/csv');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_IMPORT_BYTES)
      throw new PayloadTooLargeException(
        `Het bestand is groter dan ${MAX_IMPORT_BYTES / 1024 / 1024} MB: importeer het met npm run import`,
      );
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

@ApiTags('import')
@ApiBearerAuth()
@Controller('import')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @Post()
  @HttpCode(200)
  @Roles(['admin'], 'Importeren')
  @Audited({ action: 'command', recordType: 'import', recordId: () => null })
  @ApiConsumes('text/csv')
  @ApiBody({ required: true, schema: componentRef(schemaId(importCsv)!) })
  @ApiResult(importResultSchema, {
    description: 'Per soort: geland, ongewijzigd en afgewezen (met regelnummer en reden)',
  })
  @ApiProblems(400, 403)
  @ApiOperation({
    // the operationId /api/v1 serves (the client's types are named by it); another waits for /api/v2
    operationId: 'ImportController_importeer',
    summary: 'Lopend werk importeren',
    description:
      'Importeert inwoners, huishoudens, voorzieningen, open meldingen en aanvragen of AVE-trajecten uit het ' +
      'systeem dat de gemeente verlaat, met hun oorspronkelijke datums. Idempotent: hetzelfde bestand nog eens ' +
      'verandert niets. Slechte rijen worden afgewezen met regelnummer en reden, de goede landen (of niets, met ' +
      'allesOfNiets=true). dryRun=true schrijft niets en zegt per rij wat er zou gebeuren. Alleen de admin.',
  })
  async importFile(@ZodQuery(importQuery) query: z.infer<typeof importQuery>, @Req() req: Request) {
    return this.imports.importFile(await csvBody(req), query);
  }
}
