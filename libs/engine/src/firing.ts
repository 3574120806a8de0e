/**
 * Deadlines falling due: reminders and passed terms, fired from BullMQ triggers (at least once) or by advancing
 * the manual clock. A trigger carries its deadline's token; only the first delivery that finds the deadline
 * pending with that token does anything, so a repeat or a trigger for a deadline that moved on is `stale`.
 */
import { randomUUID } from 'node:crypto';
import { type Kalender, startOfLocalDay } from '@regie/calendar';
import type { CaseStep, Db, DeadlineRepository, SystemDb } from '@regie/persistence';
import { type DeadlineDeclaration, MANDAAT_ONTVANGER } from '@regie/workflows/workflow';
import { type CaseStore, type LoadedCase, LostRace, backoff } from './case-store';
import type { Clock } from './clock';
import { apply, restore } from './machine-state';
import type { WorkflowRegistry } from './registry';
import { StepDraft, advance, describeDue, teamleiderOf } from './step';
import type { DeadlineRow } from './view';

export type FireResult = 'fired' | 'stale' | 'not_due';

export interface TriggerRef {
  deadlineId: string;
  token: number;
  kind: 'due' | 'remind';
}

/**
 * Firing is system work (`system`): the worker's triggers, the sweep, a manual clock moving. A command that finds
 * terms of its own step already passed fires them on its own handle instead (`fire`/`fireMany` take the handle).
 */
export class DeadlineFiring {
  constructor(
    private readonly system: SystemDb,
    private readonly deadlines: DeadlineRepository,
    private readonly store: CaseStore,
    private readonly registry: WorkflowRegistry,
    private readonly clock: Clock,
    private readonly kalender: Kalender,
    private readonly maxAttempts: number,
  ) {}

  /**
   * Fires one deadline's trigger (its reminder or its due moment). Safe to call any number of times with the
   * same token: only the first call that finds the deadline pending, unsuspended and with this token does
   * anything. A trigger whose token no longer matches (state left, deadline re-armed) is `stale`.
   */
  async fire(db: Db, deadlineId: string, token: number, kind: 'due' | 'remind'): Promise<FireResult> {
    const [result] = await this.fireMany(db, [{ deadlineId, token, kind }]);
    return result;
  }

  /**
   * Fires many triggers with a few statements for the whole batch: one read of their cases, the due ones' steps in
   * one write (CaseStore.writeSteps), the reminders in another. Each due trigger's step is the one a single firing
   * computes (`missStep`); a second one of the same case, and any whose step lost the race for its case, go one by
   * one. Results come back in the order of `triggers`.
   */
  async fireMany(db: Db, triggers: TriggerRef[]): Promise<FireResult[]> {
    if (!triggers.length) return [];
    const cases = await this.store.loadByDeadlines(
      db,
      triggers.map((t) => t.deadlineId),
    );
    const byId = new Map<string, { d: DeadlineRow; row: LoadedCase }>();
    for (const row of cases) for (const d of row.deadlines) byId.set(d.id, { d, row });
    const now = await this.clock.now();
    const results: FireResult[] = new Array(triggers.length);
    const dues: { index: number; step: CaseStep }[] = [];
    const reminders: { index: number; row: DeadlineRow }[] = [];
    const oneByOne: number[] = [];
    const casesInBatch = new Set<string>();

    triggers.forEach((t, index) => {
      const { d, row } = byId.get(t.deadlineId) ?? {};
      if (!d || !row || d.status !== 'pending' || d.token !== t.token || d.suspended_at) {
        results[index] = 'stale';
      } else if (t.kind === 'remind') {
        if (d.reminded_at) results[index] = 'stale';
        else if (!d.remind_at || d.remind_at.getTime() > now.getTime()) results[index] = 'not_due';
        else reminders.push({ index, row: d });
      } else if (d.due_at.getTime() > now.getTime()) {
        results[index] = 'not_due';
      } else if (casesInBatch.has(row.id)) {
        // computed from the case as read, its step would lose to the first one's: after it, on its own
        oneByOne.push(index);
      } else {
        casesInBatch.add(row.id);
        dues.push({ index, step: this.missStep(row, d, now) });
      }
    });

    if (dues.length) {
      const written = await this.store.writeSteps(
        db,
        dues.map((due) => due.step),
      );
      for (const due of dues) {
        if (written.has(due.step.case.id)) results[due.index] = 'fired';
        else oneByOne.push(due.index); // lost a race for its case: try again on its own
      }
    }
    if (reminders.length) {
      const reminded = new Set(
        await this.writeReminders(
          db,
          reminders.map((r) => r.row),
          now,
        ),
      );
      for (const r of reminders) results[r.index] = reminded.has(r.row.id) ? 'fired' : 'stale';
    }
    for (const index of oneByOne) {
      const t = triggers[index];
      results[index] = await this.fireOne(db, t.deadlineId, t.token, t.kind);
    }
    return results;
  }

