/**
 * Miriam and De heer Hansen from SCENARIOS.md, replayed through the HTTP API with the manual clock advanced over the terms.
 * Due dates are asserted to the day (Europe/Amsterdam).
 */
import { type AgentFor, type Api, startApi } from './support/api-harness';

let api: Api;
let intaker: AgentFor;

interface Deadline {
  key: string;
  dueDate: string;
  status: string;
  remindedAt: string | null;
  metAt: string | null;
  missedAt: string | null;
}

// Monday 2 March 2026, 09:00 in Almelo.
beforeAll(async () => {
  api = await startApi('2026-03-02T09:00:00+01:00');
  intaker = await api.as('intaker1');
});
afterAll(async () => {
  await api.close();
});

const advance = (by: string) => intaker.post('/api/v1/clock/advance').send({ by }).expect(200);
const deadline = (view: { deadlines: Deadline[] }, key: string) => {
  const found = view.deadlines.filter((d) => d.key === key);
  expect(found).toHaveLength(1);
  return found[0];
};
const getCase = async (id: string) => (await intaker.get(`/api/v1/cases/${id}`).expect(200)).body;
const historyOf = async (id: string) =>
  (await intaker.get(`/api/v1/cases/${id}/history`).expect(200)).body as {
    type: string;
    data: Record<string, unknown>;
    at: string;
  }[];

async function inwoner(name: string) {
  return (await intaker.post('/api/v1/subjects').send({ kind: 'inwoner', name }).expect(201)).body
    .id as string;
}

describe('Miriam: huisarts -> intaker, three parallel routes', () => {
  let caseId: string;

  it('refuses the huisarts melding until her toestemming is recorded', async () => {
    const miriam = await inwoner('Miriam');
    const melding = {
      workflow: 'intake',
      subjectId: miriam,
      input: { channel: 'huisarts', lifeAreas: ['sociaal_netwerk', 'financien'], laws: ['Wmo', 'Wgs'] },
    };
    const refused = await intaker.post('/api/v1/cases').send(melding).expect(422);
    expect(refused.body.code).toBe('consent_required');
    expect(refused.body.detail).toMatch(/toestemming/);

    await intaker
      .post(`/api/v1/subjects/${miriam}/consents`)
      .send({ scope: 'melding', grantedTo: 'wijkteam Almelo', grantedBy: 'Miriam', note: 'via de huisarts' })
      .expect(201);
    const accepted = await intaker.post('/api/v1/cases').send(melding).expect(201);
    caseId = accepted.body.id;
    expect(accepted.body.state).toBe('melding');
  });

  it('runs the Wmo onderzoek (6 weeks) and the Wgs first conversation (4 weeks) from the melding', async () => {
    const view = await getCase(caseId);
    expect(deadline(view, 'wmo_onderzoek')).toMatchObject({ dueDate: '2026-04-13', status: 'pending' });
    expect(deadline(view, 'wgs_eerste_gesprek')).toMatchObject({ dueDate: '2026-03-30', status: 'pending' });
    expect(deadline(view, 'wmo_persoonlijk_plan')).toMatchObject({
      dueDate: '2026-03-09',
      status: 'pending',
    });
  });

  it('gets one regisseur at triage and records the wijkkamer referral without closing the melding', async () => {
    await intaker.event(caseId, { type: 'TRIAGE_GESTART' }).expect(200);
    const triaged = await intaker
      .event(caseId, {
        type: 'TRIAGE_AFGEROND',
        urgentie: 'regulier',
        veiligheidsrisico: false,
        meervoudigeProblematiek: true,
        regisseur: 'intaker1',
        ave: {
          niveau: 2,
          kinderenInHuishouden: false,
          reden: 'Meerdere professionals',
          criteria: ['meerdere_domeinen'],
        },
      })
      .expect(200);
    expect(triaged.body.regie).toEqual({ role: 'regisseur', holder: 'intaker1' });
    // several professionals on several life areas: AVE level 2 with the same regisseur, linked to the melding
    await api.drained();
    const aveCaseId: string = (await getCase(caseId)).context.aveCaseId;
    expect(aveCaseId).toEqual(expect.any(String));
    const ave = await getCase(aveCaseId);
    expect(ave).toMatchObject({ workflow: 'ave', aveLevel: 2, regie: { holder: 'intaker1' } });
    // the referral shares her situation with the wijkkamer: it needs her consent for that
    const refused = await intaker.event(caseId, {
      type: 'ALGEMENE_VOORZIENING_VERWEZEN',
      voorziening: 'Wijkkamer',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('consent_required');
    const consent = await intaker
      .post(`/api/v1/subjects/${triaged.body.subjectId}/consents`)
      .send({ scope: 'verwijzing', grantedTo: 'Wijkkamer', grantedBy: 'Miriam' })
      .expect(201);
    const referred = await intaker
      .event(caseId, { type: 'ALGEMENE_VOORZIENING_VERWEZEN', voorziening: 'Wijkkamer' })
      .expect(200);
    expect(referred.body.state).toBe('onderzoek');
    const entry = (await historyOf(caseId)).find((e) => e.type === 'ALGEMENE_VOORZIENING_VERWEZEN');
    expect(entry?.data).toEqual({ voorziening: 'Wijkkamer', toestemming: consent.body.id });
  });

  it('reminds the regisseur a week before the Wgs term and records the first conversation as met', async () => {
    await advance('P3W'); // Monday 23 March
    const notifications = (await intaker.get('/api/v1/notifications').expect(200)).body.items;
    expect(notifications).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'herinnering', caseId, message: expect.stringMatching(/Wgs/) }),
      ]),
    );
    const view = (await intaker.event(caseId, { type: 'WGS_EERSTE_GESPREK' }).expect(200)).body;
    expect(deadline(view, 'wgs_eerste_gesprek')).toMatchObject({
      status: 'met',
      metAt: expect.stringMatching(/^2026-03-23/),
    });
    // the persoonlijk plan was the inwoner's term; it passed on 9 March
    expect(deadline(view, 'wmo_persoonlijk_plan').status).toBe('missed');
  });

  it('records the Wmo onderzoek as missed the day after its due date, in the history', async () => {
    await advance('P3W'); // Monday 13 April, the last day: still running
    expect(deadline(await getCase(caseId), 'wmo_onderzoek').status).toBe('pending');
    await advance('P1D');
    const view = await getCase(caseId);
    expect(deadline(view, 'wmo_onderzoek')).toMatchObject({
      status: 'missed',
      missedAt: '2026-04-13T22:00:00.000Z',
    });
    const missed = (await historyOf(caseId))
      .filter((e) => e.type === 'TERMIJN_VERSTREKEN')
      .map((e) => e.data.key);
    expect(missed).toEqual(['wmo_persoonlijk_plan', 'wmo_onderzoek']);
    const overdue = await intaker.get('/api/v1/deadlines?status=missed&assignee=intaker1').expect(200);
    expect(overdue.body.items.map((d: Deadline) => d.key)).toContain('wmo_onderzoek');
  });
});

