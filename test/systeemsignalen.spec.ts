/**
 * Systeemsignalen for policy, through HTTP against the real Postgres: the worker's handler of
 * the `systeemsignaal` effect records a closing doorbraak's signal once per case however often it runs; beleid
 * lists it (by status), changes its status and replies, and every change is in its history with who made it;
 * only beleid changes it, and beleid never reads the case it came from.
 */
import { Engine } from '@regie/engine';
import { asTenant } from '@regie/persistence';
import { DomainRecords, domainEffects } from '@regie/sociaal-domein';
import type { SysteemsignaalEffect } from '@regie/workflows/sociaal-domein';
import { type AgentFor, type Api, startApi } from './support/api-harness';

let api: Api;
let intaker: AgentFor;
let beleid: AgentFor;
let beleidToken: string;

beforeAll(async () => {
  api = await startApi('2026-03-02T09:00:00+01:00');
  intaker = await api.as('intaker1');
  beleid = await api.as('beleid1', ['beleid'], 'almelo', null);
  beleidToken = await api.token('beleid1', ['beleid'], 'almelo', null);
});
afterAll(async () => {
  await api.close();
});

/** A case of the gemeente to hang a signal on: a doorbraak in the journey, any case will do for the record. */
async function aCase(): Promise<string> {
  const subject = await intaker
    .post('/api/v1/subjects')
    .send({ kind: 'inwoner', name: 'Signaal Inwoner' })
    .expect(201);
  const started = await intaker
    .post('/api/v1/cases')
    .send({
      workflow: 'intake',
      subjectId: subject.body.id,
      input: { channel: 'inwoner_zelf', lifeAreas: ['financien'], laws: ['Wmo'] },
    })
    .expect(201);
  return started.body.id as string;
}

const SIGNAAL = {
  type: 'systeemsignaal' as const,
  soort: 'regel' as const,
  signaal: 'de corporatie weigert een nieuw huurcontract bij elke huurachterstand',
  voorstel: 'afspraak met de corporatie: een contract met een betalingsregeling bij achterstand',
  at: '2026-03-02T10:00:00.000Z',
};

/** Runs the worker's handler for the effect, as the EffectRunner does for each delivery of its job. */
async function deliver(caseId: string, effect: SysteemsignaalEffect = SIGNAAL, outboxId = '1') {
  const handlers = domainEffects(api.app.get(Engine), api.app.get(DomainRecords));
  await handlers.systeemsignaal(outboxId, {
    gemeente: 'almelo',
    caseId,
    team: 'wijkteam-noord',
    actor: 'casusregisseur1',
    effect,
  });
}

const patch = (id: string, body: unknown, token = beleidToken) =>
  api.http
    .patch(`/api/v1/systeemsignalen/${id}`)
    .set('Authorization', `Bearer ${token}`)
    .send(body as object);

describe('recording (the systeemsignaal effect)', () => {
  it('records a case’s signal once, however often the effect is delivered', async () => {
    const caseId = await aCase();
    await deliver(caseId);
    await deliver(caseId, SIGNAAL, '2');
    await deliver(caseId, { ...SIGNAAL, signaal: 'een tweede levering met andere tekst' }, '3');
    const list = await beleid.get('/api/v1/systeemsignalen').expect(200);
    const mine = list.body.items.filter((s: { signaal: string }) => s.signaal === SIGNAAL.signaal);
    expect(mine).toHaveLength(1);
    expect(list.body.items.some((s: { signaal: string }) => s.signaal.startsWith('een tweede'))).toBe(false);
    const rows: { n: string }[] = await api.db.query(
      `SELECT count(*) AS n FROM systeemsignalen WHERE case_id = $1`,
      [caseId],
    );
    expect(Number(rows[0]!.n)).toBe(1);
  });

  it('shows beleid the signal and nothing of the case', async () => {
    const caseId = await aCase();
    await deliver(caseId, {
      ...SIGNAAL,
      soort: 'instantie',
      signaal: 'het UWV en de gemeente wachten op elkaar',
    });
    const list = await beleid.get('/api/v1/systeemsignalen').expect(200);
    const s = list.body.items.find((i: { signaal: string }) => i.signaal.startsWith('het UWV'));
    expect(Object.keys(s).sort()).toEqual(
      [
        'gesignaleerdOp',
        'gewijzigdDoor',
        'gewijzigdOp',
        'id',
        'reactie',
        'signaal',
        'soort',
        'status',
        'versie',
        'voorstel',
      ].sort(),
    );
    expect(s).toMatchObject({ soort: 'instantie', status: 'ontvangen', reactie: null, versie: 1 });
    expect(s.gesignaleerdOp).toBe(SIGNAAL.at);
    expect(JSON.stringify(list.body)).not.toContain(caseId);
    // the case itself stays closed to beleid
    const res = await beleid.get(`/api/v1/cases/${caseId}`).expect(403);
    expect(res.body.detail).toEqual(expect.any(String));
    await beleid.get(`/api/v1/cases/${caseId}/history`).expect(403);
  });

  it('hides another gemeente’s signals and their history in Postgres itself (row-level security)', async () => {
    const count = (gemeente: string, table: string) =>
      asTenant(api.db, gemeente, async (db) => {
        // no gemeente filter on purpose: the policy alone must hide the rows
        const rows: { n: string }[] = await db.manager.query(`SELECT count(*) AS n FROM ${table}`);
        return Number(rows[0]!.n);
      });
    for (const table of ['systeemsignalen', 'systeemsignaal_historie']) {
      expect(await count('almelo', table)).toBeGreaterThan(0);
      expect(await count('borne', table)).toBe(0);
    }
  });

  it('keeps each gemeente’s signals to itself', async () => {
    const other = await api.as('beleid9', ['beleid'], 'borne', null);
    const list = await other.get('/api/v1/systeemsignalen').expect(200);
    expect(list.body.items).toEqual([]);
  });
});

