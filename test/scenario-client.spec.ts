/**
 * Gerda's journey (scenario-gerda.spec.ts) once more, through the typed client (libs/api-client) over real HTTP:
 * each path, parameter, body and response is typed by the OpenAPI document, so tsc fails this file when the API
 * changes in a way the document does not show, and the contract test checks every answer against it.
 */
import type { components, RegieClient } from '@regie/api-client';
import { type Api, startApi } from './support/api-harness';
import { GERDA_START, SPECIALIST, WGS_CRISIS, WMO } from './support/gerda';

type CaseView = components['schemas']['CaseView'];
type Deadline = CaseView['deadlines'][number];
type CaseEvent = components['schemas']['CaseEvent'];

let api: Api;
let regie: RegieClient;
let keys = 0;

beforeAll(async () => {
  api = await startApi(GERDA_START);
  regie = await api.client(SPECIALIST);
});
afterAll(async () => {
  await api.close();
});

/** The data of an answer with the status expected; else the status and the problem, as a failure. */
async function ok<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
  status: number,
): Promise<T> {
  const { data, error, response } = await call;
  if (response.status !== status) {
    throw new Error(`${response.status} in plaats van ${status}: ${JSON.stringify(error)}`);
  }
  return data as T;
}

const advance = (by: string) => ok(regie.POST('/clock/advance', { body: { by } }), 200);
const deadline = (view: { deadlines: Deadline[] }, key: string) => view.deadlines.find((d) => d.key === key)!;
const event = (id: string, body: CaseEvent) =>
  regie.POST('/cases/{id}/events', {
    params: { path: { id }, header: { 'Idempotency-Key': `client-${++keys}` } },
    body,
  });

async function melding(input: components['schemas']['StartCaseRequest']['input']) {
  const subject = await ok(regie.POST('/subjects', { body: { kind: 'inwoner', name: 'Gerda' } }), 201);
  return ok(regie.POST('/cases', { body: { workflow: 'intake', subjectId: subject.id, input } }), 201);
}

describe('Gerda through the typed client', () => {
  let id: string;

  it('is a Wgs crisis: first conversation within 3 werkdagen, skipping Goede Vrijdag, the weekend and tweede Paasdag', async () => {
    const c = await melding(WGS_CRISIS);
    id = c.id;
    expect(deadline(c, 'wgs_eerste_gesprek')).toMatchObject({ dueDate: '2026-04-09', status: 'pending' });
    expect(c.deadlines.map((d: Deadline) => d.key)).toEqual(['wgs_eerste_gesprek']);
  });

  it('reminds the schuldenspecialist on the werkdag before the term ends', async () => {
    // the digest of each working morning aside: the reminder comes on the werkdag before the term ends
    const herinneringen = async () =>
      (await ok(regie.GET('/notifications'), 200)).items.filter((n) => n.kind === 'herinnering');
    await advance('P5D'); // Tuesday 7 April
    expect(await herinneringen()).toEqual([]);
    await advance('P1D'); // Wednesday 8 April, 11:00
    expect(await herinneringen()).toEqual([expect.objectContaining({ kind: 'herinnering', caseId: id })]);
  });

  it('records the first conversation on time and the Taalpunt referral', async () => {
    const view = await ok(event(id, { type: 'WGS_EERSTE_GESPREK' }), 200);
    expect(deadline(view, 'wgs_eerste_gesprek')).toMatchObject({
      status: 'met',
      metAt: expect.stringMatching(/^2026-04-08/),
    });
    // the Wgs beschikking toegang now runs 8 weeks from the first conversation: 3 June 2026
    expect(deadline(view, 'wgs_beschikking_toegang')).toMatchObject({
      dueDate: '2026-06-03',
      status: 'pending',
    });
    await ok(
      regie.POST('/subjects/{id}/consents', {
        params: { path: { id: view.subjectId } },
        body: {
          scope: 'verwijzing',
          grantedTo: 'Taalpunt',
          grantedBy: 'Gerda',
          note: 'in overleg met Gerda',
        },
      }),
      201,
    );
    const taal = await ok(event(id, { type: 'ALGEMENE_VOORZIENING_VERWEZEN', voorziening: 'Taalpunt' }), 200);
    expect(taal.context.algemeneVoorzieningen).toEqual(
      expect.arrayContaining([expect.objectContaining({ voorziening: 'Taalpunt' })]),
    );
  });

  it('gets a refused event as a problem naming the field', async () => {
    const c = await melding(WMO);
    // the document's union of events asks for the reden: a client that leaves it out passes tsc only by a cast
    const refused = await event(c.id, { type: 'TERMIJN_OPSCHORTEN', key: 'wmo_onderzoek' } as CaseEvent);
    expect(refused.response.status).toBe(400);
    expect(refused.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.error?.invalidParams).toEqual([expect.objectContaining({ name: 'reden' })]);
  });
});
