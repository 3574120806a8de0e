/**
 * Deadlines falling due: reminders and passed terms, fired from BullMQ triggers (at least once) or by advancing
 * the manual clock. A trigger carries its deadline's token; only the first delivery that finds the deadline
 * pending with that token does anything, so a repeat or a trigger for a deadline that moved on is `stale`.
 */
import { randomUUID } from 'node:crypto';
import {
  type CaseStore,
  type OutboxSignal,
  LostRace,
  advance,
  backoff,
  describeDue,
  kickAfter,
} from './case-store';
import type { Clock } from './clock';
import { addDuration, parseDuration } from './duration';
import { InvalidData } from './errors';
import { type PersistedSnapshot, apply, persist, restore, stateName } from './machine-state';
import type { WorkflowRegistry } from './registry';
import { declarationsDiffer } from './terms';
import type { CaseRow, DeadlineRow } from './view';

export type FireResult = 'fired' | 'stale' | 'not_due';

export interface TriggerRef {
  deadlineId: string;
  token: number;
  kind: 'due' | 'remind';
}

/** A due deadline planned for the batch statement, with everything the case update needs. */
interface BatchedDue {
  index: number;
  deadlineId: string;
  token: number;
  caseId: string;
  version: number;
  snapshot: PersistedSnapshot;
  stateValue: string;
  regieRole: string;
  regieHolder: string | null;
  aveLevel: number | null;
  fromState: string;
  data: Record<string, unknown>;
  causation: string;
  notify: boolean;
  /** the teamleider of the case's team hears of it too */
  escalate: boolean;
  message: string;
  notificationId: string;
}

export class DeadlineFiring {
  constructor(
    private readonly store: CaseStore,
    private readonly registry: WorkflowRegistry,
    private readonly clock: Clock,
    private readonly outbox: OutboxSignal,
    private readonly maxAttempts: number,
  ) {}

  /**
   * Fires one deadline's trigger (its reminder or its due moment). Safe to call any number of times with the
   * same token: only the first call that finds the deadline pending, unsuspended and with this token does
   * anything. A trigger whose token no longer matches (state left, deadline re-armed) is `stale`.
   */
  async fire(deadlineId: string, token: number, kind: 'due' | 'remind'): Promise<FireResult> {
    const [result] = await this.fireMany([{ deadlineId, token, kind }]);
    return result;
  }