describe('beleid answers a signal', () => {
  let id: string;

  beforeAll(async () => {
    const caseId = await aCase();
    await deliver(caseId, {
      ...SIGNAAL,
      soort: 'proces',
      signaal: 'de bijzondere bijstand beslist pas na 8 weken',
    });
    const list = await beleid.get('/api/v1/systeemsignalen?status=ontvangen').expect(200);
    id = list.body.items.find((i: { signaal: string }) => i.signaal.startsWith('de bijzondere')).id;
  });

  it('takes it in behandeling, then closes it with a reply, each change in its history', async () => {
    const taken = await patch(id, { status: 'in_behandeling' }).expect(200);
    expect(taken.body).toMatchObject({ status: 'in_behandeling', gewijzigdDoor: 'beleid1', versie: 2 });
    const filtered = await beleid.get('/api/v1/systeemsignalen?status=in_behandeling').expect(200);
    expect(filtered.body.items.map((i: { id: string }) => i.id)).toEqual([id]);

    const done = await patch(id, {
      status: 'afgehandeld',
      reactie: 'Opgenomen in de nieuwe beleidsregel bijzondere bijstand: beslissen binnen 2 weken.',
    }).expect(200);
    expect(done.body).toMatchObject({ status: 'afgehandeld', versie: 3 });
    expect(done.body.reactie).toMatch(/^Opgenomen/);

    const detail = await beleid.get(`/api/v1/systeemsignalen/${id}`).expect(200);
    expect(detail.body.historie).toEqual([
      expect.objectContaining({ actor: 'casusregisseur1', statusVan: null, statusNaar: 'ontvangen' }),
      expect.objectContaining({ actor: 'beleid1', statusVan: 'ontvangen', statusNaar: 'in_behandeling' }),
      expect.objectContaining({
        actor: 'beleid1',
        statusVan: 'in_behandeling',
        statusNaar: 'afgehandeld',
        reactie: expect.stringMatching(/^Opgenomen/),
      }),
    ]);
    const audit: { n: string }[] = await api.db.query(
      `SELECT count(*) AS n FROM audit_log
       WHERE record_type = 'systeemsignaal' AND record_id = $1 AND actor = 'beleid1' AND action = 'command'`,
      [id],
    );
    expect(Number(audit[0]!.n)).toBe(2);
  });

  it('refuses a stale version (If-Match) with 409 and changes nothing', async () => {
    const res = await patch(id, { reactie: 'te laat' }).set('If-Match', '"1"').expect(409);
    expect(res.body.detail).toMatch(/intussen gewijzigd/);
    const detail = await beleid.get(`/api/v1/systeemsignalen/${id}`).expect(200);
    expect(detail.body.reactie).not.toBe('te laat');
  });

  it('answers bad input with 400 naming the field, and writes nothing', async () => {
    const before = await beleid.get(`/api/v1/systeemsignalen/${id}`).expect(200);
    const bad = await patch(id, { status: 'gearchiveerd' }).expect(400);
    expect(bad.body.invalidParams).toEqual([expect.objectContaining({ name: 'status' })]);
    const empty = await patch(id, {}).expect(400);
    expect(empty.body.detail).toMatch(/status, een reactie of beide/);
    const extra = await patch(id, { status: 'ontvangen', caseId: 'x' }).expect(400);
    expect(extra.body.type).toBe('urn:regie:probleem:invalid_data');
    await patch(id, { reactie: '   ' }).expect(400);
    const noId = await patch('geen-uuid', { status: 'ontvangen' }).expect(400);
    expect(noId.body.invalidParams).toEqual([expect.objectContaining({ name: 'id' })]);
    await patch('00000000-0000-4000-8000-000000000000', { status: 'ontvangen' }).expect(404);
    await beleid.get('/api/v1/systeemsignalen?status=weg').expect(400);
    const after = await beleid.get(`/api/v1/systeemsignalen/${id}`).expect(200);
    expect(after.body).toEqual(before.body);
  });

  it('wants a reply before a signal is afgehandeld', async () => {
    const caseId = await aCase();
    await deliver(caseId, { ...SIGNAAL, signaal: 'zonder reactie' });
    const list = await beleid.get('/api/v1/systeemsignalen?status=ontvangen').expect(200);
    const fresh = list.body.items.find((i: { signaal: string }) => i.signaal === 'zonder reactie').id;
    const res = await patch(fresh, { status: 'afgehandeld' }).expect(400);
    expect(res.body.invalidParams).toEqual([expect.objectContaining({ name: 'reactie' })]);
  });
});

describe('who may', () => {
  it('lets teamleider and procesmanager read the list, and only beleid change a signal', async () => {
    const teamleider = await api.as('tl1', ['teamleider']);
    const list = await teamleider.get('/api/v1/systeemsignalen').expect(200);
    const id = list.body.items[0].id as string;
    await (await api.as('pm1', ['procesmanager'])).get('/api/v1/systeemsignalen').expect(200);
    const refused = await patch(
      id,
      { status: 'afgehandeld', reactie: 'x' },
      await api.token('tl1', ['teamleider']),
    );
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(/beleid/);
    await intaker.get('/api/v1/systeemsignalen').expect(403);
    await patch(id, { status: 'in_behandeling' }, await api.token('intaker1')).expect(403);
  });
});
