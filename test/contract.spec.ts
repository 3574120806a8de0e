/**
 * The contract check of the end-to-end tests (support/contract.ts) itself: a response the document does not
 * show, or a body its schema refuses, is caught; one that conforms passes.
 */
import { Contract, type Exchange } from './support/contract';

const problem = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' } },
};

function document(openapi: string, nullable: Record<string, unknown>) {
  return {
    openapi,
    info: { title: 'test', version: '1.0.0' },
    servers: [{ url: '/api/v1' }],
    paths: {
      '/cases/{id}': {
        get: {
          responses: {
            200: {
              description: 'de casus',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Case' } } },
            },
            '4XX': {
              description: 'fout',
              content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
            },
          },
        },
      },
      '/cases/{id}/history': {
        get: {
          responses: {
            404: {
              description: 'fout',
              content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
            },
          },
        },
      },
      '/cases/board': {
        get: {
          responses: {
            200: {
              description: 'lijst',
              content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } },
            },
          },
        },
      },
      '/board/stream': {
        get: { responses: { 200: { description: 'SSE', content: { 'text/event-stream': {} } } } },
      },
      '/clock/advance': { post: { responses: { 204: { description: 'verzet' } } } },
      '/health': {
        servers: [{ url: '/' }],
        get: {
          responses: {
            200: {
              description: 'ok',
              content: { 'application/json': { schema: { type: 'object', properties: {} } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Case: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'state', 'closedAt'],
          properties: {
            id: { type: 'string', format: 'uuid' },
            state: { type: 'string', enum: ['open', 'gesloten'] },
            closedAt: nullable,
            // a field named like an OpenAPI annotation stays a field
            example: { type: 'string' },
          },
          discriminator: { propertyName: 'state' },
        },
        Problem: problem,
      },
    },
  };
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const id = '0b7e3c52-3c1f-4a53-9a3c-7f6d1c2e8a10';
const goodCase = { id, state: 'open', closedAt: null };
const get = (url: string, status: number, body?: unknown, contentType = 'application/json'): Exchange => ({
  method: 'GET',
  url,
  status,
  contentType,
  body: body === undefined ? Buffer.alloc(0) : json(body),
});

describe.each([
  ['3.0.3', { type: 'string', format: 'date-time', nullable: true }],
  ['3.1.0', { type: ['string', 'null'], format: 'date-time' }],
])('the contract check on an OpenAPI %s document', (openapi, nullable) => {
  const contract = new Contract(document(openapi, nullable));

  it('passes a response that conforms', () => {
    expect(contract.check(get(`/api/v1/cases/${id}?x=1`, 200, goodCase))).toEqual([]);
    expect(
      contract.check(get(`/api/v1/cases/${id}`, 200, { ...goodCase, closedAt: '2026-04-02T09:00:00Z' })),
    ).toEqual([]);
    expect(
      contract.check(
        get(
          `/api/v1/cases/nope`,
          404,
          { type: 'about:blank', title: 'x', status: 404 },
          'application/problem+json',
        ),
      ),
    ).toEqual([]);
    expect(contract.check(get('/api/v1/cases/board', 200, ['a']))).toEqual([]);
    expect(contract.check(get('/health', 200, { status: 'ok' }))).toEqual([]);
    expect(contract.check({ method: 'POST', url: '/api/v1/clock/advance', status: 204 })).toEqual([]);
  });

  it('catches a field the closed schema does not name', () => {
    const [violation] = contract.check(get(`/api/v1/cases/${id}`, 200, { ...goodCase, secret: 'bsn' }));
    expect(violation).toMatch(/GET \/api\/v1\/cases\/\S+ → 200: .*\/api\/v1\/cases\/\{id\}.*\(secret\)/);
  });

  it('catches a wrong type, a value outside the enum, a missing field and a bad format', () => {
    expect(contract.check(get(`/api/v1/cases/${id}`, 200, { ...goodCase, closedAt: 5 }))).toHaveLength(1);
    expect(contract.check(get(`/api/v1/cases/${id}`, 200, { ...goodCase, state: 'dicht' }))).toHaveLength(1);
    expect(contract.check(get(`/api/v1/cases/${id}`, 200, { id, state: 'open' }))[0]).toMatch(/closedAt/);
    expect(contract.check(get(`/api/v1/cases/${id}`, 200, { ...goodCase, id: 'x' }))[0]).toMatch(/uuid/);
    expect(contract.check(get('/api/v1/cases/board', 200, [1]))).toHaveLength(1);
  });

  it('catches an error that is no problem+json, and a problem without its fields', () => {
    expect(contract.check(get(`/api/v1/cases/${id}`, 404, { error: 'weg' }))[0]).toMatch(
      /media type application\/json staat niet in het document/,
    );
    expect(
      contract.check(get(`/api/v1/cases/${id}`, 404, { title: 'weg' }, 'application/problem+json')),
    ).toHaveLength(1);
  });

  it('catches an undocumented status, method and path under the server, and a body where none is documented', () => {
    expect(contract.check(get(`/api/v1/cases/${id}`, 500, {}))[0]).toMatch(/status 500 staat niet/);
    expect(contract.check({ ...get(`/api/v1/cases/${id}`, 200, goodCase), method: 'DELETE' })[0]).toMatch(
      /methode staat niet/,
    );
    expect(contract.check(get('/api/v1/nergens', 200, {}))[0]).toMatch(/pad staat niet/);
    // a path the API does not have: 404 as a problem, nothing else
    expect(contract.check(get('/api/v1/nergens', 404, {}))[0]).toMatch(/niet application\/problem\+json/);
    expect(
      contract.check(
        get(
          '/api/v1/nergens',
          404,
          { type: 'about:blank', title: 'x', status: 404 },
          'application/problem+json',
        ),
      ),
    ).toEqual([]);
    expect(
      contract.check(get('/api/v1/nergens', 404, { title: 'x' }, 'application/problem+json'))[0],
    ).toMatch(/past niet op het schema/);
    // an empty parameter is a value: /cases//history would be /cases/{id}/history with id ''
    const problem404 = { type: 'about:blank', title: 'x', status: 404 };
    expect(
      contract.check(get('/api/v1/cases//history', 404, problem404, 'application/problem+json')),
    ).toEqual([]);
    expect(contract.check(get('/api/v1/cases//history', 200, problem404))[0]).toMatch(
      /status 200 staat niet .* \/api\/v1\/cases\/\{id\}\/history/,
    );
    expect(
      contract.check({ method: 'POST', url: '/api/v1/clock/advance', status: 204, ...{ body: json({}) } }),
    ).toEqual([]); // no content type: nothing was sent as a body
    expect(
      contract.check({
        method: 'POST',
        url: '/api/v1/clock/advance',
        status: 204,
        contentType: 'application/json',
        body: json({ now: 'x' }),
      })[0],
    ).toMatch(/geen inhoud documenteert/);
  });

  it('leaves what is no API alone, and checks an event stream for its status and media type only', () => {
    expect(contract.check(get('/app.js', 200, 'x', 'text/javascript'))).toEqual([]);
    expect(
      contract.check({
        method: 'GET',
        url: '/api/v1/board/stream',
        status: 200,
        contentType: 'text/event-stream',
      }),
    ).toEqual([]);
    expect(
      contract.check({
        method: 'GET',
        url: '/api/v1/board/stream',
        status: 200,
        contentType: 'application/json',
      }),
    ).toHaveLength(1);
  });
});
