/** The escalation board's queries over open AVE cases. */
import type { DataSource } from 'typeorm';
import { sqlFor } from '../tenant';

export interface BoardHouseholdRow {
  id: string;
  subject_id: string;
  ave_level: number;
  team: string | null;
  regie_role: string;
  regie_holder: string | null;
  since: string;
  pending: { holder: string; role: string; niveau: number; since: string } | null;
  acceptance_overdue_since: string | null;
  review_missed_since: string | null;
  review_due: Date | null;
  recent: { soort: string; from: number; to: number; reden: string; at: string; holder: string }[] | null;
}

export interface BoardLevelRow {
  level: number;
  households: number;
  awaiting: number;
}

export interface BoardFilter {
  gemeente: string;
  team?: string;
  level?: number;
  limit: number;
  /** path steps at or after this moment count as recent */
  recentSince: Date;
  /**
   * The reasons a case (alias `c`) is visible to the caller, each a SQL condition whose parameters are pushed
   * onto `args`; none means nothing is visible.
   */
  visible: (args: unknown[]) => string[];
}

export class BoardRepository {
  constructor(private readonly ds: DataSource) {}

  async escalations(f: BoardFilter): Promise<{ perLevel: BoardLevelRow[]; rows: BoardHouseholdRow[] }> {
    const args: unknown[] = [f.gemeente];
    const where = [`c.gemeente = $1`, `c.workflow = 'ave'`, `c.state_value <> 'afgesloten'`];
    if (f.team) {
      args.push(f.team);
      where.push(`c.team = $${args.length}`);
    }
    const base = where.join(' AND ');
    const reasons = f.visible(args);
    const scoped = `${base} AND ${reasons.length ? `(${reasons.join(' OR ')})` : 'false'}`;
    const sql = sqlFor(this.ds);
    // One branch per reason of visibility, each an index range (cases_board_counts, cases_regie_holder), made
    // disjoint (a household counts in the first branch that shows it), so the counts add up without comparing
    // ids. One OR over all reasons would read every household of the gemeente.
    const branches = (reasons.length ? reasons : ['false']).map(
      (reason, k) =>
        `SELECT c.ave_level, count(*) AS households, count(*) FILTER (WHERE c.regie_pending) AS awaiting
         FROM cases c WHERE ${base} AND ${reason}${k ? ` AND (${reasons.slice(0, k).join(' OR ')}) IS NOT TRUE` : ''}
         GROUP BY c.ave_level`,
    );
    const perLevel: BoardLevelRow[] = await sql.query(
      `SELECT v.ave_level AS level, sum(v.households)::int AS households, sum(v.awaiting)::int AS awaiting
       FROM (${branches.join(' UNION ALL ')}) v GROUP BY v.ave_level ORDER BY v.ave_level`,
      args,
    );
    const listArgs = [...args];
    let listWhere = scoped;
    if (f.level !== undefined) {
      listArgs.push(f.level);
      listWhere += ` AND c.ave_level = $${listArgs.length}`;
    }
    listArgs.push(f.recentSince.toISOString(), f.limit);
    const rows: BoardHouseholdRow[] = await sql.query(
      `SELECT c.id, c.subject_id, c.ave_level, c.team, c.regie_role, c.regie_holder,
         c.snapshot->'context'->>'niveauSinds' AS since,
         c.snapshot->'context'->'pendingRegie' AS pending,
         c.snapshot->'context'->>'acceptatieVerlopenSinds' AS acceptance_overdue_since,
         c.snapshot->'context'->>'reviewVerlopenSinds' AS review_missed_since,
         (SELECT d.due_at FROM deadlines d
           WHERE d.case_id = c.id AND d.key = 'periodieke_review' AND d.status = 'pending') AS review_due,
         (SELECT jsonb_agg(s) FROM jsonb_array_elements(c.snapshot->'context'->'path') s
           WHERE s->>'soort' <> 'start' AND s->>'at' >= $${listArgs.length - 1}) AS recent
       FROM cases c WHERE ${listWhere}
       ORDER BY c.ave_level DESC, c.updated_at DESC LIMIT $${listArgs.length}`,
      listArgs,
    );
    return { perLevel, rows };
  }
}
