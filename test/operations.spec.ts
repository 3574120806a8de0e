/**
 * What an operator relies on: liveness and readiness, the check that
 * fails when a deadline waits unfired, Prometheus metrics without personal data, the board's change feed coming
 * back after its connection is cut, 503 with Retry-After while Postgres is out of reach, and a drain on shutdown
 * that answers the requests in flight.
 */
import type { ArgumentsHost } from '@nestjs/common';
import { drainHttpServer } from '@regie/runtime';
import { isDatabaseUnavailable } from '@regie/persistence';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { QueryFailedError } from 'typeorm';
import { ErrorFilter } from '../apps/api/src/http/error.filter';
import { type AgentFor, type Api, startApi } from './support/api-harness';
import { openBoardStream } from './support/board-stream';
import { eventually } from './support/eventually';

let api: Api;
let intaker: AgentFor;
let pm: AgentFor;

beforeAll(async () => {
  api = await startApi('2026-03-02T09:00:00+01:00');
  intaker = await api.as('intaker1');
  pm = await api.as('pm1', ['procesmanager'], 'almelo', null);
});
afterAll(async () => {
  await api.close();
});

describe('probes', () => {
  it('liveness asks nothing of Postgres or Redis', async () => {
    expect((await api.http.get('/health/live').expect(200)).body).toEqual({ status: 'ok' });
  });

  it('readiness reports Postgres, Redis and the change feed', async () => {
    const res = await api.http.get('/health/ready').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.details).toMatchObject({
      postgres: { status: 'up' },
      redis: { status: 'up' },
      changeFeed: { status: 'up' },
    });
  });

  it('the timer check fails when a deadline fell due and was not fired in time', async () => {
    expect((await api.http.get('/health/timers').expect(200)).body.details.timers).toMatchObject({
      status: 'up',
      overdueUnfired: 0,
    });
    const gezin = (
      await intaker.post('/api/v1/subjects').send({ kind: 'huishouden', name: 'Gezin' }).expect(201)
    ).body.id;
    await pm
      .post('/api/v1/cases')
      .send({
        workflow: 'ave',
        subjectId: gezin,
        input: { kinderenInHuishouden: false, regisseur: 'pm1', startLevel: 2 },
      })
      .expect(201);
    // Time passes without anything firing (as if every worker were gone): the 3-monthly review is overdue.
    await api.db.query(`UPDATE clock SET now = now + interval '4 months'`);
    const res = await api.http.get('/health/timers').expect(503);
    expect(res.body.details.timers).toMatchObject({ status: 'down', overdueUnfired: expect.any(Number) });
    expect(res.body.details.timers.overdueUnfired).toBeGreaterThan(0);
    // Advancing the clock fires it, and the check recovers.
    await intaker.post('/api/v1/clock/advance').send({ by: 'PT1S' }).expect(200);
    await api.http.get('/health/timers').expect(200);
  });
});

