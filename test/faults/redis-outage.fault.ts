/**
 * (c) Redis stopped for 20 s and started again empty, under load. Commands keep committing while it is away
 * (Postgres is the truth; triggers wait in the outbox); the API stays ready (Redis is reported degraded, not
 * unready); deadlines that fell due meanwhile, or after, fire within the sweep interval plus 5 s of Redis's
 * return.
 */
import { getJson } from './harness/http';
import { commandFindings, httpFindings, report, settleDeadlines } from './harness/checks';
import { Load } from './harness/load';
import { commonInvariants, type Findings, print, scenarioTests } from './harness/scenario';
import { sleep } from './harness/services';
import { type FaultWindow, Stage } from './harness/stage';

const OUTAGE_MS = 20_000;

let stage: Stage | undefined;
let findings: Findings | undefined;
let outage: FaultWindow | undefined;
const probes: { at: number; status: number | null }[] = [];
const { test, after } = scenarioTests(() => stage);

beforeAll(async () => {
  stage = await Stage.create('redis', { apis: 1, workers: 1 });
  const s = stage;
  // Deadlines armed before the outage fall due during it (5-25 s from now); those started during it after it.
  for (let i = 0; i < 60; i++) await s.startWithDeadline(5 + (i % 21), { offset: i });
  const load = new Load(s, {
    clients: 4,
    pauseMs: 40,
    startShare: 0.1,
    termSeconds: () => 3 + Math.floor(Math.random() * 20),
  }).start();
  await s.served('the load runs', 75);
  let probing = true;
  const probe = (async () => {
    for (let i = 0; probing && i < 200; i++) {
      const r = await getJson(s.apis[0].url, '/health/ready', {}, 3000);
      probes.push({ at: Date.now(), status: r.status });
      await sleep(500);
    }
  })();
  outage = await s.redisOutage(OUTAGE_MS);
  probing = false;
  await probe;
  // Redis is back: the load is served and what the outbox held during the outage is in Redis again
  await s.served('the load is served after Redis returned', 30, { since: outage.end });
  await s.relayed('the triggers committed during the outage', outage.end);
  await load.stop();

  const deadlines = await settleDeadlines(s);
  findings = { commands: await commandFindings(s), deadlines, http: httpFindings(s.outcomes, s.windows) };
  const during = committedDuring(s, outage);
  print(
    report(s, findings.commands, findings.deadlines, findings.http, [
      `during the outage: ${during} commands sent and acknowledged; /health/ready ` +
        JSON.stringify(countBy(probesDuring(outage).map((p) => String(p.status)))),
    ]),
  );
});
afterAll(after);

function committedDuring(s: Stage, w: FaultWindow): number {
  return s.commands.filter((c) => c.firstAt >= w.start && c.ackAt !== null && c.ackAt <= w.end).length;
}
function probesDuring(w: FaultWindow) {
  return probes.filter((p) => p.at >= w.start + 1000 && p.at <= w.end);
}
function countBy(items: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[i] = (out[i] ?? 0) + 1;
  return out;
}

describe('(c) Redis stopped 20 s and started again empty', () => {
  test('keeps committing commands (2xx) while Redis is down', () => {
    // at the load's pace, more than a hundred in 20 s; a handful would mean commands hung on Redis
    expect(committedDuring(stage!, outage!)).toBeGreaterThan(100);
  });

  test('the API stays ready (200 on /health/ready) while Redis is down', () => {
    const during = probesDuring(outage!);
    expect(during.length).toBeGreaterThan(10);
    expect(countBy(during.map((p) => String(p.status)))).toEqual({ '200': during.length });
  });

  commonInvariants(test, () => findings);
});
