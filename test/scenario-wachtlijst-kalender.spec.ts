/**
 * The BW wachtlijst and the Atw calendar end to end through HTTP with the manual clock, each asserting the record:
 * - the beschermd wonen wachtlijst: an inwoner judged voorlopig noodzakelijk and one granted BW by besluit are on
 *   GET /wachtlijst/bw with the date, the interim provision and the AVE level; placement ends the waiting; the count
 *   at a date is indicator almelo 3.4C.2; only teamleider and procesmanager read the list;
 * - the Atw calendar as data: the admin adds an equated day (PUT /admin/kalender), a term ending on it then moves
 *   to the next werkdag while a term armed before keeps its end; the history shows who added which day when; a
 *   non-admin is refused.
 */
import { GELIJKGESTELDE_DAGEN } from '@regie/calendar';
import { type AgentFor, type Api, startApi } from './support/api-harness';
import { VERBORGEN, onbewerkt, zoalsBeleid } from './support/indicator-waarden';

let api: Api;
let intaker: AgentFor;
let teamleider: AgentFor;
let pm: AgentFor;
let beleid: AgentFor;
let admin: AgentFor;

interface Deadline {
  key: string;
  dueDate: string | null;
  status: string;
}

// Monday 2 March 2026, 09:00 in Almelo.
beforeAll(async () => {
  api = await startApi('2026-03-02T09:00:00+01:00');
  intaker = await api.as('intaker1', ['intaker'], 'almelo', 'wijkteam-noord');
  teamleider = await api.as('tl1', ['teamleider'], 'almelo', 'wijkteam-noord');
  pm = await api.as('pm1', ['procesmanager'], 'almelo', null);
  beleid = await api.as('beleid1', ['beleid'], 'almelo', null);
  admin = await api.as('admin1', ['admin'], 'almelo', null);
});
afterAll(async () => {
  await api.close();
});

async function subject(name: string): Promise<string> {
  return (await intaker.post('/api/v1/subjects').send({ kind: 'inwoner', name }).expect(201)).body.id;
}

async function melding(subjectId: string): Promise<string> {
  return (
    await intaker
      .post('/api/v1/cases')
      .send({
        workflow: 'intake',
        subjectId,
        input: {
          channel: 'inwoner_zelf',
          lifeAreas: ['huisvesting', 'psychische_gezondheid'],
          laws: ['Wmo'],
        },
      })
      .expect(201)
  ).body.id;
}

