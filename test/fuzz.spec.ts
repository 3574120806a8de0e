/**
 * Bad input never breaks anything: thousands of malformed bodies, ids, headers and query strings sent to every
 * endpoint must each get a 4xx problem+json with a message (or a 2xx where the input happens to be valid), never a
 * 500, and a refused request must leave no partial write behind.
 */
import fc from 'fast-check';
import { type AgentFor, type Api, startApi } from './support/api-harness';

let api: Api;
let intaker: AgentFor;
let caseId: string;
let subjectId: string;
let requests = 0;
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
// a property of 150 requests can take a while on a loaded machine; it is a correctness test, not a timing one
jest.setTimeout(180_000);

beforeAll(async () => {
  api = await startApi('2026-03-02T09:00:00+01:00');
  intaker = await api.as('intaker1');
  subjectId = (await intaker.post('/api/v1/subjects').send({ kind: 'inwoner', name: 'Fuzz' }).expect(201))
    .body.id;
  caseId = (
    await intaker
      .post('/api/v1/cases')
      .send({
        workflow: 'intake',
        subjectId,
        input: { channel: 'inwoner_zelf', lifeAreas: ['financien'], laws: ['Wmo'] },
      })
      .expect(201)
  ).body.id;
});
afterAll(async () => {
  process.stdout.write(`fuzz: ${requests} malformed requests, none answered with a 5xx\n`);
  await api.close();
});

// Not the outbox: the relay empties it in the background whatever the request did.
const TABLES = [
  'subjects',
  'consents',
  'cases',
  'case_history',
  'deadlines',
  'idempotency_keys',
  'voorzieningen',
];
async function counts(): Promise<Record<string, number>> {
  const [row] = await api.db.query(
    `SELECT ${TABLES.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`,
  );
  return row;
}

/** An id: a real one, a random uuid, or junk (paths, quotes, unicode, very long). */
const idArb = () =>
  fc.oneof(
    fc.constant(caseId),
    fc.constant(subjectId),
    fc.uuid(),
    fc.string({ maxLength: 60 }).map(encodeURIComponent),
    fc.constantFrom('%00', '..%2F..%2Fetc', "'%3B DROP TABLE cases%3B--", 'x'.repeat(5000)),
  );
const bodyArb = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom(
      'type',
      'workflow',
      'subjectId',
      'input',
      'kind',
      'name',
      'bsn',
      'scope',
      'by',
      'key',
      'reden',
      'met',
    ),
    fc.jsonValue({ maxDepth: 2 }),
  ),
  fc.record({
    type: fc.constantFrom(
      'TRIAGE_GESTART',
      'TERMIJN_VERLENGEN',
      'VERWEZEN',
      'BESLUIT_GENOMEN',
      'DEADLINE_DUE',
      '__proto__',
    ),
    key: fc.string(),
    met: fc.anything(),
  }),
);
const rawArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom('{', '{"a":', '[1,2', 'null', '\u0000'),
);
const queryArb = fc.dictionary(
  fc.constantFrom(
    'workflow',
    'state',
    'aveLevel',
    'overdue',
    'limit',
    'cursor',
    'subjectId',
    'status',
    'dueBefore',
    'bsn',
    'x',
  ),
  fc.string({ maxLength: 40 }),
);
const headerArb = fc.record({
  idempotency: fc.option(fc.string({ maxLength: 300 }), { nil: undefined }),
  ifMatch: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
});

type Endpoint = (id: string) => { method: 'get' | 'post'; path: string };
const ENDPOINTS: Endpoint[] = [
  () => ({ method: 'post', path: '/api/v1/subjects' }),
  (id) => ({ method: 'get', path: `/api/v1/subjects/${id}` }),
  (id) => ({ method: 'post', path: `/api/v1/subjects/${id}/consents` }),
  (id) => ({ method: 'get', path: `/api/v1/subjects/${id}/consents` }),
  (id) => ({ method: 'post', path: `/api/v1/subjects/${id}/consents/${id}/withdraw` }),
  () => ({ method: 'post', path: '/api/v1/cases' }),
  () => ({ method: 'get', path: '/api/v1/cases' }),
  (id) => ({ method: 'get', path: `/api/v1/cases/${id}` }),
  (id) => ({ method: 'post', path: `/api/v1/cases/${id}/events` }),
  (id) => ({ method: 'get', path: `/api/v1/cases/${id}/history` }),
  (id) => ({ method: 'get', path: `/api/v1/cases/${id}/audit` }),
  () => ({ method: 'get', path: '/api/v1/deadlines' }),
  () => ({ method: 'get', path: '/api/v1/subjects' }),
  (id) => ({ method: 'get', path: `/api/v1/workflows/${id}/diagram` }),
  () => ({ method: 'post', path: '/api/v1/clock/advance' }),
  () => ({ method: 'post', path: '/api/v1/auth/dev-token' }),
];

describe.each(ENDPOINTS.map((e) => [`${e('{id}').method.toUpperCase()} ${e('{id}').path}`, e] as const))(
  '%s',
  (_, endpoint) => {
    it('answers malformed input with a 4xx and a message, never a 5xx, and writes nothing when it refuses', async () => {
      await fc.assert(
        fc.asyncProperty(
          idArb(),
          fc.oneof(bodyArb, rawArb),
          queryArb,
          headerArb,
          async (id, body, query, headers) => {
            const { method, path } = endpoint(id);
            const before = await counts();
            let req = intaker[method](path).query(query);
            if (headers.idempotency !== undefined)
              req = req.set('Idempotency-Key', headers.idempotency.replace(/[^\t\x20-\x7e]/g, ''));
            if (headers.ifMatch !== undefined)
              req = req.set('If-Match', headers.ifMatch.replace(/[^\t\x20-\x7e]/g, ''));
            if (method === 'post') {
              // scalars go out as raw JSON text; supertest only serialises objects itself
              const raw =
                typeof body === 'string'
                  ? body
                  : body !== null && typeof body === 'object'
                    ? null
                    : JSON.stringify(body);
              req =
                raw !== null
                  ? req.set('Content-Type', 'application/json').send(raw)
                  : req.send(body as object);
            }
            const res = await req;
            requests++;
            // An empty or junk id can make a path the API does not have (`/cases//history`): a 404 problem, which
            // the contract check rightly finds missing from the document. Any other departure from it fails here.
            expect(
              api.takeViolations().filter((v) => !/ → 404: het pad staat niet in het document$/.test(v)),
            ).toEqual([]);
            expect(res.status).toBeLessThan(500);
            if (res.status >= 400) {
              // every refusal is a problem (RFC 9457) whose status is the HTTP status, with a Dutch detail
              expect(res.headers['content-type']).toMatch(/^application\/problem\+json(;|$)/);
              expect(res.body).toMatchObject({
                type: expect.any(String),
                title: expect.any(String),
                status: res.status,
                detail: expect.any(String),
              });
              expect(res.body.detail).not.toBe('');
              // the audit log records refusals; nothing else may change
              expect(await counts()).toEqual(before);
            }
          },
        ),
        { numRuns: RUNS },
      );
    });
  },
);