  /** One statement for a batch of reminders; returns the ids it reminded. */
  private writeReminders(db: Db, deadlines: DeadlineRow[], now: Date): Promise<string[]> {
    const reminders = deadlines.map((d) => ({
      deadlineId: d.id,
      token: d.token,
      message: `Termijn ${d.name} verloopt ${describeDue(d)}`,
      notificationId: randomUUID(),
    }));
    return this.deadlines.writeReminders(db, reminders, now);
  }

  /** The careful path for one trigger: its own step, retried when it loses the race for its case. */
  private async fireOne(
    db: Db,
    deadlineId: string,
    token: number,
    kind: 'due' | 'remind',
  ): Promise<FireResult> {
    for (let attempt = 1; ; attempt++) {
      const d = await this.deadlines.byId<DeadlineRow>(db, deadlineId);
      if (!d || d.status !== 'pending' || d.token !== token || d.suspended_at) return 'stale';
      const now = await this.clock.now();
      if (kind === 'remind') {
        if (d.reminded_at) return 'stale';
        if (!d.remind_at || d.remind_at.getTime() > now.getTime()) return 'not_due';
        return (await this.writeReminders(db, [d], now)).length ? 'fired' : 'stale';
      }
      if (d.due_at.getTime() > now.getTime()) return 'not_due';
      try {
        return await this.miss(db, d.case_id, d.gemeente, deadlineId, token, now);
      } catch (err) {
        if (!(err instanceof LostRace) || attempt >= this.maxAttempts) throw err;
        await backoff(attempt);
      }
    }
  }

  /** A term passed, as a step of its case (`missStep`), written on its own. */
  private async miss(
    db: Db,
    caseId: string,
    gemeente: string,
    deadlineId: string,
    token: number,
    now: Date,
  ): Promise<FireResult> {
    const row = await this.store.load(db, caseId, gemeente, null);
    // the deadline as of the case's version: the write's version guard then also guards the deadline
    const d = row.deadlines.find((x) => x.id === deadlineId);
    if (!d || d.status !== 'pending' || d.token !== token || d.suspended_at) return 'stale';
    await this.store.write(db, this.missStep(row, d, now));
    return 'fired';
  }

  /**
   * The step of a passed term, computed purely from its case as read (with all its deadlines): the deadline closes
   * as missed, the machine hears DEADLINE_DUE (and may move on, declaring other deadlines and asking effects of
   * other cases), the holder, whoever else the term names (`notify`) and, when the term says so, the teamleider or
   * a mandate level are told. A moment (DeadlineDeclaration.kind) closes as reached on its date instead: `met`, no
   * escalation, the holder told it was reached. One computation for a single firing and a batch, so both write
   * the same rows.
   */
  private missStep(row: LoadedCase, d: DeadlineRow, now: Date): CaseStep {
    const def = this.registry.get(row.workflow, row.workflow_version);
    const snapshot = restore(def, row.snapshot);
    const event = { type: 'DEADLINE_DUE', key: d.key, at: now.toISOString(), actor: 'system' };
    const next = apply(def, snapshot, event) ?? snapshot;
    const moment = isMoment(def.deadlines(snapshot), d.key);
    const draft = new StepDraft(this.kalender, advance(row, def, next, now), row.deadlines);
    if (moment) draft.change(d, { status: 'met', met_at: reachedAt(d), token: d.token + 1 });
    else draft.change(d, { status: 'missed', missed_at: now, token: d.token + 1 });
    if (next !== snapshot) draft.reconcile(def, next, def.deadlines(next), now);
    for (const effect of next !== snapshot ? (def.effects?.(snapshot, next, event) ?? []) : [])
      draft.effect({ gemeente: row.gemeente, caseId: row.id, team: row.team, actor: 'system', effect });
    const message = moment ? reachedMessage(d) : `Termijn ${d.name} is verstreken (${describeDue(d)})`;
    const kind = moment ? 'mijlpaal_bereikt' : 'termijn_verstreken';
    if (!moment && d.escalate_to === 'teamleider' && draft.row.team)
      draft.notify(teamleiderOf(draft.row.team), kind, d, message);
    // a mandate level hears of it as a group: every holder of that level in the gemeente reads `mandaat:<code>`
    if (!moment && d.escalate_to?.startsWith(MANDAAT_ONTVANGER))
      draft.notify(d.escalate_to, kind, d, message);
    if (d.party === 'gemeente') draft.notify(draft.row.regie_holder, kind, d, message);
    for (const recipient of d.notify ?? []) draft.notify(recipient, kind, d, message);
    return draft.toStep(
      row.version,
      {
        type: moment ? 'MIJLPAAL_BEREIKT' : 'TERMIJN_VERSTREKEN',
        data: moment ? reachedEntry(d) : missedEntry(d),
        actor: 'system',
        from: row.state_value,
        causation: `deadline:${d.id}:${d.token}`,
      },
      null,
    );
  }

