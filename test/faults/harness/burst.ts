/**
 * A worker killed with triggers in flight. Deadlines of `cases` fresh cases fall due together; the test holds
 * the row locks of those cases (as a slow database would), so the workers take the triggers and wait inside their
 * batch; the worker is killed while it waits. Its triggers are then in BullMQ's active list under a lock nobody
 * renews, and only the stalled-job check of the worker that lives can hand them on.
 */
import { sleep, waitFor } from './services';
import { KILLED_WORKER_BOUND_MS, type Stage, TERM_KEY } from './stage';

export interface BurstResult {
  deadlineIds: string[];
  firstDue: number;
  lastDue: number;
  killAt: number;
  /** triggers of the burst in BullMQ's active list when the worker was killed */
  inFlightAtKill: number;
  /** distinct workers holding those (by the lock token BullMQ writes: `<worker id>:<n>`) */
  ownersAtKill: number;
  lines: string[];
}

export async function inFlightBurst(
  stage: Stage,
  opts: { cases: number; killWorker: number; restart?: boolean; leadMs?: number },
): Promise<BurstResult> {
  const target = Date.now() + (opts.leadMs ?? 6000);
  const caseIds: string[] = [];
  let left = opts.cases;
  await Promise.all(
    Array.from({ length: 8 }, async (_, w) => {
      while (left-- > 0) {
        const seconds = Math.max(2, Math.round((target - Date.now()) / 1000));
        const c = await stage.startWithDeadline(seconds, { offset: w });
        if (c.caseId) caseIds.push(c.caseId);
      }
    }),
  );
  const rows = await stage.sql<{ id: string; due_at: Date }>(
    `SELECT id, due_at FROM deadlines WHERE case_id = ANY($1::uuid[]) AND key = $2`,
    [caseIds, TERM_KEY],
  );
  const ids = new Set(rows.map((r) => r.id));
  const firstDue = Math.min(...rows.map((r) => r.due_at.getTime()));
  const lastDue = Math.max(...rows.map((r) => r.due_at.getTime()));
  await sleep(Math.max(0, firstDue - 800 - Date.now()));
  const release = await stage.lockCases(caseIds);
  let inFlightAtKill: number;
  const owners = new Set<string>();
  let killAt: number;
  try {
    // promoted from delayed, taken by the workers, waiting on the locks: none of them left to take (or, bounded,
    // as many as were taken 1.2 s after the last fell due)
    const ours = (jobIds: string[]) => jobIds.filter((jobId) => ids.has(deadlineOf(jobId)));
    await waitFor(
      async () => Date.now() >= lastDue && (await stage.queuedTriggers().then(ours)).length === 0,
      Math.max(0, lastDue + 1200 - Date.now()),
      50,
    );
    const active = (await stage.activeTriggers()).filter((jobId) => ids.has(deadlineOf(jobId)));
    inFlightAtKill = active.length;
    const redis = stage.services.redisClient();
    try {
      const tokens = active.length
        ? await redis.mget(active.map((jobId) => `${stage.env.redisPrefix}:deadlines:${jobId}:lock`))
        : [];
      for (const t of tokens) if (t) owners.add(t.slice(0, t.lastIndexOf(':')));
    } finally {
      redis.disconnect();
    }
    killAt = Date.now();
    await stage.killWorker(opts.killWorker);
    await sleep(200);
  } finally {
    await release();
  }
  if (opts.restart) await stage.workers[opts.killWorker].startReady();
  return {
    deadlineIds: [...ids],
    firstDue,
    lastDue,
    killAt,
    inFlightAtKill,
    ownersAtKill: owners.size,
    lines: [
      `burst: ${ids.size} deadlines due within ${((lastDue - firstDue) / 1000).toFixed(1)} s, case rows locked; ` +
        `${stage.workers[opts.killWorker].name} killed ${((killAt - lastDue) / 1000).toFixed(1)} s after the last fell due ` +
        `with ${inFlightAtKill} of them in flight in ${owners.size} worker(s)`,
    ],
  };
}

/** BullMQ job id of a trigger: `<kind>-<deadline id>-<token>` (libs/scheduling/src/timers.ts) */
function deadlineOf(jobId: string): string {
  const m = /^[a-z]+-([0-9a-f-]{36})-\d+$/.exec(jobId);
  return m ? m[1] : '';
}

/** The burst's deadlines that did not fire within KILLED_WORKER_BOUND_MS of their due moment (fired late or not). */
export async function burstLate(
  stage: Stage,
  burst: BurstResult,
): Promise<{ id: string; dueAt: string; lagMs: number | null }[]> {
  const rows = await stage.sql<{ id: string; due_at: Date; lag_ms: number | null }>(
    `SELECT id, due_at, (extract(epoch FROM missed_at - due_at) * 1000)::int AS lag_ms FROM deadlines
     WHERE id = ANY($1::uuid[]) AND (missed_at IS NULL OR missed_at > due_at + make_interval(secs => $2))
     ORDER BY due_at`,
    [burst.deadlineIds, KILLED_WORKER_BOUND_MS / 1000],
  );
  return rows.map((r) => ({ id: r.id, dueAt: r.due_at.toISOString(), lagMs: r.lag_ms }));
}
