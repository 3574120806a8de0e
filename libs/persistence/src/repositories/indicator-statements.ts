/**
 * Runs the statements of the indicators beleid reads (libs/sociaal-domein/src/indicatoren/sql.ts: they name the
 * journeys, so they live there), under the gemeente's row level security (a TenantDb: the request's connection,
 * or one the monthly monitor opens per gemeente), with the settings an aggregate over a year's history needs.
 */
import { Injectable } from '@nestjs/common';
import { type RawBuilder, sql } from 'kysely';
import { type TenantDb, transaction } from '../database';

@Injectable()
export class IndicatorStatementsRepository {
  /**
   * One family's statement on the tenant's connection, in a transaction of its own whose settings end with it:
   * no JIT (compiling the expressions of an aggregate over ~100,000 facts cost up to 180 ms, more than it saved,
   * measured on the bench), room to sort and hash a year's facts in memory instead of in temporary files, and no
   * parallel workers (the families of a report already run side by side where each has a connection of its own).
   * `cachedPageCost`: a random page read costed as the cached index pages of migration 027 are (random_page_cost 1.1),
   * for the families whose plans it turns into index scans measured faster on the bench (lead time 412 -> 310 ms,
   * 18-/18+ 122 -> 42 ms); the others were as fast or slower with it.
   */
  run<R>(db: TenantDb, statement: RawBuilder<R>, options: { cachedPageCost?: boolean } = {}): Promise<R[]> {
    return transaction(db, async (tx) => {
      await sql`SELECT set_config('jit', 'off', true), set_config('work_mem', '32MB', true),
                set_config('max_parallel_workers_per_gather', '0', true)${
                  options.cachedPageCost
                    ? sql.raw(`, set_config('random_page_cost', '1.1', true)`)
                    : sql.raw('')
                }`.execute(tx.sql);
      return (await statement.execute(tx.sql)).rows;
    });
  }
}
