/**
 * The OpenAPI document, as the API serves it at /api/v1/openapi.json: complete (every operation answers
 * with a schema, every problem with `Problem`), generated from the zod schemas (named components, the union of
 * every workflow's events), valid OpenAPI 3.0, and exact: real answers of the API fit the schemas it names.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { TERM_EVENTS } from '@regie/engine';
import { workflows } from '@regie/workflows';
import { type AgentFor, type Api, startApi } from './support/api-harness';

type Json = Record<string, unknown>;
interface Operation {
  parameters?: { name: string; in: string; required?: boolean; schema?: Json }[];
  requestBody?: { content: Record<string, { schema: Json }> };
  responses: Record<string, { content?: Record<string, { schema?: Json }>; headers?: Json }>;
  security?: unknown[];
}

let api: Api;
let doc: { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Json } };
let schemas: Record<string, Json>;

beforeAll(async () => {
  api = await startApi('2026-03-02T09:00:00+01:00', {}, { effects: false });
  doc = (await api.http.get('/api/v1/openapi.json').expect(200)).body;
  schemas = doc.components.schemas as Record<string, Json>;
});
afterAll(async () => {
  await api.close();
});

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
function operations(): [string, Operation][] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]): [string, Operation] => [`${method.toUpperCase()} ${path}`, op]),
  );
}
const op = (method: string, path: string) => doc.paths[path][method];

/** Every key anywhere in the document, with where it is. */
function keys(value: unknown, at = '#', found: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) value.forEach((v, i) => keys(v, `${at}/${i}`, found));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      found.push([k, at]);
      keys(v, `${at}/${k}`, found);
    }
  return found;
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.0 with no JSON Schema keywords OpenAPI does not know', () => {
    expect(doc.openapi).toMatch(/^3\.0\.\d+$/);
    const wrong = keys(doc).filter(
      ([k, at]) => ['$schema', '$id', '$defs'].includes(k) && !at.includes('/example'),
    );
    expect(wrong).toEqual([]);
  });

  it('passes an OpenAPI validator', async () => {
    let redocly: typeof import('@redocly/openapi-core') | undefined;
    try {
      redocly = await import('@redocly/openapi-core');
    } catch {
      return; // no validator installed: the Spectral lint of npm test checks the document
    }
    const config = await redocly.createConfig({ rules: { struct: 'error', 'no-unresolved-refs': 'error' } });
    const problems = await redocly.lintFromString({
      source: JSON.stringify(doc),
      absoluteRef: '/openapi.json',
      config,
    });
    expect(problems.map((p) => `${p.message} at ${p.location[0]?.pointer}`)).toEqual([]);
  });

  it('gives every operation a success answer with its schema or content type', () => {
    for (const [name, o] of operations()) {
      const success = Object.entries(o.responses).filter(([status]) => /^2\d\d$/.test(status));
      expect([name, success.length > 0]).toEqual([name, true]);
      for (const [, response] of success) {
        const content = Object.entries(response.content ?? {});
        expect([name, content.length > 0]).toEqual([name, true]);
        for (const [type, media] of content) {
          if (type === 'application/json') expect([name, media.schema]).toEqual([name, expect.any(Object)]);
          else
            expect([name, type]).toEqual([
              name,
              // the monitor answers a page or a PDF
              expect.stringMatching(/^(text\/(plain|csv|event-stream|html)|application\/pdf)$/),
            ]);
        }
      }
    }
  });

  it('answers every problem with the Problem schema as application/problem+json', () => {
    for (const [name, o] of operations()) {
      const problems = Object.entries(o.responses).filter(([status]) => Number(status) >= 400);
      expect([name, problems.map(([s]) => s)]).toEqual([name, expect.arrayContaining(['429', '500', '503'])]);
      if (o.security?.length)
        expect([name, Object.keys(o.responses)]).toEqual([name, expect.arrayContaining(['401'])]);
      for (const [status, response] of problems) {
        expect([name, status, response.content]).toEqual([
          name,
          status,
          { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        ]);
      }
    }
    expect(Object.keys(op('post', '/cases/{id}/events').responses)).toEqual(
      expect.arrayContaining(['400', '401', '403', '404', '409', '422', '429', '503']),
    );
  });

  it('names its schemas: every request and JSON answer is a component', () => {
    expect(Object.keys(schemas).length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining([
        'Problem',
        'CaseView',
        'CaseList',
        'Deadline',
        'StartCaseRequest',
        'CaseEvent',
      ]),
    );
    for (const [name, o] of operations()) {
      for (const media of Object.values(o.requestBody?.content ?? {}))
        expect([name, media.schema.$ref]).toEqual([name, expect.stringMatching(/^#\/components\/schemas\//)]);
      for (const response of Object.values(o.responses)) {
        const json = response.content?.['application/json']?.schema;
        if (json && name !== 'GET /openapi.json')
          expect([name, json.$ref]).toEqual([name, expect.stringMatching(/^#\/components\/schemas\//)]);
      }
    }
    for (const [, ref] of keys(doc).filter(([k]) => k === '$ref')) expect(ref).toBeDefined(); // (resolution is the validator's)
  });

  it('documents the body of an event as a union over every workflow event and the term events', () => {
    const union = schemas.CaseEvent as {
      oneOf: { $ref: string }[];
      discriminator: { propertyName: string; mapping: Record<string, string> };
    };
    expect(union.discriminator.propertyName).toBe('type');
    const types = new Set([...workflows.flatMap((w) => Object.keys(w.events)), ...Object.keys(TERM_EVENTS)]);
    expect(Object.keys(union.discriminator.mapping).sort()).toEqual([...types].sort());
    for (const ref of Object.values(union.discriminator.mapping)) {
      expect(union.oneOf).toContainEqual({ $ref: ref });
      expect(schemas[ref.split('/').pop()!]).toBeDefined();
    }
    const triage = schemas.IntakeTriageAfgerondEvent as { properties: Json; required: string[] };
    expect(triage.properties.type).toEqual({ type: 'string', enum: ['TRIAGE_AFGEROND'] });
    expect(triage.required).toContain('type');
    // a type several workflows share, each with its own data
    expect((schemas.RegieOvergedragenEvent as { anyOf: unknown[] }).anyOf).toContainEqual({
      $ref: '#/components/schemas/AveRegieOvergedragenEvent',
    });
    // sharing events accept a legal ground instead of a consent
    expect((schemas.IntakeVerwezenEvent as { properties: Json }).properties).toHaveProperty(
      'wettelijkeGrondslag',
    );
    expect((schemas.IntakeTriageAfgerondEvent as { properties: Json }).properties).not.toHaveProperty(
      'wettelijkeGrondslag',
    );
    expect(op('post', '/cases/{id}/events').requestBody!.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/CaseEvent',
    });
  });

  it('gives headers, query and path parameters their real optionality and type', () => {
    const param = (o: Operation, where: string, name: string) =>
      o.parameters?.find((p) => p.in === where && p.name.toLowerCase() === name.toLowerCase());
    const event = op('post', '/cases/{id}/events');
    expect(param(event, 'header', 'Idempotency-Key')?.required).toBe(true);
    expect(param(event, 'header', 'If-Match')?.required).toBe(false);
    expect(event.parameters!.filter((p) => p.in === 'header')).toHaveLength(2);
    expect(param(event, 'path', 'id')).toMatchObject({
      required: true,
      schema: { type: 'string', format: 'uuid' },
    });
    expect(param(op('post', '/cases'), 'header', 'Idempotency-Key')?.required).toBe(false);
    const list = op('get', '/cases');
    expect(list.parameters!.map((p) => p.name).sort()).toEqual(
      [
        'assignee',
        'aveLevel',
        'cursor',
        'limit',
        'overdue',
        'regie',
        'state',
        'subjectId',
        'workflow',
      ].sort(),
    );
    expect(list.parameters!.every((p) => p.in === 'query' && p.required === false)).toBe(true);
    expect(param(list, 'query', 'limit')?.schema).toMatchObject({ type: 'integer', default: 50 });
    // the inwoner search takes any one of its keys (at least one, checked by the API with a 400)
    for (const key of ['bsn', 'naam', 'geboortedatum'])
      expect(param(op('get', '/subjects'), 'query', key)?.required).toBe(false);
    expect(param(op('get', '/indicators'), 'query', 'from')?.required).toBe(true);
    expect(op('get', '/cases').security).toEqual([{ bearer: [] }]);
    expect(op('get', '/clock').security).toEqual([]);
    expect(op('post', '/auth/dev-token').security).toEqual([]);
  });
});

/** OpenAPI 3.0's bounds (`exclusiveMinimum: true` beside `minimum`) as ajv reads them (draft 7). */
function draft7(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(draft7);
  if (!value || typeof value !== 'object') return value;
  const schema = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, draft7(v)]));
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ]) {
    if (typeof schema[flag] !== 'boolean') continue;
    if (schema[flag]) schema[flag] = schema[bound];
    else delete schema[flag];
    if (schema[flag] !== undefined) delete schema[bound];
  }
  return schema;
}

