/** How a catalogue entry is computed: a family (one repository query shared by its indicators) and a reading. */
import type { IndicatorStatementsRepository, TenantDb } from '@regie/persistence';
import type { IndicatorDefinitie, IndicatorCel, IndicatorReekspunt, IndicatorUitsplitsing } from './types';

/** The period the indicator is computed over: inclusive local dates. */
export interface Context {
  from: string;
  to: string;
}

export interface Uitkomst {
  waarde: IndicatorCel;
  uitsplitsingen: IndicatorUitsplitsing[];
  punten: IndicatorReekspunt[];
  /** set when the history of this gemeente and period does not record what the indicator needs (why, in Dutch) */
  nietBeschikbaar?: string;
}

export interface Berekening {
  familie: string;
  /** the family's query, on a tenant connection of the gemeente (its row level security) */
  lees(repo: IndicatorStatementsRepository, db: TenantDb, from: string, to: string): Promise<unknown>;
  uit(rijen: unknown, ctx: Context): Uitkomst;
}

/** A catalogue entry: the definition, and its computation unless the engine does not record what it needs. */
export type CatalogusItem = IndicatorDefinitie & { rekenwijze?: Berekening };

/** A family of indicators read by one query; `R` is what that query returns. */
export function familie<R>(
  naam: string,
  lees: (repo: IndicatorStatementsRepository, db: TenantDb, from: string, to: string) => Promise<R>,
) {
  return (uit: (rijen: R, ctx: Context) => Uitkomst): Berekening => ({
    familie: naam,
    lees,
    // the rows come back from the same family's `lees`
    uit: (rijen, ctx) => uit(rijen as R, ctx),
  });
}
