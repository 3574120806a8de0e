/**
 * The HTTP contract of API.md that every journey relies on: auth, honest errors (never a 500 for client input),
 * subjects without BSN, idempotent events, history with the acting user, workflows and diagrams, clock, health.
 */
import { type AgentFor, type Api, startApi } from './support/api-harness';

let api: Api;
let intaker: AgentFor;

beforeAll(async () => {
  api = await startApi('2026-03-02T09:00:00+01:00');
  intaker = await api.as('intaker1');
});
afterAll(async () => {
  await api.close();
});

async function inwoner(name = 'Test Inwoner') {
  const res = await intaker
    .post('/api/v1/subjects')
    .send({ kind: 'inwoner', name, bsn: '111222333' })
    .expect(201);
  return res.body.id as string;
}

async function selfMelding() {
  const res = await intaker
    .post('/api/v1/cases')
    .send({
      workflow: 'intake',
      subjectId: await inwoner(),
      input: { channel: 'inwoner_zelf', lifeAreas: ['financien'], laws: ['Wmo'] },
    })
    .expect(201);
  return res.body;
}

describe('auth', () => {
  it('refuses a request without a token with 401 and a message', async () => {
    const res = await api.http.get('/api/v1/cases').expect(401);
    expect(res.body.code).toBe('unauthorized');
    expect(res.body.detail).toMatch(/Bearer/);
  });

  it('refuses a forged token', async () => {
    await api.http.get('/api/v1/cases').set('Authorization', 'Bearer abc.def.ghi').expect(401);
  });

  it('names the field when a dev-token request is malformed', async () => {
    const res = await api.http
      .post('/api/v1/auth/dev-token')
      .send({ user: 'x', roles: ['koning'], gemeente: 'almelo' });
    expect(res.status).toBe(400);
    expect(res.body.invalidParams[0].name).toBe('roles.0');
  });
});

describe('subjects', () => {
  it('stores a BSN but never returns it', async () => {
    const res = await intaker
      .post('/api/v1/subjects')
      .send({ kind: 'inwoner', name: 'Miriam', bsn: '111222333' })
      .expect(201);
    expect(JSON.stringify(res.body)).not.toContain('111222333');
    expect(res.body.hasBsn).toBe(true);
    const again = await intaker.get(`/api/v1/subjects/${res.body.id}`).expect(200);
    expect(JSON.stringify(again.body)).not.toContain('111222333');
  });

  it('rejects a BSN that fails the elfproef, naming the field', async () => {
    const res = await intaker
      .post('/api/v1/subjects')
      .send({ kind: 'inwoner', name: 'X', bsn: '123456789' })
      .expect(400);
    expect(res.body.invalidParams).toEqual([expect.objectContaining({ name: 'bsn' })]);
  });

  it('does not show a subject of another gemeente', async () => {
    const id = await inwoner();
    const other = await api.as('intaker9', ['intaker'], 'borne');
    await other.get(`/api/v1/subjects/${id}`).expect(404);
  });
});

