/**
 * The periodic jobs under a manual clock that is set back and forward several times: every
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
  // back to Saturday 3 January: each job's next run is the first of its rhythm after that
  expect(runs(await set(januari('03', '09:00')))).toEqual([]);
  expect(await schedule()).toEqual({
    'transitie18-scan': januari('04', '05:00'),
    'werklijst-digest': januari('05', '07:00'), // working days only
    maandmonitor: januari('04', '06:30'),
  });

  // forward by PUT: every run on the way, in the order of their moments; December's monitor is made on the
  // month's first working day, Monday the 5th (2 January 2026 is a day of the Atw calendar)
  expect(runs(await set(januari('05', '09:00')))).toEqual([
    ['transitie18-scan', januari('04', '05:00'), true],
    ['maandmonitor', januari('04', '06:30'), true],
    ['transitie18-scan', januari('05', '05:00'), true],
    ['maandmonitor', januari('05', '06:30'), true],
    ['werklijst-digest', januari('05', '07:00'), true],
  ]);
  expect(runs(await advance('PT1H'))).toEqual([]); // nothing falls due before 05:00 the next day

  // back to 06:45 on the 5th (nothing happened after it): the digest of 07:00 is due again, and runs once
  expect(runs(await set(januari('05', '06:45')))).toEqual([]);
  expect(await schedule()).toEqual({
    'transitie18-scan': januari('06', '05:00'),
    'werklijst-digest': januari('05', '07:00'),
    maandmonitor: januari('06', '06:30'),
  });
  expect(runs(await advance('PT1H'))).toEqual([['werklijst-digest', januari('05', '07:00'), true]]);

  // back again, then forward to exactly 07:00: the run at the target moment runs
  expect(runs(await set(januari('05', '06:40')))).toEqual([]);
  expect(runs(await set(januari('05', '07:00')))).toEqual([
    ['werklijst-digest', januari('05', '07:00'), true],
  ]);

  // back past December's monitor, made at 06:30 on the 5th, is refused and leaves the schedule as it was
  const before = await schedule();
  const refused = await set(januari('04', '12:00'), 409);
  expect(refused.code).toBe('clock_conflict');
  expect(refused.later).toMatchObject({ what: 'notification', kind: 'maandmonitor' });
  expect(await schedule()).toEqual(before);
  expect(before).toEqual({
    'transitie18-scan': januari('06', '05:00'),
    'werklijst-digest': januari('06', '07:00'),
    maandmonitor: januari('06', '06:30'),
  });

  // one advance over a week, to 07:00 on Monday the 12th: one run per job per due moment, none twice
  const week = (await advance('P7D')).periodicRuns as Run[];
  const perJob = (job: string) => week.filter((r) => r.job === job).map((r) => r.at);
  for (const job of ['transitie18-scan', 'maandmonitor', 'werklijst-digest'])
    expect(new Set(perJob(job)).size).toBe(perJob(job).length);
  const dagen = (...d: string[]) => d;
  expect(perJob('transitie18-scan')).toEqual(
    dagen('06', '07', '08', '09', '10', '11', '12').map((d) => januari(d, '05:00')),
  );
  expect(perJob('maandmonitor')).toEqual(
    dagen('06', '07', '08', '09', '10', '11', '12').map((d) => januari(d, '06:30')),
  );
  expect(perJob('werklijst-digest')).toEqual(
    dagen('06', '07', '08', '09', '12').map((d) => januari(d, '07:00')),
  );
  expect(week.map((r) => r.at)).toEqual([...week.map((r) => r.at)].sort());
  expect(await schedule()).toEqual({
    'transitie18-scan': januari('13', '05:00'),
    'werklijst-digest': januari('13', '07:00'),
    maandmonitor: januari('13', '06:30'),
  });
});

it('refuses a move of one day more than ten years at once with a 400 naming the field, and stays put', async () => {
  const before = (await api.http.get('/api/v1/clock').expect(200)).body.now;
  const ver = await intaker.post('/api/v1/clock/advance').send({ by: 'P10Y1D' }).expect(400);
  expect(ver.body.invalidParams).toEqual([expect.objectContaining({ name: 'by' })]);
  expect(ver.body.detail).toMatch(/^De klok gaat in één keer hoogstens 10 jaar vooruit/);
  const absurd = await intaker.post('/api/v1/clock/advance').send({ by: 'P999999999999Y' }).expect(400);
  expect(absurd.body.invalidParams).toEqual([expect.objectContaining({ name: 'by' })]);
  const gezet = await intaker.put('/api/v1/clock').send({ now: '2099-01-01T00:00:00+01:00' }).expect(400);
  expect(gezet.body.invalidParams).toEqual([expect.objectContaining({ name: 'now' })]);
  expect((await api.http.get('/api/v1/clock').expect(200)).body.now).toBe(before);
});
