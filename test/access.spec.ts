/**
 * Who sees and does what, against the real database:
 * a role x endpoint x (own team / other team / other gemeente) matrix, row-level security proven by a query
 * without a gemeente filter, the consent lifecycle of a referral, the audit log, and the BSN at rest.
 */
import { asTenant } from '@regie/persistence';
import { type AgentFor, type Api, startApi } from './support/api-harness';

let api: Api;
const as: Record<string, AgentFor> = {};
let ownCase: { id: string; subjectId: string }; // almelo, wijkteam-noord, regie intaker1
let aveCase: string; // almelo, team zuid, AVE level 3 (set below)

beforeAll(async () => {
  api = await startApi('2026-03-02T09:00:00+01:00');
  as.intaker = await api.as('intaker1', ['intaker'], 'almelo', 'wijkteam-noord');
  as.intakerZuid = await api.as('intaker7', ['intaker'], 'almelo', 'wijkteam-zuid');
  as.procesmanager = await api.as('pm1', ['procesmanager'], 'almelo', null);
  as.teamleider = await api.as('tl1', ['teamleider'], 'almelo', 'wijkteam-noord');
  as.teamleiderZuid = await api.as('tl2', ['teamleider'], 'almelo', 'wijkteam-zuid');
  as.beleid = await api.as('beleid1', ['beleid'], 'almelo', null);
  as.admin = await api.as('admin1', ['admin'], 'almelo', null);
  as.borne = await api.as('intaker1', ['intaker', 'teamleider', 'procesmanager'], 'borne', 'wijkteam-noord');

  const subjectId = (
    await as.intaker.post('/api/v1/subjects').send({ kind: 'inwoner', name: 'Matrix' }).expect(201)
  ).body.id;
  ownCase = (
    await as.intaker
      .post('/api/v1/cases')
      .send({
        workflow: 'intake',
        subjectId,
        input: { channel: 'inwoner_zelf', lifeAreas: ['financien'], laws: ['Wmo'] },
      })
      .expect(201)
  ).body;
  const zuidSubject = (
    await as.intakerZuid.post('/api/v1/subjects').send({ kind: 'inwoner', name: 'Zuid' }).expect(201)
  ).body.id;
  aveCase = (
    await as.intakerZuid
      .post('/api/v1/cases')
      .send({
        workflow: 'intake',
        subjectId: zuidSubject,
        input: { channel: 'inwoner_zelf', lifeAreas: ['veiligheid'], laws: ['Wmo'] },
      })
      .expect(201)
  ).body.id;
  // An escalated household: the procesmanager sees every AVE level 3-4 case of the gemeente.
  await api.db.query(`UPDATE cases SET projection = '{"aveLevel": 3}' WHERE id = $1`, [aveCase]);
});
afterAll(async () => {
  await api.close();
});

type Row = [who: string, expect: { own: number; ave: number }];
const readMatrix: Row[] = [
  ['intaker', { own: 200, ave: 403 }],
  ['intakerZuid', { own: 403, ave: 200 }],
  ['procesmanager', { own: 403, ave: 200 }],
  ['teamleider', { own: 200, ave: 403 }],
  ['teamleiderZuid', { own: 403, ave: 200 }],
  ['beleid', { own: 403, ave: 403 }],
  ['admin', { own: 403, ave: 403 }],
  ['borne', { own: 404, ave: 404 }],
];

