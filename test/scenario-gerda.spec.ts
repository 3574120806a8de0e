/**
 * Gerda from SCENARIOS.md (a Wgs crisis over Easter), and opschorting and verlenging of a legal term, through the
 * HTTP API with the manual clock. Due dates are asserted to the day (Europe/Amsterdam).
 */
import { type AgentFor, type Api, startApi } from './support/api-harness';
import { GERDA_START, SPECIALIST, WGS_CRISIS, WMO } from './support/gerda';

let api: Api;
let specialist: AgentFor;

interface Deadline {
  key: string;
  dueDate: string;
  status: string;
  metAt: string | null;
  suspendedAt: string | null;
  suspendedDays: number;
  extendedDays: number;
}

beforeAll(async () => {
  api = await startApi(GERDA_START);
  specialist = await api.as(SPECIALIST);
});
afterAll(async () => {
  await api.close();
});

const advance = (by: string) => specialist.post('/api/v1/clock/advance').send({ by }).expect(200);
const deadline = (view: { deadlines: Deadline[] }, key: string) => view.deadlines.find((d) => d.key === key)!;

async function melding(input: Record<string, unknown>) {
  const subjectId = (
    await specialist.post('/api/v1/subjects').send({ kind: 'inwoner', name: 'Gerda' }).expect(201)
  ).body.id;
  return (await specialist.post('/api/v1/cases').send({ workflow: 'intake', subjectId, input }).expect(201))
    .body;
}

describe('Gerda: threatened cut-off of gas and electricity', () => {
  let id: string;

  it('is a Wgs crisis: first conversation within 3 werkdagen, skipping Goede Vrijdag, the weekend and tweede Paasdag', async () => {
    const c = await melding(WGS_CRISIS);
    id = c.id;
    expect(deadline(c, 'wgs_eerste_gesprek')).toMatchObject({ dueDate: '2026-04-09', status: 'pending' });
    expect(c.deadlines.map((d: Deadline) => d.key)).toEqual(['wgs_eerste_gesprek']);
  });

  it('reminds the schuldenspecialist on the werkdag before the term ends', async () => {
    // beside the reminder the specialist gets the digest of their worklist on each working morning
    const berichten = async (kind: string) =>
      (await specialist.get('/api/v1/notifications').expect(200)).body.items.filter(
        (n: { kind: string }) => n.kind === kind,
      );
    await advance('P5D'); // Tuesday 7 April
    expect(await berichten('herinnering')).toEqual([]);
    await advance('P1D'); // Wednesday 8 April, 11:00
    expect(await berichten('herinnering')).toEqual([
      expect.objectContaining({ kind: 'herinnering', caseId: id }),
    ]);
    expect((await berichten('dagoverzicht'))[0].message).toBe(
      'Dagoverzicht werklijst: 1 lopende termijn(en), waarvan 1 binnen 7 dagen; 0 open herindicatie(s), waarvan 0 bij de teamleider gemeld.',
    );
  });

  it('records the first conversation on time and the Taalpunt referral', async () => {
    const view = (await specialist.event(id, { type: 'WGS_EERSTE_GESPREK' }).expect(200)).body;
    expect(deadline(view, 'wgs_eerste_gesprek')).toMatchObject({
      status: 'met',
      metAt: expect.stringMatching(/^2026-04-08/),
    });
    // the Wgs beschikking toegang now runs 8 weeks from the first conversation: 3 June 2026
    expect(deadline(view, 'wgs_beschikking_toegang')).toMatchObject({
      dueDate: '2026-06-03',
      status: 'pending',
    });
    await specialist
      .post(`/api/v1/subjects/${view.subjectId}/consents`)
      .send({ scope: 'verwijzing', grantedTo: 'Taalpunt', grantedBy: 'Gerda', note: 'in overleg met Gerda' })
      .expect(201);
    const taal = await specialist
      .event(id, { type: 'ALGEMENE_VOORZIENING_VERWEZEN', voorziening: 'Taalpunt' })
      .expect(200);
    expect(taal.body.context.algemeneVoorzieningen).toEqual(
      expect.arrayContaining([expect.objectContaining({ voorziening: 'Taalpunt' })]),
    );
  });
});

describe('opschorting and verlenging of a legal term', () => {
  it('moves the due date by the days suspended and by the extension, each recorded with its reason', async () => {
    const c = await melding(WMO);
    const due = deadline(c, 'wmo_onderzoek').dueDate; // six weeks on, moved past any feestdag
    const refused = await specialist
      .event(c.id, { type: 'TERMIJN_OPSCHORTEN', key: 'wmo_onderzoek' })
      .expect(400);
    expect(refused.body.invalidParams).toEqual([expect.objectContaining({ name: 'reden' })]);

    const suspended = await specialist
      .event(c.id, {
        type: 'TERMIJN_OPSCHORTEN',
        key: 'wmo_onderzoek',
        reden: 'wachten op medische informatie',
      })
      .expect(200);
    expect(deadline(suspended.body, 'wmo_onderzoek').suspendedAt).not.toBeNull();
    expect(suspended.body.allowedEvents).toContain('TERMIJN_HERVATTEN');

    await advance('P7D');
    const resumed = await specialist
      .event(c.id, { type: 'TERMIJN_HERVATTEN', key: 'wmo_onderzoek', reden: 'informatie ontvangen' })
      .expect(200);
    const afterResume = deadline(resumed.body, 'wmo_onderzoek');
    expect(afterResume.suspendedDays).toBe(7);
    expect(afterResume.dueDate > due).toBe(true);

    const extended = await specialist
      .event(c.id, {
        type: 'TERMIJN_VERLENGEN',
        key: 'wmo_onderzoek',
        reden: 'complexe situatie',
        met: { amount: 2, unit: 'weeks' },
      })
      .expect(200);
    const afterExtend = deadline(extended.body, 'wmo_onderzoek');
    expect(afterExtend.extendedDays).toBe(14);

    const history = (await specialist.get(`/api/v1/cases/${c.id}/history`).expect(200)).body;
    const terms = history.filter((e: { type: string }) => e.type.startsWith('TERMIJN_'));
    expect(terms.map((e: { type: string; data: { reden: string } }) => [e.type, e.data.reden])).toEqual([
      ['TERMIJN_OPSCHORTEN', 'wachten op medische informatie'],
      ['TERMIJN_HERVATTEN', 'informatie ontvangen'],
      ['TERMIJN_VERLENGEN', 'complexe situatie'],
    ]);
    expect(terms[2].data).toMatchObject({
      previousDueDate: afterResume.dueDate,
      dueDate: afterExtend.dueDate,
    });
  });

  it('refuses to resume a term that runs, and to suspend one that does not exist', async () => {
    const c = await melding(WMO);
    const resume = await specialist
      .event(c.id, { type: 'TERMIJN_HERVATTEN', key: 'wmo_onderzoek' })
      .expect(422);
    expect(resume.body.detail).toMatch(/niet opgeschort/);
    await specialist
      .event(c.id, { type: 'TERMIJN_OPSCHORTEN', key: 'bestaat_niet', reden: 'test' })
      .expect(422);
  });
});
