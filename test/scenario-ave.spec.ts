/**
 * AVE end to end through HTTP with the manual clock: a household with children escalated 1 -> 3 goes to a
 * procesmanager; acceptance not given within 2 werkdagen alerts the teamleider; weekly reviews at level 4 fall due
 * on time; afschalen 4 -> 3 -> 2 records its reasons; the board shows it all and its stream delivers each change.
 */
import { type AgentFor, type Api, startApi } from './support/api-harness';
import { type BoardStream, openBoardStream } from './support/board-stream';
import { eventually } from './support/eventually';
import type { Deadline } from './support/klantreis';

let api: Api;
let intaker: AgentFor;
let pm: AgentFor;
let oov: AgentFor;
let teamleider: AgentFor;
let caseId: string;
let pmToken: string;
let stream: BoardStream;

// Monday 2 March 2026, 09:00.
beforeAll(async () => {
  api = await startApi('2026-03-02T09:00:00+01:00');
  intaker = await api.as('intaker1', ['intaker'], 'almelo', 'wijkteam-noord');
  pm = await api.as('pm1', ['procesmanager'], 'almelo', null);
  oov = await api.as('oov1', ['procesmanager'], 'almelo', null);
  teamleider = await api.as('tl1', ['teamleider'], 'almelo', 'wijkteam-noord');
  pmToken = (
    await api.http
      .post('/api/v1/auth/dev-token')
      .send({ user: 'pm1', roles: ['procesmanager'], gemeente: 'almelo' })
  ).body.token;
  stream = await openBoardStream(api, pmToken);
});
afterAll(async () => {
  stream?.close();
  await api.close();
});

const advance = (by: string) => intaker.post('/api/v1/clock/advance').send({ by }).expect(200);
/** The deadline that counts now under `key`: a missed review is replaced by the next one under the same key. */
/** A new AVE track at level 1 for a huishouden without children, with intaker1 as regisseur. */
async function aveZonderKinderen(name: string): Promise<{ id: string }> {
  const gezin = (await intaker.post('/api/v1/subjects').send({ kind: 'huishouden', name }).expect(201)).body
    .id;
  return (
    await intaker
      .post('/api/v1/cases')
      .send({
        workflow: 'ave',
        subjectId: gezin,
        input: { kinderenInHuishouden: false, regisseur: 'intaker1' },
      })
      .expect(201)
  ).body;
}

const deadline = (view: { deadlines: (Deadline & { huidig: boolean })[] }, key: string) =>
  view.deadlines.find((d) => d.key === key && d.huidig)!;

/** The stream carries the case's new version within a second of the command that made it. */
async function streamedWithinASecond(version: number) {
  await eventually(
    async () =>
      expect(stream.events.map((e) => e.data)).toContainEqual(expect.objectContaining({ caseId, version })),
    1000,
    20,
  );
}

