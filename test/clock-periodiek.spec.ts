/**
 * The periodic jobs under a manual clock that is set back and forward several times (issue #20 item 1): every
 * move runs each job once for each moment it falls due on the way, in the order of those moments, and never for a
 * moment it passed already; setting the clock back makes each job due at the first moment of its rhythm after the
 * new now; a refused move (409) leaves the schedule as it was.
 */
import { type AgentFor, type Api, startApi } from './support/api-harness';

let api: Api;
let intaker: AgentFor;

/** `hhmm` o'clock on `dag` in Amsterdam (winter time: these are January dates), as an ISO instant. */
const januari = (dag: string, hhmm: string) => new Date(`2026-01-${dag}T${hhmm}:00+01:00`).toISOString();

interface Run {
  job: string;
  at: string;
  ok: boolean;
}

const set = async (now: string, status = 200) =>
  (await intaker.put('/api/v1/clock').send({ now }).expect(status)).body;
const advance = async (by: string) =>
  (await intaker.post('/api/v1/clock/advance').send({ by }).expect(200)).body;
const runs = (move: { periodicRuns: Run[] }) => move.periodicRuns.map((r) => [r.job, r.at, r.ok]);
const schedule = async () =>
  Object.fromEntries(
    (await api.http.get('/api/v1/clock').expect(200)).body.periodicJobs.map(
      (j: { name: string; nextRunAt: string }) => [j.name, j.nextRunAt],
    ),
  );

beforeAll(async () => {
  api = await startApi('2026-12-07T09:00:00+01:00');
  intaker = await api.as('intaker1', ['intaker'], 'almelo', 'wijkteam-noord');
});
afterAll(async () => {
  await api.close();
});

it('runs each job once per moment it falls due, however the clock is set back and forward', async () => {
  // back to Saturday 10 January: each job's next run is the first of its rhythm after that
  expect(runs(await set(januari('10', '09:00')))).toEqual([]);
  expect(await schedule()).toEqual({
    'transitie18-scan': januari('11', '05:00'),
    'werklijst-digest': januari('12', '07:00'), // working days only
    maandmonitor: januari('11', '06:30'),
  });

  // forward by PUT: every run on the way, in the order of their moments
  expect(runs(await set(januari('12', '09:00')))).toEqual([
    ['transitie18-scan', januari('11', '05:00'), true],
    ['maandmonitor', januari('11', '06:30'), true],
    ['transitie18-scan', januari('12', '05:00'), true],
    ['maandmonitor', januari('12', '06:30'), true],
    ['werklijst-digest', januari('12', '07:00'), true],
  ]);
  expect(runs(await advance('PT1H'))).toEqual([]); // nothing falls due before 05:00 the next day

  // back to 06:00 on the 12th (nothing happened after it): the 06:30 and 07:00 runs are due again, once each
  expect(runs(await set(januari('12', '06:00')))).toEqual([]);
  expect(await schedule()).toEqual({
    'transitie18-scan': januari('13', '05:00'),
    'werklijst-digest': januari('12', '07:00'),
    maandmonitor: januari('12', '06:30'),
  });
  expect(runs(await advance('PT1H'))).toEqual([
    ['maandmonitor', januari('12', '06:30'), true],
    ['werklijst-digest', januari('12', '07:00'), true],
  ]);

  // back to the 11th at noon, then forward to exactly 05:00 on the 12th: the run at the target moment runs
  expect(runs(await set(januari('11', '12:00')))).toEqual([]);
  expect(runs(await set(januari('12', '05:00')))).toEqual([
    ['transitie18-scan', januari('12', '05:00'), true],
  ]);

  // back past the December monitor made on the 11th is refused, and leaves the schedule as it was
  const before = await schedule();
  const refused = await set(januari('05', '09:00'), 409);
  expect(refused.code).toBe('clock_conflict');
  expect(await schedule()).toEqual(before);
  expect(before).toEqual({
    'transitie18-scan': januari('13', '05:00'),
    'werklijst-digest': januari('12', '07:00'),
    maandmonitor: januari('12', '06:30'),
  });

  // one advance over a week, to 05:00 on the 19th: one run per job per due moment, none twice
  const week = (await advance('P7D')).periodicRuns as Run[];
  const perJob = (job: string) => week.filter((r) => r.job === job).map((r) => r.at);
  for (const job of ['transitie18-scan', 'maandmonitor', 'werklijst-digest'])
    expect(new Set(perJob(job)).size).toBe(perJob(job).length);
  expect(perJob('transitie18-scan')).toEqual(
    ['13', '14', '15', '16', '17', '18', '19'].map((d) => januari(d, '05:00')),
  );
  expect(perJob('maandmonitor')).toEqual(
    ['12', '13', '14', '15', '16', '17', '18'].map((d) => januari(d, '06:30')),
  );
  expect(perJob('werklijst-digest')).toEqual(['12', '13', '14', '15', '16'].map((d) => januari(d, '07:00')));
  expect(week.map((r) => r.at)).toEqual([...week.map((r) => r.at)].sort());
});
