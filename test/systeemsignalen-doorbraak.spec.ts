/**
 * A doorbraak journey through HTTP, as policy sees it: the household's case closes with a
 * systeemsignaal that the worker's effect records for beleid, who never reads the case; indicators 3.4A.1
 * (Jeugdwet involved) and 3.4B.1 (Wmo involved) count unique cases that ran in the period; the realised savings
 * per classification come from each case's latest evaluation in the period, in whole eurocents.
 */
import { JANSEN_AANMELDING, JANSEN_ANALYSE, jansenPlan } from '@regie/workflows/doorbraak/test-helpers';
import { type AgentFor, type Api, startApi } from './support/api-harness';
import { VERBORGEN, antwoordCel, onbewerkt, uitsplitsingCel, zoalsBeleid } from './support/indicator-waarden';

let api: Api;
let intaker: AgentFor;
let beleid: AgentFor;
/** the teamleider, with the mandate to approve a plan up to € 5.000 */
let teamleider: AgentFor;
let jansen: string;
let alleenWmo: string;

async function huishouden(name: string): Promise<string> {
  const res = await intaker.post('/api/v1/subjects').send({ kind: 'huishouden', name }).expect(201);
  await intaker
    .post(`/api/v1/subjects/${res.body.id}/consents`)
    .send({ scope: 'doorbraak', grantedTo: 'wijkteam', grantedBy: name })
    .expect(201);
  return res.body.id as string;
}

async function doorbraak(subjectId: string): Promise<string> {
  const res = await intaker
    .post('/api/v1/cases')
    .send({ workflow: 'doorbraak', subjectId, input: JANSEN_AANMELDING })
    .expect(201);
  return res.body.id as string;
}

async function send(who: AgentFor, caseId: string, ...events: Record<string, unknown>[]) {
  for (const e of events) {
    const res = await who.event(caseId, e);
    if (res.status !== 200) throw new Error(`${String(e.type)}: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

const advance = (by: string) => intaker.post('/api/v1/clock/advance').send({ by }).expect(200);

const KEYS = ['almelo 3.4A.1', 'almelo 3.4B.1', 'regie doorbraak-besparing'];

/** The exact figures of the history (unsuppressed): the counts per law and the savings per classification. */
async function indicators(from: string, to: string) {
  const u = await onbewerkt(api, 'almelo', from, to, KEYS);
  const besparing = (soort: string) => uitsplitsingCel(u['regie doorbraak-besparing']!, 'soort', soort);
  return {
    jeugd: u['almelo 3.4A.1']!.waarde.waarde,
    wmo: u['almelo 3.4B.1']!.waarde.waarde,
    structureel: besparing('structureel'),
    incidenteel: besparing('incidenteel'),
  };
}

beforeAll(async () => {
  api = await startApi('2026-03-02T09:00:00+01:00');
  intaker = await api.as('regisseur1');
  beleid = await api.as('beleid1', ['beleid'], 'almelo', null);
  const token = await api.http
    .post('/api/v1/auth/dev-token')
    .send({
      user: 'teamleider1',
      roles: ['teamleider'],
      gemeente: 'almelo',
      team: 'wijkteam-noord',
      mandaat: 'teamleider',
    })
    .expect(200);
  const auth = `Bearer ${token.body.token as string}`;
  teamleider = {
    get: (p: string) => api.http.get(p).set('Authorization', auth),
    post: (p: string) => api.http.post(p).set('Authorization', auth),
    put: (p: string) => api.http.put(p).set('Authorization', auth),
    event: (caseId: string, body: Record<string, unknown>) =>
      api.http
        .post(`/api/v1/cases/${caseId}/events`)
        .set('Authorization', auth)
        .set('Idempotency-Key', `tl-${Math.random()}`)
        .send(body),
  };

  // Jansen: Jeugdwet and Wmo involved; approved, carried out, evaluated at 3 and 12 months, closed in 2027
  jansen = await doorbraak(await huishouden('Huishouden Jansen'));
  await send(
    intaker,
    jansen,
    { type: 'ANALYSE_GESTART' },
    { type: 'ANALYSE_VASTGELEGD', ...JANSEN_ANALYSE },
    { type: 'ANALYSE_AFGEROND' },
    { type: 'PLAN_VASTGELEGD', ...jansenPlan() },
    { type: 'PLAN_INGEDIEND' },
  );
  await send(teamleider, jansen, { type: 'PLAN_GOEDGEKEURD', toelichting: 'Binnen mandaat' });
  await send(
    intaker,
    jansen,
    {
      type: 'ACTIE_TOEGEVOEGD',
      eigenaar: 'regisseur1',
      omschrijving: 'Achterstand betalen',
      uiterlijk: '2026-03-20',
    },
    { type: 'ACTIE_AFGEROND', actieId: 'actie-1' },
    { type: 'UITVOERING_AFGEROND' },
  );
  await advance('P3M');
  await send(intaker, jansen, {
    type: 'EVALUATIE_VASTGELEGD',
    maanden: 3,
    doelBereikt: 'deels',
    zrm: [{ domein: 'huisvesting', score: 4 }],
    besparingen: [{ stap: 1, gerealiseerdPerJaar: 1_800_000, soort: 'structureel' }],
  });
  await advance('P9M');
  await send(
    intaker,
    jansen,
    {
      type: 'EVALUATIE_VASTGELEGD',
      maanden: 12,
      doelBereikt: 'ja',
      zrm: [{ domein: 'huisvesting', score: 5 }],
      besparingen: [{ stap: 1, gerealiseerdPerJaar: 1_500_000, soort: 'structureel' }],
    },
    {
      type: 'AFGESLOTEN',
      systeemsignaal: {
        soort: 'regel',
        signaal: 'de corporatie weigert een nieuw huurcontract bij elke huurachterstand',
        voorstel:
          'een contract met een betalingsregeling toestaan bij een achterstand die de gemeente oplost',
      },
    },
  );
}, 120_000);
afterAll(async () => {
  await api.close();
});

describe('the systeemsignaal of a closing doorbraak', () => {
  it('reaches beleid as a signal, once, without the case', async () => {
    await api.drained();
    const res = await beleid.get('/api/v1/systeemsignalen').expect(200);
    expect(res.body.items).toHaveLength(1);
    const list = res.body;
    expect(list.items[0]).toMatchObject({
      soort: 'regel',
      signaal: 'de corporatie weigert een nieuw huurcontract bij elke huurachterstand',
      status: 'ontvangen',
      reactie: null,
    });
    expect(JSON.stringify(list)).not.toContain(jansen);
    await beleid.get(`/api/v1/cases/${jansen}`).expect(403);
    await beleid.get(`/api/v1/cases/${jansen}/history`).expect(403);
    await beleid.get(`/api/v1/cases?workflow=doorbraak`).expect(403);
  });

  it('lets beleid answer it, recorded with who did it', async () => {
    const [s] = (await beleid.get('/api/v1/systeemsignalen').expect(200)).body.items;
    const token = await api.token('beleid1', ['beleid'], 'almelo', null);
    await api.http
      .patch(`/api/v1/systeemsignalen/${s.id}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ status: 'afgehandeld', reactie: 'Besproken met de corporaties: maatwerkafspraak per 1 juli.' })
      .expect(200);
    const detail = await beleid.get(`/api/v1/systeemsignalen/${s.id}`).expect(200);
    expect(detail.body.historie.map((h: { actor: string }) => h.actor)).toEqual(['regisseur1', 'beleid1']);
  });
});

