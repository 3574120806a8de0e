/**
 * The indicators for the caller's gemeente and a period, computed from history alone. Other modules (the monitor)
 * call `compute`; the controller only adds JSON/CSV around it. Every result that leaves through
 * `compute` is suppressed (cells under 5 inwoners read "< 5", and a cell that a total would give away is hidden
 * too); `computeOnbewerkt` is the unsuppressed figure for tests and the suppression itself.
 */
import { Injectable } from '@nestjs/common';
import { IndicatorStatementsRepository, TenantDatabase, type TenantDb } from '@regie/persistence';
import {
  CATALOGUS,
  type IndicatorRapport,
  berekenRapport,
  onbekendeKeys,
  onderdrukRapport,
} from '@regie/sociaal-domein';
import { z } from 'zod';
import { periodeQuery } from '../http/zod';

export const indicatorQuery = periodeQuery({
  keys: z
    .string()
    .optional()
    .transform((s) =>
      s === undefined
        ? undefined
        : s
            .split(',')
            .map((k) => k.trim())
            .filter(Boolean),
    )
    .superRefine((keys, ctx) => {
      const onbekend = onbekendeKeys(keys ?? []);
      if (onbekend.length)
        ctx.addIssue({ code: 'custom', message: `onbekende indicator: ${onbekend.join(', ')}` });
    })
    .describe(
      `de indicatoren, door komma's gescheiden (bijv. "almelo 4.1.1,regie T1"); zonder: alle. Bekend: ${CATALOGUS.map((d) => d.key).join(', ')}`,
    ),
  // accepted with its one value, so that links naming the full report keep working
  weergave: z.enum(['volledig']).optional().describe('alleen "volledig": het rapport, het enige antwoord'),
  format: z
    .enum(['json', 'csv'])
    .optional()
    .describe('csv: het rapport als CSV (puntkomma), net als Accept: text/csv; json: altijd JSON'),
});

@Injectable()
export class IndicatorsService {
  constructor(
    private readonly tenant: TenantDatabase,
    private readonly statements: IndicatorStatementsRepository,
  ) {}

  /**
   * The indicators `keys` (all of the catalogue when absent, in catalogue order) of the caller's gemeente over
   * `from` to `to`, both inclusive Amsterdam dates (JJJJ-MM-DD), suppressed for beleid. Runs under the request's gemeente
   * (row level security), so it needs a tenant scope: a request, or `asTenant`. Unknown
   * keys throw `OnbekendeIndicator` (the controller refuses them first with a 400).
   */
  async compute(from: string, to: string, keys?: string[]): Promise<IndicatorRapport> {
    return onderdrukRapport(await this.computeOnbewerkt(from, to, keys));
  }

  /** The same unsuppressed: only for tests and for code that suppresses itself. */
  computeOnbewerkt(from: string, to: string, keys?: string[]): Promise<IndicatorRapport> {
    // each family on a connection of its own for the request's gemeente, so their queries run side by side
    const { gemeente } = this.tenant.current();
    const open = <T>(work: (db: TenantDb) => Promise<T>) => this.tenant.beside(work);
    return berekenRapport(this.statements, { gemeente, open }, from, to, keys);
  }
}
