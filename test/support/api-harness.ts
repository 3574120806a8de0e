/**
 * The real API application (NestJS, Postgres, Redis) on this test file's own database, driven over HTTP with
 * supertest, with a manual clock that starts where the test says. Beside it runs what a worker would do with the
 * effects the API relays: the worker's own effects processor on the real queue (`startEffectWorker`), in this
 * process but in a Nest context of its own, so the API application itself never carries an effect out.
 */
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { useTestEnvironment } from './env';

export interface Api {
  app: INestApplication;
  /** the effects worker beside the API (null when started with `{ effects: false }`) */
  effects: INestApplicationContext | null;
  db: DataSource;
  /** a supertest request with the user's token */
  as(user: string, roles?: string[], gemeente?: string, team?: string | null): Promise<AgentFor>;
  http: ReturnType<typeof request>;
  close(): Promise<void>;
}

type Method = 'get' | 'post' | 'put';
export type AgentFor = {
  [M in Method]: (path: string) => request.Test;
} & { event(caseId: string, body: Record<string, unknown>, version?: number): request.Test };

let keys = 0;

export async function startApi(
  clockStart: string,
  env: Record<string, string> = {},
  options: { effects?: boolean } = {},
): Promise<Api> {
  await useTestEnvironment({ CLOCK: 'manual', RATE_LIMIT: '1000000', ...env });
  // imported after the environment is set: the configuration is read on first use, then kept for this file
  const { createApi } = await import('../../apps/api/src/app');
  const app = await createApi();
  await app.init();
  const db = app.get(DataSource);
  await db.query(`INSERT INTO clock (id, now) VALUES (1, $1)`, [new Date(clockStart)]);
  const { startEffectWorker } = await import('../../apps/worker/src/effects.module');
  const effects = options.effects === false ? null : await startEffectWorker();
  const http = request(app.getHttpServer());
  return {
    app,
    effects,
    db,
    http,
    async as(user, roles = ['intaker'], gemeente = 'almelo', team: string | null = 'wijkteam-noord') {
      const res = await http
        .post('/api/v1/auth/dev-token')
        .send({ user, roles, gemeente, ...(team ? { team } : {}) })
        .expect(200);
      const token = res.body.token as string;
      const auth = (t: request.Test) => t.set('Authorization', `Bearer ${token}`);
      return {
        get: (path: string) => auth(http.get(path)),
        post: (path: string) => auth(http.post(path)),
        put: (path: string) => auth(http.put(path)),
        event: (caseId: string, body: Record<string, unknown>, version?: number) => {
          const t = auth(http.post(`/api/v1/cases/${caseId}/events`)).set(
            'Idempotency-Key',
            `test-${++keys}`,
          );
          return (version === undefined ? t : t.set('If-Match', String(version))).send(body);
        },
      };
    },
    async close() {
      await effects?.close();
      await app.close();
    },
  };
}
