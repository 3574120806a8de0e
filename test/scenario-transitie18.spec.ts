/**
 * 18-/18+ end to end through HTTP with the manual clock: a youth of 16 years and 5 months gets jeugd-ggz at an
 * aanbieder the insurer does not contract. The inzet makes the voorziening a record and opens its herindicatie;
 * a month later the daily scan (run here as the job scheduler would) enrols the youth in the 18-/18+ transition,
 * every milestone fires on its date, the warm-handover plan is demanded, and at 18.25 the missing Zvw follow-on
 * shows as a gap. The herindicatie task opens 8 weeks before the voorziening's end and goes to the teamleider 2
 * weeks before it. The worklist, the daily digest and indicator 3.4C.1 read what happened. Last, the scan's one
 * query over 200,000 subjects.
 */
import { addDays, dateAtAge } from '@regie/calendar';
import { Clock, Engine, WorkflowRegistry } from '@regie/engine';
import { SystemDatabase, VoorzieningenRepository, WorklistRepository } from '@regie/persistence';
import { Transitie18Inschrijving, WorklistDigest, worklistTaken } from '@regie/sociaal-domein';
import { DOMEINEN } from '../workflows/transitie18/events';
import { type AgentFor, type Api, startApi } from './support/api-harness';
import { VERBORGEN, onbewerkt, zoalsBeleid } from './support/indicator-waarden';
import * as klantreis from './support/klantreis';
import type { Deadline } from './support/klantreis';

let api: Api;
let intaker: AgentFor;
let teamleider: AgentFor;
let beleid: AgentFor;
let scan: Transitie18Inschrijving;

// Born 2 October 2009: 16.5 on 2026-04-02, 17 on 2026-10-02, 17.5 on 2027-04-02, 17.75 on 2027-07-02,
// 18 on 2027-10-02, 18.25 on 2028-01-02. On Monday 2 March 2026 the youth is 16 years and 5 months.
const BIRTH = '2009-10-02';
const EINDDATUM = '2027-09-30';

let youth: string;
let intakeId: string;
let herindicatieId: string;
let transitieId: string;

interface Item {
  soort: string;
  caseId: string;
  key: string;
  dueDate: string;
  status: string;
  geescaleerdOp: string | null;
}

beforeAll(async () => {
  api = await startApi('2026-03-02T09:00:00+01:00');
  intaker = await api.as('intaker1', ['intaker'], 'almelo', 'wijkteam-noord');
  teamleider = await api.as('tl1', ['teamleider'], 'almelo', 'wijkteam-noord');
  beleid = await api.as('beleid1', ['beleid'], 'almelo', null);
  scan = new Transitie18Inschrijving(
    api.app.get(Engine),
    api.app.get(SystemDatabase).handle,
    api.app.get(VoorzieningenRepository),
    api.app.get(Clock),
  );
});
afterAll(async () => {
  await api.close();
});

const advanceTo = (at: Date) => klantreis.advanceTo(api, intaker, at);
const view = (id: string) => klantreis.caseView(intaker, id);
const deadline = (id: string, key: string) => klantreis.deadlineOf(intaker, id, key);
const { local } = klantreis;
const worklist = async (): Promise<Item[]> => (await intaker.get('/api/v1/worklist').expect(200)).body.items;

/** The milestone's deadline still runs late on its date and has passed just after midnight. */
async function firesOn(key: string, date: string) {
  await advanceTo(local(date, 23));
  expect(await deadline(transitieId, key)).toMatchObject({ dueDate: date, status: 'pending' });
  await advanceTo(local(date, 25));
  expect(await deadline(transitieId, key)).toMatchObject({ dueDate: date, status: 'missed' });
  const history = (await intaker.get(`/api/v1/cases/${transitieId}/history`).expect(200)).body;
  const entry = (history.items ?? history).find(
    (h: { type: string; data: { key?: string } }) => h.type === 'TERMIJN_VERSTREKEN' && h.data.key === key,
  );
  expect(new Date(entry.at).toISOString()).toBe(local(date, 24).toISOString());
}

