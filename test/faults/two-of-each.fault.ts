/**
 * (f) The same faults one after another with two API and two worker processes, under load on both APIs: kill -9
 * of an API, kill -9 of a worker with triggers in flight, FLUSHALL, a Postgres restart, Redis down and back empty,
 * SIGTERM of an API. The same invariants hold throughout, and a board stream on each API hears changes made
 * through the other one after all of it.
 */
import { commandFindings, httpFindings, report, settleDeadlines } from './harness/checks';
import { Load } from './harness/load';
import { commonInvariants, type Findings, print, scenarioTests } from './harness/scenario';
import { waitFor } from './harness/services';
import { KILLED_WORKER_BOUND_MS, Stage } from './harness/stage';
import { SseClient } from './harness/sse';
import { type BurstResult, burstLate, inFlightBurst } from './harness/burst';

let stage: Stage | undefined;
let findings: Findings | undefined;
let burst: BurstResult | undefined;
let sigtermExitMs: number | null = null;
const streams: SseClient[] = [];
/** for each API's stream: whether it heard a change committed through the other API at the end */
const heardOther: boolean[] = [];
const { test, after } = scenarioTests(() => stage);

beforeAll(async () => {
  stage = await Stage.create('two', { apis: 2, workers: 2 });
  const s = stage;
  for (const api of s.apis) {
    const stream = new SseClient(api.url, '/api/v1/board/stream', s.tokens.procesmanager);
    stream.start();
    streams.push(stream);
  }
  const load = new Load(s, {
    clients: 6,
    pauseMs: 30,
    startShare: 0.12,
    termSeconds: () => 3 + Math.floor(Math.random() * 8),
  }).start();
  await s.served('the load runs', 100);
  await s.killApi(0);
  burst = await inFlightBurst(s, { cases: 40, killWorker: 0, restart: true, leadMs: 5000 });
  // the next fault only once the killed worker's triggers had their chance, so it cannot excuse them
  await s.deadlinesDone(burst.deadlineIds, burst.lastDue + KILLED_WORKER_BOUND_MS + 500);
  // each fault once the stage serves the load again after the one before
  const flush = await s.flushAll();
  await s.served('the load is served after FLUSHALL', 30, { since: flush.end });
  const restart = await s.postgresRestart();
  await s.served('the load is served after the Postgres restart', 30, { since: restart.end });
  const outage = await s.redisOutage(6000);
  await s.served('the load is served after Redis returned', 30, { since: outage.end });
  await s.relayed('the triggers committed during the Redis outage', outage.end);
  const term = await s.sigtermApi(1);
  sigtermExitMs = term.exit ? term.exit.at - term.sentAt : null;
  const restarted = Date.now();
  await s.apis[1].startReady();
  await s.served('the restarted api-2 serves the load', 20, { since: restarted, via: s.apis[1] });
  await load.stop();

  // Each stream listens again: it said 'verbonden' after the last fault that cut it (api-1's the Postgres restart,
  // which its change feed lost; api-2's the SIGTERM of its API, after which it connected anew).
  for (const [i, cutAt] of [restart.start, restarted].entries())
    if (!(await waitFor(() => streams[i].after(cutAt, 'verbonden').length > 0, 30_000)))
      throw new Error(
        `two: the stream on ${s.apis[i].name} said no 'verbonden' within 30 s after its last fault`,
      );

  // A change through each API must reach the stream on the other.
  for (const [i, stream] of streams.entries()) {
    const other = s.apis[1 - i];
    const c = await s.linkIntake(s.randomLoadCase(), { first: other });
    const version = Number(c.json?.version);
    heardOther[i] = await waitFor(
      () =>
        stream.after(c.firstAt, 'case').some((e) => {
          const d = JSON.parse(e.data) as { caseId: string; version: number };
          return d.caseId === c.caseId && d.version === version;
        }),
      10_000,
      100,
    );
  }
  for (const stream of streams) stream.stop();

  const deadlines = await settleDeadlines(s);
  findings = { commands: await commandFindings(s), deadlines, http: httpFindings(s.outcomes, s.windows) };
  print(
    report(s, findings.commands, findings.deadlines, findings.http, [
      ...burst.lines,
      `SIGTERM of api-2: exited after ${sigtermExitMs ?? '-'} ms; streams heard the other API: ${heardOther.join(', ')}`,
    ]),
  );
});
afterAll(async () => {
  for (const stream of streams) stream.stop();
  await after();
});

describe('(f) two API and two worker processes through every fault', () => {
  test(`fires the killed worker's in-flight triggers within ${KILLED_WORKER_BOUND_MS / 1000} s of their due moment`, async () => {
    expect(burst?.inFlightAtKill).toBeGreaterThan(0);
    const late = await burstLate(stage!, burst!);
    expect({ late: late.length, examples: late.slice(0, 5) }).toEqual({ late: 0, examples: [] });
  });

  test('a SIGTERM-ed API exits within 12 s', () => {
    expect(sigtermExitMs).not.toBeNull();
    expect(sigtermExitMs!).toBeLessThanOrEqual(12_000);
  });

  test('each API streams changes committed through the other, after all the faults', () => {
    expect(heardOther).toEqual([true, true]);
  });

  commonInvariants(test, () => findings);
});
