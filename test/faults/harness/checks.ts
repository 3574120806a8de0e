/**
 * What a scenario found, counted from the evidence: the commands the client sent and had acknowledged against
 * the case history in Postgres; the deadlines against their history entries and the fault windows; every HTTP
 * outcome against the rules (no 5xx but a 503 while Postgres is down, no accepted request cut).
 */
import type { Outcome } from './http';
import { sleep } from './services';
import {
  FIRE_BOUND_MS,
  type FaultWindow,
  KILLED_WORKER_BOUND_MS,
  POSTGRES_GRACE_MS,
  type Stage,
} from './stage';

// ---------------------------------------------------------------------------------------------------------------
// Commands

export interface CommandFindings {
  sent: number;
  acknowledged: number;
  rejected: number;
  gaveUp: number;
  /** acknowledged and in the history */
  inHistory: number;
  /** acknowledged, not in the history: lost */
  lost: string[];
  /** sent but never acknowledged, yet committed (the answer was lost, the client gave up): not an error */
  committedUnacknowledged: number;
  /** history entries sharing one causation (an idempotency key or a deadline firing): doubled */
  duplicated: { causation: string; n: number }[];
  /** refusals, with status, for the failure message */
  refusals: { key: string; status: number | null; path: string }[];
}

export async function commandFindings(stage: Stage): Promise<CommandFindings> {
  const keys = stage.commands.map((c) => c.key);
  const rows = await stage.sql<{ key: string; n: number }>(
    `SELECT causation_id AS key, count(*)::int AS n FROM case_history WHERE causation_id = ANY($1) GROUP BY 1`,
    [keys],
  );
  const found = new Map(rows.map((r) => [r.key, r.n]));
  const acked = stage.commands.filter((c) => c.ackAt !== null);
  const duplicated = await stage.sql<{ causation: string; n: number }>(
    `SELECT causation_id AS causation, count(*)::int AS n FROM case_history WHERE causation_id IS NOT NULL
     GROUP BY 1 HAVING count(*) > 1 ORDER BY 2 DESC LIMIT 50`,
  );
  return {
    sent: stage.commands.length,
    acknowledged: acked.length,
    rejected: stage.commands.filter((c) => c.rejected).length,
    gaveUp: stage.commands.filter((c) => c.gaveUp).length,
    inHistory: acked.filter((c) => found.has(c.key)).length,
    lost: acked.filter((c) => !found.has(c.key)).map((c) => c.key),
    committedUnacknowledged: stage.commands.filter((c) => c.ackAt === null && found.has(c.key)).length,
    duplicated,
    refusals: stage.commands
      .filter((c) => c.rejected || c.gaveUp)
      .slice(0, 10)
      .map((c) => ({ key: c.key, status: c.status, path: c.path })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Deadlines

/**
 * The moment by which a deadline due at `due` must have fired: FIRE_BOUND_MS after it fell due, or after the end
 * of a Redis or Postgres fault that began before that moment; a worker killed at or after the moment it fell due
 * (its trigger may have been in flight there) allows KILLED_WORKER_BOUND_MS from due.
 */
export function allowedFireTime(due: number, windows: FaultWindow[]): number {
  let allowed = due + FIRE_BOUND_MS;
  for (const w of [...windows].sort((a, b) => a.start - b.start)) {
    if (w.start >= allowed) continue;
    if (w.kind === 'worker-kill') {
      if (due <= w.end) allowed = Math.max(allowed, due + KILLED_WORKER_BOUND_MS);
    } else if (w.kind === 'flushall' || w.kind === 'redis-down' || w.kind === 'postgres-down') {
      allowed = Math.max(allowed, w.end + FIRE_BOUND_MS);
    }
  }
  return allowed;
}

interface DeadlineRow {
  id: string;
  key: string;
  status: string;
  due_at: Date;
  missed_at: Date | null;
  causations: string[];
  first_entry_at: Date | null;
}

export interface LateDeadline {
  id: string;
  dueAt: string;
  firedAt: string | null;
  /** fired (or now, when not fired) minus due */
  lagMs: number;
  /** how long it was allowed to take */
  allowedMs: number;
}

export interface DeadlineFindings {
  /** all deadlines of the scenario that are due by now */
  due: number;
  fired: number;
  /** due, not fired, and past the moment it had to fire by */
  unfired: LateDeadline[];
  /** fired after the moment it had to fire by */
  late: LateDeadline[];
  /** due, not fired, still within its bound: undecided yet */
  pendingWithinBound: number;
  /** more than one TERMIJN_VERSTREKEN entry for one deadline */
  duplicated: { id: string; n: number }[];
  /** a TERMIJN_VERSTREKEN entry whose causation is not `deadline:<id>:<token>` */
  badCausation: { id: string; causation: string }[];
  /** marked missed without its history entry */
  missedWithoutHistory: string[];
  lagMs: { p50: number; p99: number; max: number };
  /** the earliest and latest due moments among them */
  span: { first: string | null; last: string | null };
}

/** The deadlines due by `dueBy`, judged at `now` (a deadline not fired yet but still within its bound is undecided). */
export async function deadlineFindings(
  stage: Stage,
  dueBy = Date.now(),
  now = Date.now(),
): Promise<DeadlineFindings> {
  const rows = await stage.sql<DeadlineRow>(
    `SELECT d.id, d.key, d.status, d.due_at, d.missed_at,
       coalesce(array_agg(h.causation_id) FILTER (WHERE h.id IS NOT NULL), '{}') AS causations,
       min(h.at) AS first_entry_at
     FROM deadlines d
     LEFT JOIN case_history h ON h.case_id = d.case_id AND h.type = 'TERMIJN_VERSTREKEN'
       AND (h.data->>'deadlineId' = d.id::text OR h.causation_id LIKE 'deadline:' || d.id || ':%')
     WHERE d.due_at <= $1
     GROUP BY d.id ORDER BY d.due_at`,
    [new Date(dueBy)],
  );
  const findings: DeadlineFindings = {
    due: rows.length,
    fired: 0,
    unfired: [],
    late: [],
    pendingWithinBound: 0,
    duplicated: [],
    badCausation: [],
    missedWithoutHistory: [],
    lagMs: { p50: NaN, p99: NaN, max: NaN },
    span: {
      first: rows[0]?.due_at.toISOString() ?? null,
      last: rows[rows.length - 1]?.due_at.toISOString() ?? null,
    },
  };
  const lags: number[] = [];
  for (const r of rows) {
    const due = r.due_at.getTime();
    const allowed = allowedFireTime(due, stage.windows);
    const firedAt = r.missed_at ?? r.first_entry_at;
    if (r.causations.length > 1) findings.duplicated.push({ id: r.id, n: r.causations.length });
    for (const c of r.causations)
      if (!new RegExp(`^deadline:${r.id}:\\d+$`).test(c))
        findings.badCausation.push({ id: r.id, causation: c });
    if (r.status === 'missed' && r.causations.length === 0) findings.missedWithoutHistory.push(r.id);
    if (firedAt && r.causations.length) {
      findings.fired++;
      const lag = firedAt.getTime() - due;
      lags.push(lag);
      if (firedAt.getTime() > allowed)
        findings.late.push({
          id: r.id,
          dueAt: r.due_at.toISOString(),
          firedAt: firedAt.toISOString(),
          lagMs: lag,
          allowedMs: allowed - due,
        });
    } else if (r.status === 'pending' && now <= allowed) {
      findings.pendingWithinBound++;
    } else {
      findings.unfired.push({
        id: r.id,
        dueAt: r.due_at.toISOString(),
        firedAt: null,
        lagMs: now - due,
        allowedMs: allowed - due,
      });
    }
  }
  lags.sort((a, b) => a - b);
  if (lags.length)
    findings.lagMs = {
      p50: lags[Math.floor(lags.length * 0.5)],
      p99: lags[Math.min(lags.length - 1, Math.floor(lags.length * 0.99))],
      max: lags[lags.length - 1],
    };
  return findings;
}

/**
 * Waits until every deadline due by `until` has fired or passed the moment it had to fire by, so the findings
 * decide about each. Bounded by the latest such moment (plus a margin).
 */
export async function settleDeadlines(stage: Stage, until = Date.now()): Promise<DeadlineFindings> {
  const rows = await stage.sql<{ due_at: Date }>(`SELECT due_at FROM deadlines WHERE due_at <= $1`, [
    new Date(until),
  ]);
  const latest = Math.max(until, ...rows.map((r) => allowedFireTime(r.due_at.getTime(), stage.windows)));
  const giveUp = latest + 1500;
  for (let i = 0; i < 10_000; i++) {
    const pending = await stage.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM deadlines WHERE status = 'pending' AND due_at <= $1`,
      [new Date(until)],
    );
    if (pending[0].n === 0 || Date.now() > giveUp) break;
    await sleep(500);
  }
  return deadlineFindings(stage, until);
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP

export interface HttpFindings {
  requests: number;
  byStatus: Record<string, number>;
  /** any 5xx but 503 */
  serverErrors: Outcome[];
  /** 503 outside a Postgres outage (and outside the drain of a process that got SIGTERM) */
  stray503: Outcome[];
  /** 503 without Retry-After */
  without503RetryAfter: Outcome[];
  /** connected (accepted) and then cut without an answer, outside a kill -9 of that process */
  cut: Outcome[];
  /** no answer within the request timeout */
  unanswered: Outcome[];
}

const CUT = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);
/**
 * A connection made this shortly before SIGTERM may still sit in the kernel's accept queue, which closing the
 * listener resets: the server never accepted it.
 */
export const ACCEPT_MARGIN_MS = 100;

function overlaps(o: Outcome, start: number, end: number): boolean {
  return o.start <= end && o.end >= start;
}

export function httpFindings(outcomes: Outcome[], windows: FaultWindow[]): HttpFindings {
  const byStatus: Record<string, number> = {};
  const f: HttpFindings = {
    requests: outcomes.length,
    byStatus,
    serverErrors: [],
    stray503: [],
    without503RetryAfter: [],
    cut: [],
    unanswered: [],
  };
  for (const o of outcomes) {
    const label = o.status === null ? (o.error ?? 'error') : String(o.status);
    byStatus[label] = (byStatus[label] ?? 0) + 1;
    if (o.status !== null && o.status >= 500 && o.status !== 503) f.serverErrors.push(o);
    if (o.status === 503) {
      // a readiness probe's 503 is for a load balancer, which does not read Retry-After
      if (!o.headers['retry-after'] && !o.path.startsWith('/health')) f.without503RetryAfter.push(o);
      const allowed = windows.some(
        (w) =>
          (w.kind === 'postgres-down' && overlaps(o, w.start, w.end + POSTGRES_GRACE_MS)) ||
          (w.kind === 'sigterm' && w.target === o.endpoint && overlaps(o, w.start, w.end)),
      );
      if (!allowed) f.stray503.push(o);
    }
    if (o.status === null && o.error && CUT.has(o.error) && o.connectedAt !== null) {
      const connectedAt = o.connectedAt;
      const allowed = windows.some(
        (w) =>
          w.target === o.endpoint &&
          ((w.kind === 'api-kill' && overlaps(o, w.start, w.end)) ||
            (w.kind === 'sigterm' && connectedAt >= w.start - ACCEPT_MARGIN_MS && connectedAt <= w.end)),
      );
      if (!allowed) f.cut.push(o);
    }
    if (o.status === null && o.error === 'timeout') f.unanswered.push(o);
  }
  return f;
}

/** A few outcomes, readable in a failure message (no bodies beyond a short excerpt: they hold no personal data). */
export function show(outcomes: Outcome[], max = 8): string {
  return outcomes
    .slice(0, max)
    .map(
      (o) =>
        `${new Date(o.start).toISOString()} ${o.method} ${o.endpoint}${o.path.replace(/[0-9a-f-]{36}/g, ':id')} -> ` +
        `${o.status ?? o.error}${o.headers['retry-after'] ? ` retry-after=${o.headers['retry-after']}` : ''} ` +
        `${o.body.slice(0, 160)}`,
    )
    .join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// The report

const secs = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : '-');

export function report(
  stage: Stage,
  c: CommandFindings,
  d: DeadlineFindings,
  h: HttpFindings,
  extra: string[] = [],
): string {
  const t0 = stage.startedAt;
  const windows = stage.windows
    .map(
      (w) =>
        `${w.kind}${w.target ? `(${w.target.replace('http://127.0.0.1:', ':')})` : ''} ${secs(w.start - t0)}..${secs(w.end - t0)}`,
    )
    .join(', ');
  const lines = [
    `[faults] ${stage.name}: ${secs(Date.now() - t0)} wall`,
    `  commands  sent ${c.sent}, acknowledged ${c.acknowledged}, in history ${c.inHistory}, lost ${c.lost.length}, ` +
      `doubled ${c.duplicated.length}, refused ${c.rejected}, gave up ${c.gaveUp}, committed unacknowledged ${c.committedUnacknowledged}`,
    `  deadlines due ${d.due}, fired ${d.fired}, late ${d.late.length}, unfired ${d.unfired.length}, doubled ` +
      `${d.duplicated.length}; lag due->fired p50 ${secs(d.lagMs.p50)}, p99 ${secs(d.lagMs.p99)}, max ${secs(d.lagMs.max)}`,
    `  http      ${h.requests} requests ${JSON.stringify(h.byStatus)}; 5xx ${h.serverErrors.length}, stray 503 ` +
      `${h.stray503.length}, 503 without Retry-After ${h.without503RetryAfter.length}, cut ${h.cut.length}, unanswered ${h.unanswered.length}`,
    `  faults    ${windows || 'none'}`,
    ...extra.map((e) => `  ${e}`),
  ];
  return lines.join('\n');
}
