/**
 * The procesmanager's escalation board: households per AVE level, how long at that level, who holds regie, who
 * still has to accept it, which reviews are due or missed, and recent escalations. Pushed changes come from the
 * change feed as server-sent events; the client refetches what changed.
 */
import { Injectable } from '@nestjs/common';
import { Clock } from '@regie/engine';
import { sqlFor } from '@regie/persistence';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { visibleCasesConditions } from '../access/access';
import type { Principal } from '../auth/auth';

export const boardQuery = z
  .object({
    level: z.coerce.number().int().min(0).max(4).optional(),
    team: z.string().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

const RECENT_DAYS = 30;

interface HouseholdRow {
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

@Injectable()
export class BoardQueries {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async escalations(p: Principal, q: z.infer<typeof boardQuery>) {
    const now = await this.clock.now();
    const args: unknown[] = [p.gemeente];
    const where = [`c.gemeente = $1`, `c.workflow = 'ave'`, `c.state_value <> 'afgesloten'`];
    if (q.team) {
      args.push(q.team);
      where.push(`c.team = $${args.length}`);
    }
    const base = where.join(' AND ');
    const reasons = visibleCasesConditions(p, args);
    const scoped = `${base} AND ${reasons.length ? `(${reasons.join(' OR ')})` : 'false'}`;
    const sql = sqlFor(this.db);
    // One branch per reason of visibility, each an index range (cases_board_counts, cases_regie_holder), made
    // disjoint (a household counts in the first branch that shows it), so the counts add up without comparing
    // ids. One OR over all reasons would read every household of the gemeente.
    const branches = (reasons.length ? reasons : ['false']).map(
      (reason, k) =>
        `SELECT c.ave_level, count(*) AS households, count(*) FILTER (WHERE c.regie_pending) AS awaiting
         FROM cases c WHERE ${base} AND ${reason}${k ? ` AND (${reasons.slice(0, k).join(' OR ')}) IS NOT TRUE` : ''}
         GROUP BY c.ave_level`,
    );
    const perLevel: { level: number; households: number; awaiting: number }[] = await sql.query(
      `SELECT v.ave_level AS level, sum(v.households)::int AS households, sum(v.awaiting)::int AS awaiting
       FROM (${branches.join(' UNION ALL ')}) v GROUP BY v.ave_level ORDER BY v.ave_level`,
      args,
    );
    const listArgs = [...args];
    let listWhere = scoped;
    if (q.level !== undefined) {
      listArgs.push(q.level);
      listWhere += ` AND c.ave_level = $${listArgs.length}`;
    }
    listArgs.push(new Date(now.getTime() - RECENT_DAYS * 86_400_000).toISOString(), q.limit);
    const rows: HouseholdRow[] = await sql.query(
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
    const households = rows.map((r) => ({
      caseId: r.id,
      subjectId: r.subject_id,
      level: r.ave_level,
      team: r.team,
      since: r.since,
      daysAtLevel: Math.floor((now.getTime() - Date.parse(r.since)) / 86_400_000),
      regie: { role: r.regie_role, holder: r.regie_holder },
      awaitingAcceptance: r.pending
        ? {
            holder: r.pending.holder,
            role: r.pending.role,
            since: r.pending.since,
            overdueSince: r.acceptance_overdue_since,
          }
        : null,
      review: {
        dueAt: r.review_due ? new Date(r.review_due).toISOString() : null,
        overdue: r.review_due !== null && new Date(r.review_due).getTime() <= now.getTime(),
        missedSince: r.review_missed_since,
      },
      recentChanges: r.recent ?? [],
    }));
    return {
      now: now.toISOString(),
      levels: [0, 1, 2, 3, 4].map((level) => {
        const found = perLevel.find((l) => l.level === level);
        return { level, households: found?.households ?? 0, awaitingAcceptance: found?.awaiting ?? 0 };
      }),
      households,
    };
  }
}
