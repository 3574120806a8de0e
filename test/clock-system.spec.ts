/**
 * With CLOCK=system the clock is the machine's own: PUT /api/v1/clock does not exist (404, as an unknown route),
 * whoever asks.
 */
import { type Api, startApi } from './support/api-harness';

let api: Api;

beforeAll(async () => {
  api = await startApi('2026-01-01T00:00:00Z', { CLOCK: 'system' }, { effects: false });
});
afterAll(async () => {
  await api.close();
});

it('has no endpoint to set the clock with CLOCK=system', async () => {
  const admin = await api.as('beheerder1', ['admin', 'teamleider', 'intaker']);
  const res = await admin.put('/api/v1/clock').send({ now: '2026-01-01T00:00:00Z' }).expect(404);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({
    status: 404,
    code: 'not_found',
    detail: 'Geen endpoint voor PUT /api/v1/clock',
  });
  expect((await api.http.get('/api/v1/clock').expect(200)).body.mode).toBe('system');
});
