/**
 * The date of receipt through HTTP: a melding or aanvraag registered days after it was received runs its terms
 * from the day after the date of receipt (Awb 4:13, Atw), terms already passed at registration are recorded as
 * passed at once, and the manual clock is set to any moment with PUT /api/v1/clock (back only when nothing happened
 * after it). Due dates are asserted to the day (Europe/Amsterdam).
 */
import { type AgentFor, type Api, startApi } from './support/api-harness';

let api: Api;
let intaker: AgentFor;

interface Deadline {
  key: string;
  dueDate: string;
  status: string;
  missedAt: string | null;
}
interface View {
  id: string;
  deadlines: Deadline[];
  context: Record<string, unknown>;
  meldingen?: string[];
}

/** Thursday 24 April 2025, 10:00: three days after tweede Paasdag. */
const START = '2025-04-24T10:00:00+02:00';

beforeAll(async () => {
  api = await startApi(START);
  intaker = await api.as('intaker1');
});
afterAll(async () => {
  await api.close();
});

const deadline = (view: View, key: string) => view.deadlines.find((d) => d.key === key)!;
const setClock = (now: string) => intaker.put('/api/v1/clock').send({ now });

async function inwoner(birthDate = '1948-02-10'): Promise<string> {
  return (
    await intaker.post('/api/v1/subjects').send({ kind: 'inwoner', name: 'Inwoner', birthDate }).expect(201)
  ).body.id;
}

function melding(subjectId: string, extra: Record<string, unknown> = {}) {
  return intaker.post('/api/v1/cases').send({
    workflow: 'intake',
    subjectId,
    input: { channel: 'inwoner_zelf', lifeAreas: ['huishouden'], laws: ['Wmo'], ...extra },
  });
}

function aanvraag(caseId: string, ontvangenOp?: string) {
  return intaker.event(caseId, {
    type: 'AANVRAAG_INGEDIEND',
    laws: ['Wmo'],
    voorziening: 'huishoudelijke hulp',
    ...(ontvangenOp ? { ontvangenOp } : {}),
  });
}

