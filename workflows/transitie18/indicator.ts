/**
 * Indicator almelo 3.4C.1 "Aantal jongeren (18+) van Jw-voorziening naar BW": transitie18 cases whose follow-on
 * is beschermd wonen. Every transitie18 case starts from a Jeugdwet voorziening, so a case counts when its
 * history shows the beschermd_wonen follow-on becoming `actief`; it counts in the period of that event's `at`.
 *
 * The history rows carry each event's validated data, so this reads two event shapes:
 * - VERVOLGROUTE_BIJGEWERKT { domein: 'beschermd_wonen', status: 'actief' }
 * - TOEKOMSTPLAN_AFGESPROKEN { domeinen: [{ domein: 'beschermd_wonen', status: 'actief' }, ...] }
 *
 * In SQL over case_history (one row per event, `data` jsonb), per period:
 *   SELECT count(DISTINCT case_id) FROM (
 *     SELECT h.case_id, min(h.at) AS actief_op FROM case_history h JOIN cases c ON c.id = h.case_id
 *     WHERE c.workflow = 'transitie18' AND (
 *       (h.type = 'VERVOLGROUTE_BIJGEWERKT' AND h.data->>'domein' = 'beschermd_wonen'
 *         AND h.data->>'status' = 'actief')
 *       OR (h.type = 'TOEKOMSTPLAN_AFGESPROKEN' AND h.data->'domeinen'
 *         @> '[{"domein":"beschermd_wonen","status":"actief"}]'))
 *     GROUP BY h.case_id) bw
 *   WHERE actief_op >= :from AND actief_op < :to
 * (add `AND h.gemeente = :gemeente` per tenant).
 */

export interface HistoryEvent {
  type: string;
  data: unknown;
  at: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function bwActief(regel: unknown): boolean {
  return isRecord(regel) && regel.domein === 'beschermd_wonen' && regel.status === 'actief';
}

/** When a transitie18 case's follow-on beschermd wonen first became active, or null: the case counts then. */
export function naarBeschermdWonenOp(history: readonly HistoryEvent[]): string | null {
  for (const e of history) {
    if (e.type === 'VERVOLGROUTE_BIJGEWERKT' && bwActief(e.data)) return e.at;
    if (
      e.type === 'TOEKOMSTPLAN_AFGESPROKEN' &&
      isRecord(e.data) &&
      Array.isArray(e.data.domeinen) &&
      e.data.domeinen.some(bwActief)
    )
      return e.at;
  }
  return null;
}
