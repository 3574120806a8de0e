/**
 * (d) Postgres restarted under load, twice: `pg_ctl restart -m fast` (every connection cut, back in a moment),
 * then stopped for 5 s and started (a window in which requests find it down). While it is down the API answers
 * 503 with Retry-After, never 500; afterwards it recovers, loses no acknowledged command, and the board's live
 * stream (GET /api/v1/board/stream) delivers changes again and says it reconnected (`verbonden`).
 */
import { commandFindings, httpFindings, report, settleDeadlines } from './harness/checks';
import { type Outcome, send } from './harness/http';
import { Load } from './harness/load';
import { commonInvariants, type Findings, print, scenarioTests } from './harness/scenario';
import { sleep, waitFor } from './harness/services';
import { type FaultWindow, Stage } from './harness/stage';
import { SseClient } from './harness/sse';

const DOWN_MS = 5000;

let stage: Stage | undefined;
let findings: Findings | undefined;
let outage: FaultWindow | undefined;
let stream: SseClient | undefined;
let streamedAfter: { caseId: string; version: number } | null = null;
let streamedAt: number | null = null;
const probes: Outcome[] = [];
const { test, after } = scenarioTests(() => stage);

beforeAll(async () => {
  stage = await Stage.create('postgres', { apis: 1, workers: 1 });
  const s = stage;
  stream = new SseClient(s.apis[0].url, '/api/v1/board/stream', s.tokens.procesmanager);
  stream.start();
  await waitFor(() => (stream?.events.length ?? 0) > 0 || (stream?.connections.length ?? 0) > 0, 5000);
  for (let i = 0; i < 40; i++) await s.startWithDeadline(4 + (i % 16), { offset: i });
  const load = new Load(s, {
    clients: 4,
    pauseMs: 40,
    startShare: 0.1,
    termSeconds: () => 3 + Math.floor(Math.random() * 12),
  }).start();
  let probing = true;
  // health and a read, as a load balancer and a user would, all through the restarts
  const probe = (async () => {
    for (let i = 0; probing && i < 400; i++) {
      for (const path of ['/health/ready', `/api/v1/cases/${s.randomLoadCase()}`])
        probes.push(
          await send({
            endpoint: s.apis[0].url,
            method: 'GET',
            path,
            headers: { Authorization: `Bearer ${s.tokens.intaker}` },
            timeoutMs: 15_000,
          }),
        );
      await sleep(100);
    }
  })();
  await s.served('the load runs', 100);
  const restart = await s.postgresRestart();
  await s.served('the load is served again after the restart', 30, { since: restart.end });
  outage = await s.postgresOutage(DOWN_MS);
  const back = outage.end;
  await s.served('the load is served again after the outage', 30, { since: back });
  // the probes' verdict on readiness after the outage (the check reads those from 2 s after it)
  const readyAfter = () =>
    probes.some((o) => o.path === '/health/ready' && o.status === 200 && o.start > back + 2000);
  if (!(await waitFor(readyAfter, 30_000)))
    throw new Error('postgres: /health/ready answered no 200 within 30 s after the outage');
  // the change feed is back (a change committed before it listens again is not streamed): the stream says so
  if (!(await waitFor(() => stream!.after(outage!.start, 'verbonden').length > 0, 30_000)))
    throw new Error("postgres: the board stream said no 'verbonden' within 30 s after the outage");
  probing = false;
  await probe;
  await load.stop();

  // A change made now must reach the stream that was open through the restarts.
  const c = await s.linkIntake(s.randomLoadCase());
  if (c.ackAt && c.json) {
    const version = Number(c.json.version);
    streamedAfter = { caseId: c.caseId ?? '', version };
    await waitFor(
      () =>
        stream!.after(c.firstAt, 'case').some((e) => {
          const d = JSON.parse(e.data) as { caseId: string; version: number };
          if (d.caseId === streamedAfter?.caseId && d.version === version) streamedAt = e.at;
          return streamedAt !== null;
        }),
      10_000,
      100,
    );
  }

  const deadlines = await settleDeadlines(s);
  const outcomes = [...s.outcomes, ...probes];
  findings = { commands: await commandFindings(s), deadlines, http: httpFindings(outcomes, s.windows) };
  const down503 = probes.filter((o) => o.status === 503 && o.start >= outage!.start && o.end <= outage!.end);
  stream.stop();
  print(
    report(s, findings.commands, findings.deadlines, findings.http, [
      `probes: ${probes.length} (${down503.length} answered 503 while Postgres was stopped); stream: ` +
        `${stream.events.length} events, ${stream.connections.length} connection(s), ` +
        `${stream.after(outage.start, 'verbonden').length} 'verbonden' after the outage; change after restart ` +
        `${streamedAt ? `streamed in ${streamedAt - (c.ackAt ?? 0)} ms` : 'NOT streamed within 10 s'}`,
    ]),
  );
});
afterAll(async () => {
  stream?.stop();
  await after();
});

describe('(d) Postgres restarted under load', () => {
  test('answers 503 with Retry-After and a Dutch message while Postgres is stopped', () => {
    // from half a second after the stop (connections are cut) until it was told to start again
    const during = probes.filter((o) => o.start >= outage!.start + 500 && o.end <= outage!.downUntil!);
    const api = during.filter((o) => o.path.startsWith('/api/v1/'));
    expect(api.length).toBeGreaterThan(5);
    // every probe that found it down was told so: 503, not a hang, a reset or a 500 (the readiness probe too)
    expect(during.map((o) => o.status ?? o.error).filter((st) => st !== 503)).toEqual([]);
    for (const o of api) {
      expect(o.headers['retry-after']).toMatch(/^\d+$/);
      expect(o.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = JSON.parse(o.body) as { status?: number; detail?: string };
      expect(problem.status).toBe(503);
      expect(problem.detail ?? '').toMatch(/probeer|bereikbaar|beschikbaar|opnieuw|later/i);
    }
  });

  test('recovers: /health/ready answers 200 again after the restart', () => {
    const afterwards = probes.filter((o) => o.path === '/health/ready' && o.start > outage!.end + 2000);
    expect(afterwards.length).toBeGreaterThan(0);
    expect(afterwards.map((o) => o.status)).toEqual(afterwards.map(() => 200));
  });

  test('the board stream delivers a change committed after the restart', () => {
    expect(streamedAfter).not.toBeNull();
    expect(streamedAt).not.toBeNull();
  });

  test("the board stream says 'verbonden' when the change feed has reconnected", () => {
    expect(stream!.after(outage!.start, 'verbonden').length).toBeGreaterThan(0);
  });

  commonInvariants(test, () => findings);
});
