/**
 * Indicator almelo 3.4C.1 "Aantal jongeren (18+) van Jw-voorziening naar BW": transitie18 cases whose follow-on
 * is beschermd wonen. Every transitie18 case starts from a Jeugdwet voorziening, so a case counts when its
 * history shows the beschermd_wonen follow-on becoming `actief`; it counts in the period of that event's `at`.
 *
 * The history rows carry each event's validated data, so this reads two event shapes:
 * - VERVOLGROUTE_BIJGEWERKT { domein: 'beschermd_wonen', status: 'actief' }
 * - TOEKOMSTPLAN_AFGESPROKEN { domeinen: [{ domein: 'beschermd_wonen', status: 'actief' }, ...] }
 *
 * The count per period, over case_history, applies the same rule in SQL: libs/sociaal-domein, indicatoren/sql.ts
 * (naarBeschermdWonenSql).
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
