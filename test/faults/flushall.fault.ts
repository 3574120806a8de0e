/**
 * (b) Redis loses every key (FLUSHALL) while deadlines are armed, twice: once before any is due and once while
 * they fall due. Postgres is the only truth for time: every due deadline fires within the sweep interval plus
 * 5 s, with no process restarted.
 */
import { commandFindings, httpFindings, report, settleDeadlines } from './harness/checks';
import { Load } from './harness/load';
import { commonInvariants, type Findings, print, scenarioTests } from './harness/scenario';
import { waitFor } from './harness/services';
import { FIRE_BOUND_MS, Stage, TERM_KEY } from './harness/stage';

const ARMED = 240;

let stage: Stage | undefined;
let findings: Findings | undefined;
let inRedisBeforeFlush = 0;
let pidsBefore: (number | null)[] = [];
let pidsAfter: (number | null)[] = [];
const { test, after } = scenarioTests(() => stage);

beforeAll(async () => {
  stage = await Stage.create('flushall', { apis: 1, workers: 1 });
  const s = stage;
  pidsBefore = [...s.apis, ...s.workers].map((p) => p.pid);
  const load = new Load(s, { clients: 4, pauseMs: 40, startShare: 0, termSeconds: () => 0 }).start();

  // Deadlines due 12-18 s from now, spread over six seconds.
  const armStart = Date.now();
  const queue = Array.from({ length: ARMED }, (_, i) => 12 + (i % 7));
  await Promise.all(
    Array.from({ length: 12 }, async (_, w) => {
      for (let term = queue.pop(); term !== undefined; term = queue.pop())
        await s.startWithDeadline(term - Math.floor((Date.now() - armStart) / 1000), { offset: w });
    }),
  );
  // Flush when the relay has put them in Redis, so the flush takes them away.
  const delayedKey = `${s.env.redisPrefix}:deadlines:delayed`;
  await waitFor(
    async () => {
      const [{ n }] = await s.sql<{ n: number }>(`SELECT count(*)::int AS n FROM outbox`);
      const redis = s.services.redisClient();
      try {
        inRedisBeforeFlush = await redis.zcard(delayedKey);
      } finally {
        redis.disconnect();
      }
      return n === 0 && inRedisBeforeFlush >= ARMED;
    },
    8000,
    200,
  );
  await s.flushAll();

  // The second flush lands while they fall due: once a quarter of them has fired.
  const armed = await s.sql<{ id: string; due_at: Date }>(`SELECT id, due_at FROM deadlines WHERE key = $1`, [
    TERM_KEY,
  ]);
  const lastDue = Math.max(...armed.map((d) => d.due_at.getTime()));
  const fired = async () =>
    (
      await s.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM deadlines WHERE key = $1 AND status <> 'pending'`,
        [TERM_KEY],
      )
    )[0].n;
  await waitFor(
    async () => (await fired()) >= ARMED / 4,
    Math.max(0, lastDue + FIRE_BOUND_MS - Date.now()),
    100,
  );
  await s.flushAll();
  // the load goes on until every armed deadline has fired, or its bound passed (the checks judge which)
  await s.deadlinesDone(
    armed.map((d) => d.id),
    lastDue + 2 * FIRE_BOUND_MS,
  );
  await load.stop();

  const deadlines = await settleDeadlines(s);
  pidsAfter = [...s.apis, ...s.workers].map((p) => (p.alive() ? p.pid : null));
  findings = { commands: await commandFindings(s), deadlines, http: httpFindings(s.outcomes, s.windows) };
  print(
    report(s, findings.commands, findings.deadlines, findings.http, [
      `armed ${ARMED} deadlines; ${inRedisBeforeFlush} delayed triggers in Redis at the first FLUSHALL`,
    ]),
  );
});
afterAll(after);

describe('(b) Redis FLUSHALL with armed deadlines, no process restarted', () => {
  test('had the triggers in Redis when the first FLUSHALL took them away', () => {
    expect(inRedisBeforeFlush).toBeGreaterThanOrEqual(ARMED);
  });
  test('restarted no process: the same API and worker ran throughout', () => {
    expect(pidsAfter).toEqual(pidsBefore);
  });
  commonInvariants(test, () => findings);
});