  /**
   * Fires many triggers with a few statements for the whole batch: the due ones whose firing changes no declared
   * deadline in one, the reminders in another. A due trigger that moves deadlines, a second one of the same case,
   * and any that lost a race for its case go one by one. Results come back in the order of `triggers`.
   */
  async fireMany(triggers: TriggerRef[]): Promise<FireResult[]> {
    if (!triggers.length) return [];
    const rows: (DeadlineRow & { c: CaseRow })[] = await this.store.sql().query(
      `SELECT d.*, row_to_json(c) AS c FROM deadlines d JOIN cases c ON c.id = d.case_id
       WHERE d.id = ANY($1::uuid[])`,
      [triggers.map((t) => t.deadlineId)],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const now = await this.clock.now();
    const results: FireResult[] = new Array(triggers.length);
    const dues: BatchedDue[] = [];
    const reminders: { index: number; row: DeadlineRow }[] = [];
    const oneByOne: number[] = [];
    const casesInBatch = new Set<string>();

    triggers.forEach((t, index) => {
      const d = byId.get(t.deadlineId);
      if (!d || d.status !== 'pending' || d.token !== t.token || d.suspended_at) {
        results[index] = 'stale';
      } else if (t.kind === 'remind') {
        if (d.reminded_at) results[index] = 'stale';
        else if (!d.remind_at || d.remind_at.getTime() > now.getTime()) results[index] = 'not_due';
        else reminders.push({ index, row: d });
      } else if (d.due_at.getTime() > now.getTime()) {
        results[index] = 'not_due';
      } else {
        const planned = casesInBatch.has(d.case_id) ? null : this.planMiss(d, d.c, now);
        if (planned) {
          casesInBatch.add(d.case_id);
          dues.push({ index, ...planned });
        } else oneByOne.push(index);
      }
    });

    if (dues.length) {
      const fired = new Set(await this.writeMisses(dues, now));
      for (const due of dues) {
        if (fired.has(due.deadlineId)) results[due.index] = 'fired';
        else oneByOne.push(due.index); // lost a race for its case: try again on its own
      }
    }
    if (reminders.length) {
      const reminded = new Set(
        await this.writeReminders(
          reminders.map((r) => r.row),
          now,
        ),
      );
      for (const r of reminders) results[r.index] = reminded.has(r.row.id) ? 'fired' : 'stale';
    }
    for (const index of oneByOne) {
      const t = triggers[index];
      results[index] = await this.fireOne(t.deadlineId, t.token, t.kind);
    }
    return results;
  }

  /**
   * What a due deadline does to its case, when the batch statement can write it: the machine's answer to
   * DEADLINE_DUE changes no declared deadline. Null otherwise.
   */
  private planMiss(d: DeadlineRow, c: CaseRow, now: Date): Omit<BatchedDue, 'index'> | null {
    const def = this.registry.get(c.workflow, c.workflow_version);
    const snapshot = restore(def, c.snapshot);
    const event = { type: 'DEADLINE_DUE', key: d.key, at: now.toISOString(), actor: 'system' };
    const next = apply(def, snapshot, event) ?? snapshot;
    if (declarationsDiffer(def.deadlines(snapshot), def.deadlines(next))) return null;
    const regie = def.regie(next);
    return {
      deadlineId: d.id,
      token: d.token,
      caseId: c.id,
      version: c.version,
      snapshot: persist(next),
      stateValue: stateName(next.value),
      regieRole: regie.role,
      regieHolder: regie.holder,
      aveLevel: def.aveLevel?.(next) ?? null,
      fromState: c.state_value,
      data: missedEntry(d),
      causation: `deadline:${d.id}:${d.token}`,
      notify: d.party === 'gemeente',
      escalate: d.escalate_to === 'teamleider',
      message: `Termijn ${d.name} is verstreken (${describeDue(d)})`,
      notificationId: randomUUID(),
    };
  }

  /**
   * One statement for a batch of due deadlines; returns the ids it fired. The case update carries the version
   * check and the deadline's token check; a case that changed since it was read is left out, and its deadline
   * with it.
   */
  private async writeMisses(dues: BatchedDue[], now: Date): Promise<string[]> {
    const rows: { deadline_id: string }[] = await this.store.sql().query(
      `WITH i AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x("deadlineId" uuid, token int, "caseId" uuid, version int,
           snapshot jsonb, "stateValue" text, "regieRole" text, "regieHolder" text, "aveLevel" int, "fromState" text,
           data jsonb, causation text, notify boolean, escalate boolean, message text, "notificationId" uuid)),
       u AS (
         UPDATE cases c SET snapshot = i.snapshot, state_value = i."stateValue", regie_role = i."regieRole",
           regie_holder = i."regieHolder", ave_level = i."aveLevel", version = i.version + 1, updated_at = $2
         FROM i
         WHERE c.id = i."caseId" AND c.version = i.version
           AND EXISTS (SELECT 1 FROM deadlines d WHERE d.id = i."deadlineId" AND d.token = i.token
                         AND d.status = 'pending' AND d.suspended_at IS NULL)
         RETURNING c.id, c.gemeente, c.regie_holder, c.team, i."deadlineId" AS deadline_id),
       d AS (
         UPDATE deadlines SET status = 'missed', missed_at = $2, token = deadlines.token + 1
         FROM u WHERE deadlines.id = u.deadline_id),
       h AS (
         INSERT INTO case_history (gemeente, case_id, seq, type, data, actor, at, from_state, to_state, causation_id)
         SELECT u.gemeente, u.id, i.version + 1, 'TERMIJN_VERSTREKEN', i.data, 'system', $2, i."fromState",
           i."stateValue", i.causation
         FROM u JOIN i ON i."caseId" = u.id),
       n AS (
         INSERT INTO notifications (id, gemeente, recipient, kind, case_id, deadline_id, message, created_at)
         SELECT i."notificationId", u.gemeente, u.regie_holder, 'termijn_verstreken', u.id, u.deadline_id,
           i.message, $2
         FROM u JOIN i ON i."caseId" = u.id
         WHERE u.regie_holder IS NOT NULL AND i.notify
         ON CONFLICT DO NOTHING),
       t AS (
         INSERT INTO notifications (id, gemeente, recipient, kind, case_id, deadline_id, message, created_at)
         SELECT gen_random_uuid(), u.gemeente, ${teamleiderOf('u.team')}, 'termijn_verstreken', u.id, u.deadline_id,
           i.message, $2
         FROM u JOIN i ON i."caseId" = u.id
         WHERE u.team IS NOT NULL AND i.escalate
         ON CONFLICT DO NOTHING)
       SELECT deadline_id FROM u`,
      [JSON.stringify(dues.map(({ index: _, ...due }) => due)), now],
    );
    return rows.map((r) => r.deadline_id);
  }

  /** One statement for a batch of reminders; returns the ids it reminded. */
  private async writeReminders(deadlines: DeadlineRow[], now: Date): Promise<string[]> {
    const input = deadlines.map((d) => ({
      deadlineId: d.id,
      token: d.token,
      message: `Termijn ${d.name} verloopt ${describeDue(d)}`,
      notificationId: randomUUID(),
    }));
    const rows: { id: string }[] = await this.store.sql().query(
      `WITH i AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb)
           AS x("deadlineId" uuid, token int, message text, "notificationId" uuid)),
       r AS (
         UPDATE deadlines d SET reminded_at = $2 FROM i
         WHERE d.id = i."deadlineId" AND d.token = i.token AND d.status = 'pending' AND d.suspended_at IS NULL
           AND d.reminded_at IS NULL
         RETURNING d.id, d.case_id, i.message, i."notificationId"),
       n AS (
         INSERT INTO notifications (id, gemeente, recipient, kind, case_id, deadline_id, message, created_at)
         SELECT r."notificationId", c.gemeente, c.regie_holder, 'herinnering', c.id, r.id, r.message, $2
         FROM r JOIN cases c ON c.id = r.case_id WHERE c.regie_holder IS NOT NULL
         ON CONFLICT DO NOTHING)
       SELECT id FROM r`,
      [JSON.stringify(input), now],
    );
    return rows.map((r) => r.id);
  }

  /** The careful path for one trigger: its own transaction, retried when it loses the race for its case. */
  private async fireOne(deadlineId: string, token: number, kind: 'due' | 'remind'): Promise<FireResult> {
    for (let attempt = 1; ; attempt++) {
      const found: DeadlineRow[] = await this.store
        .sql()
        .query(`SELECT * FROM deadlines WHERE id = $1`, [deadlineId]);
      const d = found[0];
      if (!d || d.status !== 'pending' || d.token !== token || d.suspended_at) return 'stale';
      const now = await this.clock.now();
      if (kind === 'remind') return this.remind(d, now);
      if (d.due_at.getTime() > now.getTime()) return 'not_due';
      try {
        return await this.miss(d, now);
      } catch (err) {
        if (!(err instanceof LostRace) || attempt >= this.maxAttempts) throw err;
        await backoff(attempt);
      }
    }
  }

  private async remind(d: DeadlineRow, now: Date): Promise<FireResult> {
    if (d.reminded_at || !d.remind_at || d.remind_at.getTime() > now.getTime()) {
      return d.reminded_at ? 'stale' : 'not_due';
    }
    return this.store.sql().transaction(async (tx) => {
      const marked: [unknown[], number] = await tx.query(
        `UPDATE deadlines SET reminded_at = $3 WHERE id = $1 AND token = $2 AND reminded_at IS NULL AND status = 'pending'`,
        [d.id, d.token, now],
      );
      if (marked[1] !== 1) return 'stale';
      await this.store.notifyHolder(
        tx,
        d,
        'herinnering',
        `Termijn ${d.name} verloopt ${describeDue(d)}`,
        now,
      );
      return 'fired';
    });
  }

  private async miss(d: DeadlineRow, now: Date): Promise<FireResult> {
    const row = await this.store.load(d.case_id, d.gemeente, null);
    const def = this.registry.get(row.workflow, row.workflow_version);
    const snapshot = restore(def, row.snapshot);
    const event = { type: 'DEADLINE_DUE', key: d.key, at: now.toISOString(), actor: 'system' };
    const next = apply(def, snapshot, event) ?? snapshot;
    const updated = advance(row, def, next, now);
    return kickAfter(
      this.outbox,
      this.store.sql().transaction(async (tx) => {
        const closed: [unknown[], number] = await tx.query(
          `UPDATE deadlines SET status = 'missed', missed_at = $3, token = token + 1
         WHERE id = $1 AND token = $2 AND status = 'pending' AND suspended_at IS NULL`,
          [d.id, d.token, now],
        );
        if (closed[1] !== 1) return 'stale';
        await this.store.updateCase(tx, row, updated);
        await this.store.appendHistory(tx, updated, updated.version, {
          type: 'TERMIJN_VERSTREKEN',
          data: missedEntry(d),
          actor: 'system',
          at: now,
          from: row.state_value,
          to: updated.state_value,
          causation: `deadline:${d.id}:${d.token}`,
        });
        if (next !== snapshot)
          await this.store.reconcileDeadlines(tx, updated, def, next, def.deadlines(next), now);
        if (d.escalate_to === 'teamleider') {
          await tx.query(
            `INSERT INTO notifications (id, gemeente, recipient, kind, case_id, deadline_id, message, created_at)
             SELECT $1, c.gemeente, ${teamleiderOf('c.team')}, 'termijn_verstreken', c.id, $2, $3, $4
             FROM cases c WHERE c.id = $5 AND c.team IS NOT NULL ON CONFLICT DO NOTHING`,
            [randomUUID(), d.id, `Termijn ${d.name} is verstreken (${describeDue(d)})`, now, d.case_id],
          );
        }
        if (d.party === 'gemeente') {
          await this.store.notifyHolder(
            tx,
            d,
            'termijn_verstreken',
            `Termijn ${d.name} is verstreken (${describeDue(d)})`,
            now,
          );
        }
        return 'fired' as const;
      }),
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
    return this.store.sql().query(
      `SELECT * FROM (
         (SELECT id, token, 'remind' AS kind, remind_at AS at FROM deadlines
           WHERE status = 'pending' AND suspended_at IS NULL AND reminded_at IS NULL AND remind_at <= $1)
         UNION ALL
         (SELECT id, token, 'due' AS kind, due_at AS at FROM deadlines
           WHERE status = 'pending' AND suspended_at IS NULL AND due_at <= $1)) t
       WHERE $3::timestamptz IS NULL OR (t.at, t.id) > ($3::timestamptz, $4::uuid)
       ORDER BY t.at, t.id LIMIT $2`,
      [upTo, limit, after?.at ?? null, after?.id ?? null],
    );
  }

  /**
   * Fires every trigger due by `upTo` (by default now), in due order, a batch at a time; `onFired` hears of each
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

  /**
   * Moves a manual clock forward, stopping at every moment a trigger falls due so that each fires at its own
   * time and whatever it arms in turn fires too, exactly as real time would have done it.
   */
  async advanceClock(by: string): Promise<{ now: Date; fired: number }> {
    const duration = parseDuration(by);
    if (!duration)
      throw new InvalidData(`'${by}' is geen ISO 8601-duur (bijvoorbeeld P6W of PT2H)`, [{ field: 'by' }]);
    const target = addDuration(await this.clock.now(), duration);
    let fired = 0;
    for (;;) {
      const [next] = await this.pendingTriggers(target, 1);
      if (!next) break;
      await this.clock.set(next.at);
      fired += await this.fireDue();
    }
    return { now: await this.clock.set(target), fired };
  }
}

/** Notifications for a role rather than a person: the teamleider of a team reads `teamleider:<team>`. */
export function teamleiderOf(teamSql: string): string {
  return `'teamleider:' || ${teamSql}`;
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
