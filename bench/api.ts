/**
 * (h) the same figure through HTTP: the real API (apps/api createApi()) in this process on a free loopback port,
 * against the bench database, with dev tokens and the system clock. Clients POST /api/v1/cases/:id/events with an
 * Idempotency-Key over keep-alive connections, so what the API adds to the engine (token check, rate limit,
 * tenant scope, the case read for access, audit row, JSON both ways) shows beside (a).
 *
 * The API's registry holds the real workflows only (no `proef`, and createApi() takes no other), so the event is
 * an intake's REGIE_OVERGEDRAGEN to the holder it already has: accepted in every open state, it changes no
 * deadline and asks no effect, so the engine writes it in its one-statement path, as it writes (a)'s NOTITIE.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';

/**
 * Sets what the API's configuration reads, before anything reads it (libs/config keeps the first reading):
 * the bench database, dev tokens, the system clock, no rate limit in the way of 8 clients on one address, and
 * warnings only (a log line per request would bury the bench's output; its cost is left out).
 */
export function useApiEnvironment(benchDatabaseUrl: string): void {
  Object.assign(process.env, {
    DATABASE_URL: benchDatabaseUrl,
    AUTH_MODE: 'dev',
    CLOCK: 'system',
    RATE_LIMIT: '100000000',
    LOG_LEVEL: process.env.BENCH_API_LOG_LEVEL ?? 'warn',
  });
}

export const API_EVENT = 'REGIE_OVERGEDRAGEN';
const MELDING = { channel: 'inwoner_zelf', lifeAreas: ['financien'], laws: ['Wmo'] };

export interface BenchApi {
  port: number;
  /** the intake template's snapshot size in bytes (as text), for the notes */
  snapshotBytes: number;
  caseIds: string[];
  /** one event through HTTP; rejects on anything but 200 */
  post(caseId: string, idempotencyKey: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the API, gets a dev token for `user` (role intaker) in `gemeente`, starts one intake case through HTTP
 * and copies it (with its history and deadlines) to `n` cases with bulk SQL.
 */
export async function startApi(opts: {
  db: DataSource;
  user: string;
  gemeente: string;
  subjectId: string;
  cases: number;
  clients: number;
}): Promise<BenchApi> {
  // imported here, after useApiEnvironment(): nothing of the API is loaded before its environment is set
  const { createApi } = await import('../apps/api/src/app');
  const app: INestApplication = await createApi();
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.clients });
  const call = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const data = JSON.stringify(body);
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method,
          path,
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(data),
            ...headers,
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(data);
    });
  const expect = (r: { status: number; body: string }, status: number, what: string) => {
    if (r.status !== status) throw new Error(`${what}: HTTP ${r.status} ${r.body.slice(0, 300)}`);
    return JSON.parse(r.body) as Record<string, unknown>;
  };

  try {
    const team = 'bench-team';
    const { token } = expect(
      await call('POST', '/api/v1/auth/dev-token', {
        user: opts.user,
        roles: ['intaker'],
        gemeente: opts.gemeente,
        team,
      }),
      200,
      'dev token',
    ) as { token: string };
    const auth = { authorization: `Bearer ${token}` };
    const template = expect(
      await call(
        'POST',
        '/api/v1/cases',
        { workflow: 'intake', subjectId: opts.subjectId, input: MELDING },
        auth,
      ),
      201,
      'intake case',
    ) as { id: string };
    const caseIds = await cloneCase(opts.db, template.id, opts.cases);
    const [size] = await opts.db.query(`SELECT octet_length(snapshot::text) AS n FROM cases WHERE id = $1`, [
      template.id,
    ]);
    const event = { type: API_EVENT, holder: opts.user, role: 'intaker' };
    return {
      port,
      snapshotBytes: Number(size.n),
      caseIds,
      async post(caseId, idempotencyKey) {
        const r = await call('POST', `/api/v1/cases/${caseId}/events`, event, {
          ...auth,
          'idempotency-key': idempotencyKey,
        });
        if (r.status !== 200) throw new Error(`HTTP ${r.status} ${r.body.slice(0, 200)}`);
      },
      async close() {
        agent.destroy();
        await app.close();
      },
    };
  } catch (err) {
    agent.destroy();
    await app.close();
    throw err;
  }
}

/** `n` copies of one case (the template among them), with its history and its running deadlines. */
async function cloneCase(db: DataSource, template: string, n: number): Promise<string[]> {
  // every column but the ids and generated ones, as the schema has them now: no change when a column is added
  const columns = async (table: string, skip: string[]) =>
    (
      (await db.query(
        `SELECT column_name AS c FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
         ORDER BY ordinal_position`,
        [table],
      )) as { c: string }[]
    )
      .map((r) => r.c)
      .filter((c) => !skip.includes(c));
  const caseCols = await columns('cases', ['id']);
  const historyCols = await columns('case_history', ['id', 'case_id']);
  const deadlineCols = await columns('deadlines', ['id', 'case_id']);
  const list = (cols: string[], alias: string) => cols.map((c) => `${alias}.${c}`).join(', ');
  const rows: { id: string }[] = await db.query(
    `WITH c AS (
       INSERT INTO cases (id, ${caseCols.join(', ')})
       SELECT gen_random_uuid(), ${list(caseCols, 't')} FROM cases t, generate_series(1, $2) WHERE t.id = $1
       RETURNING id),
     h AS (
       INSERT INTO case_history (case_id, ${historyCols.join(', ')})
       SELECT c.id, ${list(historyCols, 'h')} FROM c, case_history h WHERE h.case_id = $1),
     d AS (
       INSERT INTO deadlines (id, case_id, ${deadlineCols.join(', ')})
       SELECT gen_random_uuid(), c.id, ${list(deadlineCols, 'd')} FROM c, deadlines d
       WHERE d.case_id = $1 AND d.status = 'pending')
     SELECT id FROM c`,
    [template, n - 1],
  );
  await db.query(`ANALYZE cases; ANALYZE case_history; ANALYZE deadlines`);
  return [template, ...rows.map((r) => r.id)];
}
