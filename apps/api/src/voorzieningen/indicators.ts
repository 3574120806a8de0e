/**
 * Indicators computed from history (counts only). Almelo 3.4C.1 follows workflows/transitie18/indicator.ts: a
 * transitie18 case counts in the period in which its beschermd_wonen follow-on first became `actief`.
 */
import type { EntityManager } from 'typeorm';

export interface Indicator {
  key: string;
  name: string;
  value(sql: EntityManager, gemeente: string, from: Date, to: Date): Promise<number>;
}

export const INDICATOREN: Indicator[] = [
  {
    key: 'almelo 3.4C.1',
    name: 'Aantal jongeren (18+) van Jw-voorziening naar BW',
    async value(sql, gemeente, from, to) {
      const rows: { n: string }[] = await sql.query(
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
    },
  },
];
