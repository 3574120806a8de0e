/**
 * Read models for lists: cases, history, deadlines, notifications. Always scoped to the caller's gemeente and
 * to the cases their role lets them see; row-level security enforces the gemeente underneath.
 */
import { Injectable } from '@nestjs/common';
import {
  Clock,
  InvalidData,
  type DeadlineRow,
  WorkflowRegistry,
  deadlineView,
  restore,
  reviveDeadline,
  toView,
} from '@regie/engine';
import type { CaseRow } from '@regie/engine';
import { sqlFor } from '@regie/persistence';
import { DataSource } from 'typeorm';
import { visibleCasesSql } from '../access/access';
import type { Principal } from '../auth/auth';
import { z } from 'zod';

const boolParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export const caseListQuery = z
  .object({
    workflow: z.string().max(50).optional(),
    state: z.string().max(100).optional(),
    aveLevel: z.coerce.number().int().min(0).max(4).optional(),
    regie: z.string().max(50).optional(),
    assignee: z.string().max(100).optional(),
    overdue: boolParam.optional(),
    subjectId: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z
      .string()
      .max(200)
      .refine((c) => decodeCursor(c) !== null, 'onbekende cursor: gebruik de next van de vorige pagina')
      .optional(),
  })
  .strict();

export const deadlineListQuery = z
  .object({
    status: z.enum(['pending', 'overdue', 'met', 'missed', 'cancelled']).optional(),
    dueBefore: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
    assignee: z.string().max(100).optional(),
    caseId: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

function encodeCursor(c: { created_at: Date; id: string }): string {
  return Buffer.from(`${new Date(c.created_at).toISOString()}|${c.id}`).toString('base64url');
}

/** The position a cursor names, or null when it names none (the list query refuses it: 400 naming `cursor`). */
function decodeCursor(cursor: string): [string, string] | null {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!at || !id || Number.isNaN(Date.parse(at)) || !z.uuid().safeParse(id).success) return null;
  return [at, id];
}

@Injectable()
export class CaseQueries {
  private sql() {
    return sqlFor(this.db);
  }

  constructor(
    private readonly db: DataSource,
    private readonly registry: WorkflowRegistry,
    private readonly clock: Clock,
  ) {}

  async list(p: Principal, q: z.infer<typeof caseListQuery>) {
    const args: unknown[] = [p.gemeente];
    const where = ['c.gemeente = $1'];
    where.push(visibleCasesSql(p, args));
    const add = (sql: string, value: unknown) => {
      args.push(value);
      where.push(sql.replace(/\?/g, `$${args.length}`));
    };
    if (q.workflow) add('c.workflow = ?', q.workflow);
    if (q.state) add(`(c.state_value = ? OR c.state_value LIKE ? || '.%')`, q.state);
    if (q.aveLevel !== undefined) add('c.ave_level = ?', q.aveLevel);
    if (q.regie) add('c.regie_role = ?', q.regie);
    if (q.assignee) add('c.regie_holder = ?', q.assignee);
    if (q.subjectId) add('c.subject_id = ?', q.subjectId);
    if (q.overdue !== undefined) {
      add(
        `${q.overdue ? '' : 'NOT '}EXISTS (SELECT 1 FROM deadlines d WHERE d.case_id = c.id AND d.status = 'pending'
           AND d.party = 'gemeente' AND d.suspended_at IS NULL AND d.due_at <= ?)`,
        await this.clock.now(),
      );
    }
    if (q.cursor) {
      const position = decodeCursor(q.cursor);
      if (!position)
        throw new InvalidData('Ongeldige query: cursor: onbekende cursor', [{ field: 'cursor' }]);
      const [at, id] = position;
      args.push(at, id);
      where.push(`(c.created_at, c.id) < ($${args.length - 1}::timestamptz, $${args.length}::uuid)`);
    }
    args.push(q.limit + 1);
    const rows: (CaseRow & { deadlines: DeadlineRow[] })[] = await this.sql().query(
      `SELECT c.*, COALESCE((SELECT json_agg(d ORDER BY d.due_at, d.key) FROM deadlines d WHERE d.case_id = c.id), '[]')
         AS deadlines
       FROM cases c WHERE ${where.join(' AND ')} ORDER BY c.created_at DESC, c.id DESC LIMIT $${args.length}`,
      args,
    );
    const page = rows.slice(0, q.limit);
    return {
      items: page.map((row) => {
        const def = this.registry.get(row.workflow, row.workflow_version);
        const deadlines = row.deadlines.map(reviveDeadline);
        return toView(row, def, restore(def, row.snapshot), deadlines);
      }),
      next: rows.length > q.limit ? encodeCursor(page[page.length - 1]) : null,
    };
  }

  async history(caseId: string) {
    return this.sql().query(
      `SELECT seq, type, data, actor, at, from_state AS "from", to_state AS "to"
       FROM case_history WHERE case_id = $1 ORDER BY seq`,
      [caseId],
    );
  }

  async deadlines(p: Principal, q: z.infer<typeof deadlineListQuery>) {
    const now = await this.clock.now();
    const args: unknown[] = [p.gemeente];
    const where = ['d.gemeente = $1'];
    where.push(visibleCasesSql(p, args));
    const add = (sql: string, value: unknown) => {
      args.push(value);
      where.push(sql.replace(/\?/g, `$${args.length}`));
    };
    if (q.status === 'overdue') {
      where.push(`d.status = 'pending'`);
      add('d.due_at <= ?', now);
    } else if (q.status === 'pending') {
      where.push(`d.status = 'pending'`);
      add('d.due_at > ?', now);
    } else if (q.status) add('d.status = ?', q.status);
    if (q.dueBefore) add('d.due_at < ?', new Date(q.dueBefore));
    if (q.assignee) add('c.regie_holder = ?', q.assignee);
    if (q.caseId) add('d.case_id = ?', q.caseId);
    args.push(q.limit);
    const rows: DeadlineRow[] = await this.sql().query(
      `SELECT d.* FROM deadlines d JOIN cases c ON c.id = d.case_id
       WHERE ${where.join(' AND ')} ORDER BY d.due_at, d.id LIMIT $${args.length}`,
      args,
    );
    return { items: rows.map((d) => deadlineView(d, now)) };
  }

  /** The user's own notifications, and those for their role in their team (a teamleider's escalations). */
  async notifications(p: Principal) {
    const recipients = [
      p.user,
      ...(p.roles.includes('teamleider') && p.team ? [`teamleider:${p.team}`] : []),
    ];
    return {
      items: await this.sql().query(
        `SELECT id, kind, recipient, case_id AS "caseId", deadline_id AS "deadlineId", message,
           created_at AS "createdAt", read_at AS "readAt"
         FROM notifications WHERE gemeente = $1 AND recipient = ANY($2) ORDER BY created_at DESC LIMIT 200`,
        [p.gemeente, recipients],
      ),
    };
  }
}
