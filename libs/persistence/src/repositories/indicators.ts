/** The counts beleid reads, computed from history on the request's connection; never a person. */
import type { DataSource } from 'typeorm';
import { sqlFor } from '../tenant';

export class IndicatorsRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Almelo 3.4C.1: transitie18 cases whose beschermd_wonen follow-on first became `actief` in [from, to). The
   * history rows carry each event's validated data: VERVOLGROUTE_BIJGEWERKT names one domein,
   * TOEKOMSTPLAN_AFGESPROKEN a list (workflows/transitie18/indicator.ts reads the same two shapes).
   */
  async transitie18NaarBeschermdWonen(gemeente: string, from: Date, to: Date): Promise<number> {
    const rows: { n: string }[] = await sqlFor(this.ds).query(
      `SELECT count(*) AS n FROM (
         SELECT h.case_id, min(h.at) AS actief_op
         FROM case_history h JOIN cases c ON c.id = h.case_id
         WHERE h.gemeente = $1 AND c.workflow = 'transitie18' AND (
           (h.type = 'VERVOLGROUTE_BIJGEWERKT' AND h.data->>'domein' = 'beschermd_wonen'
             AND h.data->>'status' = 'actief')
           OR (h.type = 'TOEKOMSTPLAN_AFGESPROKEN'
             AND h.data->'domeinen' @> '[{"domein":"beschermd_wonen","status":"actief"}]'))
         GROUP BY h.case_id) bw
       WHERE actief_op >= $2 AND actief_op < $3`,
      [gemeente, from, to],
    );
    return Number(rows[0].n);
  }
}
