/**
 * The escalation board's query over the open AVE cases of the caller's gemeente: it reads the AVE level from the
 * projection and the waiting regie acceptance, the path and the missed review from the AVE snapshot, so it lives
 * with the journeys' domain; it runs as Kysely on the tenant handle it is given (row level security).
 */
import { type TenantDb, type Zichtbaarheid, aveLevel, zichtbaar, zichtreden } from '@regie/persistence';
import { type SqlBool, sql } from 'kysely';

/** Who must still accept regie, as the case's snapshot keeps it. */
export interface BoardPending {
  /** null: routed to the role, any professional of it may accept */
  holder: string | null;
  role: string;
  level: number;
  since: string;
}

/** A step of the case's path (escalation, de-escalation), as the case's snapshot keeps it. */
export interface BoardPathStep {
  soort: string;
  from: number;
  to: number;
  reden: string;
  at: string;
  /** null: routed to the level's role */
  holder: string | null;
}

export interface BoardFilter {
  team?: string;
  level?: number;
  limit: number;
  /** path steps at or after this moment count as recent */
  recentSince: Date;
  /** which cases the caller may see */
  zichtbaarheid: Zichtbaarheid;
}

export type BoardLevelRow = Awaited<ReturnType<typeof escalationBoard>>['perLevel'][number];
export type BoardHouseholdRow = Awaited<ReturnType<typeof escalationBoard>>['rows'][number];

/** The caller's gemeente's open AVE households they may see: counts per level, and the first `limit` of them. */
export async function escalationBoard(db: TenantDb, f: BoardFilter) {
  const open = () => {
    let q = db.sql
      .selectFrom('cases as c')
      .where('c.gemeente', '=', db.gemeente)
      .where('c.workflow', '=', sql.lit('ave'))
      .where('c.state_value', '<>', sql.lit('afgesloten'));
    if (f.team) q = q.where('c.team', '=', f.team);
    return q;
  };
  const reasons = f.zichtbaarheid;
  // One branch per reason of visibility, each read from one index (cases_board_counts, cases_regie_holder), made
  // disjoint (a household counts in the first branch that shows it), so the counts add up without comparing
  // ids. One OR over all reasons would read every household of the gemeente.
  const branches = (reasons.length ? reasons : [null]).map((reason, k) =>
    open()
      .select((eb) => [
        aveLevel(eb).as('level'),
        eb.fn.countAll<string>().as('households'),
        eb.fn.countAll<string>().filterWhere('c.regie_pending', '=', true).as('awaiting'),
      ])
      .where((eb) => (reason ? zichtreden(eb, reason) : sql<SqlBool>`false`))
      .$if(k > 0, (q) =>
        q.where(
          (eb) => sql<SqlBool>`(${eb.or(reasons.slice(0, k).map((r) => zichtreden(eb, r)))}) IS NOT TRUE`,
        ),
      )
      .groupBy((eb) => [aveLevel(eb)]),
  );
  const perLevel = await db.sql
    .selectFrom(branches.reduce((all, branch) => all.unionAll(branch)).as('v'))
    .select((eb) => [
      // a case on the board has a level: AVE cases carry one from their start
      eb.ref('v.level').$notNull().as('level'),
      eb.cast<number>(eb.fn.sum('v.households'), 'integer').as('households'),
      eb.cast<number>(eb.fn.sum('v.awaiting'), 'integer').as('awaiting'),
    ])
    .groupBy('v.level')
    .orderBy('v.level')
    .execute();
  let list = open();
  const level = f.level;
  if (level !== undefined) list = list.where((eb) => eb(aveLevel(eb), '=', level));
  const rows = await list
    .select((eb) => [
      'c.id',
      'c.subject_id',
      aveLevel(eb).$notNull().as('level'),
      'c.team',
      'c.regie_role',
      'c.regie_holder',
      sql<string>`c.snapshot->'context'->>'niveauSinds'`.as('since'),
      sql<BoardPending | null>`c.snapshot->'context'->'pendingRegie'`.as('pending'),
      sql<string | null>`c.snapshot->'context'->>'acceptatieVerlopenSinds'`.as('acceptance_overdue_since'),
      sql<string | null>`c.snapshot->'context'->>'reviewVerlopenSinds'`.as('review_missed_since'),
      eb
        .selectFrom('deadlines as d')
        .select('d.due_at')
        .whereRef('d.case_id', '=', 'c.id')
        .where('d.key', '=', sql.lit('periodieke_review'))
        .where('d.status', '=', sql.lit('pending'))
        .as('review_due'),
      sql<
        BoardPathStep[] | null
      >`(SELECT jsonb_agg(s) FROM jsonb_array_elements(c.snapshot->'context'->'path') s
        WHERE s->>'soort' <> 'start' AND s->>'at' >= ${f.recentSince.toISOString()})`.as('recent'),
    ])
    .where((eb) => zichtbaar(eb, reasons))
    .orderBy((eb) => aveLevel(eb), 'desc')
    .orderBy('c.updated_at', 'desc')
    .limit(f.limit)
    .execute();
  return { perLevel, rows };
}