describe('AVE: a household with children escalates and comes back down', () => {
  it('starts at level 1 with the intaker holding regie', async () => {
    const kind = (await intaker.post('/api/v1/subjects').send({ kind: 'inwoner', name: 'Kind' }).expect(201))
      .body.id;
    const ouder = (
      await intaker.post('/api/v1/subjects').send({ kind: 'inwoner', name: 'Ouder' }).expect(201)
    ).body.id;
    const gezin = (
      await intaker
        .post('/api/v1/subjects')
        .send({ kind: 'huishouden', name: 'Gezin', members: [ouder, kind] })
        .expect(201)
    ).body.id;
    const c = (
      await intaker
        .post('/api/v1/cases')
        .send({
          workflow: 'ave',
          subjectId: gezin,
          input: { kinderenInHuishouden: true, regisseur: 'intaker1' },
        })
        .expect(201)
    ).body;
    caseId = c.id;
    expect(c.aveLevel).toBe(1);
    expect(c.regie.holder).toBe('intaker1');
    await streamedWithinASecond(1);
  });

  it('escalated 1 -> 3 goes to a procesmanager (children), who must accept; until then the intaker keeps regie', async () => {
    const up = await intaker
      .event(caseId, {
        type: 'OPSCHALEN',
        naarNiveau: 3,
        reden: 'Veiligheid van de kinderen, samenwerking vastgelopen',
        criteria: ['veiligheid', 'stagnatie'],
        ontvanger: 'pm1',
      })
      .expect(200);
    expect(up.body.aveLevel).toBe(3);
    expect(up.body.regie.holder).toBe('intaker1');
    expect(up.body).toMatchObject({ regieOntvanger: 'pm1', regieOntvangerRol: 'procesmanager' });
    // 2 werkdagen from Monday: Wednesday 4 March
    expect(deadline(up.body, 'regie_acceptatie')).toMatchObject({ dueDate: '2026-03-04', status: 'pending' });
    await streamedWithinASecond(up.body.version);

    const board = (await pm.get('/api/v1/board/escalations').expect(200)).body;
    expect(board.levels.find((l: { level: number }) => l.level === 3)).toMatchObject({
      households: 1,
      awaitingAcceptance: 1,
    });
    expect(board.households[0]).toMatchObject({ caseId, level: 3, awaitingAcceptance: { holder: 'pm1' } });
    const byLevel = await pm.get('/api/v1/cases?aveLevel=3').expect(200);
    expect(byLevel.body.items.map((c: { id: string }) => c.id)).toEqual([caseId]);
  });

  it('alerts the teamleider when acceptance is not given within 2 werkdagen, and the board shows it', async () => {
    await advance('P2D'); // Wednesday: still within the term
    expect((await teamleider.get('/api/v1/notifications').expect(200)).body.items).toEqual([]);
    await advance('P1D'); // Thursday: the term passed at the end of Wednesday
    const alerts = (await teamleider.get('/api/v1/notifications').expect(200)).body.items;
    expect(alerts).toEqual([
      expect.objectContaining({ kind: 'termijn_verstreken', caseId, recipient: 'teamleider:wijkteam-noord' }),
    ]);
    const board = (await pm.get('/api/v1/board/escalations').expect(200)).body;
    expect(board.households[0].awaitingAcceptance.overdueSince).toEqual(expect.any(String));
  });

  it('hands regie over when the procesmanager accepts; nobody else can accept for them', async () => {
    expect((await intaker.event(caseId, { type: 'REGIE_GEACCEPTEERD' })).status).toBe(422);
    const accepted = await pm.event(caseId, { type: 'REGIE_GEACCEPTEERD' }).expect(200);
    expect(accepted.body.regie).toEqual({ role: 'procesmanager', holder: 'pm1' });
    expect(accepted.body).toMatchObject({ regieOntvanger: null, regieOntvangerRol: null });
    // visible to pm1 for two reasons now (level 3, and holding regie): still one household on the board
    const board = (await pm.get('/api/v1/board/escalations').expect(200)).body;
    expect(board.levels.find((l: { level: number }) => l.level === 3)).toMatchObject({
      households: 1,
      awaitingAcceptance: 0,
    });
  });

  it('runs a weekly review at level 4 that falls due on time', async () => {
    const up = await pm
      .event(caseId, {
        type: 'OPSCHALEN',
        naarNiveau: 4,
        reden: 'Acute onveiligheid',
        criteria: ['veiligheid'],
        ontvanger: 'oov1',
      })
      .expect(200);
    await oov.event(caseId, { type: 'REGIE_GEACCEPTEERD' }).expect(200);
    const atLevel4 = (await pm.get(`/api/v1/cases/${caseId}`).expect(200)).body;
    const review = deadline(atLevel4, 'periodieke_review');
    expect(review.status).toBe('pending');
    // entered level 4 on Thursday 5 March: the weekly review is due Thursday 12 March
    expect(review.dueDate).toBe('2026-03-12');
    expect(up.body.aveLevel).toBe(4);

    await advance('P7D'); // Thursday 12 March: the last day
    expect(
      deadline((await pm.get(`/api/v1/cases/${caseId}`).expect(200)).body, 'periodieke_review').status,
    ).toBe('pending');
    await advance('P1D');
    const history = (await pm.get(`/api/v1/cases/${caseId}/history`).expect(200)).body;
    const missed = history.filter(
      (e: { type: string; data: { key: string } }) => e.type === 'TERMIJN_VERSTREKEN',
    );
    expect(
      missed.map((e: { data: { key: string; dueDate: string } }) => [e.data.key, e.data.dueDate]),
    ).toContainEqual(['periodieke_review', '2026-03-12']);
    const reviewed = await pm
      .event(caseId, { type: 'REVIEW_UITGEVOERD', besluit: 'afschalen', toelichting: 'Situatie stabiel' })
      .expect(200);
    expect(deadline(reviewed.body, 'periodieke_review')).toMatchObject({
      status: 'pending',
      dueDate: '2026-03-20',
    });
  });

  it('comes down 4 -> 3 -> 2 one level at a time, each with its reason in the history', async () => {
    expect((await pm.event(caseId, { type: 'AFSCHALEN', reden: 'te snel', naarNiveau: 2 })).status).toBe(422);
    await pm.event(caseId, { type: 'AFSCHALEN', reden: 'Acute dreiging weg' }).expect(200);
    const down = await pm
      .event(caseId, { type: 'AFSCHALEN', reden: 'Samenwerking loopt weer', ontvanger: 'intaker1' })
      .expect(200);
    expect(down.body.aveLevel).toBe(2);
    await streamedWithinASecond(down.body.version);
    const path = down.body.context.path.map((p: { from: number; to: number; reden: string }) => [
      p.from,
      p.to,
      p.reden,
    ]);
    expect(path.slice(-4)).toEqual([
      [1, 3, 'Veiligheid van de kinderen, samenwerking vastgelopen'],
      [3, 4, 'Acute onveiligheid'],
      [4, 3, 'Acute dreiging weg'],
      [3, 2, 'Samenwerking loopt weer'],
    ]);
    const history = (await intaker.get(`/api/v1/cases/${caseId}/history`).expect(200)).body;
    const moves = history.filter((e: { type: string }) => e.type === 'OPSCHALEN' || e.type === 'AFSCHALEN');
    expect(moves.map((e: { from: string; to: string }) => [e.from, e.to])).toEqual([
      ['niveau_1', 'niveau_3'],
      ['niveau_3', 'niveau_4'],
      ['niveau_4', 'niveau_3'],
      ['niveau_3', 'niveau_2'],
    ]);
  });
});

