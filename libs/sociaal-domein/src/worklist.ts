/**
 * The worklist (JOURNEYS.md section 5): what is due for a professional, ordered by due date, and the daily
 * digest that summarises it per user.
 *
 * Items: the pending terms of the gemeente (party `gemeente`) on cases where the user holds regie, and the open
 * tasks the workflows declare (WorkflowDefinition.worklist: the herindicatie, from its `openDatum` on, also after
 * its escalation, until it is done). A workflow with tasks is listed by its tasks alone, so a task's own deadline
 * is not listed twice. The query is WorklistRepository in libs/persistence, which is handed the tasks.
 */
import { localDate } from '@regie/calendar';
import type { Clock, WorkflowRegistry } from '@regie/engine';
import type { SystemDb, TenantDb, WorklistRepository, WorklistTaak } from '@regie/persistence';

export interface WorklistItem {
  /** `termijn`, or the task's kind as its workflow declares it (`herindicatie`) */
  soort: string;
  caseId: string;
  workflow: string;
  subjectId: string;
  deadlineId: string;
  key: string;
  name: string;
  law: string | null;
  dueDate: string | null;
  dueAt: string;
  /** `pending`, or `missed` for a task that passed its date and went to whoever its deadline escalates to */
  status: string;
  /** herindicatie only: the voorziening under review */
  voorzieningId: string | null;
  /** herindicatie only: when it went to the teamleider */
  geescaleerdOp: string | null;
  /** herindicatie only: the day the review opened */
  openDatum: string | null;
  /** herindicatie only: the day the teamleider is alerted when the review is still open at its end */
  signaleringsDatum: string | null;
}

/**
 * The fields the API documents for a task (WorklistItem), null on the rows that lack them. A task's fields are
 * what its workflow declares; those of a workflow the API does not document come along by their own names.
 */
const TAAKVELDEN = {
  voorzieningId: null,
  geescaleerdOp: null,
  openDatum: null,
  signaleringsDatum: null,
} as const;

/** The tasks the registered workflows put on the worklist, each with its workflow's name. */
export function worklistTaken(registry: WorkflowRegistry): WorklistTaak[] {
  return registry.current().flatMap((def) => (def.worklist ?? []).map((t) => ({ ...t, workflow: def.name })));
}

/** The user's worklist, read through `worklist` on the request's tenant connection `db` (their gemeente only). */
export async function worklistFor(
  worklist: WorklistRepository,
  taken: readonly WorklistTaak[],
  db: TenantDb,
  holder: string,
  now: Date,
  opts: { dueBefore?: Date; limit?: number } = {},
): Promise<WorklistItem[]> {
  const rows = await worklist.forHolder(
    db,
    taken,
    holder,
    localDate(now),
    opts.dueBefore ?? null,
    opts.limit ?? 500,
  );
  return rows.map((r) => ({
    soort: r.soort,
    caseId: r.case_id,
    workflow: r.workflow,
    subjectId: r.subject_id,
    deadlineId: r.deadline_id,
    key: r.key,
    name: r.name,
    law: r.law,
    dueDate: r.due_date,
    dueAt: new Date(r.due_at).toISOString(),
    status: r.status,
    ...TAAKVELDEN,
    ...r.velden,
  }));
}

/**
 * The daily digest: one notification per user with something on their worklist, counts only (no names, no case
 * content), written in one statement for every gemeente. Its id is derived from gemeente, user and day, so a
 * digest job that runs twice on a day writes it once. System work: the owner's handle `db`, every gemeente.
 */
export class WorklistDigest {
  constructor(
    private readonly worklist: WorklistRepository,
    private readonly db: SystemDb,
    private readonly clock: Clock,
    private readonly taken: readonly WorklistTaak[],
  ) {}

  async run(): Promise<number> {
    const now = await this.clock.now();
    return this.worklist.writeDigests(this.db, this.taken, localDate(now), now);
  }
}
