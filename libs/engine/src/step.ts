/**
 * One accepted step as rows, computed without touching the database: the case row after it, the deadline rows
 * that appear, move or close, the timers to arm, the effects and notifications, so that the repository can
 * write them in one statement (CaseRepository.write). A draft starts from the case and deadlines as loaded;
 * the version guard of that write makes a draft computed from a stale read harmless.
 */
import { randomUUID } from 'node:crypto';
import type { Kalender } from '@regie/calendar';
import type { CaseStep, StepAudit } from '@regie/persistence';
import type { AnyWorkflowDefinition, DeadlineDeclaration } from '@regie/workflows/workflow';
import type { AnyMachineSnapshot } from 'xstate';
import { persist, stateName } from './machine-state';
import { dueOf, remindAtOf, sameTerm } from './terms';
import type { CaseRow, DeadlineRow } from './view';

/** The case row after a step to `next`: what the row derives from the snapshot, and the next version. */
export function advance(
  row: CaseRow,
  def: AnyWorkflowDefinition,
  next: AnyMachineSnapshot,
  now: Date,
): CaseRow {
  const regie = def.regie(next);
  return {
    ...row,
    snapshot: persist(next),
    state_value: stateName(next.value),
    regie_role: regie.role,
    regie_holder: regie.holder,
    projection: def.projection?.(next) ?? {},
    version: row.version + 1,
    updated_at: now,
  };
}

/**
 * The audit entry of a person's command through the API (the route's action and record type, the status of its
 * answer, the reason the guards found), which the engine writes with the command's step: the record is the case.
 */
export interface CommandAudit {
  action: string;
  recordType: string;
  status: number;
  reason: string;
}

/** The entry as the step carries it, with the reason the command's access check found on the case, if any. */
export function auditEntry(
  actor: { id: string; roles: readonly string[] },
  audit: CommandAudit,
  reason: string | null,
): StepAudit {
  return {
    actor: actor.id,
    roles: [...actor.roles],
    action: audit.action,
    recordType: audit.recordType,
    reason: reason ?? audit.reason,
    status: audit.status,
  };
}

/** Notifications for a role rather than a person: the teamleider of a team reads `teamleider:<team>`. */
export function teamleiderOf(team: string): string {
  return `teamleider:${team}`;
}

export function describeDue(d: DeadlineRow): string {
  return d.due_date ? `op ${d.due_date}` : `om ${d.due_at.toISOString()}`;
}

export class StepDraft {
  private readonly rows: Map<string, DeadlineRow>;
  private readonly inserted = new Set<string>();
  /** changed deadline ids, and whether each was re-armed (its reminder to be sent again) */
  private readonly changed = new Map<string, boolean>();
  private readonly outbox: CaseStep['outbox'] = [];
  private readonly notifications: CaseStep['notifications'] = [];

  constructor(
    private readonly kalender: Kalender,
    /** the case as it will be after the step */
    readonly row: CaseRow,
    loaded: DeadlineRow[],
  ) {
    this.rows = new Map(loaded.map((d) => [d.id, d]));
  }