/** The switch is a moment: still pending late on its date, reached on that date just after midnight. */
async function reachedOn(key: string, date: string) {
  await advanceTo(local(date, 23));
  expect(await deadline(transitieId, key)).toMatchObject({ dueDate: date, status: 'pending' });
  await advanceTo(local(date, 25));
  expect(await deadline(transitieId, key)).toMatchObject({
    dueDate: date,
    status: 'met',
    metAt: local(date, 0).toISOString(),
    missedAt: null,
  });
  const history = (await intaker.get(`/api/v1/cases/${transitieId}/history`).expect(200)).body;
  const entries = (history.items ?? history).filter((h: { data: { key?: string } }) => h.data.key === key);
  expect(entries.map((h: { type: string }) => h.type)).toEqual(['MIJLPAAL_BEREIKT']);
  expect(new Date(entries[0].at).toISOString()).toBe(local(date, 24).toISOString());
}

describe('a youth with jeugd-ggz is enrolled without anyone remembering', () => {
  it('the inzet of a Jeugdwet voorziening makes it a record of the youth, with its herindicatie', async () => {
    ({ subjectId: youth, intakeId } = await klantreis.jeugdwetVoorziening(intaker, {
      name: 'Jongere',
      birthDate: BIRTH,
      grantedBy: 'jongere en ouders',
      lifeArea: 'psychische_gezondheid',
      product: 'jeugd-ggz behandeling',
      aanbieder: 'GGZ Jeugd Twente',
      volume: { aantal: 2, eenheid: 'uur per week' },
      startdatum: '2026-03-02',
      einddatum: EINDDATUM,
    }));

    await api.drained();
    const items = (await intaker.get(`/api/v1/subjects/${youth}/voorzieningen`).expect(200)).body.items;
    expect(items).toEqual([
      expect.objectContaining({
        subjectId: youth,
        caseId: intakeId,
        wet: 'Jeugdwet',
        product: 'jeugd-ggz behandeling',
        aanbieder: 'GGZ Jeugd Twente',
        volume: { aantal: 2, eenheid: 'uur per week' },
        startdatum: '2026-03-02',
        einddatum: EINDDATUM,
        ggz: true,
        actief: true,
        herindicatieCaseId: expect.any(String),
      }),
    ]);
    herindicatieId = items[0].herindicatieCaseId;
    const review = await view(herindicatieId);
    expect(review).toMatchObject({
      workflow: 'herindicatie',
      state: 'lopend',
      regie: { holder: 'intaker1' },
    });
    expect(review).toMatchObject({ openDatum: '2027-08-05', signaleringsDatum: '2027-09-16' });
    expect(await deadline(herindicatieId, 'herindicatie')).toMatchObject({
      dueDate: '2027-09-16',
      status: 'pending',
    });
  });

  it('is not enrolled at 16 years and 5 months, by the inzet nor by the scan', async () => {
    expect(await scan.scan()).toEqual({ gevonden: 0, ingeschreven: 0, overgeslagen: 0 });
    const cases = (await intaker.get(`/api/v1/cases?workflow=transitie18&subjectId=${youth}`).expect(200))
      .body;
    expect(cases.items).toEqual([]);
  });

  it('a month later the daily scan enrols the youth, on behalf of the voorziening owner, once', async () => {
    // the clock's move runs the scan every morning at 05:00 on the way; the run on the day of 16.5 enrols
    const move = await advanceTo(local('2026-04-02', 5));
    const scans = move.periodicRuns.filter((r) => r.job === 'transitie18-scan');
    // 05:00 in Amsterdam: winter time until Sunday 29 March, summer time from that day on
    const vijfUur = (dag: string) =>
      new Date(`${dag}T05:00:00${dag >= '2026-03-29' ? '+02:00' : '+01:00'}`).toISOString();
    expect(scans.map((r) => r.at)).toEqual(
      Array.from({ length: 31 }, (_, i) => vijfUur(addDays('2026-03-03', i))),
    );
    expect(scans.filter((r) => r.summary !== '0 gevonden, 0 ingeschreven, 0 overgeslagen')).toEqual([
      {
        job: 'transitie18-scan',
        at: vijfUur('2026-04-02'),
        ok: true,
        summary: '1 gevonden, 1 ingeschreven, 0 overgeslagen',
      },
    ]);
    expect(await scan.scan()).toEqual({ gevonden: 0, ingeschreven: 0, overgeslagen: 0 });

    const cases = (await intaker.get(`/api/v1/cases?workflow=transitie18&subjectId=${youth}`).expect(200))
      .body;
    expect(cases.items).toHaveLength(1);
    transitieId = cases.items[0].id;
    const c = await view(transitieId);
    expect(c).toMatchObject({ state: 'voorbereiding', regie: { holder: 'intaker1' } });
    expect(c.context.jeugdVoorziening).toMatchObject({
      product: 'jeugd-ggz behandeling',
      aanbieder: 'GGZ Jeugd Twente',
      ggz: true,
    });
    const history = (await intaker.get(`/api/v1/cases/${transitieId}/history`).expect(200)).body;
    expect((history.items ?? history)[0]).toMatchObject({ type: 'CASE_GESTART', actor: 'system' });
    const due = Object.fromEntries(c.deadlines.map((d: Deadline) => [d.key, d.dueDate]));
    expect(due).toEqual({
      mijlpaal_toekomstplan_gestart: '2026-04-02',
      mijlpaal_toekomstplan_afgesproken: '2026-10-02',
      mijlpaal_aanvragen_ingediend: '2027-04-02',
      mijlpaal_praktische_zaken_geregeld: '2027-07-02',
      mijlpaal_overgang_18: '2027-10-02',
      mijlpaal_nazorg: '2028-01-02',
    });
    // the milestones are on the coach's worklist, by due date
    const items = await worklist();
    expect(items.filter((i) => i.caseId === transitieId).map((i) => i.key)).toEqual([
      'mijlpaal_toekomstplan_gestart',
      'mijlpaal_toekomstplan_afgesproken',
      'mijlpaal_aanvragen_ingediend',
      'mijlpaal_praktische_zaken_geregeld',
      'mijlpaal_overgang_18',
      'mijlpaal_nazorg',
    ]);
    expect(items.map((i) => i.dueDate)).toEqual([...items.map((i) => i.dueDate)].sort());
    expect(items.some((i) => i.soort === 'herindicatie')).toBe(false); // not open yet
  });

  it('16.5: the toekomstplan milestone fires on its date', async () => {
    await firesOn('mijlpaal_toekomstplan_gestart', '2026-04-02');
    await intaker.event(transitieId, { type: 'TOEKOMSTPLAN_GESTART' }).expect(200);
  });

  it('17: the agreed-plan milestone fires on its date; then the plan names Zvw ggz and beschermd wonen', async () => {
    await firesOn('mijlpaal_toekomstplan_afgesproken', '2026-10-02');
    const domeinen = DOMEINEN.map((domein) => ({
      domein,
      status: domein === 'zvw_ggz' ? 'nodig' : domein === 'beschermd_wonen' ? 'aangevraagd' : 'niet_nodig',
    }));
    await intaker.event(transitieId, { type: 'TOEKOMSTPLAN_AFGESPROKEN', domeinen }).expect(200);
    await intaker
      .event(transitieId, {
        type: 'VERVOLGROUTE_BIJGEWERKT',
        domein: 'zvw_ggz',
        status: 'nodig',
        aanbiederGecontracteerd: false,
      })
      .expect(200);
  });

  it('the warm-handover plan is demanded before the applications count as done', async () => {
    const refused = await intaker.event(transitieId, { type: 'AANVRAGEN_INGEDIEND' }).expect(422);
    expect(refused.body.detail).toBe(
      'De zorgverzekeraar heeft geen contract met ggz-aanbieder GGZ Jeugd Twente: plan eerst de warme overdracht (wie neemt de behandeling over, en hoe loopt die door) voordat de aanvragen rond zijn.',
    );
  });

  it('17.5: the applications milestone fires on its date; the handover is planned after all', async () => {
    await firesOn('mijlpaal_aanvragen_ingediend', '2027-04-02');
    await intaker
      .event(transitieId, {
        type: 'WARME_OVERDRACHT_GEPLAND',
        plan: 'Behandelaar draagt over aan de POH-ggz',
      })
      .expect(200);
    expect((await intaker.event(transitieId, { type: 'AANVRAGEN_INGEDIEND' }).expect(200)).body.state).toBe(
      'overdracht',
    );
  });

  it('17.75: the practical-matters milestone fires on its date', async () => {
    await firesOn('mijlpaal_praktische_zaken_geregeld', '2027-07-02');
  });

  it('the herindicatie task opens 8 weeks before the end date and reminds its owner', async () => {
    await advanceTo(local('2027-08-04', 12));
    expect((await worklist()).some((i) => i.soort === 'herindicatie')).toBe(false);
    await advanceTo(local('2027-08-05', 9));
    const task = (await worklist()).find((i) => i.soort === 'herindicatie');
    expect(task).toMatchObject({
      caseId: herindicatieId,
      dueDate: '2027-09-16',
      status: 'pending',
      geescaleerdOp: null,
    });
    const notes = (await intaker.get('/api/v1/notifications').expect(200)).body.items;
    expect(notes).toContainEqual(expect.objectContaining({ kind: 'herinnering', caseId: herindicatieId }));
  });

  it('the daily digest sums the worklist up per user, counts only, once a day', async () => {
    // the clock's moves run the digest on every working morning at 07:00; once more on the same day writes nothing
    const move = await advanceTo(local('2027-08-06', 8)); // Friday
    expect(move.periodicRuns.filter((r) => r.job === 'werklijst-digest')).toEqual([
      expect.objectContaining({ at: new Date('2027-08-06T07:00:00+02:00').toISOString(), ok: true }),
    ]);
    const digest = new WorklistDigest(
      api.app.get(WorklistRepository),
      api.app.get(SystemDatabase).handle,
      api.app.get(Clock),
      worklistTaken(api.app.get(WorkflowRegistry)),
    );
    expect(await digest.run()).toBe(0);
    const notes = (await intaker.get('/api/v1/notifications').expect(200)).body.items;
    const dag = notes.filter((n: { kind: string }) => n.kind === 'dagoverzicht');
    const dagen = dag.map((n: { createdAt: string }) => n.createdAt.slice(0, 10));
    expect(new Set(dagen).size).toBe(dagen.length);
    expect(dag.length).toBeGreaterThan(1);
    const items = await worklist();
    const termijnen = items.filter((i) => i.soort === 'termijn');
    const now = Date.parse((await api.http.get('/api/v1/clock').expect(200)).body.now);
    const binnenWeek = termijnen.filter(
      (i) => Date.parse((i as unknown as { dueAt: string }).dueAt) < now + 7 * 86_400_000,
    );
    expect(termijnen.length).toBeGreaterThanOrEqual(2); // overgang 18 and nazorg at least
    expect(dag[0].message).toBe(
      `Dagoverzicht werklijst: ${termijnen.length} lopende termijn(en), waarvan ${binnenWeek.length} binnen 7 dagen; 1 open herindicatie(s), waarvan 0 bij de teamleider gemeld.`,
    );
    expect(dag[0].caseId).toBeNull();
  });

  it('the herindicatie still open 2 weeks before the end goes to the teamleider', async () => {
    const toTeamleider = async () =>
      (await teamleider.get('/api/v1/notifications').expect(200)).body.items.filter(
        (n: { caseId: string }) => n.caseId === herindicatieId,
      );
    await advanceTo(local('2027-09-16', 23));
    expect(await toTeamleider()).toEqual([]);
    await advanceTo(local('2027-09-17', 1));
    expect(await toTeamleider()).toEqual([
      expect.objectContaining({ kind: 'termijn_verstreken', recipient: 'teamleider:wijkteam-noord' }),
    ]);
    const task = (await worklist()).find((i) => i.soort === 'herindicatie');
    expect(task).toMatchObject({
      caseId: herindicatieId,
      status: 'missed',
      geescaleerdOp: expect.any(String),
    });

    await intaker.event(herindicatieId, { type: 'HERINDICATIE_AFGEROND', uitkomst: 'beeindigd' }).expect(200);
    expect((await worklist()).some((i) => i.soort === 'herindicatie')).toBe(false);
  });

  it('18: the switch is reached on its date; the Jeugdwet voorziening has ended', async () => {
    await advanceTo(local('2027-10-01', 10));
    await intaker
      .event(transitieId, { type: 'VERVOLGROUTE_BIJGEWERKT', domein: 'beschermd_wonen', status: 'actief' })
      .expect(200);
    await reachedOn('mijlpaal_overgang_18', '2027-10-02');
    const c = await view(transitieId);
    expect(c.state).toBe('nazorg');
    // its own einddatum came first
    expect(c.context.jeugdwetVoorzieningBeeindigdOp).toBe(EINDDATUM);
  });

  it('18.25: the follow-up fires on its date and the missing Zvw follow-on shows as a gap', async () => {
    await firesOn('mijlpaal_nazorg', '2028-01-02');
    const c = await view(transitieId);
    expect(c.state).toBe('hiaat');
    expect(c.context.gaten).toEqual([
      expect.objectContaining({ domein: 'zvw_ggz', status: 'nodig', gedichtOp: null }),
    ]);
  });
});