describe('metrics', () => {
  it('counts commands by workflow and outcome, and shows the timers and queues, without personal data', async () => {
    const naam = 'Femke Metriekvrij';
    const subject = (
      await intaker
        .post('/api/v1/subjects')
        .send({ kind: 'inwoner', name: naam, bsn: '111222333' })
        .expect(201)
    ).body.id;
    const c = (
      await intaker
        .post('/api/v1/cases')
        .send({
          workflow: 'intake',
          subjectId: subject,
          input: { channel: 'inwoner_zelf', lifeAreas: ['financien'], laws: ['Wmo'] },
        })
        .expect(201)
    ).body;
    await intaker.event(c.id, { type: 'BESTAAT_NIET' }).expect(422);
    const text = (
      await api.http
        .get('/metrics')
        .expect(200)
        .expect('Content-Type', /text\/plain/)
    ).text;
    expect(text).toMatch(/regie_commands_total\{workflow="intake",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/regie_commands_total\{workflow="intake",outcome="event_not_allowed"\} 1/);
    expect(text).toMatch(/regie_command_duration_seconds_bucket\{le="[^"]+",workflow="intake"\}/);
    expect(text).toMatch(/regie_deadlines_due_pending\{kind="due"\} \d+/);
    expect(text).toMatch(/regie_outbox_depth\{kind="timer"\} \d+/);
    expect(text).toMatch(/regie_queue_jobs\{queue="deadlines",state="delayed"\} \d+/);
    expect(text).toContain('regie_timer_lag_seconds');
    expect(text).toContain('regie_sse_clients');
    for (const personal of [naam, 'Femke', '111222333', subject, c.id]) expect(text).not.toContain(personal);
  });

  it('a workflow name from the request never becomes a label', async () => {
    const subject = (await intaker.post('/api/v1/subjects').send({ kind: 'inwoner', name: 'X' }).expect(201))
      .body.id;
    await intaker
      .post('/api/v1/cases')
      .send({ workflow: 'verzonnen-werkstroom', subjectId: subject })
      .expect(404);
    const text = (await api.http.get('/metrics').expect(200)).text;
    expect(text).not.toContain('verzonnen-werkstroom');
    expect(text).toMatch(/regie_commands_total\{workflow="onbekend",outcome="not_found"\} [1-9]/);
  });
});

describe('the board stream after the change feed loses Postgres', () => {
  it('says verbonden, reconnects after its connection is cut, says verbonden again, and streams changes', async () => {
    const token = (
      await api.http
        .post('/api/v1/auth/dev-token')
        .send({ user: 'pm1', roles: ['procesmanager'], gemeente: 'almelo' })
        .expect(200)
    ).body.token;
    const stream = await openBoardStream(api, token);
    const { events } = stream;
    try {
      await eventually(async () =>
        expect(events).toEqual([{ event: 'verbonden', data: { verbonden: true } }]),
      );

      // Cut the feed's connection, as a Postgres restart does (only this test database's own change feed; the Atw
      // calendar's sync listens on a channel of its own).
      const cut: unknown[] = await api.db.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = current_database() AND query LIKE 'LISTEN%regie_case_changed%'`,
      );
      expect(cut).toHaveLength(1);
      await eventually(async () => expect(events.filter((e) => e.event === 'verbonden')).toHaveLength(2));
      await eventually(async () =>
        expect((await api.http.get('/health/ready').expect(200)).body.details.changeFeed.status).toBe('up'),
      );

      const gezin = (
        await intaker.post('/api/v1/subjects').send({ kind: 'huishouden', name: 'Gezin' }).expect(201)
      ).body.id;
      const c = (
        await pm
          .post('/api/v1/cases')
          .send({
            workflow: 'ave',
            subjectId: gezin,
            input: { kinderenInHuishouden: false, regisseur: 'pm1' },
          })
          .expect(201)
      ).body;
      await eventually(async () =>
        expect(events).toContainEqual({ event: 'case', data: expect.objectContaining({ caseId: c.id }) }),
      );
      const [{ n }] = await api.db.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND query LIKE 'LISTEN%regie_case_changed%'`,
      );
      expect(n).toBe(1); // never two listeners
    } finally {
      stream.close();
    }
  });
});

describe('Postgres out of reach', () => {
  it('recognises the errors of a Postgres that is down, restarting or cut off, and nothing else', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    });
    const starting = new QueryFailedError(
      'SELECT 1',
      [],
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
    );
    const released = Object.assign(new Error('Query runner already released'), {
      name: 'QueryRunnerProviderAlreadyReleasedError',
    });
    for (const err of [
      refused,
      shutdown,
      starting,
      released,
      new Error('timeout exceeded when trying to connect'),
    ])
      expect(isDatabaseUnavailable(err)).toBe(true);
    const unique = new QueryFailedError(
      'INSERT',
      [],
      Object.assign(new Error('duplicate key'), { code: '23505' }),
    );
    for (const err of [unique, new Error('iets anders'), null, 'tekst'])
      expect(isDatabaseUnavailable(err)).toBe(false);
  });

  it('answers 503 with Retry-After and a Dutch message, not 500', () => {
    const sent: { status?: number; type?: string; headers: Record<string, string>; body?: string } = {
      headers: {},
    };
    const res = {
      headersSent: false,
      setHeader: (k: string, v: string) => (sent.headers[k] = v),
      status(code: number) {
        sent.status = code;
        return this;
      },
      type(type: string) {
        sent.type = type;
        return this;
      },
      send(body: string) {
        sent.body = body;
      },
    };
    const req = { originalUrl: '/api/v1/cases?bsn=111222333' };
    const host = {
      switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }),
    } as unknown as ArgumentsHost;
    new ErrorFilter().catch(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), host);
    expect(sent.status).toBe(503);
    expect(sent.headers['Retry-After']).toBe('5');
    expect(sent.type).toBe('application/problem+json');
    expect(JSON.parse(sent.body!)).toEqual({
      type: 'about:blank',
      title: 'Dienst niet beschikbaar',
      status: 503,
      code: 'unavailable',
      detail: expect.stringMatching(/database/),
      instance: '/api/v1/cases',
    });
  });
});

describe('graceful drain', () => {
  it('answers the request in flight, refuses new connections, and closes within the timeout', async () => {
    // A request that takes a while: it arrives, and is answered only once the drain has refused a new connection.
    let arrived!: () => void;
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    let answer!: () => void;
    const answering = new Promise<void>((resolve) => (answer = resolve));
    const server = createServer((_req, res) => {
      arrived();
      void answering.then(() => res.end('klaar'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const inFlight = new Promise<{ status?: number; body: string }>((resolve, reject) => {
      const req = httpRequest({ port, host: '127.0.0.1', path: '/', agent: false }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode, body }));
      });
      req.on('error', reject);
      req.end();
    });
    await arrival; // the request is in flight
    const started = Date.now();
    const drained = drainHttpServer(server, 5000);
    await expect(
      new Promise((resolve, reject) =>
        httpRequest({ port, host: '127.0.0.1', path: '/' }, resolve).on('error', reject).end(),
      ),
    ).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    answer();
    expect(await inFlight).toEqual({ status: 200, body: 'klaar' });
    await drained;
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('cuts what is still open when the timeout passes', async () => {
    let arrived!: () => void;
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    const server = createServer(() => arrived()); // never answers
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const hanging = new Promise<string>((resolve) =>
      httpRequest({ port, host: '127.0.0.1', path: '/', agent: false })
        .on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'))
        .end(),
    );
    await arrival; // the request is in flight
    const started = Date.now();
    await drainHttpServer(server, 300);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(await hanging).toBe('ECONNRESET');
  });
});