describe('the role x endpoint x team/gemeente matrix', () => {
  it.each(readMatrix)('%s reading a case, its history and the list', async (who, want) => {
    const agent = as[who];
    expect((await agent.get(`/api/v1/cases/${ownCase.id}`)).status).toBe(want.own);
    expect((await agent.get(`/api/v1/cases/${ownCase.id}/history`)).status).toBe(want.own);
    expect((await agent.get(`/api/v1/cases/${aveCase}`)).status).toBe(want.ave);
    const list = await agent.get('/api/v1/cases');
    if (who === 'beleid' || who === 'admin') {
      expect(list.status).toBe(403);
    } else {
      const ids = list.body.items.map((c: { id: string }) => c.id);
      expect(ids.includes(ownCase.id)).toBe(want.own === 200);
      expect(ids.includes(aveCase)).toBe(want.ave === 200);
    }
  });

  it.each([
    ['intaker', 200],
    ['intakerZuid', 403],
    ['procesmanager', 403],
    ['teamleider', 200],
    ['beleid', 403],
    ['admin', 403],
    ['borne', 404],
  ])('%s sending an event to a case of team noord', async (who, status) => {
    const res = await as[who].event(ownCase.id, {
      type: 'TERMIJN_VERLENGEN',
      key: 'wmo_onderzoek',
      reden: 'matrix',
      met: { amount: 1, unit: 'days' },
    });
    expect(res.status).toBe(status);
    if (status >= 400) expect(res.body.detail).toEqual(expect.any(String));
  });

  it.each([
    ['intaker', 201],
    ['procesmanager', 201],
    ['teamleider', 201],
    ['beleid', 403],
    ['admin', 403],
  ])('%s creating a subject', async (who, status) => {
    expect((await as[who].post('/api/v1/subjects').send({ kind: 'inwoner', name: 'X' })).status).toBe(status);
  });

  it.each([
    ['intaker', 200],
    ['beleid', 403],
    ['admin', 403],
    ['borne', 404],
  ])('%s reading a subject', async (who, status) => {
    expect((await as[who].get(`/api/v1/subjects/${ownCase.subjectId}`)).status).toBe(status);
  });

  it('lets only a teamleider list the audit log of a case', async () => {
    expect((await as.intaker.get(`/api/v1/cases/${ownCase.id}/audit`)).status).toBe(403);
    expect((await as.teamleiderZuid.get(`/api/v1/cases/${ownCase.id}/audit`)).status).toBe(403);
    expect((await as.teamleider.get(`/api/v1/cases/${ownCase.id}/audit`)).status).toBe(200);
  });
});