describe('indicators 3.4A.1, 3.4B.1 and the realised savings', () => {
  beforeAll(async () => {
    // a second doorbraak, started now (March 2027), with only a Wmo provision involved, still running
    alleenWmo = await doorbraak(await huishouden('Huishouden Wmo'));
    await send(
      intaker,
      alleenWmo,
      { type: 'ANALYSE_GESTART' },
      {
        type: 'ANALYSE_VASTGELEGD',
        ...JANSEN_ANALYSE,
        betrokkenen: [JANSEN_ANALYSE.betrokkenen[1]],
      },
      // analysed twice: still one case
      { type: 'ANALYSE_VASTGELEGD', ...JANSEN_ANALYSE, betrokkenen: [JANSEN_ANALYSE.betrokkenen[1]] },
    );
  });

  it('counts the Jansen case in 2026 for both laws, with its 3-month saving', async () => {
    const i = await indicators('2026-01-01', '2026-12-31');
    expect(i.jeugd).toBe(1);
    expect(i.wmo).toBe(1);
    expect(i.structureel).toMatchObject({ waarde: 1_800_000, basis: 1 });
    expect(i.incidenteel).toMatchObject({ waarde: 0, basis: 0 });
  });

  it('counts both running cases in 2027, each once, and the latest evaluation’s saving', async () => {
    const i = await indicators('2027-01-01', '2027-12-31');
    expect(i.jeugd).toBe(1);
    expect(i.wmo).toBe(2);
    expect(i.structureel.waarde).toBe(1_500_000);
    // over both years, the 12-month evaluation restates the yearly saving: not added to the 3-month one
    const beide = await indicators('2026-01-01', '2027-12-31');
    expect(beide.structureel.waarde).toBe(1_500_000);
    expect(beide.wmo).toBe(2);
  });

  it('does not count a case outside the period it ran in', async () => {
    const voor = await indicators('2025-01-01', '2025-12-31');
    expect(voor.jeugd).toBe(0);
    expect(voor.wmo).toBe(0);
    const na = await indicators('2028-01-01', '2028-12-31');
    expect(na.jeugd).toBe(0); // Jansen closed in 2027
    expect(na.wmo).toBe(1); // the Wmo case still runs
    expect(na.structureel.waarde).toBe(0);
  });

  it('reaches beleid suppressed: one or two cases read "< 5", in JSON and in the CSV, and a zero stays 0', async () => {
    const i = await zoalsBeleid(beleid, '2027-01-01', '2027-12-31', KEYS);
    expect(i['almelo 3.4A.1']).toMatchObject(VERBORGEN);
    expect(i['almelo 3.4B.1']).toMatchObject(VERBORGEN);
    expect(antwoordCel(i['regie doorbraak-besparing']!, 'soort', 'structureel')).toMatchObject(VERBORGEN);
    const voor = await zoalsBeleid(beleid, '2025-01-01', '2025-12-31', KEYS);
    expect(voor['almelo 3.4B.1']).toMatchObject({ waarde: 0, weergave: '0', onderdrukt: false });
    const csv = await beleid.get('/api/v1/indicators?from=2027-01-01&to=2027-12-31&format=csv').expect(200);
    expect(csv.text).toMatch(/^almelo 3\.4B\.1;almelo;3\.4B\.1;[^\r\n]*;2027-01-01 t\/m 2027-12-31;< 5\r$/m);
    expect(csv.text).not.toMatch(/^almelo 3\.4B\.1;[^\r\n]*;2\r$/m);
  });
});
