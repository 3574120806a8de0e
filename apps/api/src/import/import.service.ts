/**
 * The import of running work through the API: one CSV file of one kind per request (docs/import.md), into the
 * caller's gemeente on the request's tenant handle.
 */
import { Injectable } from '@nestjs/common';
import { Clock, Engine } from '@regie/engine';
import { ImportRepository, TenantDatabase, VoorzieningenRepository } from '@regie/persistence';
import { ImportBestandFout, Importer } from '@regie/sociaal-domein';
import type { z } from 'zod';
import { InvalidRequest } from '../http/zod';
import type { importQuery } from './import.schemas';

@Injectable()
export class ImportService {
  private readonly importer: Importer;

  constructor(
    engine: Engine,
    clock: Clock,
    imports: ImportRepository,
    voorzieningen: VoorzieningenRepository,
    private readonly tenant: TenantDatabase,
  ) {
    this.importer = new Importer(engine, clock, imports, voorzieningen);
  }

  async importFile(tekst: string, q: z.infer<typeof importQuery>) {
    try {
      return await this.importer.importFile(
        this.tenant.current(),
        { tekst, ...(q.soort ? { soort: q.soort } : {}) },
        { dryRun: q.dryRun ?? false, allesOfNiets: q.allesOfNiets ?? false },
      );
    } catch (err) {
      if (err instanceof ImportBestandFout)
        throw new InvalidRequest(`Dit bestand is niet te importeren: ${err.message}`, [
          { field: 'body', message: err.message },
        ]);
      throw err;
    }
  }
}