describe('the date of receipt', () => {
  it('runs the Wmo beschikking term from the day after an aanvraag received on tweede Paasdag 2025: due 6 May (5 mei is a feestdag)', async () => {
    const c: View = (await melding(await inwoner()).expect(201)).body;
    const view: View = (await aanvraag(c.id, '2025-04-21').expect(200)).body;
    expect(deadline(view, 'wmo_beschikking')).toMatchObject({ dueDate: '2025-05-06', status: 'pending' });
    expect(view.context.aanvraag).toMatchObject({ ontvangenOp: '2025-04-21' });
    expect(view.meldingen).toBeUndefined();
    // without a date of receipt the term runs from the registration, Thursday 24 April: due 8 May
    const later: View = (await aanvraag((await melding(await inwoner()).expect(201)).body.id).expect(200))
      .body;
    expect(deadline(later, 'wmo_beschikking').dueDate).toBe('2025-05-08');
  });

  it('refuses a date of receipt in the future, on the melding and on the aanvraag, with a Dutch message', async () => {
    const subjectId = await inwoner();
    const refused = await melding(subjectId, { ontvangenOp: '2025-04-25' }).expect(400);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.detail).toBe(
      'De datum van ontvangst (25 april 2025) ligt in de toekomst: vandaag is het 24 april 2025.',
    );
    expect(refused.body.invalidParams).toEqual([{ name: 'input.ontvangenOp', reason: refused.body.detail }]);
    const c: View = (await melding(subjectId, { ontvangenOp: '2025-04-24' }).expect(201)).body;
    const event = await aanvraag(c.id, '2025-05-01').expect(400);
    expect(event.body.invalidParams).toEqual([{ name: 'ontvangenOp', reason: event.body.detail }]);
    expect(event.body.detail).toMatch(/ligt in de toekomst/);
    // nothing was written: the case has only its start
    const history = (await intaker.get(`/api/v1/cases/${c.id}/history`).expect(200)).body;
    expect(history.map((e: { type: string }) => e.type)).toEqual(['CASE_GESTART']);
  });

  it('refuses a date of receipt before the inwoner was born', async () => {
    const baby = await inwoner('2025-03-01');
    const refused = await melding(baby, { ontvangenOp: '2025-02-28' }).expect(400);
    expect(refused.body.detail).toBe(
      'De datum van ontvangst (28 februari 2025) ligt vóór de geboortedatum van de inwoner (1 maart 2025).',
    );
    expect(refused.body.invalidParams).toEqual([{ name: 'input.ontvangenOp', reason: refused.body.detail }]);
    await melding(baby, { ontvangenOp: '2025-03-01' }).expect(201);
  });

  it('runs the 6-week Wmo onderzoek from a melding received on Saturday 22 November 2025: due Monday 5 January 2026', async () => {
    expect((await setClock('2025-11-25T09:30:00+01:00').expect(200)).body.now).toBe(
      '2025-11-25T08:30:00.000Z',
    );
    const c: View = (await melding(await inwoner(), { ontvangenOp: '2025-11-22' }).expect(201)).body;
    // 22 November + 6 weeks = Saturday 3 January 2026, on to Monday 5 January (Atw art. 1)
    expect(deadline(c, 'wmo_onderzoek')).toMatchObject({ dueDate: '2026-01-05', status: 'pending' });
    // 7 days: Saturday 29 November, on to Monday 1 December
    expect(deadline(c, 'wmo_persoonlijk_plan')).toMatchObject({ dueDate: '2025-12-01', status: 'pending' });
    expect(c.context).toMatchObject({ ontvangenOp: '2025-11-22' });
  });

  it('records the terms of a melding received long ago as passed at once: missed, in the history, notified, with a message', async () => {
    const res = await melding(await inwoner(), { ontvangenOp: '2025-09-01' }).expect(201);
    const c: View = res.body;
    // 1 September + 6 weeks = Monday 13 October; + 7 days = Monday 8 September: both passed by 25 November
    expect(deadline(c, 'wmo_onderzoek')).toMatchObject({
      dueDate: '2025-10-13',
      status: 'missed',
      missedAt: '2025-11-25T08:30:00.000Z',
    });
    expect(deadline(c, 'wmo_persoonlijk_plan')).toMatchObject({ dueDate: '2025-09-08', status: 'missed' });
    expect(c.meldingen).toEqual([
      'Termijn Wmo persoonlijk plan was bij de registratie al verstreken (op 2025-09-08): vastgelegd als verstreken.',
      'Termijn Wmo onderzoek was bij de registratie al verstreken (op 2025-10-13): vastgelegd als verstreken.',
    ]);
    expect(c.context.verstrekenTermijnen).toEqual([
      { key: 'wmo_persoonlijk_plan', at: '2025-11-25T08:30:00.000Z' },
      { key: 'wmo_onderzoek', at: '2025-11-25T08:30:00.000Z' },
    ]);
    const history = (await intaker.get(`/api/v1/cases/${c.id}/history`).expect(200)).body;
    expect(history.map((e: { type: string; data: { key?: string } }) => [e.type, e.data.key])).toEqual([
      ['CASE_GESTART', undefined],
      ['TERMIJN_VERSTREKEN', 'wmo_persoonlijk_plan'],
      ['TERMIJN_VERSTREKEN', 'wmo_onderzoek'],
    ]);
    // the gemeente's term reaches the regie holder; the inwoner's persoonlijk plan is no failure of the gemeente
    const items = (await intaker.get('/api/v1/notifications').expect(200)).body.items;
    const ofCase = items.filter((n: { caseId: string }) => n.caseId === c.id);
    expect(ofCase).toEqual([
      expect.objectContaining({
        kind: 'termijn_verstreken',
        message: expect.stringMatching(/Wmo onderzoek/),
      }),
    ]);
    // the case as it is now shows the same, and a repeated advance fires nothing more for it
    const now: View = (await intaker.get(`/api/v1/cases/${c.id}`).expect(200)).body;
    expect(deadline(now, 'wmo_onderzoek').status).toBe('missed');
  });

  it('records an aanvraag received long ago as passed at once too, and reminds of a term whose reminder is due', async () => {
    const c: View = (await melding(await inwoner()).expect(201)).body;
    const passed: View = (await aanvraag(c.id, '2025-10-01').expect(200)).body;
    // 1 October + 2 weeks = Wednesday 15 October: passed
    expect(deadline(passed, 'wmo_beschikking')).toMatchObject({ dueDate: '2025-10-15', status: 'missed' });
    expect(passed.meldingen).toEqual([
      'Termijn Wmo beschikking was bij de registratie al verstreken (op 2025-10-15): vastgelegd als verstreken.',
    ]);

    // received Friday 21 November: due Friday 5 December, reminded a week before, on 28 November: not yet due
    const d: View = (await melding(await inwoner()).expect(201)).body;
    const running: View = (await aanvraag(d.id, '2025-11-21').expect(200)).body;
    expect(deadline(running, 'wmo_beschikking')).toMatchObject({ dueDate: '2025-12-05', status: 'pending' });
    expect(running.meldingen).toBeUndefined();
    // received Monday 17 November: due Monday 1 December, its reminder (24 November, 08:00) already due: sent at once
    const e: View = (await melding(await inwoner()).expect(201)).body;
    const reminded: View = (await aanvraag(e.id, '2025-11-17').expect(200)).body;
    expect(deadline(reminded, 'wmo_beschikking')).toMatchObject({ dueDate: '2025-12-01', status: 'pending' });
    const items = (await intaker.get('/api/v1/notifications').expect(200)).body.items;
    expect(items.filter((n: { caseId: string }) => n.caseId === e.id)).toEqual([
      expect.objectContaining({ kind: 'herinnering' }),
    ]);
  });

  // a move of years runs each morning's periodic jobs on the way: slow for a test (11-17 s alone here)
  it('runs the Wmo beschikking term of an aanvraag received on 14 April 2028 to 1 May: 28 April 2028 is equated by Royal Decree', async () => {
    const fired = (await setClock('2028-04-17T10:00:00+02:00').expect(200)).body.fired;
    expect(fired).toBeGreaterThan(0); // the terms of the cases above passed on the way, each at its own moment
    const c: View = (await melding(await inwoner()).expect(201)).body;
    const view: View = (await aanvraag(c.id, '2028-04-14').expect(200)).body;
    // 14 April + 2 weeks = Friday 28 April (gelijkgestelde dag), then the weekend: Monday 1 May
    expect(deadline(view, 'wmo_beschikking')).toMatchObject({ dueDate: '2028-05-01', status: 'pending' });
  }, 120_000);
});