describe('cases and events', () => {
  it('answers 400 for bad input, 404 for an unknown case, never 500', async () => {
    expect((await intaker.post('/api/v1/cases').send({ workflow: 'intake' })).status).toBe(400);
    expect(
      (await intaker.post('/api/v1/cases').send('not json').set('Content-Type', 'application/json')).status,
    ).toBe(400);
    expect((await intaker.get('/api/v1/cases/not-a-uuid')).status).toBe(400);
    expect((await intaker.get('/api/v1/cases/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const unknownWorkflow = await intaker
      .post('/api/v1/cases')
      .send({ workflow: 'nope', subjectId: await inwoner() });
    expect(unknownWorkflow.status).toBe(404);
    const badInput = await intaker
      .post('/api/v1/cases')
      .send({ workflow: 'intake', subjectId: await inwoner(), input: { channel: 'fax' } });
    expect(badInput.status).toBe(400);
    expect(badInput.body.invalidParams.map((p: { name: string }) => p.name)).toContain('input.channel');
  });

  it('answers 422 with the allowed events for an event the state does not allow', async () => {
    const c = await selfMelding();
    const res = await intaker
      .event(c.id, { type: 'BESLUIT_GENOMEN', uitkomst: 'toegekend', grondslag: 'Wmo' })
      .expect(422);
    expect(res.body.code).toBe('event_not_allowed');
    expect(res.body.allowedEvents).toContain('TRIAGE_GESTART');
    // events whose guards rule them out now are not offered (no besluit yet, so no bezwaar)
    expect(res.body.allowedEvents).not.toContain('BEZWAAR_INGEDIEND');
  });

  it('answers 422 for an event type that is no event of the workflow, also one named like a prototype key', async () => {
    const c = await selfMelding();
    for (const type of ['BESTAAT_NIET', '__proto__', 'constructor', 'toString']) {
      const res = await intaker.event(c.id, { type });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('event_not_allowed');
    }
  });

  it('requires an Idempotency-Key and names it', async () => {
    const c = await selfMelding();
    const res = await intaker
      .post(`/api/v1/cases/${c.id}/events`)
      .send({ type: 'TRIAGE_GESTART' })
      .expect(400);
    expect(res.body.detail).toMatch(/Idempotency-Key/);
  });

  it('answers a repeated Idempotency-Key with the first answer and one history entry', async () => {
    const c = await selfMelding();
    const send = () =>
      intaker
        .post(`/api/v1/cases/${c.id}/events`)
        .set('Idempotency-Key', 'same-key')
        .send({ type: 'TRIAGE_GESTART' });
    const first = await send().expect(200);
    const second = await send().expect(200);
    expect(second.body).toEqual(first.body);
    const history = await intaker.get(`/api/v1/cases/${c.id}/history`).expect(200);
    expect(history.body.map((e: { type: string }) => e.type)).toEqual(['CASE_GESTART', 'TRIAGE_GESTART']);
  });

  it('answers 409 when If-Match is not the current version', async () => {
    const c = await selfMelding();
    await intaker.event(c.id, { type: 'TRIAGE_GESTART' }, c.version).expect(200);
    const stale = await intaker.event(c.id, { type: 'INGETROKKEN', reden: 'x' }, c.version);
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
  });

  it('records the acting user from the token in every history entry', async () => {
    const c = await selfMelding();
    const other = await api.as('intaker2');
    await other.event(c.id, { type: 'TRIAGE_GESTART' }).expect(200);
    const history = await intaker.get(`/api/v1/cases/${c.id}/history`).expect(200);
    expect(history.body.map((e: { actor: string }) => e.actor)).toEqual(['intaker1', 'intaker2']);
    expect(history.body[1]).toMatchObject({ seq: 2, from: 'melding', to: 'triage' });
  });

  it('hides a case of another gemeente behind 404', async () => {
    const c = await selfMelding();
    const borne = await api.as('intaker9', ['intaker'], 'borne');
    await borne.get(`/api/v1/cases/${c.id}`).expect(404);
    await borne.event(c.id, { type: 'TRIAGE_GESTART' }).expect(404);
  });

  it('lists cases with filters and a cursor', async () => {
    const c = await selfMelding();
    const byState = await intaker.get('/api/v1/cases?workflow=intake&state=melding&limit=1').expect(200);
    expect(byState.body.items).toHaveLength(1);
    expect(byState.body.next).toEqual(expect.any(String));
    const next = await intaker
      .get(`/api/v1/cases?workflow=intake&state=melding&limit=1&cursor=${byState.body.next}`)
      .expect(200);
    expect(next.body.items[0].id).not.toBe(byState.body.items[0].id);
    const bySubject = await intaker.get(`/api/v1/cases?subjectId=${c.subjectId}`).expect(200);
    expect(bySubject.body.items.map((i: { id: string }) => i.id)).toEqual([c.id]);
    expect((await intaker.get('/api/v1/cases?limit=9999')).status).toBe(400);
  });

  it('answers a cursor it did not hand out with 400 naming the cursor', async () => {
    for (const cursor of ['bogus', Buffer.from('gisteren|geen-uuid').toString('base64url')]) {
      const res = await intaker.get(`/api/v1/cases?cursor=${cursor}`).expect(400);
      expect(res.body.detail).toMatch(/^Ongeldige query: cursor: /);
      expect(res.body.invalidParams).toEqual([expect.objectContaining({ name: 'cursor' })]);
    }
  });
});

describe('workflows, clock and health', () => {
  it('lists workflows with states and events, and a Mermaid diagram generated from the machine', async () => {
    const list = await intaker.get('/api/v1/workflows').expect(200);
    const intake = list.body.find((w: { name: string }) => w.name === 'intake');
    expect(intake.states).toEqual(
      expect.arrayContaining(['melding', 'triage', 'onderzoek', 'verslag', 'besluit']),
    );
    const diagram = await intaker.get('/api/v1/workflows/intake/diagram').expect(200);
    expect(diagram.text).toMatch(/^stateDiagram-v2/);
    expect(diagram.text).toContain('melding --> triage : TRIAGE_GESTART');
  });

  it('answers a malformed workflow name in a path with 400 naming it, an unknown one with 404', async () => {
    const admin = await api.as('beheerder1', ['admin']);
    for (const path of ['/api/v1/workflows/Intake!/diagram', '/api/v1/workflows/INTAKE/graph']) {
      const res = await intaker.get(path).expect(400);
      expect(res.body.invalidParams).toEqual([expect.objectContaining({ name: 'name' })]);
    }
    const history = await admin.get('/api/v1/admin/config/ave%20x/history').expect(400);
    expect(history.body.invalidParams).toEqual([expect.objectContaining({ name: 'workflow' })]);
    await intaker.get('/api/v1/workflows/onbekend/graph').expect(404);
    await admin.get('/api/v1/admin/config/onbekend/history').expect(404);
    await admin.get('/api/v1/admin/config/ave/history').expect(200);
  });

  it('answers a malformed body on PUT /notifications/gelezen with a 400 problem', async () => {
    const res = await intaker
      .put('/api/v1/notifications/gelezen')
      .set('Content-Type', 'application/json')
      .send('{"niet af')
      .expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    await intaker.put('/api/v1/notifications/gelezen').expect(200);
  });

  it('advances the manual clock and refuses a bad duration with 400', async () => {
    const before = await api.http.get('/api/v1/clock').expect(200);
    expect(before.body.mode).toBe('manual');
    const res = await intaker.post('/api/v1/clock/advance').send({ by: 'P1D' }).expect(200);
    expect(Date.parse(res.body.now) - Date.parse(before.body.now)).toBe(86_400_000);
    expect((await intaker.post('/api/v1/clock/advance').send({ by: 'tomorrow' })).status).toBe(400);
  });

  it('reports health and serves OpenAPI at /docs', async () => {
    const health = await api.http.get('/health').expect(200);
    expect(health.body.info).toMatchObject({ postgres: { status: 'up' }, redis: { status: 'up' } });
    await api.http.get('/docs').expect(200);
  });

  it('documents each request body with the zod schema that validates it', async () => {
    const doc = (await api.http.get('/api/v1/openapi.json').expect(200)).body;
    const body = (path: string, method: string) => {
      const schema = doc.paths[path][method].requestBody.content['application/json'].schema;
      // a named schema is a reference into the document's components
      return schema.$ref ? doc.components.schemas[schema.$ref.split('/').pop()] : schema;
    };
    expect(body('/subjects', 'post')).toMatchObject({
      type: 'object',
      properties: { kind: { enum: ['inwoner', 'huishouden'] } },
    });
    expect(body('/cases/{id}/events', 'post')).toMatchObject({ required: ['type'] });
    expect(body('/clock/advance', 'post')).toMatchObject({ required: ['by'] });
  });
});

describe('API Design Rules', () => {
  const PROBLEM = /^application\/problem\+json(;|$)/;
  /** The contract check rightly finds paths the API does not have missing from its document: only those. */
  const notInTheDocument = () =>
    expect(
      api.takeViolations().filter((v) => !/ → 404: het pad staat niet in het document$/.test(v)),
    ).toEqual([]);

  it('answers a validation error as problem+json naming each invalid field', async () => {
    const res = await intaker.post('/api/v1/subjects').send({ kind: 'inwoner', name: 'X', bsn: '123456789' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toEqual({
      type: 'urn:regie:probleem:invalid_data',
      title: 'Ongeldig verzoek',
      status: 400,
      detail: expect.stringMatching(/^Ongeldige body: bsn: /),
      instance: '/api/v1/subjects',
      code: 'invalid_data',
      invalidParams: [{ name: 'bsn', reason: expect.any(String) }],
    });
  });

  it('answers a refused event as a 422 problem with the allowed events, and a stale version with the current one', async () => {
    const c = await selfMelding();
    const res = await intaker.event(c.id, {
      type: 'BESLUIT_GENOMEN',
      uitkomst: 'toegekend',
      grondslag: 'Wmo',
    });
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({
      type: 'urn:regie:probleem:event_not_allowed',
      title: 'Niet verwerkbaar',
      status: 422,
      detail: expect.any(String),
      instance: `/api/v1/cases/${c.id}/events`,
      code: 'event_not_allowed',
      allowedEvents: expect.arrayContaining(['TRIAGE_GESTART']),
    });
    await intaker.event(c.id, { type: 'TRIAGE_GESTART' }, c.version).expect(200);
    const stale = await intaker.event(c.id, { type: 'INGETROKKEN', reden: 'x' }, c.version).expect(409);
    expect(stale.body).toMatchObject({
      type: 'urn:regie:probleem:version_conflict',
      title: 'Conflict',
      status: 409,
      currentVersion: c.version + 1,
    });
  });

  it('answers guards, unknown routes, malformed JSON and an oversized body as problems', async () => {
    const unauthorized = await api.http.get('/api/v1/cases?bsn=111222333').expect(401);
    expect(unauthorized.headers['content-type']).toMatch(PROBLEM);
    expect(unauthorized.body).toMatchObject({
      type: 'about:blank',
      title: 'Niet ingelogd',
      status: 401,
      code: 'unauthorized',
      instance: '/api/v1/cases',
    });
    for (const path of ['/api/v1/bestaat-niet?bsn=111222333', '/bestaat-niet', '/health/nope']) {
      const res = await intaker.get(path).expect(404);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body).toMatchObject({
        type: 'about:blank',
        title: 'Niet gevonden',
        status: 404,
        code: 'not_found',
      });
      expect(res.body.detail).toBe(`Geen endpoint voor GET ${path.split('?')[0]}`);
      expect(JSON.stringify(res.body)).not.toContain('111222333');
    }
    notInTheDocument();
    const malformed = await intaker
      .post('/api/v1/subjects')
      .set('Content-Type', 'application/json')
      .send('{"kind":')
      .expect(400);
    expect(malformed.headers['content-type']).toMatch(PROBLEM);
    expect(malformed.body).toMatchObject({ status: 400, detail: 'De body is geen geldige JSON' });
    const large = await intaker
      .post('/api/v1/subjects')
      .send({ kind: 'inwoner', name: 'x'.repeat(2_000_000) })
      .expect(413);
    expect(large.headers['content-type']).toMatch(PROBLEM);
    expect(large.body).toMatchObject({ status: 413, title: 'Verzoek te groot', code: 'payload_too_large' });
  });

  it('names the API version on every response: endpoints, errors, probes, static files and documentation', async () => {
    for (const [path, status] of [
      ['/api/v1/clock', 200],
      ['/api/v1/cases', 401],
      ['/api/v1/bestaat-niet', 404],
      ['/bestaat-niet', 404],
      ['/health', 200],
      ['/health/live', 200],
      ['/metrics', 200],
      ['/', 200],
      ['/index.html', 200],
      ['/docs', 200],
      ['/api/v1/openapi.json', 200],
    ] as const) {
      const res = await api.http.get(path);
      expect([path, res.status]).toEqual([path, status]);
      expect([path, res.headers['api-version']]).toEqual([path, '1.0.0']);
    }
    // the probes and the metrics stay outside the base path
    await api.http.get('/api/v1/health').expect(404);
    await api.http.get('/api/v1/metrics').expect(404);
    notInTheDocument();
  });

  it('answers a path with a trailing slash with a 404, not the resource and not a redirect', async () => {
    for (const path of ['/api/v1/clock/', '/api/v1/cases/', '/health/', '/health/live/', '/metrics/']) {
      const res = await intaker.get(path);
      expect([path, res.status, res.headers['content-type']]).toEqual([
        path,
        404,
        expect.stringMatching(/^application\/problem\+json/),
      ]);
      expect(res.headers['api-version']).toBe('1.0.0');
    }
    await intaker.get('/api/v1/clock').expect(200);
  });

  it('publishes its OpenAPI document at /api/v1/openapi.json, open to any origin', async () => {
    const res = await api.http.get('/api/v1/openapi.json').set('Origin', 'https://example.org').expect(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.body.info).toMatchObject({
      version: '1.0.0',
      contact: {
        name: expect.stringMatching(/^Regie/),
        url: expect.stringMatching(/^https:\/\//),
        email: expect.stringMatching(/^[^@\s]+@[^@\s]+\.[a-z]+$/),
      },
      license: { name: 'EUPL-1.2' },
    });
    expect(res.body.servers).toEqual([{ url: '/api/v1' }]);
    expect(Object.keys(res.body.paths)).toContain('/cases/{id}/events');
    expect(Object.keys(res.body.paths).filter((p) => p.startsWith('/api/v1'))).toEqual([]);
  });
});