describe('row-level security', () => {
  it('returns nothing foreign to a query that forgets its gemeente filter', async () => {
    const [{ total }] = await api.db.query(
      `SELECT count(*)::int AS total FROM cases WHERE gemeente = 'almelo'`,
    );
    expect(total).toBeGreaterThan(0);
    const unfiltered = `SELECT gemeente FROM cases UNION ALL SELECT gemeente FROM subjects
      UNION ALL SELECT gemeente FROM deadlines UNION ALL SELECT gemeente FROM case_history`;
    const almelo: { gemeente: string }[] = await asTenant(api.db, 'almelo', (db) =>
      db.manager.query(unfiltered),
    );
    expect(almelo.length).toBeGreaterThan(0);
    expect(new Set(almelo.map((r) => r.gemeente))).toEqual(new Set(['almelo']));
    expect(await asTenant(api.db, 'borne', (db) => db.manager.query(unfiltered))).toEqual([]);
  });

  it('refuses to write a row for another gemeente', async () => {
    await expect(
      asTenant(api.db, 'borne', (db) =>
        db.manager.query(
          `INSERT INTO subjects (id, gemeente, kind, name, created_at) VALUES (gen_random_uuid(), 'almelo', 'inwoner', 'x', now())`,
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });
});

describe('consent for a referral', () => {
  it('is refused without consent, passes with it, is refused again after withdrawal; each step recorded', async () => {
    const subjectId = (
      await as.intaker.post('/api/v1/subjects').send({ kind: 'inwoner', name: 'Gerda' }).expect(201)
    ).body.id;
    const c = (
      await as.intaker
        .post('/api/v1/cases')
        .send({
          workflow: 'intake',
          subjectId,
          input: { channel: 'inwoner_zelf', lifeAreas: ['financien'], laws: ['Wgs'] },
        })
        .expect(201)
    ).body;
    const refer = (voorziening: string) =>
      as.intaker.event(c.id, { type: 'ALGEMENE_VOORZIENING_VERWEZEN', voorziening });

    const before = await refer('Taalpunt');
    expect(before.status).toBe(422);
    expect(before.body).toMatchObject({ code: 'consent_required', scope: 'verwijzing' });

    const consent = (
      await as.intaker
        .post(`/api/v1/subjects/${subjectId}/consents`)
        .send({ scope: 'verwijzing', grantedTo: 'Taalpunt', grantedBy: 'Gerda' })
        .expect(201)
    ).body;
    await refer('Taalpunt').expect(200);

    await as.intaker
      .post(`/api/v1/subjects/${subjectId}/consents/${consent.id}/withdraw`)
      .send({ reden: 'Gerda wil niet meer dat er gegevens worden gedeeld' })
      .expect(200);
    expect((await refer('Schuldhulpmaatje')).status).toBe(422);

    // a legal ground instead of consent (e.g. the safety of a child) is recorded as such
    await as.intaker
      .event(c.id, {
        type: 'ALGEMENE_VOORZIENING_VERWEZEN',
        voorziening: 'Jeugdteam',
        wettelijkeGrondslag: 'veiligheid_kind',
      })
      .expect(200);

    const history = (await as.intaker.get(`/api/v1/cases/${c.id}/history`).expect(200)).body;
    const referrals = history.filter((e: { type: string }) => e.type === 'ALGEMENE_VOORZIENING_VERWEZEN');
    expect(referrals.map((e: { data: unknown }) => e.data)).toEqual([
      { voorziening: 'Taalpunt', toestemming: consent.id },
      { voorziening: 'Jeugdteam', wettelijkeGrondslag: 'veiligheid_kind' },
    ]);
    const consents = (await as.intaker.get(`/api/v1/subjects/${subjectId}/consents`).expect(200)).body;
    expect(consents[0].withdrawnAt).not.toBeNull();

    const audit = (await as.teamleider.get(`/api/v1/cases/${c.id}/audit`).expect(200)).body;
    const commands = audit.filter((e: { action: string }) => e.action === 'command');
    expect(commands.map((e: { status: number }) => e.status)).toEqual([201, 400, 200, 400, 200]);
    expect(audit[0]).toMatchObject({ actor: 'intaker1', reason: expect.stringMatching(/intaker/) });
  });
});

describe('the audit log', () => {
  it('records reads with who and why, and cannot be changed or deleted', async () => {
    await as.teamleider.get(`/api/v1/cases/${ownCase.id}`).expect(200);
    const audit = (await as.teamleider.get(`/api/v1/cases/${ownCase.id}/audit`).expect(200)).body;
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: 'tl1', action: 'read', reason: 'teamleider van het team' }),
      ]),
    );
    await expect(api.db.query(`UPDATE audit_log SET actor = 'x'`)).rejects.toThrow(/append-only/);
    await expect(api.db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });

  it('records a command the engine refuses, and a refused look at a case, but not a request of the wrong shape', async () => {
    const commands = async () =>
      (await as.teamleider.get(`/api/v1/cases/${ownCase.id}/audit`).expect(200)).body.filter(
        (e: { action: string }) => e.action === 'command',
      ).length;
    const before = await commands();
    const noType = await as.intaker
      .post(`/api/v1/cases/${ownCase.id}/events`)
      .set('Idempotency-Key', 'x1')
      .send({});
    expect(noType.status).toBe(400);
    expect(noType.body.detail).toMatch(/^Ongeldige body: type: /);
    await as.intaker.post(`/api/v1/cases/${ownCase.id}/events`).send({ type: 'TRIAGE_GESTART' }).expect(400);
    expect(await commands()).toBe(before);
    await as.intaker
      .post(`/api/v1/cases/${ownCase.id}/events`)
      .set('Idempotency-Key', 'x2')
      .send({ type: 'GEEN_EVENT' })
      .expect(422);
    expect(await commands()).toBe(before + 1);

    await as.intakerZuid.get(`/api/v1/cases/${ownCase.id}`).expect(403);
    const audit = (await as.teamleider.get(`/api/v1/cases/${ownCase.id}/audit`).expect(200)).body;
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: 'intaker7', action: 'read', reason: 'geweigerd', status: 403 }),
      ]),
    );
  });
});

describe('the BSN at rest', () => {
  it('is stored encrypted with a keyed hash, found by that hash, and never returned', async () => {
    const created = (
      await as.intaker
        .post('/api/v1/subjects')
        .send({ kind: 'inwoner', name: 'B', bsn: '999999990' })
        .expect(201)
    ).body;
    const [row] = await api.db.query(`SELECT * FROM subjects WHERE id = $1`, [created.id]);
    expect(JSON.stringify(row)).not.toContain('999999990');
    expect(row.bsn_encrypted).toMatch(/^v1:/);
    const found = await as.intaker.get('/api/v1/subjects?bsn=999999990').expect(200);
    expect(found.body.items.map((s: { id: string }) => s.id)).toEqual([created.id]);
    expect(JSON.stringify(found.body)).not.toContain('999999990');
  });
});
