/**
 * (a) kill -9 under load: of the API process (a supervisor starts it again; clients retry with the same
 * Idempotency-Key meanwhile), and of one of two workers while it holds deadline triggers in flight. Those
 * triggers fire within 10 s of their due moment on the worker that lives.
 */
import { commandFindings, httpFindings, report, settleDeadlines } from './harness/checks';
import { Load } from './harness/load';
import { commonInvariants, type Findings, print, scenarioTests } from './harness/scenario';
import { KILLED_WORKER_BOUND_MS, Stage } from './harness/stage';
import { type BurstResult, burstLate, inFlightBurst } from './harness/burst';

let stage: Stage | undefined;
let findings: Findings | undefined;
let burst: BurstResult | undefined;
const { test, after } = scenarioTests(() => stage);

beforeAll(async () => {
  stage = await Stage.create('kill', { apis: 1, workers: 2 });
  const s = stage;
  const load = new Load(s, {
    clients: 5,
    pauseMs: 30,
    startShare: 0.15,
    termSeconds: () => 4 + Math.floor(Math.random() * 6),
  }).start();
  // under load: commands acknowledged, cases with deadlines of 4-9 s started among them
  await s.served('the load runs', 150);
  const killed = await s.killApi(0); // started again at once, on the same port
  await s.served('the restarted API serves the load', 20, { since: killed.end, via: s.apis[0] });
  burst = await inFlightBurst(s, { cases: 60, killWorker: 0 });
  // the load goes on while the worker that lives takes the killed one's triggers over, for as long as they may take
  await s.deadlinesDone(burst.deadlineIds, burst.lastDue + KILLED_WORKER_BOUND_MS);
  await load.stop();

  const deadlines = await settleDeadlines(s);
  findings = { commands: await commandFindings(s), deadlines, http: httpFindings(s.outcomes, s.windows) };
  print(report(s, findings.commands, findings.deadlines, findings.http, burst.lines));
});
afterAll(after);

describe('(a) kill -9 of an API process and of a worker under load', () => {
  test('killed the worker while both workers held triggers in flight', () => {
    expect(burst?.inFlightAtKill).toBeGreaterThan(0);
    expect(burst?.ownersAtKill).toBe(2);
  });

  test(`fires the killed worker's in-flight triggers within ${KILLED_WORKER_BOUND_MS / 1000} s of their due moment`, async () => {
    expect(burst!.deadlineIds.length).toBeGreaterThan(0);
    const late = await burstLate(stage!, burst!);
    expect({ late: late.length, examples: late.slice(0, 5) }).toEqual({ late: 0, examples: [] });
  });

  commonInvariants(test, () => findings);
});
