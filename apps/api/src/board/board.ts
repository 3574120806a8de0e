/**
 * The procesmanager's escalation board: households per AVE level, how long at that level, who holds regie, who
 * still has to accept it, which reviews are due or missed, and recent escalations. Pushed changes come from the
 * change feed as server-sent events; the client refetches what changed.
 */
import { Injectable } from '@nestjs/common';
import { Clock } from '@regie/engine';
import { TenantDatabase } from '@regie/persistence';
import { escalationBoard } from '@regie/sociaal-domein';
import { z } from 'zod';
import { zichtbaarheidVan } from '../access/access';
import type { Principal } from '../auth/auth';

export const boardQuery = z
  .object({
    level: z.coerce.number().int().min(0).max(4).optional(),
    team: z.string().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

const RECENT_DAYS = 30;

@Injectable()
export class BoardQueries {
  constructor(
    private readonly tenant: TenantDatabase,
    private readonly clock: Clock,
  ) {}

  async escalations(p: Principal, q: z.infer<typeof boardQuery>) {
    const now = await this.clock.now();
    const { perLevel, rows } = await escalationBoard(this.tenant.current(), {
      team: q.team,
      level: q.level,
      limit: q.limit,
      recentSince: new Date(now.getTime() - RECENT_DAYS * 86_400_000),
      zichtbaarheid: zichtbaarheidVan(p),
    });
    const households = rows.map((r) => ({
      caseId: r.id,
      subjectId: r.subject_id,
      level: r.level,
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
