/**
 * (n) The indicator catalogue for one year, for a gemeente of 200,000 inwoners with about 1,000,000
 * history rows: the history of test/support/indicator-generator.ts (every journey, two years) scaled up, inwoners
 * without any case added up to the size, then every indicator computed as GET /indicators computes it (under
 * row-level security, the families taking turns on the request's one tenant connection, suppressed), once to warm up and then RUNS times. Printed: median and slowest beside the
 * target.
 */
import { IndicatorStatementsRepository, asTenant } from '@regie/persistence';
import { berekenRapport, onderdrukRapport } from '@regie/sociaal-domein';
import { GEMEENTE, genereer, schrijf } from '../test/support/indicator-generator';
import { fmt, ms, percentile } from './measure';
import type { Wired } from './wiring';

export const TARGET_INDICATORS_MS = 2_000;
const RUNS = 5;
/** the generator writes about 5 history rows per inwoner with cases (measured: 728,584 at 0.7), a tenth more elsewhere */
const MET_CASUSSEN = (inwoners: number) => Math.round(inwoners * 0.96);

export interface IndicatorBenchResult {
  inwoners: number;
  historyRows: number;
  indicatoren: number;
  loadMs: number;
  medianMs: number;
  maxMs: number;
}

export async function phaseN(
  w: Wired,
  inwoners: number,
  log: (line: string) => void,
): Promise<IndicatorBenchResult> {
  log(`(n) indicators: ${fmt(inwoners)} inwoners, two years of history, every indicator for 2026`);
  const t0 = Date.now();
  const model = genereer(MET_CASUSSEN(inwoners), 13);
  await schrijf(w.db, model);
  const eigen = model.subjects.filter((s) => s.gemeente === GEMEENTE).length;
  // the rest of the gemeente's inwoners: no case, but in the tables the queries join
  await w.db.query(
    `INSERT INTO subjects (id, gemeente, kind, name, created_at)
     SELECT gen_random_uuid(), $1, 'inwoner', 'Inwoner', '2024-12-01' FROM generate_series(1, $2)`,
    [GEMEENTE, Math.max(0, inwoners - eigen)],
  );
  // what autovacuum does after a bulk load, and it is off on this test server: without it the planner has no
  // statistics of the tables just filled, and no page of the append-only history is marked all-visible, so the
  // index-only scans of migration 027 would fetch every row from the table again
  await w.db.query('VACUUM ANALYZE subjects, cases, case_history, deadlines, voorzieningen');
  const [{ n }] = await w.db.query(`SELECT count(*)::int AS n FROM case_history WHERE gemeente = $1`, [
    GEMEENTE,
  ]);
  const loadMs = Date.now() - t0;
  log(`  loaded in ${ms(loadMs)}: ${fmt(n)} history rows of this gemeente`);
  const statements = new IndicatorStatementsRepository();
  const keer = async () => {
    const t = performance.now();
    const rapport = await asTenant(w.db, GEMEENTE, (db) =>
      berekenRapport(statements, db, '2026-01-01', '2026-12-31'),
    );
    onderdrukRapport(rapport);
    return { ms: performance.now() - t, aantal: rapport.indicatoren.length };
  };
  const { aantal } = await keer();
  const tijden: number[] = [];
  for (let i = 0; i < RUNS; i++) tijden.push((await keer()).ms);
  tijden.sort((a, b) => a - b);
  const result = {
    inwoners,
    historyRows: n,
    indicatoren: aantal,
    loadMs,
    medianMs: percentile(tijden, 50),
    maxMs: tijden.at(-1)!,
  };
  log(
    `  all ${aantal} indicators for one year: median ${ms(result.medianMs)}, slowest ${ms(result.maxMs)} ` +
      `(target < ${TARGET_INDICATORS_MS / 1000} s: ${result.maxMs < TARGET_INDICATORS_MS ? 'met' : 'MISSED'})`,
  );
  return result;
}