describe('indicator 3.4C.1 from history', () => {
  it('counts the youth in the period the beschermd wonen follow-on became active', async () => {
    const KEY = ['almelo 3.4C.1'];
    const in2027 = await onbewerkt(api, 'almelo', '2027-01-01', '2027-12-31', KEY);
    expect(in2027['almelo 3.4C.1']!.waarde).toMatchObject({ waarde: 1, basis: 1 });
    const in2026 = await onbewerkt(api, 'almelo', '2026-01-01', '2026-12-31', KEY);
    expect(in2026['almelo 3.4C.1']!.waarde.waarde).toBe(0);
    // beleid sees the one youth as "< 5", in JSON and in the CSV
    const zoals = await zoalsBeleid(beleid, '2027-01-01', '2027-12-31', KEY);
    expect(zoals['almelo 3.4C.1']).toMatchObject(VERBORGEN);
    const csv = await beleid.get('/api/v1/indicators?from=2027-01-01&to=2027-12-31&format=csv').expect(200);
    expect(csv.text).toMatch(/^almelo 3\.4C\.1;[^\r\n]*;2027-01-01 t\/m 2027-12-31;< 5\r$/m);
  });

  it('is for beleid only, and refuses a period that ends before it starts', async () => {
    const refused = await intaker.get('/api/v1/indicators?from=2027-01-01&to=2027-12-31').expect(403);
    expect(refused.body.detail).toBe('Indicatoren inzien is voorbehouden aan: beleid');
    await beleid.get('/api/v1/indicators?from=2027-12-31&to=2027-01-01').expect(400);
    await beleid.get('/api/v1/worklist').expect(403);
  });
});

