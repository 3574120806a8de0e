import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statistics for the indicator catalogue (issue #13): the outcome of a besluit (`data->>'uitkomst'`) is a JSON
 * field, so without statistics on it the planner guessed 0.5% of a year's besluiten were granted (558 rows where
 * there were 49,461) and looked every case of them up one by one; with them (kept by ANALYZE, nothing on the write
 * path) it joins the cases with a hash join (the granted aanvragen family 473 -> 408 ms on the bench).
 */
export class IndicatorStatistics1763900000028 implements MigrationInterface {
  name = 'IndicatorStatistics1763900000028';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE STATISTICS case_history_uitkomst ON (data->>'uitkomst') FROM case_history`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP STATISTICS case_history_uitkomst`);
  }
}
