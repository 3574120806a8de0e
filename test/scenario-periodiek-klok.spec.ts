/**
 * The periodic jobs follow the manual clock, end to end over HTTP. On a fresh database the clock
 * is set back to Saturday 31 January 2026 and a youth born 31 August 2009 gets jeugd-ggz; moving the clock on,
 * the daily scan enrols the youth for the 18-/18+ transition on the day of 16.5, Saturday 28 February 2026 (the
 * 31st of a month that has none is its last day), and the maandmonitor of March 2026 is made on its first working
 * day, Wednesday 1 April 2026. Each run is reported by the move that ran it, at the moment it fell due.
 */
import { type AgentFor, type Api, startApi } from './support/api-harness';
import * as klantreis from './support/klantreis';

let api: Api;
let intaker: AgentFor;
let beleid: AgentFor;

/** `hhmm` o'clock on `dag` in Amsterdam, as an ISO instant: winter time until 29 March 2026, summer time after. */
const amsterdam = (dag: string, hhmm: string) =>
  new Date(`${dag}T${hhmm}:00${dag >= '2026-03-29' ? '+02:00' : '+01:00'}`).toISOString();
const advanceTo = (dag: string, hhmm: string) =>
  klantreis.advanceTo(api, intaker, new Date(amsterdam(dag, hhmm)));
const transitieZaken = async (subjectId: string) =>
  (await intaker.get(`/api/v1/cases?workflow=transitie18&subjectId=${subjectId}`).expect(200)).body.items;

beforeAll(async () => {
  // the API starts with its clock at the day this was written, as a fresh demo would
  api = await startApi('2026-12-07T09:00:00+01:00');
  intaker = await api.as('intaker1', ['intaker'], 'almelo', 'wijkteam-noord');
  beleid = await api.as('beleid1', ['beleid'], 'almelo', null);
});
afterAll(async () => {
  await api.close();
});

describe('a youth born 31 August 2009, replayed on the literal dates from 31 January 2026', () => {
  let youth: string;

  it('sets the clock back on a fresh database and every periodic job is due from the new now', async () => {
    const set = await intaker
      .put('/api/v1/clock')
      .send({ now: amsterdam('2026-01-31', '09:00') })
      .expect(200);
    expect(set.body).toEqual({ now: amsterdam('2026-01-31', '09:00'), fired: 0, periodicRuns: [] });
    const clock = (await api.http.get('/api/v1/clock').expect(200)).body;
    const next = Object.fromEntries(
      clock.periodicJobs.map((j: { name: string; nextRunAt: string }) => [j.name, j.nextRunAt]),
    );
    expect(next).toEqual({
      'transitie18-scan': amsterdam('2026-02-01', '05:00'),
      'werklijst-digest': amsterdam('2026-02-02', '07:00'), // Monday: the digest is for working days
      maandmonitor: amsterdam('2026-02-01', '06:30'),
    });
  });

  it('records the youth`s jeugd-ggz; at 16 years and 5 months no transition starts', async () => {
    ({ subjectId: youth } = await klantreis.jeugdwetVoorziening(intaker, {
      name: 'Jongere 31 augustus',
      birthDate: '2009-08-31',
      grantedBy: 'jongere en ouders',
      lifeArea: 'psychische_gezondheid',
      product: 'jeugd-ggz behandeling',
      aanbieder: 'GGZ Jeugd Twente',
      volume: { aantal: 2, eenheid: 'uur per week' },
      startdatum: '2026-02-02',
      einddatum: '2027-12-31',
    }));
    const move = await advanceTo('2026-02-27', '23:00');
    const scans = move.periodicRuns.filter((r) => r.job === 'transitie18-scan');
    expect(scans).toHaveLength(27); // every morning of February up to the 27th
    expect(scans.every((r) => r.summary === '0 gevonden, 0 ingeschreven, 0 overgeslagen')).toBe(true);
    expect(await transitieZaken(youth)).toEqual([]);
  });

  it('the scan of Saturday 28 February 2026, the day of 16.5, enrols the youth', async () => {
    const move = await advanceTo('2026-02-28', '06:00');
    expect(move.periodicRuns.filter((r) => r.job === 'transitie18-scan')).toEqual([
      {
        job: 'transitie18-scan',
        at: amsterdam('2026-02-28', '05:00'),
        ok: true,
        summary: '1 gevonden, 1 ingeschreven, 0 overgeslagen',
      },
    ]);
    const [transitie] = await transitieZaken(youth);
    const history = (await intaker.get(`/api/v1/cases/${transitie.id}/history`).expect(200)).body;
    expect((history.items ?? history)[0]).toMatchObject({
      type: 'CASE_GESTART',
      actor: 'system',
      at: amsterdam('2026-02-28', '05:00'),
    });
  });

  it('the maandmonitor of March 2026 is made on Wednesday 1 April 2026, each month`s on its first working day', async () => {
    const maart = await advanceTo('2026-03-31', '23:00');
    const gemaakt = (runs: klantreis.PeriodicRun[]) =>
      runs.filter((r) => r.job === 'maandmonitor' && /: 1 gemaakt/.test(r.summary));
    // February's on Monday 2 March; January's was made on Monday 2 February (1 February was a Sunday)
    expect(gemaakt(maart.periodicRuns)).toEqual([
      {
        job: 'maandmonitor',
        at: amsterdam('2026-03-02', '06:30'),
        ok: true,
        summary: 'maandmonitor 2026-02: 1 gemaakt, 0 bestond al',
      },
    ]);
    const april = await advanceTo('2026-04-01', '07:00');
    expect(gemaakt(april.periodicRuns)).toEqual([
      {
        job: 'maandmonitor',
        at: amsterdam('2026-04-01', '06:30'),
        ok: true,
        summary: 'maandmonitor 2026-03: 1 gemaakt, 0 bestond al',
      },
    ]);
    const monitors = (await beleid.get('/api/v1/monitors').expect(200)).body.items;
    expect(monitors.map((m: { maand: string; gemaaktOp: string }) => [m.maand, m.gemaaktOp])).toEqual([
      ['2026-03', amsterdam('2026-04-01', '06:30')],
      ['2026-02', amsterdam('2026-03-02', '06:30')],
      ['2026-01', amsterdam('2026-02-02', '06:30')],
    ]);
  });
});
