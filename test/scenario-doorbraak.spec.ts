/**
 * Doorbraak end to end through HTTP with the manual clock: the Jansen household. A mother with
 * huishoudelijke hulp (Wmo) and a daughter of 12 with jeugdhulp live in a house that is too small and unsafe; a
 * move is blocked by € 3.200 rent arrears, because the corporation refuses any new contract with arrears. Muddling
 * on costs € 41.000 a year; the plan pays the arrears once (Participatiewet art. 35) and saves € 18.000 a year.
 * The teamleider lets the decision term pass (the manager hears of it) and then approves; a € 7.500 variant is
 * refused for the teamleider (403 naming the level) and approved by the manager after voorleggen. An action is
 * reminded and missed, both evaluations fall due on their dates, and the case closes with a systeemsignaal that
 * reaches beleid. Bad input (negative or fractional cents, an unknown mandate level, no mandate, a plan without a
 * legal basis) is refused with a Dutch message naming the field, and nothing is written.
 */
import { type AgentFor, type Api, startApi } from './support/api-harness';
import { Contract } from './support/contract';
import { VERBORGEN, onbewerkt, uitsplitsingCel, zoalsBeleid } from './support/indicator-waarden';
import { JANSEN_AANMELDING, JANSEN_ANALYSE, jansenPlan } from '../workflows/doorbraak/test-helpers';
import { advanceTo, caseView, deadlineOf as termijn, local } from './support/klantreis';

let api: Api;
let intaker: AgentFor;
let regisseur: AgentFor;
let teamleider: AgentFor;
let manager: AgentFor;
let beleid: AgentFor;
let gezin: string;
let caseId: string;

const AANMELDING = JANSEN_AANMELDING;
const ANALYSE = {
  type: 'ANALYSE_VASTGELEGD',
  ...JANSEN_ANALYSE,
  betrokkenen: [...JANSEN_ANALYSE.betrokkenen],
  zrm: [...JANSEN_ANALYSE.zrm],
};
const plan = (eenmalig: number) => ({ type: 'PLAN_VASTGELEGD', ...jansenPlan(eenmalig) });

/** What a refused command must leave behind: the case at the same version, its history as long. */
async function ongewijzigd(id: string, doe: () => Promise<unknown>) {
  const voor = await caseView(regisseur, id);
  const historie = (await regisseur.get(`/api/v1/cases/${id}/history`).expect(200)).body.length;
  await doe();
  const na = await caseView(regisseur, id);
  expect(na.version).toBe(voor.version);
  expect((await regisseur.get(`/api/v1/cases/${id}/history`).expect(200)).body).toHaveLength(historie);
}

/** The deadline `key` of the case, with when it was reminded. */
const deadlineOf = async (agent: AgentFor, id: string, key: string) =>
  (await termijn(agent, id, key)) as Awaited<ReturnType<typeof termijn>> & { remindedAt: string | null };