  /**
   * Pending triggers (reminders and due moments) falling by `upTo`, in time order, a page at a time: `after` is
   * the last one of the previous page.
   */
  async pendingTriggers(
    upTo: Date,
    limit = 1000,
    after: { at: Date; id: string } | null = null,
  ): Promise<{ id: string; token: number; kind: 'due' | 'remind'; at: Date }[]> {
    return this.deadlines.pendingTriggers(this.system, upTo, limit, after);
  }

  /**
   * Fires every trigger due by `upTo` (by default now), in due order, a batch at a time, as the system; `onFired` hears of each
   * one that fired. Returns how many fired. With `lanes` > 1, that many batches are fired at once, so Postgres
   * writes one while this process plans the next (a backlog after an outage); order across them is then loose.
   */
  async fireDue(
    upTo?: Date,
    onFired?: (t: { kind: 'due' | 'remind'; at: Date }) => void,
    lanes = 1,
  ): Promise<number> {
    const size = 500;
    let fired = 0;
    for (;;) {
      const pending = await this.pendingTriggers(upTo ?? (await this.clock.now()), size * lanes);
      if (!pending.length) return fired;
      const batches = Array.from({ length: Math.ceil(pending.length / size) }, (_, i) =>
        pending.slice(i * size, (i + 1) * size),
      );
      const firedNow = (
        await Promise.all(
          batches.map(async (batch) => {
            const results = await this.fireMany(
              this.system,
              batch.map((t) => ({ deadlineId: t.id, token: t.token, kind: t.kind })),
            );
            let n = 0;
            results.forEach((r, i) => {
              if (r !== 'fired') return;
              n++;
              onFired?.(batch[i]);
            });
            return n;
          }),
        )
      ).reduce((a, b) => a + b, 0);
      // none fired: another process is firing the same ones, or they are not due by its clock; stop here
      if (!firedNow) return fired;
      fired += firedNow;
    }
  }
}

/** Whether the deadline `key` is declared a moment (reached on its date, never missed) in these declarations. */
function isMoment(declared: DeadlineDeclaration[], key: string): boolean {
  return declared.some((x) => x.key === key && x.kind === 'moment');
}

/** When a moment was reached: the start of its date (Europe/Amsterdam), or its due moment for sub-day terms. */
function reachedAt(d: DeadlineRow): Date {
  return d.due_date ? startOfLocalDay(d.due_date) : new Date(d.due_at);
}

function reachedMessage(d: DeadlineRow): string {
  return `Mijlpaal ${d.name} is bereikt${d.due_date ? ` op ${d.due_date}` : ''}`;
}

/** The history entry's data for a moment that was reached: as for a passed term, with the date it was reached. */
function reachedEntry(d: DeadlineRow): Record<string, unknown> {
  return { ...missedEntry(d), bereiktOp: d.due_date ?? new Date(d.due_at).toISOString() };
}

/** The history entry's data for a term that passed. */
function missedEntry(d: DeadlineRow): Record<string, unknown> {
  return {
    deadlineId: d.id,
    key: d.key,
    name: d.name,
    law: d.law,
    dueDate: d.due_date,
    dueAt: d.due_at,
    party: d.party,
  };
}
