/** The case lists: cases with their deadlines, a case's history, deadlines across cases. */
import type { DataSource } from 'typeorm';
import { sqlFor } from '../tenant';

/** Where a page of the case list starts: after the case created at `createdAt` with this id (newest first). */
export interface CaseListPosition {
  createdAt: string;
  id: string;
}

export interface CaseListFilter {
  gemeente: string;
  /**
   * Which cases (alias `c`) the caller may see, as one SQL condition whose parameters are pushed onto `args`
   * ('false' when none).
   */
  visible: (args: unknown[]) => string;
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
  gemeente: string;
  /** as in CaseListFilter, over the deadline's case (alias `c`) */
  visible: (args: unknown[]) => string;
  /** `overdue` and `pending` are pending terms due at or before, or after, `now` */
  status?: 'pending' | 'overdue' | 'met' | 'missed' | 'cancelled';
  now: Date;
  dueBefore?: Date;
  /** the regie holder of the deadline's case */
  assignee?: string;
  caseId?: string;
  limit: number;
}

export interface CaseHistoryEntry {
  seq: number;
  type: string;
  data: unknown;
  actor: string;
  at: Date;
  from: string | null;
  to: string;
}

/** Appends `sql` as a condition, each `?` in it standing for `value` as the next parameter. */
function conditions(where: string[], args: unknown[]) {
  return (sql: string, value: unknown) => {
    args.push(value);
    where.push(sql.replace(/\?/g, `$${args.length}`));
  };
}

export class CaseQueriesRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * The `cases` rows that match, newest first, each with `deadlines`: its `deadlines` rows as JSON, by due time
   * and key (timestamps as strings). `Row` is the caller's type of such a row: persistence does not read the
   * snapshot.
   */
  list<Row>(f: CaseListFilter): Promise<Row[]> {
    const args: unknown[] = [f.gemeente];
    const where = ['c.gemeente = $1'];
    where.push(f.visible(args));
    const add = conditions(where, args);
    if (f.workflow) add('c.workflow = ?', f.workflow);
    if (f.state) add(`(c.state_value = ? OR c.state_value LIKE ? || '.%')`, f.state);
    if (f.aveLevel !== undefined) add('c.ave_level = ?', f.aveLevel);
    if (f.regie) add('c.regie_role = ?', f.regie);
    if (f.assignee) add('c.regie_holder = ?', f.assignee);
    if (f.subjectId) add('c.subject_id = ?', f.subjectId);
    if (f.overdue) {
      add(
        `${f.overdue.overdue ? '' : 'NOT '}EXISTS (SELECT 1 FROM deadlines d WHERE d.case_id = c.id AND d.status = 'pending'
           AND d.party = 'gemeente' AND d.suspended_at IS NULL AND d.due_at <= ?)`,
        f.overdue.now,
      );
    }
    if (f.after) {
      args.push(f.after.createdAt, f.after.id);
      where.push(`(c.created_at, c.id) < ($${args.length - 1}::timestamptz, $${args.length}::uuid)`);
    }
    args.push(f.limit);
    return sqlFor(this.ds).query(
      `SELECT c.*, COALESCE((SELECT json_agg(d ORDER BY d.due_at, d.key) FROM deadlines d WHERE d.case_id = c.id), '[]')
         AS deadlines
       FROM cases c WHERE ${where.join(' AND ')} ORDER BY c.created_at DESC, c.id DESC LIMIT $${args.length}`,
      args,
    );
  }

  /** The case's history, in order. */
  history(caseId: string): Promise<CaseHistoryEntry[]> {
    return sqlFor(this.ds).query(
      `SELECT seq, type, data, actor, at, from_state AS "from", to_state AS "to"
       FROM case_history WHERE case_id = $1 ORDER BY seq`,
      [caseId],
    );
  }

  /** The `deadlines` rows that match, by due time; `Row` is the caller's type of such a row. */
  deadlines<Row>(f: DeadlineListFilter): Promise<Row[]> {
    const args: unknown[] = [f.gemeente];
    const where = ['d.gemeente = $1'];
    where.push(f.visible(args));
    const add = conditions(where, args);
    if (f.status === 'overdue') {
      where.push(`d.status = 'pending'`);
      add('d.due_at <= ?', f.now);
    } else if (f.status === 'pending') {
      where.push(`d.status = 'pending'`);
      add('d.due_at > ?', f.now);
    } else if (f.status) add('d.status = ?', f.status);
    if (f.dueBefore) add('d.due_at < ?', f.dueBefore);
    if (f.assignee) add('c.regie_holder = ?', f.assignee);
    if (f.caseId) add('d.case_id = ?', f.caseId);
    args.push(f.limit);
    return sqlFor(this.ds).query(
      `SELECT d.* FROM deadlines d JOIN cases c ON c.id = d.case_id
       WHERE ${where.join(' AND ')} ORDER BY d.due_at, d.id LIMIT $${args.length}`,
      args,
    );
  }
}
