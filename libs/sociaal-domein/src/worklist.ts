/**
 * The worklist (JOURNEYS.md section 5): what is due for a professional, ordered by due date, and the daily
 * digest that summarises it per user.
 *
 * Items: the pending terms of the gemeente (party `gemeente`) on cases where the user holds regie, and the open
 * herindicatie tasks they own (a `herindicatie` case from its `openDatum` on, also after its escalation, until it
 * is done). A herindicatie case's own deadline is that task, so it is not listed twice. The query is
 * WorklistRepository in libs/persistence.
 */
import { localDate } from '@regie/calendar';
import type { Clock } from '@regie/engine';
import type { SystemDb, TenantDb, WorklistRepository } from '@regie/persistence';

export interface WorklistItem {
  soort: 'termijn' | 'herindicatie';
  caseId: string;
  workflow: string;
  subjectId: string;
  deadlineId: string;
  key: string;
  name: string;
  law: string | null;
  dueDate: string | null;
  dueAt: string;
  /** `pending`, or `missed` for a herindicatie that passed its date and went to the teamleider */
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

/** The user's worklist, read through `worklist` on the request's tenant connection `db` (their gemeente only). */
export async function worklistFor(
  worklist: WorklistRepository,
  db: TenantDb,
  holder: string,
  now: Date,
  opts: { dueBefore?: Date; limit?: number } = {},
): Promise<WorklistItem[]> {
  const rows = await worklist.forHolder(
    db,
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
    voorzieningId: r.voorziening_id,
    geescaleerdOp: r.geescaleerd_op,
    openDatum: r.open_datum,
    signaleringsDatum: r.signalering_datum,
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
  ) {}

  async run(): Promise<number> {
    const now = await this.clock.now();
    return this.worklist.writeDigests(this.db, localDate(now), now);
  }
}