  /** The case's deadlines after the step, in the order the view shows them. */
  deadlines(): DeadlineRow[] {
    return [...this.rows.values()].sort(
      (a, b) => a.due_at.getTime() - b.due_at.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
  }

  change(d: DeadlineRow, patch: Partial<DeadlineRow>, rearmed = false): DeadlineRow {
    const after = { ...d, ...patch };
    this.rows.set(d.id, after);
    if (!this.inserted.has(d.id)) this.changed.set(d.id, rearmed || (this.changed.get(d.id) ?? false));
    return after;
  }

  /** Asks the relay to arm a deadline's timers; the outbox row commits with the deadline or not at all. */
  arm(d: DeadlineRow, remindAt: Date | null): void {
    this.outbox.push({
      kind: 'timer',
      payload: {
        deadlineId: d.id,
        token: d.token,
        dueAt: d.due_at.toISOString(),
        remindAt: remindAt?.toISOString() ?? null,
      },
    });
  }

  effect(payload: unknown): void {
    this.outbox.push({ kind: 'effect', payload });
  }

  notify(recipient: string | null, kind: string, d: DeadlineRow, message: string): void {
    if (recipient) this.notifications.push({ id: randomUUID(), recipient, kind, deadlineId: d.id, message });
  }

  /**
   * Makes the deadlines match what the snapshot declares: new keys are armed, moved ones re-armed (new token),
   * vanished ones closed as met or cancelled (new token, so their armed timers go stale).
   */
  reconcile(
    def: AnyWorkflowDefinition,
    snapshot: AnyMachineSnapshot,
    declared: DeadlineDeclaration[],
    now: Date,
  ): void {
    const rows = this.deadlines();
    const pending = new Map(rows.filter((r) => r.status === 'pending').map((r) => [r.key, r]));
    for (const decl of declared) {
      const current = pending.get(decl.key);
      pending.delete(decl.key);
      const anchor = new Date(decl.anchor);
      if (current && sameTerm(current, decl)) continue;
      if (!current && rows.some((r) => r.key === decl.key && sameTerm(r, decl))) continue; // already closed
      const extraDays = current ? current.suspended_days + current.extended_days : 0;
      const due = dueOf(this.kalender, { anchor, term: decl.term, atw: decl.atw, extraDays });
      const remindAt = remindAtOf(this.kalender, decl, anchor, due);
      const moved = {
        anchor,
        term: decl.term,
        atw: decl.atw,
        due_date: due.dueDate,
        due_at: due.dueAt,
        remind_at: remindAt,
        // kept, so a term that is suspended or extended later is reminded with the same lead (term-events.ts)
        remind_before: decl.remindBefore
          ? { amount: decl.remindBefore.amount, unit: decl.remindBefore.unit }
          : null,
        name: decl.name,
        law: decl.law ?? null,
        notify: decl.notify?.length ? [...decl.notify] : null,
      };
      if (current) {
        const after = this.change(current, { ...moved, reminded_at: null, token: current.token + 1 }, true);
        this.arm(after, current.suspended_at ? null : remindAt);
      } else {
        const created: DeadlineRow = {
          ...moved,
          id: randomUUID(),
          gemeente: this.row.gemeente,
          case_id: this.row.id,
          key: decl.key,
          party: decl.party ?? 'gemeente',
          status: 'pending',
          reminded_at: null,
          met_at: null,
          missed_at: null,
          cancelled_at: null,
          suspended_at: null,
          suspended_days: 0,
          extended_days: 0,
          escalate_to: decl.escalateTo ?? null,
          token: 1,
          created_at: now,
        };
        this.rows.set(created.id, created);
        this.inserted.add(created.id);
        this.arm(created, remindAt);
      }
    }
    for (const gone of pending.values()) {
      const as = def.closeDisappearedAs?.(snapshot, gone.key) ?? 'met';
      this.change(gone, {
        status: as,
        ...(as === 'met' ? { met_at: now } : { cancelled_at: now }),
        token: gone.token + 1,
      });
    }
    // A missed term that is later completed keeps its `missed`, and records when it was met after all.
    const declaredKeys = new Set(declared.map((d) => d.key));
    for (const late of rows) {
      if (late.status !== 'missed' || late.met_at || declaredKeys.has(late.key)) continue;
      if ((def.closeDisappearedAs?.(snapshot, late.key) ?? 'met') === 'met')
        this.change(late, { met_at: now });
    }
  }

  /**
   * The terms this step armed or moved that have already passed, or whose reminder is already due, by `now`: a
   * melding or aanvraag registered with an earlier date of receipt. The engine fires them right after the step is
   * written (Engine.recordPassed), each as the step a fired deadline is; a term passed is not reminded first.
   */
  passedBy(now: Date): { due: DeadlineRow[]; remind: DeadlineRow[] } {
    const touched = [...this.inserted, ...this.changed.keys()]
      .map((id) => this.rows.get(id)!)
      .filter((d) => d.status === 'pending' && !d.suspended_at)
      .sort((a, b) => a.due_at.getTime() - b.due_at.getTime() || (a.key < b.key ? -1 : 1));
    const passed = (d: DeadlineRow) => d.due_at.getTime() <= now.getTime();
    return {
      due: touched.filter(passed),
      remind: touched.filter(
        (d) => !passed(d) && !d.reminded_at && d.remind_at !== null && d.remind_at.getTime() <= now.getTime(),
      ),
    };
  }

  /** The step as the repository writes it. */
  toStep(expectedVersion: number | null, history: CaseStep['history'], answer: CaseStep['answer']): CaseStep {
    return {
      case: this.row,
      expectedVersion,
      history,
      newDeadlines: [...this.inserted].map((id) => this.rows.get(id)!),
      changedDeadlines: [...this.changed].map(([id, rearmed]) => ({ ...this.rows.get(id)!, rearmed })),
      outbox: this.outbox,
      notifications: this.notifications,
      answer,
    };
  }
}