async function events(caseId: string, list: Record<string, unknown>[]) {
  for (const event of list) {
    const res = await intaker.event(caseId, event);
    if (res.status !== 200)
      throw new Error(`${String(event.type)}: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

async function advanceDays(days: number) {
  await intaker
    .post('/api/v1/clock/advance')
    .send({ by: `P${days}D` })
    .expect(200);
}

/** The exact count of almelo 3.4C.2 (unsuppressed: beleid sees one or two inwoners as "< 5"). */
const indicator = async (from: string, to: string) =>
  (await onbewerkt(api, 'almelo', from, to, ['almelo 3.4C.2']))['almelo 3.4C.2']!.waarde.waarde;

describe('the beschermd wonen wachtlijst', () => {
  it('lists who waits with date, interim provision and AVE level; placement ends the waiting', async () => {
    const anna = await subject('Anna');
    const bert = await subject('Bert');
    const annaIntake = await melding(anna);
    const bertIntake = await melding(bert);

    await events(annaIntake, [
      { type: 'TRIAGE_GESTART' },
      { type: 'TRIAGE_AFGEROND', urgentie: 'regulier', veiligheidsrisico: false },
      {
        type: 'BW_WACHTLIJST_OPGENOMEN',
        grond: 'voorlopig_noodzakelijk',
        overbrugging: 'maatschappelijke_opvang',
        aveNiveau: 3,
      },
    ]);

    // BW granted needs a besluit that grants it
    await events(bertIntake, [
      { type: 'TRIAGE_GESTART' },
      { type: 'TRIAGE_AFGEROND', urgentie: 'regulier', veiligheidsrisico: false },
      { type: 'AANVRAAG_INGEDIEND', laws: ['Wmo'], voorziening: 'beschermd wonen' },
    ]);
    const tooEarly = await intaker.event(bertIntake, {
      type: 'BW_WACHTLIJST_OPGENOMEN',
      grond: 'toegekend',
      overbrugging: '24_uursopvang',
    });
    expect(tooEarly.status).toBeGreaterThanOrEqual(400);
    expect(tooEarly.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(tooEarly.body)).toContain('niet toegekend');
    await events(bertIntake, [
      { type: 'BESLUIT_GENOMEN', uitkomst: 'toegekend', grondslag: 'Wmo 2015 art. 2.3.5' },
      { type: 'BW_WACHTLIJST_OPGENOMEN', grond: 'toegekend', overbrugging: '24_uursopvang' },
    ]);

    const list = (await teamleider.get('/api/v1/wachtlijst/bw').expect(200)).body;
    expect(list).toEqual({
      peildatum: '2026-03-02',
      aantal: 2,
      items: expect.arrayContaining([
        {
          caseId: annaIntake,
          subjectId: anna,
          sinds: '2026-03-02',
          wachtdagen: 0,
          grond: 'voorlopig_noodzakelijk',
          overbrugging: 'maatschappelijke_opvang',
          aveNiveau: 3,
          regieHolder: 'intaker1',
        },
        {
          caseId: bertIntake,
          subjectId: bert,
          sinds: '2026-03-02',
          wachtdagen: 0,
          grond: 'toegekend',
          overbrugging: '24_uursopvang',
          aveNiveau: null,
          regieHolder: 'intaker1',
        },
      ]),
    });
    expect(list.items).toHaveLength(2);
    // the procesmanager reads it too; an intaker and beleid do not
    expect((await pm.get('/api/v1/wachtlijst/bw').expect(200)).body.aantal).toBe(2);
    await intaker.get('/api/v1/wachtlijst/bw').expect(403);
    await beleid.get('/api/v1/wachtlijst/bw').expect(403);

    // three days later Anna gets a place
    await advanceDays(3);
    await events(annaIntake, [{ type: 'BW_GEPLAATST', aanbieder: 'Stichting Beschermd Wonen Twente' }]);
    expect((await intaker.get(`/api/v1/cases/${annaIntake}`).expect(200)).body.context.bwWachtlijst).toEqual(
      expect.objectContaining({
        sinds: '2026-03-02',
        geplaatst: expect.objectContaining({
          datum: '2026-03-05',
          aanbieder: 'Stichting Beschermd Wonen Twente',
        }),
      }),
    );
    // placed once: placing again is refused
    expect(
      (await intaker.event(annaIntake, { type: 'BW_GEPLAATST', aanbieder: 'X' })).status,
    ).toBeGreaterThanOrEqual(400);

    const nu = (await teamleider.get('/api/v1/wachtlijst/bw').expect(200)).body;
    expect(nu).toMatchObject({ peildatum: '2026-03-05', aantal: 1 });
    expect(nu.items).toEqual([expect.objectContaining({ caseId: bertIntake, wachtdagen: 3 })]);
    // the list as it was on a past day
    const toen = (await teamleider.get('/api/v1/wachtlijst/bw?peildatum=2026-03-04').expect(200)).body;
    expect(toen.aantal).toBe(2);
    expect((await teamleider.get('/api/v1/wachtlijst/bw?peildatum=2026-03-01').expect(200)).body).toEqual({
      peildatum: '2026-03-01',
      aantal: 0,
      items: [],
    });

    // almelo 3.4C.2: the count at the end of the period
    expect(await indicator('2026-03-01', '2026-03-01')).toBe(0);
    expect(await indicator('2026-03-01', '2026-03-04')).toBe(2);
    expect(await indicator('2026-03-01', '2026-03-05')).toBe(1);
    // beleid gets the two on the list as "< 5", and the empty list as 0
    const zoals = async (to: string) =>
      (await zoalsBeleid(beleid, '2026-03-01', to, ['almelo 3.4C.2']))['almelo 3.4C.2'];
    expect(await zoals('2026-03-04')).toMatchObject(VERBORGEN);
    expect(await zoals('2026-03-01')).toMatchObject({ waarde: 0, onderdrukt: false });
  });
});

describe('the Atw calendar as data', () => {
  it('an equated day added by the admin moves a term ending on it to the next werkdag, with history', async () => {
    const before = (await admin.get('/api/v1/admin/kalender').expect(200)).body;
    expect(before).toMatchObject({ version: 1, dagen: [...GELIJKGESTELDE_DAGEN], changedBy: 'systeem' });
    expect(before.geschiedenis).toHaveLength(1);

    // the clock stands on Thursday 5 March 2026: a Wmo onderzoek of 6 weeks ends Thursday 16 April
    const eerder = await melding(await subject('Carla'));
    const due = async (id: string) =>
      ((await intaker.get(`/api/v1/cases/${id}`).expect(200)).body.deadlines as Deadline[]).find(
        (d) => d.key === 'wmo_onderzoek',
      )!.dueDate;
    expect(await due(eerder)).toBe('2026-04-16');

    // a non-admin may neither read nor change the list
    await teamleider.get('/api/v1/admin/kalender').expect(403);
    const refused = await teamleider
      .put('/api/v1/admin/kalender')
      .send({ dagen: [...GELIJKGESTELDE_DAGEN, '2026-04-16'] })
      .expect(403);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    // a bad day is refused with a message
    await admin
      .put('/api/v1/admin/kalender')
      .send({ dagen: ['2026-02-30'] })
      .expect(400);

    const changed = (
      await admin
        .put('/api/v1/admin/kalender')
        .send({ dagen: [...GELIJKGESTELDE_DAGEN, '2026-04-16'] })
        .expect(200)
    ).body;
    expect(changed.version).toBe(2);
    expect(changed.dagen).toEqual([...GELIJKGESTELDE_DAGEN, '2026-04-16'].sort());
    expect(changed.geschiedenis[1]).toMatchObject({
      version: 2,
      toegevoegd: ['2026-04-16'],
      verwijderd: [],
      changedBy: 'admin1',
      gemeente: 'almelo',
      changedAt: '2026-03-05T08:00:00.000Z',
    });
    expect((await admin.get('/api/v1/admin/kalender').expect(200)).body).toEqual(changed);

    // a term ending on the new equated day runs on to the next werkdag (Atw art. 1); the one armed before keeps its end
    const later = await melding(await subject('Daan'));
    expect(await due(later)).toBe('2026-04-17');
    expect(await due(eerder)).toBe('2026-04-16');

    // back to the list of the decree: terms count without the day again
    await admin
      .put('/api/v1/admin/kalender')
      .send({ dagen: [...GELIJKGESTELDE_DAGEN] })
      .expect(200);
    expect(await due(await melding(await subject('Eva')))).toBe('2026-04-16');
    const history = (await admin.get('/api/v1/admin/kalender').expect(200)).body.geschiedenis;
    expect(
      history.map((v: { toegevoegd: string[]; verwijderd: string[] }) => [v.toegevoegd.length, v.verwijderd]),
    ).toEqual([
      [GELIJKGESTELDE_DAGEN.length, []],
      [1, []],
      [0, ['2026-04-16']],
    ]);
  });
});