async function ok(agent: AgentFor, id: string, body: Record<string, unknown>) {
  const res = await agent.event(id, body);
  if (res.status !== 200) throw new Error(`${String(body.type)}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The notifications the case sent, as recipient and kind (the mandate levels read them as a group). */
async function notificaties(id: string): Promise<{ recipient: string; kind: string }[]> {
  return api.db.query(
    `SELECT recipient, kind FROM notifications WHERE case_id = $1 ORDER BY created_at, recipient`,
    [id],
  );
}

async function nieuwHuishouden(naam: string): Promise<string> {
  const moeder = (
    await intaker
      .post('/api/v1/subjects')
      .send({ kind: 'inwoner', name: `Moeder ${naam}` })
      .expect(201)
  ).body.id;
  const dochter = (
    await intaker
      .post('/api/v1/subjects')
      .send({ kind: 'inwoner', name: `Dochter ${naam}`, birthDate: '2013-11-20' })
      .expect(201)
  ).body.id;
  return (
    await intaker
      .post('/api/v1/subjects')
      .send({ kind: 'huishouden', name: `Huishouden ${naam}`, members: [moeder, dochter] })
      .expect(201)
  ).body.id;
}

/** A new household's doorbraak with consent, analysed, and a plan of `eenmalig` cents submitted for decision. */
async function planVoorBesluit(naam: string, eenmalig: number): Promise<string> {
  const huishouden = await nieuwHuishouden(naam);
  await regisseur
    .post(`/api/v1/subjects/${huishouden}/consents`)
    .send({ scope: 'doorbraak', grantedTo: 'betrokken instanties', grantedBy: 'moeder' })
    .expect(201);
  const id = (
    await regisseur
      .post('/api/v1/cases')
      .send({ workflow: 'doorbraak', subjectId: huishouden, input: AANMELDING })
      .expect(201)
  ).body.id as string;
  for (const e of [
    { type: 'ANALYSE_GESTART' },
    ANALYSE,
    { type: 'ANALYSE_AFGEROND' },
    plan(eenmalig),
    { type: 'PLAN_INGEDIEND' },
  ])
    await ok(regisseur, id, e);
  return id;
}

// Monday 2 March 2026, 09:00.
beforeAll(async () => {
  api = await startApi('2026-03-02T09:00:00+01:00');
  intaker = await api.as('intaker1', ['intaker'], 'almelo', 'wijkteam-noord');
  regisseur = await api.as('regisseur1', ['procesmanager'], 'almelo', 'wijkteam-noord');
  teamleider = await api.as('teamleider1', ['teamleider'], 'almelo', 'wijkteam-noord', 'teamleider');
  manager = await api.as('manager1', ['teamleider'], 'almelo', 'wijkteam-noord', 'manager_sociaal_domein');
  beleid = await api.as('beleid1', ['beleid'], 'almelo', null);
});
afterAll(async () => {
  await api.close();
});

describe('Doorbraak: the Jansen household', () => {
  it('is registered with its entry criteria, once per household', async () => {
    gezin = await nieuwHuishouden('Jansen');
    const c = (
      await regisseur
        .post('/api/v1/cases')
        .send({ workflow: 'doorbraak', subjectId: gezin, input: { ...AANMELDING, regisseur: 'regisseur1' } })
        .expect(201)
    ).body;
    caseId = c.id;
    expect(c.state).toBe('aangemeld');
    expect(c.regie).toEqual({ role: 'regisseur', holder: 'regisseur1' });
    expect(c.context.aanmelding).toMatchObject({ sinds: '2025-09-01', blokkades: [expect.any(Object)] });

    const tweede = await intaker
      .post('/api/v1/cases')
      .send({ workflow: 'doorbraak', subjectId: gezin, input: AANMELDING })
      .expect(409);
    expect(tweede.body).toMatchObject({ code: 'case_already_open', caseId });
    expect(tweede.body.detail).toContain(caseId);
  });

  it('asks the household consent before the analysis shares its situation with the agencies', async () => {
    const zonder = await regisseur.event(caseId, { type: 'ANALYSE_GESTART' }).expect(422);
    expect(zonder.body.code).toBe('consent_required');
    await regisseur
      .post(`/api/v1/subjects/${gezin}/consents`)
      .send({ scope: 'doorbraak', grantedTo: 'betrokken instanties', grantedBy: 'moeder Jansen' })
      .expect(201);
    expect((await ok(regisseur, caseId, { type: 'ANALYSE_GESTART' })).state).toBe('analyse');
  });

  it('refuses negative and fractional cents, naming the field, and writes nothing', async () => {
    for (const [bedrag, woord] of [
      [-100, 'negatief'],
      [1234.5, 'fracties van een cent'],
    ] as const) {
      await ongewijzigd(caseId, async () => {
        const betrokkenen = [{ ...ANALYSE.betrokkenen[1], kostenPerJaar: bedrag }];
        const res = await regisseur.event(caseId, { ...ANALYSE, betrokkenen }).expect(400);
        expect(res.body.invalidParams).toEqual([
          { name: 'betrokkenen.0.kostenPerJaar', reason: expect.stringContaining(woord) },
        ]);
        expect(res.body.invalidParams[0].reason).toMatch(/^kostenPerJaar: /);
      });
    }
  });

  it('sums the yearly cost of muddling on: € 41.000, computed from the agencies', async () => {
    const a = await ok(regisseur, caseId, ANALYSE);
    expect(a.doormodderenPerJaar).toBe(4_100_000);
    expect(a.metJeugdwet).toBe(true);
    expect(a.metWmo).toBe(true);
    expect((await ok(regisseur, caseId, { type: 'ANALYSE_AFGEROND' })).state).toBe('plan');
  });

  it('refuses a plan without a legal basis, naming the field, and writes nothing', async () => {
    await ongewijzigd(caseId, async () => {
      const [stap] = plan(320_000).stappen;
      const { grondslag: _weg, ...zonderGrondslag } = stap;
      const res = await regisseur
        .event(caseId, { type: 'PLAN_VASTGELEGD', stappen: [zonderGrondslag] })
        .expect(400);
      expect(res.body.invalidParams).toEqual([{ name: 'stappen.0.grondslag', reason: expect.any(String) }]);
    });
    await ongewijzigd(caseId, async () => {
      const [stap] = plan(320_000).stappen;
      const res = await regisseur
        .event(caseId, {
          type: 'PLAN_VASTGELEGD',
          stappen: [
            { ...stap, grondslag: { soort: 'wet_artikel', wet: 'Participatiewet', motivering: 'x' } },
          ],
        })
        .expect(400);
      expect(res.body.invalidParams).toEqual([
        { name: 'stappen.0.grondslag.artikel', reason: 'artikel: welk artikel laat deze stap toe?' },
      ]);
    });
  });

  it('shows the plan with its cost-benefit sum: net saving € 14.800 in year 1, € 18.000 a year after', async () => {
    const p = await ok(regisseur, caseId, plan(320_000));
    expect(p).toMatchObject({
      doormodderenPerJaar: 4_100_000,
      planEenmalig: 320_000,
      planPerJaar: 0,
      verwachteBesparingPerJaar: 1_800_000,
      kostenMetPlanJaar1: 2_620_000,
      kostenMetPlanPerJaarDaarna: 2_300_000,
      nettoBesparingJaar1: 1_480_000,
      nettoBesparingPerJaarDaarna: 1_800_000,
    });
    await ongewijzigd(caseId, async () => {
      const res = await regisseur.event(caseId, { type: 'PLAN_INGEDIEND', aan: 'directeur' }).expect(400);
      expect(res.body.invalidParams).toEqual([
        { name: 'aan', reason: expect.stringContaining("'directeur'") },
      ]);
    });
    const b = await ok(regisseur, caseId, { type: 'PLAN_INGEDIEND' });
    expect(b).toMatchObject({ state: 'besluit', mandaatNodig: 'teamleider', voorgelegdAan: 'teamleider' });
    // 5 werkdagen from Monday 2 March: Monday 9 March, reminded the werkdag before
    expect(await deadlineOf(regisseur, caseId, 'besluit_teamleider')).toMatchObject({
      dueDate: '2026-03-09',
      status: 'pending',
    });
  });

  it('refuses the decision of someone without a mandate (403) and writes nothing', async () => {
    await ongewijzigd(caseId, async () => {
      const res = await intaker.event(caseId, { type: 'PLAN_GOEDGEKEURD' }).expect(403);
      expect(res.body.detail).toContain('Dit besluit vraagt het mandaat van teamleider (tot € 5.000,00)');
      expect(res.body.detail).toContain('u heeft geen mandaat');
    });
  });

  it('reminds, and when the term passes the next level up (the manager) hears of it', async () => {
    await advanceTo(api, regisseur, local('2026-03-06', 9));
    expect((await deadlineOf(regisseur, caseId, 'besluit_teamleider')).remindedAt).toEqual(
      expect.any(String),
    );
    // the level the plan waits on decides, so it is reminded too
    expect(await notificaties(caseId)).toEqual([
      { recipient: 'mandaat:teamleider', kind: 'herinnering' },
      { recipient: 'regisseur1', kind: 'herinnering' },
    ]);

    await advanceTo(api, regisseur, local('2026-03-10', 9));
    const c = await caseView(regisseur, caseId);
    expect(c.deadlines.find((d: { key: string }) => d.key === 'besluit_teamleider')).toMatchObject({
      status: 'missed',
    });
    expect(c.voorgelegdAan).toBe('manager_sociaal_domein');
    expect(await notificaties(caseId)).toEqual(
      expect.arrayContaining([
        { recipient: 'mandaat:manager_sociaal_domein', kind: 'termijn_verstreken' },
        { recipient: 'regisseur1', kind: 'termijn_verstreken' },
      ]),
    );
    // the managers read it as theirs: a message to their mandate level
    const berichten = (await manager.get('/api/v1/notifications').expect(200)).body.items;
    expect(berichten).toEqual([
      expect.objectContaining({
        caseId,
        kind: 'termijn_verstreken',
        recipient: 'mandaat:manager_sociaal_domein',
      }),
    ]);
    expect(await deadlineOf(regisseur, caseId, 'besluit_manager_sociaal_domein')).toMatchObject({
      dueDate: '2026-03-17',
      status: 'pending',
    });
  });

  it('is approved by the teamleider, whose mandate covers € 3.200; the history records amount and level', async () => {
    const u = await ok(teamleider, caseId, { type: 'PLAN_GOEDGEKEURD', toelichting: 'Akkoord.' });
    expect(u).toMatchObject({
      state: 'uitvoering',
      goedgekeurdDoor: 'teamleider1',
      goedgekeurdNiveau: 'teamleider',
    });
    const historie = (await regisseur.get(`/api/v1/cases/${caseId}/history`).expect(200)).body;
    expect(historie.at(-1)).toMatchObject({ type: 'PLAN_GOEDGEKEURD', data: { mandaat: 'teamleider' } });
    expect(u.context.besluiten.at(-1)).toMatchObject({
      soort: 'goedgekeurd',
      mandaat: 'teamleider',
      planEenmalig: 320_000,
      actor: 'teamleider1',
    });
    // evaluations 3 and 12 months after the decision
    expect(await deadlineOf(regisseur, caseId, 'evaluatie_3m')).toMatchObject({ dueDate: '2026-06-10' });
    expect(await deadlineOf(regisseur, caseId, 'evaluatie_12m')).toMatchObject({ dueDate: '2027-03-10' });
  });

  it('runs its actions with their terms: one reminded and done, one missed, one cancelled with a reason', async () => {
    const acties = [
      ['Bijzondere bijstand: de huurachterstand van € 3.200 aan de corporatie betalen', '2026-03-20'],
      ['Nieuw huurcontract en verhuizing met de corporatie regelen', '2026-04-03'],
      ['Jeugdhulp afschalen naar ambulant na de verhuizing', '2026-07-31'],
      ['Tijdelijke opvang voor de dochter regelen', '2026-04-30'],
    ];
    // the corporation's move is arranged by the intaker: the owner is reminded and hears it was missed
    for (const [omschrijving, uiterlijk] of acties)
      await ok(regisseur, caseId, {
        type: 'ACTIE_TOEGEVOEGD',
        eigenaar: omschrijving.startsWith('Nieuw huurcontract') ? 'intaker1' : 'regisseur1',
        omschrijving,
        uiterlijk,
      });
    expect(await deadlineOf(regisseur, caseId, 'actie_actie-1')).toMatchObject({ dueDate: '2026-03-20' });

    await advanceTo(api, regisseur, local('2026-03-19', 9));
    expect((await deadlineOf(regisseur, caseId, 'actie_actie-1')).remindedAt).toEqual(expect.any(String));
    await ok(regisseur, caseId, { type: 'ACTIE_AFGEROND', actieId: 'actie-1' });

    await advanceTo(api, regisseur, local('2026-04-06', 9));
    const c = await caseView(regisseur, caseId);
    const gemist = c.deadlines.find((d: { key: string }) => d.key === 'actie_actie-2');
    expect(gemist).toMatchObject({ status: 'missed', remindedAt: expect.any(String) });
    expect(c.context.acties[1]).toMatchObject({
      id: 'actie-2',
      status: 'open',
      gemistOp: expect.any(String),
    });
    expect(c.gemisteActies).toBe(1);
    const actie2 = gemist.id as string;
    const aanEigenaar = await api.db.query(
      `SELECT recipient, kind FROM notifications WHERE deadline_id = $1 ORDER BY kind, recipient`,
      [actie2],
    );
    expect(aanEigenaar).toEqual([
      { recipient: 'intaker1', kind: 'herinnering' },
      { recipient: 'regisseur1', kind: 'herinnering' },
      { recipient: 'intaker1', kind: 'termijn_verstreken' },
      { recipient: 'regisseur1', kind: 'termijn_verstreken' },
    ]);

    const nogOpen = await regisseur.event(caseId, { type: 'UITVOERING_AFGEROND' }).expect(422);
    expect(nogOpen.body.detail).toContain('actie-2, actie-3, actie-4');

    await ok(regisseur, caseId, { type: 'ACTIE_AFGEROND', actieId: 'actie-2' });
    const geannuleerd = await ok(regisseur, caseId, {
      type: 'ACTIE_GEANNULEERD',
      actieId: 'actie-4',
      reden: 'Niet meer nodig: de verhuizing is gelukt.',
    });
    expect(geannuleerd.deadlines.find((d: { key: string }) => d.key === 'actie_actie-4')).toMatchObject({
      status: 'cancelled',
    });
    // the ambulant jeugdhulp runs past 3 months: the case stays in uitvoering
    const nogEen = await regisseur.event(caseId, { type: 'UITVOERING_AFGEROND' }).expect(422);
    expect(nogEen.body.detail).toContain('actie-3');
  });

  it('is evaluated at 3 months, on time, while an action still runs, with a realised structural saving', async () => {
    await advanceTo(api, regisseur, local('2026-06-08', 9));
    expect((await deadlineOf(regisseur, caseId, 'evaluatie_3m')).remindedAt).toEqual(expect.any(String));
    expect((await caseView(regisseur, caseId)).state).toBe('uitvoering');
    const e = await ok(regisseur, caseId, {
      type: 'EVALUATIE_VASTGELEGD',
      maanden: 3,
      doelBereikt: 'deels',
      zrm: [
        { domein: 'huisvesting', score: 4 },
        { domein: 'financien', score: 3 },
        { domein: 'huiselijke_relaties', score: 4 },
      ],
      besparingen: [{ stap: 1, gerealiseerdPerJaar: 1_800_000, soort: 'structureel' }],
      toelichting: 'Verhuisd; de dochter krijgt ambulante hulp.',
    });
    expect(e).toMatchObject({
      state: 'uitvoering',
      gerealiseerdStructureel: 1_800_000,
      doelBereikt: 'deels',
    });
    expect(e.deadlines.find((d: { key: string }) => d.key === 'evaluatie_3m')).toMatchObject({
      status: 'met',
    });
    expect(e.context.evaluaties[0]).toMatchObject({ maanden: 3, teLaat: false });

    // only once no action is open does the case move to evaluatie
    await ok(regisseur, caseId, { type: 'ACTIE_AFGEROND', actieId: 'actie-3' });
    const klaar = await ok(regisseur, caseId, { type: 'UITVOERING_AFGEROND' });
    expect(klaar.state).toBe('evaluatie');
    expect(klaar.deadlines.find((d: { key: string }) => d.key === 'evaluatie_3m')).toMatchObject({
      status: 'met',
    });
  });

  it('lets the 12-month evaluation fall due on its date, recorded late', async () => {
    await advanceTo(api, regisseur, local('2027-03-11', 9));
    expect(await deadlineOf(regisseur, caseId, 'evaluatie_12m')).toMatchObject({
      dueDate: '2027-03-10',
      status: 'missed',
    });
    const e = await ok(regisseur, caseId, {
      type: 'EVALUATIE_VASTGELEGD',
      maanden: 12,
      doelBereikt: 'ja',
      zrm: [{ domein: 'huisvesting', score: 5 }],
      besparingen: [{ stap: 1, gerealiseerdPerJaar: 1_800_000, soort: 'structureel' }],
    });
    expect(e.context.evaluaties[1]).toMatchObject({ maanden: 12, teLaat: true });
  });

  it('closes with a systeemsignaal that reaches beleid', async () => {
    const signaal = 'de corporatie weigert een nieuw huurcontract bij elke huurachterstand';
    const klaar = await ok(regisseur, caseId, {
      type: 'AFGESLOTEN',
      systeemsignaal: {
        soort: 'regel',
        signaal,
        voorstel: 'Afspraak met de corporatie: een nieuw contract met een betalingsregeling bij achterstand.',
      },
    });
    expect(klaar).toMatchObject({ state: 'afgesloten', status: 'done' });
    await api.drained();
    const lijst = (await beleid.get('/api/v1/systeemsignalen').expect(200)).body.items;
    expect(lijst).toEqual([expect.objectContaining({ signaal, soort: 'regel', status: 'ontvangen' })]);
    // 3.4A.1 (jeugdhulp) and 3.4B.1 (Wmo) both count it, and its realised saving is structural
    // (exact, unsuppressed: beleid sees this one case as "< 5")
    const keys = ['almelo 3.4A.1', 'almelo 3.4B.1', 'regie doorbraak-besparing'];
    const i = await onbewerkt(api, 'almelo', '2026-01-01', '2027-12-31', keys);
    expect(i['almelo 3.4A.1']!.waarde.waarde).toBe(1);
    expect(i['almelo 3.4B.1']!.waarde.waarde).toBe(1);
    expect(uitsplitsingCel(i['regie doorbraak-besparing']!, 'soort', 'structureel').waarde).toBe(1_800_000);
    const zoals = await zoalsBeleid(beleid, '2026-01-01', '2027-12-31', keys);
    expect(zoals['almelo 3.4A.1']).toMatchObject(VERBORGEN);
    // a new aanmelding is possible once the running doorbraak closed
    await regisseur
      .post('/api/v1/cases')
      .send({ workflow: 'doorbraak', subjectId: gezin, input: AANMELDING })
      .expect(201);
  });

  it('answers a context of the shape the document names, DoorbraakContext, with every part filled', async () => {
    // the harness checks each answer against the document, but a case view's context is open there
    const doc = (await api.http.get('/api/v1/openapi.json').expect(200)).body;
    const context = doc.components.schemas.CaseView.properties.context;
    expect(context.description).toContain('DoorbraakContext');
    expect(context['x-workflow-context']).toEqual({
      doorbraak: { $ref: '#/components/schemas/DoorbraakContext' },
    });
    const contract = new Contract(doc);
    const ctx = (await caseView(regisseur, caseId)).context;
    expect(ctx).toMatchObject({
      analyse: { betrokkenen: expect.any(Array), zrm: expect.any(Array) },
      plan: { stappen: expect.any(Array) },
      goedkeuring: { mandaat: 'teamleider' },
      afsluiting: { systeemsignaal: expect.any(Object) },
    });
    for (const deel of ['besluiten', 'acties', 'evaluaties', 'gemisteEvaluaties'])
      expect(ctx[deel].length).toBeGreaterThan(0);
    expect(contract.checkComponent('DoorbraakContext', ctx)).toEqual([]);

    // the check bites: a fraction of a cent, a field the document does not name, a missing one
    const stap = { ...ctx.plan.stappen[0], eenmaligeKosten: 320_000.5 };
    const fouten = [
      { ...ctx, plan: { ...ctx.plan, stappen: [stap] } },
      { ...ctx, acties: [{ ...ctx.acties[0], naam: 'Jansen' }] },
      { ...ctx, evaluaties: [{ ...ctx.evaluaties[0], teLaat: undefined }] },
    ].map((waarde) => contract.checkComponent('DoorbraakContext', waarde));
    expect(fouten).toEqual([
      [expect.stringContaining('/plan/stappen/0/eenmaligeKosten')],
      [expect.stringContaining('(naam)')],
      [expect.stringContaining('teLaat')],
    ]);
  });
});

describe('Doorbraak: the € 7.500 variant needs the manager', () => {
  let variant: string;

  it('is refused for the teamleider (403 naming the level) and approved by the manager after voorleggen', async () => {
    variant = await planVoorBesluit('Jansen-variant', 750_000);
    const b = await caseView(regisseur, variant);
    expect(b).toMatchObject({ planEenmalig: 750_000, mandaatNodig: 'manager_sociaal_domein' });

    await ongewijzigd(variant, async () => {
      const res = await teamleider.event(variant, { type: 'PLAN_GOEDGEKEURD' }).expect(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.detail).toContain(
        'Dit besluit vraagt het mandaat van manager sociaal domein (tot € 25.000,00)',
      );
    });
    await ongewijzigd(variant, async () => {
      const onbekend = await api.as('wethouder1', ['teamleider'], 'almelo', 'wijkteam-noord', 'wethouder');
      const res = await onbekend.event(variant, { type: 'PLAN_GOEDGEKEURD' }).expect(403);
      expect(res.body.detail).toContain("uw mandaat 'wethouder' kent deze gemeente niet");
    });
    await ongewijzigd(variant, async () => {
      const res = await teamleider.event(variant, { type: 'PLAN_VOORGELEGD', aan: 'wethouder' }).expect(400);
      expect(res.body.invalidParams[0]).toMatchObject({ name: 'aan' });
    });
    const v = await ok(teamleider, variant, {
      type: 'PLAN_VOORGELEGD',
      toelichting: 'Boven mijn mandaat van € 5.000.',
    });
    expect(v.voorgelegdAan).toBe('manager_sociaal_domein');
    const g = await ok(manager, variant, { type: 'PLAN_GOEDGEKEURD' });
    expect(g).toMatchObject({
      state: 'uitvoering',
      goedgekeurdDoor: 'manager1',
      goedgekeurdNiveau: 'manager_sociaal_domein',
    });
    expect(
      g.context.besluiten.map((s: { soort: string; mandaat: string | null }) => [s.soort, s.mandaat]),
    ).toEqual([
      ['ingediend', null],
      ['voorgelegd', 'teamleider'],
      ['goedgekeurd', 'manager_sociaal_domein'],
    ]);
  });
});

describe('Doorbraak: one per household, also when two aanmeldingen arrive at once', () => {
  it('lets exactly one of simultaneous starts for a household and its members through (409 for the others)', async () => {
    const huishouden = await nieuwHuishouden('Gelijktijdig');
    const leden = (await regisseur.get(`/api/v1/subjects/${huishouden}`).expect(200)).body
      .members as string[];
    expect(leden).toHaveLength(2);
    const starts = [huishouden, ...leden, huishouden, ...leden].map((subjectId, i) =>
      (i % 2 ? intaker : regisseur)
        .post('/api/v1/cases')
        .send({ workflow: 'doorbraak', subjectId, input: AANMELDING }),
    );
    const antwoorden = await Promise.all(starts);
    expect(antwoorden.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    const gestart = antwoorden.find((r) => r.status === 201)!.body.id as string;
    for (const r of antwoorden.filter((x) => x.status === 409))
      expect(r.body).toMatchObject({ code: 'case_already_open', caseId: gestart });
    const open: { n: string }[] = await api.db.query(
      `SELECT count(*) AS n FROM cases WHERE workflow = 'doorbraak' AND subject_id = ANY($1::uuid[])
         AND snapshot->>'status' = 'active'`,
      [[huishouden, ...leden]],
    );
    expect(Number(open[0].n)).toBe(1);
  });
});

describe('Doorbraak: the manager is one of the users', () => {
  it('offers manager1 (mandate manager sociaal domein) in the pickers', async () => {
    const users = (await regisseur.get('/api/v1/users').expect(200)).body.items;
    expect(users).toContainEqual({ user: 'manager1', roles: ['teamleider'], team: 'wijkteam-noord' });
    const team = (await regisseur.get('/api/v1/users?team=wijkteam-noord').expect(200)).body.items;
    expect(team.map((u: { user: string }) => u.user)).toContain('manager1');
  });
});

describe('Doorbraak: the mandate levels are the gemeente’s configuration', () => {
  it('refuses levels that do not climb or leave no one to decide, naming the field (400)', async () => {
    const admin = await api.as('admin1', ['admin'], 'almelo', null);
    const res = await admin
      .put('/api/v1/admin/config/doorbraak')
      .send({
        config: {
          mandaatniveaus: [
            { code: 'teamleider', naam: 'teamleider', bovengrens: 500_000 },
            { code: 'teamleider', naam: 'manager', bovengrens: 2_500_000 },
          ],
        },
      })
      .expect(400);
    expect(JSON.stringify(res.body)).toContain('teamleider staat er dubbel in');
    expect(JSON.stringify(res.body)).toContain('heeft geen bovengrens (null)');
  });

  it('lets the admin change levels and names, kept in the config history; a new case decides by them', async () => {
    const admin = await api.as('admin1', ['admin'], 'almelo', null);
    const niveaus = [
      { code: 'teamleider', naam: 'teamleider', bovengrens: 1_000_000 },
      { code: 'manager_sociaal_domein', naam: 'manager sociaal domein', bovengrens: 5_000_000 },
      { code: 'college', naam: 'college van B&W', bovengrens: null },
    ];
    await admin
      .put('/api/v1/admin/config/doorbraak')
      .send({ config: { mandaatniveaus: niveaus } })
      .expect(200);
    const historie = (await admin.get('/api/v1/admin/config/doorbraak/history').expect(200)).body;
    expect(JSON.stringify(historie)).toContain('1000000');

    const id = await planVoorBesluit('Jansen-regels', 750_000);
    expect(await caseView(regisseur, id)).toMatchObject({ mandaatNodig: 'teamleider' });
    expect(await ok(teamleider, id, { type: 'PLAN_GOEDGEKEURD' })).toMatchObject({ state: 'uitvoering' });
  });
});

/** A melding of `inwoner` whose intaker registers the household `huishouden` for a doorbraak; its id. */
async function meldingMetDoorbraak(inwoner: string, huishouden: string): Promise<string> {
  const intakeId = (
    await intaker
      .post('/api/v1/cases')
      .send({
        workflow: 'intake',
        subjectId: inwoner,
        input: { channel: 'inwoner_zelf', lifeAreas: ['huisvesting'], laws: ['Wmo'] },
      })
      .expect(201)
  ).body.id as string;
  await ok(intaker, intakeId, { type: 'DOORBRAAK_AANGEMELD', ...AANMELDING, huishoudenId: huishouden });
  return intakeId;
}

describe('Doorbraak: registered from a running intake or AVE track, linked both ways', () => {
  it('starts the household’s doorbraak from the melding, and joins it from the AVE track', async () => {
    const huishouden = await nieuwHuishouden('Jansen-koppeling');
    const inwoner = (
      await intaker.post('/api/v1/subjects').send({ kind: 'inwoner', name: 'Inwoner Koppeling' }).expect(201)
    ).body.id;
    const intakeId = await meldingMetDoorbraak(inwoner, huishouden);
    await api.drained();
    const c = await caseView(intaker, intakeId);
    expect(c.context.doorbraakCaseId).toEqual(expect.any(String));
    const doorbraakId = c.context.doorbraakCaseId as string;
    const d = await caseView(intaker, doorbraakId);
    expect(d).toMatchObject({ workflow: 'doorbraak', subjectId: huishouden, state: 'aangemeld' });
    expect(d.context.intakeCaseIds).toEqual([intakeId]);

    const aveId = (
      await intaker
        .post('/api/v1/cases')
        .send({ workflow: 'ave', subjectId: huishouden, input: { kinderenInHuishouden: true } })
        .expect(201)
    ).body.id;
    await ok(intaker, aveId, { type: 'DOORBRAAK_AANGEMELD', ...AANMELDING });
    await api.drained();
    expect((await caseView(intaker, aveId)).context.doorbraakCaseIds).toEqual([doorbraakId]);
    expect((await caseView(intaker, doorbraakId)).context.aveCaseIds).toEqual([aveId]);
    // still one running doorbraak for the household
    const dubbel = await intaker
      .post('/api/v1/cases')
      .send({ workflow: 'doorbraak', subjectId: huishouden, input: AANMELDING })
      .expect(409);
    expect(dubbel.body.detail).toContain(doorbraakId);
    // nor one for a member of the household: the household's doorbraak is theirs
    const [{ members }]: { members: string[] }[] = await api.db.query(
      `SELECT members FROM subjects WHERE id = $1`,
      [huishouden],
    );
    const lid = await intaker
      .post('/api/v1/cases')
      .send({ workflow: 'doorbraak', subjectId: members[1], input: AANMELDING })
      .expect(409);
    expect(lid.body).toMatchObject({ code: 'case_already_open', caseId: doorbraakId });
    expect(lid.body.detail).toContain(`${huishouden}, van hetzelfde huishouden als ${members[1]}`);
  });

  it('joins a member’s running doorbraak when a melding registers the household', async () => {
    const huishouden = await nieuwHuishouden('Jansen-lid');
    const [{ members }]: { members: string[] }[] = await api.db.query(
      `SELECT members FROM subjects WHERE id = $1`,
      [huishouden],
    );
    const [moeder, dochter] = members;
    const vanDochter = (
      await intaker
        .post('/api/v1/cases')
        .send({ workflow: 'doorbraak', subjectId: dochter, input: AANMELDING })
        .expect(201)
    ).body.id;
    const intakeId = await meldingMetDoorbraak(moeder, huishouden);
    await api.drained();
    expect((await caseView(intaker, intakeId)).context.doorbraakCaseId).toBe(vanDochter);
    expect((await caseView(intaker, vanDochter)).context.intakeCaseIds).toEqual([intakeId]);
  });
});
