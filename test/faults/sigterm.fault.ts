/**
 * (e) SIGTERM of an API process with requests in flight, as an orchestrator stops a pod in a rolling update.
 * Requests the process had accepted get their answer (none is cut), including slow ones still sending their
 * body; it stops accepting new connections at once (clients go to the other process) and exits within ~10 s.
 */
import { commandFindings, httpFindings, report, settleDeadlines } from './harness/checks';
import { Load } from './harness/load';
import { commonInvariants, type Findings, print, scenarioTests } from './harness/scenario';
import { waitFor } from './harness/services';
import { type Command, FIRE_BOUND_MS, Stage } from './harness/stage';
import type { Exit } from './harness/processes';

/** SHUTDOWN_TIMEOUT_MS's default, and a little for closing pools and exiting */
const EXIT_WITHIN_MS = 12_000;
const SLOW = 8;
const TRICKLE_MS = 2500;

let stage: Stage | undefined;
let findings: Findings | undefined;
let sentAt = 0;
let exit: Exit | null = null;
let slow: Command[] = [];
const { test, after } = scenarioTests(() => stage);

beforeAll(async () => {
  stage = await Stage.create('sigterm', { apis: 2, workers: 1 });
  const s = stage;
  const load = new Load(s, {
    clients: 6,
    pauseMs: 20,
    startShare: 0.1,
    termSeconds: () => 3 + Math.floor(Math.random() * 5),
    freshConnections: true,
  }).start();
  await s.served('the load runs', 125);
  // Slow clients: connected and sending well before the SIGTERM, their bodies complete well after it.
  let accepted = 0;
  const slowDone = Promise.all(
    Array.from({ length: SLOW }, (_, i) =>
      s.linkIntake(s.loadCases[i % s.loadCases.length], {
        first: s.apis[0],
        trickleMs: TRICKLE_MS,
        agent: false,
        onAccepted: () => accepted++,
      }),
    ),
  );
  // every slow request is in the API's hands (its 100 Continue came), its body still coming
  if (!(await waitFor(() => accepted === SLOW, 10_000, 10)))
    throw new Error(`sigterm: the API had ${accepted} of ${SLOW} slow requests within 10 s`);
  ({ sentAt, exit } = await s.sigtermApi(0));
  slow = (await slowDone).map((c) => s.commands.find((k) => k.key === c.key)!);
  await s.served('the load goes on through the other API', 30, { since: sentAt, via: s.apis[1] });
  // and on, until the deadlines the load armed before the SIGTERM have fallen due and fired (or their bound passed)
  const armed = await s.armedBy(sentAt);
  await s.deadlinesDone(
    armed.map((d) => d.id),
    Math.max(sentAt, ...armed.map((d) => d.dueAt)) + FIRE_BOUND_MS,
  );
  await load.stop();

  const deadlines = await settleDeadlines(s);
  findings = { commands: await commandFindings(s), deadlines, http: httpFindings(s.outcomes, s.windows) };
  const inFlight = s.outcomes.filter(
    (o) => o.endpoint === s.apis[0].url && o.connectedAt !== null && o.connectedAt < sentAt && o.end > sentAt,
  );
  print(
    report(s, findings.commands, findings.deadlines, findings.http, [
      `SIGTERM: ${inFlight.length} requests in flight on ${s.apis[0].name} (${SLOW} of them slow), answered ` +
        `${inFlight.filter((o) => o.status !== null).length}; first attempts of the slow ones: ` +
        `${slow.map((c) => c.first?.status ?? c.first?.error).join(' ')}; ` +
        (exit
          ? `exited after ${exit.at - sentAt} ms (code ${exit.code}, signal ${exit.signal})`
          : 'did not exit'),
    ]),
  );
});
afterAll(after);

describe('(e) SIGTERM of an API process with requests in flight', () => {
  test('answers every request it had accepted, the slow ones included', () => {
    expect(slow).toHaveLength(SLOW);
    for (const c of slow) expect(c.first?.connectedAt).toBeLessThan(sentAt);
    expect(slow.map((c) => c.first?.error ?? c.first?.status)).toEqual(slow.map(() => 200));
  });

  test(`exits within ${EXIT_WITHIN_MS / 1000} s of the SIGTERM`, () => {
    expect(exit).not.toBeNull();
    expect(exit!.at - sentAt).toBeLessThanOrEqual(EXIT_WITHIN_MS);
  });

  commonInvariants(test, () => findings);
});