describe('De heer Hansen: maatwerk asked, algemene voorziening found', () => {
  it('goes melding -> onderzoek -> verwezen with the Wmo onderzoek met and no aanvraag', async () => {
    const hansen = await inwoner('Hansen');
    const start = await intaker
      .post('/api/v1/cases')
      .send({
        workflow: 'intake',
        subjectId: hansen,
        input: {
          channel: 'inwoner_zelf',
          lifeAreas: ['sociaal_netwerk'],
          laws: ['Wmo'],
          requestedVoorziening: 'dagbesteding',
        },
      })
      .expect(201);
    const id = start.body.id;
    await intaker
      .post(`/api/v1/subjects/${hansen}/consents`)
      .send({ scope: 'verwijzing', grantedTo: 'Wijkkamer', grantedBy: 'Hansen' })
      .expect(201);
    for (const event of [
      { type: 'TRIAGE_GESTART' },
      { type: 'TRIAGE_AFGEROND', urgentie: 'regulier', veiligheidsrisico: false },
      { type: 'CASCADE_STAP_VASTGELEGD', stap: 1, conclusie: 'ontoereikend' },
      { type: 'CASCADE_STAP_VASTGELEGD', stap: 2, conclusie: 'ontoereikend' },
      {
        type: 'CASCADE_STAP_VASTGELEGD',
        stap: 3,
        conclusie: 'toereikend',
        toelichting: 'wijkkamer, geen indicatie nodig',
      },
    ]) {
      await intaker.event(id, event).expect(200);
    }
    // offered although its guard reads the data (which step comes next)
    expect((await getCase(id)).allowedEvents).toContain('VERWEZEN');
    await advance('P2W');
    const done = (
      await intaker
        .event(id, { type: 'VERWEZEN', soort: 'algemene_voorziening', voorziening: 'Wijkkamer' })
        .expect(200)
    ).body;
    expect(done.state).toBe('verwezen');
    expect(done.allowedEvents).not.toContain('AANVRAAG_INGEDIEND');
    expect(deadline(done, 'wmo_onderzoek').status).toBe('met');
    expect(done.deadlines.map((d: Deadline) => d.key)).not.toContain('wmo_beschikking');
    const types = (await historyOf(id)).map((e) => e.type);
    expect(types).not.toContain('AANVRAAG_INGEDIEND');
    expect(types).not.toContain('BESLUIT_GENOMEN');
  });
});