describe('setting the manual clock', () => {
  it('refuses to go back past what already happened, saying what', async () => {
    const refused = await setClock('2028-04-16T12:00:00+02:00').expect(409);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({
      code: 'clock_conflict',
      status: 409,
      laterAt: '2028-04-17T08:00:00.000Z',
    });
    expect(refused.body.detail).toMatch(
      /^De klok kan niet terug naar 2028-04-16T10:00:00.000Z: daarna is al \d+ keer iets gebeurd \(het laatste: .* op 2028-04-17T08:00:00.000Z\); terug kan tot 2028-04-17T08:00:00.000Z\.$/,
    );
    expect((await api.http.get('/api/v1/clock').expect(200)).body.now).toBe('2028-04-17T08:00:00.000Z');
  });

  it('goes forward and back again when nothing happened in between', async () => {
    // to late evening, before the morning's periodic jobs (05:00) could write anything
    expect((await setClock('2028-04-17T23:00:00+02:00').expect(200)).body).toEqual({
      now: '2028-04-17T21:00:00.000Z',
      fired: 0,
      periodicRuns: [],
    });
    expect((await setClock('2028-04-17T11:00:00+02:00').expect(200)).body).toEqual({
      now: '2028-04-17T09:00:00.000Z',
      fired: 0,
      periodicRuns: [],
    });
    // to the very moment of the last step is allowed: nothing happened after it
    await setClock('2028-04-17T10:00:00+02:00').expect(200);
    expect((await api.http.get('/api/v1/clock').expect(200)).body.now).toBe('2028-04-17T08:00:00.000Z');
  });

  it('refuses what is no moment, and keeps advance forward-only', async () => {
    const bad = await setClock('morgen').expect(400);
    expect(bad.body.invalidParams).toEqual([expect.objectContaining({ name: 'now' })]);
    await setClock('2028-04-17T10:00:00').expect(400); // without a time zone
    await intaker.post('/api/v1/clock/advance').send({ by: 'PT1H' }).expect(200);
    expect((await api.http.get('/api/v1/clock').expect(200)).body.now).toBe('2028-04-17T09:00:00.000Z');
  });

  it('needs a token, as advance does', async () => {
    await api.http.put('/api/v1/clock').send({ now: '2028-04-17T12:00:00+02:00' }).expect(401);
  });
});
