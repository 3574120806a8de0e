/** The import of running work through the API: one CSV file of one kind per request (docs/import.md). */
import { Injectable } from '@nestjs/common';
import { Clock, Engine } from '@regie/engine';
import { ImportBestandFout, Importer } from '@regie/sociaal-domein';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { Principal } from '../auth/auth';
import { InvalidRequest } from '../http/zod';
import type { importQuery } from './import.schemas';

@Injectable()
export class ImportService {
  private readonly importer: Importer;

  constructor(engine: Engine, db: DataSource, clock: Clock) {
    this.importer = new Importer(engine, db, clock);
  }

  async importeer(user: Principal, tekst: string, q: z.infer<typeof importQuery>) {
    try {
      return await this.importer.importeer(
        user.gemeente,
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
