/**
 * Read models for lists: cases, history, deadlines. Always scoped to the caller's gemeente and
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
  toView,
} from '@regie/engine';
import type { CaseRow } from '@regie/engine';
import { CaseQueriesRepository, reviveDeadline, TenantDatabase } from '@regie/persistence';
import { zichtbaarheidVan } from '../access/access';
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
  constructor(
    private readonly tenant: TenantDatabase,
    private readonly queries: CaseQueriesRepository,
    private readonly registry: WorkflowRegistry,
    private readonly clock: Clock,
  ) {}

  async list(p: Principal, q: z.infer<typeof caseListQuery>) {
    let after: { createdAt: string; id: string } | undefined;
    if (q.cursor) {
      const position = decodeCursor(q.cursor);
      if (!position)
        throw new InvalidData('Ongeldige query: cursor: onbekende cursor', [{ field: 'cursor' }]);
      after = { createdAt: position[0], id: position[1] };
    }
    const rows = await this.queries.list<CaseRow & { deadlines: DeadlineRow[] }>(this.tenant.current(), {
      zichtbaarheid: zichtbaarheidVan(p),
      workflow: q.workflow,
      state: q.state,
      aveLevel: q.aveLevel,
      regie: q.regie,
      assignee: q.assignee,
      subjectId: q.subjectId,
      overdue: q.overdue === undefined ? undefined : { overdue: q.overdue, now: await this.clock.now() },
      after,
      // one more than a page: whether there is a next one
      limit: q.limit + 1,
    });
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
    return this.queries.history(this.tenant.current(), caseId);
  }

  async deadlines(p: Principal, q: z.infer<typeof deadlineListQuery>) {
    const now = await this.clock.now();
    const rows = await this.queries.deadlines<DeadlineRow>(this.tenant.current(), {
      zichtbaarheid: zichtbaarheidVan(p),
      status: q.status,
      now,
      dueBefore: q.dueBefore ? new Date(q.dueBefore) : undefined,
      assignee: q.assignee,
      caseId: q.caseId,
      limit: q.limit,
    });
    return { items: rows.map((d) => deadlineView(d, now)) };
  }
}