describe('a voorziening that starts for a youth already past 16.5', () => {
  it('enrols at once, without waiting for the scan', async () => {
    // now 2 January 2028: born 1 July 2011 is 16.5 on 2028-01-01
    const { subjectId: late } = await klantreis.jeugdwetVoorziening(intaker, {
      name: 'Tweede jongere',
      birthDate: '2011-07-01',
      grantedBy: 'jongere',
      lifeArea: 'opvoeding',
      product: 'jeugdbegeleiding',
      aanbieder: 'Zorgaanbieder Twente',
      volume: { aantal: 4, eenheid: 'uur per week' },
      startdatum: '2028-01-02',
      einddatum: '2028-12-31',
    });
    await api.drained();
    const cases = (await intaker.get(`/api/v1/cases?workflow=transitie18&subjectId=${late}`).expect(200))
      .body;
    expect(cases.items).toEqual([
      expect.objectContaining({
        state: 'voorbereiding',
        regie: expect.objectContaining({ holder: 'intaker1' }),
      }),
    ]);
    expect(await scan.scan()).toEqual({ gevonden: 0, ingeschreven: 0, overgeslagen: 0 });
  });
});

describe('the scan is one set-based query', () => {
  it('finds the candidates among 200,000 subjects with one query, by the leeftijd.ts rules', async () => {
    // 200,000 inwoners born over 25 years (29 February among them); every tenth has a running Jeugdwet voorziening
    await api.db.query(`
      INSERT INTO subjects (id, gemeente, kind, name, birth_date, created_at)
      SELECT gen_random_uuid(), 'almelo', 'inwoner', 'bulk', DATE '2003-01-01' + (i % 9131), now()
      FROM generate_series(1, 200000) i`);
    await api.db.query(`
      WITH s AS (SELECT id, birth_date, row_number() OVER () AS n FROM subjects WHERE name = 'bulk'),
      c AS (
        INSERT INTO cases (id, gemeente, workflow, workflow_version, subject_id, snapshot, state_value, regie_role,
          regie_holder, version, created_at, updated_at)
        SELECT gen_random_uuid(), 'almelo', 'intake', 1, id, '{}', 'inzet', 'intaker', 'bulk', 1, now(), now()
        FROM s WHERE n % 10 = 0 OR birth_date = DATE '2008-02-29'
        RETURNING id, subject_id)
      INSERT INTO voorzieningen (id, gemeente, subject_id, case_id, wet, product, aanbieder, volume_aantal,
        volume_eenheid, startdatum, einddatum, eigenaar, created_at)
      SELECT gen_random_uuid(), 'almelo', subject_id, id, 'Jeugdwet', 'jeugdbegeleiding', 'Aanbieder', 1, 'uur',
        DATE '2020-01-01', NULL, 'bulk', now()
      FROM c`);
    await api.db.query(`ANALYZE subjects; ANALYZE voorzieningen; ANALYZE cases`);

    const all: { subject_id: string; birth_date: string }[] = await api.db.query(
      `SELECT v.subject_id, s.birth_date FROM voorzieningen v JOIN subjects s ON s.id = v.subject_id
       WHERE s.name = 'bulk'`,
    );
    // a leap day, and the day before a 29 February youth turns 18 (on 1 March) in a common year
    for (const vandaag of ['2028-02-29', '2026-02-28', '2026-03-01']) {
      // how fast is measured by `npm run bench` (f), not asserted here
      const found = await scan.kandidaten(vandaag);
      // the same rule, one youth at a time, in plain TypeScript (leeftijd.ts)
      const expected = all
        .filter((r) => dateAtAge(r.birth_date, 16, 6) <= vandaag && dateAtAge(r.birth_date, 18) > vandaag)
        .map((r) => r.subject_id)
        .sort();
      expect(expected.length).toBeGreaterThan(100);
      expect(found.map((k) => k.subject_id).sort()).toEqual(expected);
    }
    // born 29 February 2008: still 17 on 28 February 2026, 18 on 1 March
    const schrikkel = all.filter((r) => r.birth_date === '2008-02-29').map((r) => r.subject_id);
    expect(schrikkel.length).toBeGreaterThan(0);
    const ids = async (d: string) => (await scan.kandidaten(d)).map((k) => k.subject_id);
    expect(await ids('2026-02-28')).toEqual(expect.arrayContaining(schrikkel));
    expect(await ids('2026-03-01')).not.toEqual(expect.arrayContaining([schrikkel[0]]));
  });
});