describe('answers of the API fit the schemas of the document', () => {
  let ajv: Ajv;
  let intaker: AgentFor;
  const validators = new Map<string, ValidateFunction>();
  function fits(component: string, body: unknown) {
    let validate = validators.get(component);
    if (!validate) {
      validate = ajv.compile({ $ref: `doc#/components/schemas/${component}` });
      validators.set(component, validate);
    }
    const ok = validate(body);
    expect([component, ok ? [] : validate.errors]).toEqual([component, []]);
  }

  beforeAll(async () => {
    // the union's variants differ in `type` already: oneOf decides without the discriminator (whose mapping ajv lacks)
    ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ components: draft7(doc.components) }, 'doc');
    intaker = await api.as('intaker1');
  });

  it('for subjects, cases, events, history, deadlines and the rest', async () => {
    const subject = (
      await intaker.post('/api/v1/subjects').send({ kind: 'inwoner', name: 'Ans' }).expect(201)
    ).body;
    fits('Subject', subject);
    fits('SubjectList', (await intaker.get('/api/v1/subjects?bsn=111222333').expect(200)).body);
    fits('SubjectRequest', { kind: 'inwoner', name: 'Ans' });
    const consent = (
      await intaker
        .post(`/api/v1/subjects/${subject.id}/consents`)
        .send({ scope: 'verwijzing', grantedTo: 'Wijkteam', grantedBy: 'Ans' })
        .expect(201)
    ).body;
    fits('Consent', consent);
    fits('ConsentList', (await intaker.get(`/api/v1/subjects/${subject.id}/consents`).expect(200)).body);
    fits(
      'WithdrawnConsent',
      (
        await intaker
          .post(`/api/v1/subjects/${subject.id}/consents/${consent.id}/withdraw`)
          .send({ reden: 'wil het niet meer' })
          .expect(200)
      ).body,
    );
    const start = {
      workflow: 'intake',
      subjectId: subject.id,
      input: { channel: 'inwoner_zelf', lifeAreas: ['financien'], laws: ['Wmo'] },
    };
    fits('StartCaseRequest', start);
    const c = (await intaker.post('/api/v1/cases').send(start).expect(201)).body;
    fits('CaseView', c);
    const event = { type: 'TRIAGE_GESTART' };
    fits('CaseEvent', event);
    fits('CaseView', (await intaker.event(c.id, event).expect(200)).body);
    fits('CaseList', (await intaker.get('/api/v1/cases?limit=1').expect(200)).body);
    fits('CaseHistory', (await intaker.get(`/api/v1/cases/${c.id}/history`).expect(200)).body);
    fits('DeadlineList', (await intaker.get('/api/v1/deadlines').expect(200)).body);
    fits('NotificationList', (await intaker.get('/api/v1/notifications').expect(200)).body);
    fits(
      'VoorzieningList',
      (await intaker.get(`/api/v1/subjects/${subject.id}/voorzieningen`).expect(200)).body,
    );
    fits('Worklist', (await intaker.get('/api/v1/worklist').expect(200)).body);
    fits('WorkflowList', (await intaker.get('/api/v1/workflows').expect(200)).body);
    fits('Clock', (await api.http.get('/api/v1/clock').expect(200)).body);
    fits('ClockAdvanced', (await intaker.post('/api/v1/clock/advance').send({ by: 'P1D' }).expect(200)).body);
    fits('EscalationBoard', (await intaker.get('/api/v1/board/escalations').expect(200)).body);
    const teamleider = await api.as('tl1', ['teamleider']);
    fits('AuditTrail', (await teamleider.get(`/api/v1/cases/${c.id}/audit`).expect(200)).body);
    fits('WorkflowConfigList', (await teamleider.get('/api/v1/admin/config').expect(200)).body);
    fits(
      'WorkflowConfigHistory',
      (await teamleider.get('/api/v1/admin/config/ave/history').expect(200)).body,
    );
    const beleid = await api.as('b1', ['beleid']);
    fits(
      'IndicatorRapport',
      (await beleid.get('/api/v1/indicators?from=2026-01-01&to=2026-12-31').expect(200)).body,
    );
    const problem = await intaker.get('/api/v1/cases/00000000-0000-4000-8000-000000000000').expect(404);
    expect(problem.headers['content-type']).toMatch(/^application\/problem\+json/);
    fits('Problem', problem.body);
  });

  it('refuses what does not fit', () => {
    const validate = ajv.compile({ $ref: 'doc#/components/schemas/CaseEvent' });
    expect(validate({ type: 'TRIAGE_GESTART', extra: 1 })).toBe(false);
    expect(validate({ type: 'GEEN_EVENT' })).toBe(false);
    expect(validate({ type: 'TERMIJN_OPSCHORTEN', key: 'x', reden: 'omdat' })).toBe(true);
  });
});
