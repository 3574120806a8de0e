/**
 * Messages read and unread, per user: `PUT /notifications/{id}/gelezen` marks one read,
 * `DELETE` the same unread again, `PUT /notifications/gelezen` all of them; the list says `readAt` per message and
 * how many are unread. A message to the team's teamleider is read by each teamleider for themselves; a message
 * that is not the user's is a 404, also to mark.
 */
import { randomUUID } from 'node:crypto';
import { type Api, startApi } from './support/api-harness';

let api: Api;
const NOW = '2026-03-02T09:00:00+01:00';
const ids = { own: randomUUID(), older: randomUUID(), team: randomUUID(), other: randomUUID() };

beforeAll(async () => {
  api = await startApi(NOW);
  const insert = (id: string, recipient: string, at: string, gemeente = 'almelo') =>
    api.db.query(
      `INSERT INTO notifications (id, gemeente, recipient, kind, message, created_at)
       VALUES ($1, $2, $3, 'herinnering', 'Termijn Wmo onderzoek verloopt op 9 maart 2026', $4)`,
      [id, gemeente, recipient, at],
    );
  await insert(ids.older, 'intaker1', '2026-02-27T08:00:00Z');
  await insert(ids.own, 'intaker1', '2026-03-01T08:00:00Z');
  await insert(ids.team, 'teamleider:wijkteam-noord', '2026-03-01T09:00:00Z');
  await insert(ids.other, 'intaker1', '2026-03-01T10:00:00Z', 'borne'); // another gemeente's intaker1
});
afterAll(async () => {
  await api?.close();
});

describe('berichten gelezen en ongelezen', () => {
  it('lists the messages newest first, all unread, with the unread count', async () => {
    const intaker = await api.as('intaker1');
    const list = (await intaker.get('/api/v1/notifications').expect(200)).body;
    expect(list.items.map((n: { id: string }) => n.id)).toEqual([ids.own, ids.older]);
    expect(list.items.every((n: { readAt: unknown }) => n.readAt === null)).toBe(true);
    expect(list.unread).toBe(2);
  });

  it("marks one read at the clock's now, keeps the first moment when marked again, and unread again", async () => {
    const intaker = await api.as('intaker1');
    const read = (await intaker.put(`/api/v1/notifications/${ids.own}/gelezen`).expect(200)).body;
    expect(read).toMatchObject({ id: ids.own, readAt: new Date(NOW).toISOString() });
    await intaker.post('/api/v1/clock/advance').send({ by: 'PT1H' }).expect(200);
    const again = (await intaker.put(`/api/v1/notifications/${ids.own}/gelezen`).expect(200)).body;
    expect(again.readAt).toBe(read.readAt);
    let list = (await intaker.get('/api/v1/notifications').expect(200)).body;
    expect(list.unread).toBe(1);
    expect(list.items.find((n: { id: string }) => n.id === ids.own).readAt).toBe(read.readAt);

    const client = await api.client('intaker1');
    const { data, response } = await client.DELETE('/notifications/{id}/gelezen', {
      params: { path: { id: ids.own } },
    });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ id: ids.own, readAt: null });
    list = (await intaker.get('/api/v1/notifications').expect(200)).body;
    expect(list.unread).toBe(2);
  });

  it('marks every message read at once; a second time there is nothing left', async () => {
    const intaker = await api.as('intaker1');
    expect((await intaker.put('/api/v1/notifications/gelezen').expect(200)).body).toEqual({ gelezen: 2 });
    expect((await intaker.put('/api/v1/notifications/gelezen').expect(200)).body).toEqual({ gelezen: 0 });
    const list = (await intaker.get('/api/v1/notifications').expect(200)).body;
    expect(list.unread).toBe(0);
    expect(list.items.every((n: { readAt: unknown }) => typeof n.readAt === 'string')).toBe(true);
  });

  it("reads a team's message per teamleider: one reading it leaves it unread for the other", async () => {
    const first = await api.as('teamleider1', ['teamleider']);
    const second = await api.as('teamleider2', ['teamleider']);
    await first.put(`/api/v1/notifications/${ids.team}/gelezen`).expect(200);
    expect((await first.get('/api/v1/notifications').expect(200)).body).toMatchObject({
      items: [{ id: ids.team, readAt: expect.any(String) }],
      unread: 0,
    });
    expect((await second.get('/api/v1/notifications').expect(200)).body).toMatchObject({
      items: [{ id: ids.team, readAt: null }],
      unread: 1,
    });
  });

  it("refuses another user's or gemeente's message with 404, and a malformed id with 400", async () => {
    const wijkcoach = await api.as('wijkcoach1');
    const res = await wijkcoach.put(`/api/v1/notifications/${ids.own}/gelezen`).expect(404);
    expect(res.body.detail).toMatch(/bestaat niet of is niet voor jou/);
    const intaker = await api.as('intaker1');
    await intaker.put(`/api/v1/notifications/${ids.other}/gelezen`).expect(404);
    const bad = await intaker.put('/api/v1/notifications/niet-een-id/gelezen').expect(400);
    expect(bad.body.detail).toMatch(/uuid/);
  });
});
