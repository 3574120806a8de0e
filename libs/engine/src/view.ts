/** The case as clients see it (API.md "Case view"), built from the row, the snapshot and its deadlines. */
import type { CaseRecord, DeadlineRecord } from '@regie/persistence';
import type {
  AnyWorkflowDefinition,
  Created,
  Projection,
  Regie,
  TermLength,
} from '@regie/workflows/workflow';
import type { AnyMachineSnapshot } from 'xstate';
import type { ZodError } from 'zod';
import { eventsInState, type PersistedSnapshot } from './machine-state';

/** The case row, its snapshot as the engine persists it. */
export interface CaseRow extends CaseRecord {
  snapshot: PersistedSnapshot;
  projection: Projection;
}

/** The deadline row, its term and reminder lead as workflows declare them. */
export interface DeadlineRow extends DeadlineRecord {
  term: TermLength;
  remind_before: TermLength | null;
}

export interface DeadlineView {
  id: string;
  caseId: string;
  key: string;
  name: string;
  law: string | null;
  party: 'gemeente' | 'inwoner';
  /** the last day of the term (Europe/Amsterdam); null for sub-day test terms */
  dueDate: string | null;
  /** the moment the term has passed */
  dueAt: string;
  status: 'pending' | 'overdue' | 'met' | 'missed' | 'cancelled';
  remindAt: string | null;
  remindedAt: string | null;
  metAt: string | null;
  missedAt: string | null;
  suspendedAt: string | null;
  suspendedDays: number;
  extendedDays: number;
}

/**
 * A deadline as its case shows it: a key can have had several rows (a missed acceptance term followed by the term of
 * a new receiver), and the case says which of them counts now.
 */
export interface CaseDeadlineView extends DeadlineView {
  /** the deadline that counts now under its key: the newest of the rows with that key */
  huidig: boolean;
  /** the deadline under the same key that came after this one; null for the current one */
  vervangenDoor: string | null;
}

/** The case view: its fixed fields, and the workflow's projection beside them (AVE: `aveLevel`). */
export type CaseView = CaseFields & { readonly [projected: string]: unknown };

interface CaseFields {
  id: string;
  workflow: string;
  workflowVersion: number;
  version: number;
  subjectId: string;
  state: string;
  status: 'active' | 'done' | 'error' | 'stopped';
  context: Record<string, unknown>;
  allowedEvents: string[];
  regie: Regie;
  team: string | null;
  deadlines: CaseDeadlineView[];
  createdAt: string;
  updatedAt: string;
  /** Only in the answer to the event that created it: what the event created, for the client to act on. */
  aangemaakt?: Created;
  /**
   * Only in the answer to the command: what the professional must know of it, in Dutch (a term that had already
   * passed when the melding or aanvraag was registered with an earlier date of receipt, recorded as passed).
   */
  meldingen?: string[];
}

/**
 * What a command's access check reads of its case (Engine.dispatch `access`): its team and regie, and the workflow's
 * projection (AVE: `aveLevel`), as the case view shows them.
 */
export type CaseScope = Pick<CaseFields, 'team' | 'regie'> & { readonly [projected: string]: unknown };

export function caseScope(row: CaseRow, def: AnyWorkflowDefinition, snapshot: AnyMachineSnapshot): CaseScope {
  return {
    ...(def.projection?.(snapshot) ?? row.projection),
    regie: { role: row.regie_role, holder: row.regie_holder },
    team: row.team,
  };
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function deadlineView(d: DeadlineRow, now?: Date): DeadlineView {
  const overdue =
    d.status === 'pending' && now !== undefined && new Date(d.due_at).getTime() <= now.getTime();
  return {
    id: d.id,
    caseId: d.case_id,
    key: d.key,
    name: d.name,
    law: d.law,
    party: d.party,
    dueDate: d.due_date,
    dueAt: iso(d.due_at)!,
    status: overdue ? 'overdue' : d.status,
    remindAt: iso(d.remind_at),
    remindedAt: iso(d.reminded_at),
    metAt: iso(d.met_at),
    missedAt: iso(d.missed_at),
    suspendedAt: iso(d.suspended_at),
    suspendedDays: d.suspended_days,
    extendedDays: d.extended_days,
  };
}

/**
 * The case's deadlines, each marked current or replaced. The rows of one key follow each other: the engine opens a
 * new row for a key only when none of its rows is pending, so a pending row is the newest; otherwise the later
 * created, then the later closed, is (a closed row keeps the moment it was created and closed).
 */
export function caseDeadlines(deadlines: DeadlineRow[], now?: Date): CaseDeadlineView[] {
  const closedAt = (d: DeadlineRow) =>
    Math.max(...[d.met_at, d.missed_at, d.cancelled_at].map((t) => (t ? new Date(t).getTime() : 0)));
  const order = (a: DeadlineRow, b: DeadlineRow) =>
    Number(a.status === 'pending') - Number(b.status === 'pending') ||
    new Date(a.created_at).getTime() - new Date(b.created_at).getTime() ||
    closedAt(a) - closedAt(b) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byKey = new Map<string, DeadlineRow[]>();
  for (const d of deadlines) byKey.set(d.key, [...(byKey.get(d.key) ?? []), d]);
  const next = new Map<string, string | null>();
  for (const rows of byKey.values()) {
    const sorted = [...rows].sort(order);
    sorted.forEach((d, i) => next.set(d.id, sorted[i + 1]?.id ?? null));
  }
  return deadlines.map((d) => {
    const vervangenDoor = next.get(d.id) ?? null;
    return { ...deadlineView(d, now), huidig: vervangenDoor === null, vervangenDoor };
  });
}

/** The events a client may send now: the machine's, plus the term events while a term runs. */
export function allowedEvents(
  def: AnyWorkflowDefinition,
  snapshot: AnyMachineSnapshot,
  deadlines: DeadlineRow[],
): string[] {
  const pending = deadlines.filter((d) => d.status === 'pending');
  return [
    ...eventsInState(def, snapshot),
    ...(pending.some((d) => !d.suspended_at) ? ['TERMIJN_OPSCHORTEN', 'TERMIJN_VERLENGEN'] : []),
    ...(pending.some((d) => d.suspended_at) ? ['TERMIJN_HERVATTEN'] : []),
  ];
}

export function toView(
  row: CaseRow,
  def: AnyWorkflowDefinition,
  snapshot: AnyMachineSnapshot,
  deadlines: DeadlineRow[],
): CaseView {
  return {
    // computed from the snapshot, not read from the row: a case stored before a field was added to its workflow's
    // projection shows it too (the row's copy is renewed with the next step; only SQL reads it)
    ...(def.projection?.(snapshot) ?? row.projection),
    id: row.id,
    workflow: row.workflow,
    workflowVersion: row.workflow_version,
    version: row.version,
    subjectId: row.subject_id,
    state: row.state_value,
    status: snapshot.status,
    context: snapshot.context as Record<string, unknown>,
    allowedEvents: allowedEvents(def, snapshot, deadlines),
    regie: { role: row.regie_role, holder: row.regie_holder },
    team: row.team,
    deadlines: caseDeadlines(deadlines),
    createdAt: iso(row.created_at)!,
    updatedAt: iso(row.updated_at)!,
  };
}

/** zod issues as `{ field, message }`, the field named by its path. */
export function zodDetails(error: ZodError, prefix?: string): { field: string; message: string }[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)',
    message: issue.message,
  }));
}
