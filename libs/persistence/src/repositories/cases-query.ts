/** The case lists: cases with their deadlines, a case's history, deadlines across cases. */
import { Injectable } from '@nestjs/common';
import { type SqlBool, sql } from 'kysely';
import type { TenantDb } from '../database';
import { type Zichtbaarheid, aveLevel, zichtbaar } from '../zichtbaarheid';

/** Where a page of the case list starts: after the case created at `createdAt` with this id (newest first). */
export interface CaseListPosition {
  createdAt: string;
  id: string;
}

export interface CaseListFilter {
  /** which cases the caller may see */
  zichtbaarheid: Zichtbaarheid;
  workflow?: string;
  /** this state or one of its substates */
  state?: string;
  aveLevel?: number;
  regie?: string;
  /** the regie holder */
  assignee?: string;
  subjectId?: string;
  /** with (true) or without (false) a term of the gemeente running and due at `now` */
  overdue?: { overdue: boolean; now: Date };
  after?: CaseListPosition;
  limit: number;
}

export interface DeadlineListFilter {
  /** as in CaseListFilter, over the deadline's case */
  zichtbaarheid: Zichtbaarheid;
  /** `overdue` and `pending` are pending terms due at or before, or after, `now` */
  status?: 'pending' | 'overdue' | 'met' | 'missed' | 'cancelled';
  now: Date;
  dueBefore?: Date;
  /** the regie holder of the deadline's case */
  assignee?: string;
  caseId?: string;
  limit: number;
}

export type CaseHistoryEntry = Awaited<ReturnType<CaseQueriesRepository['history']>>[number];

@Injectable()
export class CaseQueriesRepository {
  /**
   * The `cases` rows of the caller's gemeente that match, newest first, each with `deadlines`: its `deadlines` rows
   * as JSON, by due time and key (timestamps as strings). `Row` is the caller's type of such a row: persistence
   * does not know the snapshot's, the projection's nor the JSON deadlines' shape.
   */
  list<Row>(db: TenantDb, f: CaseListFilter): Promise<Row[]> {
    let q = db.sql
      .selectFrom('cases as c')
      .selectAll('c')
      .select(
        sql<
          unknown[]
        >`COALESCE((SELECT json_agg(d ORDER BY d.due_at, d.key) FROM deadlines d WHERE d.case_id = c.id), '[]')`.as(
          'deadlines',
        ),
      )
      .where('c.gemeente', '=', db.gemeente)
      .where((eb) => zichtbaar(eb, f.zichtbaarheid));
    if (f.workflow) q = q.where('c.workflow', '=', f.workflow);
    const state = f.state;
    if (state) {
      q = q.where((eb) =>
        eb.or([eb('c.state_value', '=', state), eb('c.state_value', 'like', sql<string>`${state} || '.%'`)]),
      );
    }
    const level = f.aveLevel;
    if (level !== undefined) q = q.where((eb) => eb(aveLevel(eb), '=', level));
    if (f.regie) q = q.where('c.regie_role', '=', f.regie);
    if (f.assignee) q = q.where('c.regie_holder', '=', f.assignee);
    if (f.subjectId) q = q.where('c.subject_id', '=', f.subjectId);
    const overdue = f.overdue;
    if (overdue) {
      q = q.where((eb) => {
        const running = eb.exists(
          eb
            .selectFrom('deadlines as d')
            .select(sql.lit(1).as('one'))
            .whereRef('d.case_id', '=', 'c.id')
            .where('d.status', '=', sql.lit('pending'))
            .where('d.party', '=', sql.lit('gemeente'))
            .where('d.suspended_at', 'is', null)
            .where('d.due_at', '<=', overdue.now),
        );
        return overdue.overdue ? running : eb.not(running);
      });
    }
    const after = f.after;
    if (after) {
      q = q.where(sql<SqlBool>`(c.created_at, c.id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`);
    }
    return q.orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').limit(f.limit).$castTo<Row>().execute();
  }

  /** The case's history, in order (row level security keeps it to the caller's gemeente). */
  history(db: TenantDb, caseId: string) {
    return db.sql
      .selectFrom('case_history')
      .select(['seq', 'type', 'data', 'actor', 'at', 'from_state as from', 'to_state as to'])
      .where('case_id', '=', caseId)
      .orderBy('seq')
      .execute();
  }

  /**
   * The `deadlines` rows of the caller's gemeente that match, by due time; `Row` is the caller's type of such a
   * row (persistence does not know the term's shape).
   */
  deadlines<Row>(db: TenantDb, f: DeadlineListFilter): Promise<Row[]> {
    let q = db.sql
      .selectFrom('deadlines as d')
      .innerJoin('cases as c', 'c.id', 'd.case_id')
      .selectAll('d')
      .where('d.gemeente', '=', db.gemeente)
      .where((eb) => zichtbaar(eb, f.zichtbaarheid));
    if (f.status === 'overdue') {
      q = q.where('d.status', '=', sql.lit('pending')).where('d.due_at', '<=', f.now);
    } else if (f.status === 'pending') {
      q = q.where('d.status', '=', sql.lit('pending')).where('d.due_at', '>', f.now);
    } else if (f.status) q = q.where('d.status', '=', f.status);
    if (f.dueBefore) q = q.where('d.due_at', '<', f.dueBefore);
    if (f.assignee) q = q.where('c.regie_holder', '=', f.assignee);
    if (f.caseId) q = q.where('d.case_id', '=', f.caseId);
    return q.orderBy('d.due_at').orderBy('d.id').limit(f.limit).$castTo<Row>().execute();
  }
}