describe('the intake triage starts or raises the household AVE track, linked both ways', () => {
  async function meldingFor(subjectId: string) {
    return (
      await intaker
        .post('/api/v1/cases')
        .send({
          workflow: 'intake',
          subjectId,
          input: { channel: 'inwoner_zelf', lifeAreas: ['veiligheid'], laws: ['Wmo'] },
        })
        .expect(201)
    ).body.id as string;
  }
  async function triage(id: string, niveau: number, reden: string) {
    await intaker.event(id, { type: 'TRIAGE_GESTART' }).expect(200);
    await intaker
      .event(id, {
        type: 'TRIAGE_AFGEROND',
        urgentie: 'regulier',
        veiligheidsrisico: true,
        meervoudigeProblematiek: true,
        regisseur: 'intaker1',
        ave: { niveau, kinderenInHuishouden: false, reden, criteria: ['meerdere_domeinen'] },
      })
      .expect(200);
  }
  async function linkedAve(intakeId: string): Promise<string> {
    await api.drained();
    const id: string | null = (await intaker.get(`/api/v1/cases/${intakeId}`).expect(200)).body.context
      .aveCaseId;
    expect(id).toEqual(expect.any(String));
    return id!;
  }

  it('starts a track at the triaged level, then raises it from a second melding of the same household', async () => {
    const huishouden = (
      await intaker.post('/api/v1/subjects').send({ kind: 'huishouden', name: 'Gezin B' }).expect(201)
    ).body.id;
    const first = await meldingFor(huishouden);
    await triage(first, 2, 'Schulden, eenzaamheid en zorgen om gezondheid');
    const aveId = await linkedAve(first);
    const ave = (await intaker.get(`/api/v1/cases/${aveId}`).expect(200)).body;
    expect(ave).toMatchObject({ workflow: 'ave', aveLevel: 2, subjectId: huishouden });
    expect(ave.context.intakeCaseIds).toEqual([first]);

    const second = await meldingFor(huishouden);
    await triage(second, 3, 'Samenwerking vastgelopen');
    expect(await linkedAve(second)).toBe(aveId);
    const raised = (await pm.get(`/api/v1/cases/${aveId}`).expect(200)).body;
    expect(raised.aveLevel).toBe(3);
    expect(raised.context.intakeCaseIds).toEqual([first, second]);
  });
});

describe('per-gemeente AVE rules, set by the admin', () => {
  it('applies a changed acceptance term to new cases only, and keeps every change in its history', async () => {
    const admin = await api.as('admin1', ['admin'], 'almelo', null);
    const change = { config: { niveaus: { '3': { acceptatietermijn: { amount: 3, unit: 'werkdagen' } } } } };
    expect((await teamleider.put('/api/v1/admin/config/ave').send(change)).status).toBe(403);
    expect(
      (await admin.put('/api/v1/admin/config/ave').send({ config: { niveaus: { '9': {} } } })).status,
    ).toBe(400);
    const saved = await admin.put('/api/v1/admin/config/ave').send(change).expect(200);
    expect(saved.body).toMatchObject({ workflow: 'ave', version: 1, changedBy: 'admin1' });

    const c = await aveZonderKinderen('Gezin C');
    expect((await api.http.get('/api/v1/clock').expect(200)).body.now).toMatch(/^2026-03-13T/); // a Friday
    const up = await intaker
      .event(c.id, {
        type: 'OPSCHALEN',
        naarNiveau: 3,
        reden: 'Vastgelopen',
        criteria: ['stagnatie'],
        ontvanger: 'pm1',
      })
      .expect(200);
    // 3 werkdagen from Friday: Wednesday 18 March (the default 2 would end on Tuesday 17 March)
    expect(up.body.deadlines.find((d: Deadline) => d.key === 'regie_acceptatie').dueDate).toBe('2026-03-18');

    const history = (await admin.get('/api/v1/admin/config/ave/history').expect(200)).body;
    expect(history).toEqual([
      expect.objectContaining({ version: 1, changedBy: 'admin1', config: change.config }),
    ]);
  });

  it('shows a transfer routed to the role, with no receiver named, as waiting on nobody in particular', async () => {
    const c = await aveZonderKinderen('Zonder ontvanger');
    const up = await intaker
      .event(c.id, { type: 'OPSCHALEN', naarNiveau: 3, reden: 'Vastgelopen', criteria: ['stagnatie'] })
      .expect(200);
    expect(up.body).toMatchObject({ regieOntvanger: null, regieOntvangerRol: 'spoedteam' });
    // the answer follows the OpenAPI document (the harness checks it): `holder` is null, not missing
    const board = (await pm.get('/api/v1/board/escalations').expect(200)).body;
    expect(board.households.find((h: { caseId: string }) => h.caseId === c.id)).toMatchObject({
      awaitingAcceptance: { holder: null, role: 'spoedteam' },
    });
  });
});
