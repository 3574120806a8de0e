/**
 * The real API application (NestJS, Postgres, Redis) on this test file's own database, driven over HTTP with
 * supertest, with a manual clock that starts where the test says. Beside it runs what a worker would do with the
 * effects the API relays: the worker's own effects processor on the real queue (`startEffectWorker`), in this
 * process but in a Nest context of its own, so the API application itself never carries an effect out.
 *
 * The contract test: every response the application sends, to supertest and to the typed client alike, is checked
 * against the OpenAPI document the same code serves (support/contract.ts); a test after which a response did not
 * conform fails, listing each one. The typed client (`api.client(token)`, libs/api-client) talks real HTTP to the
 * application listening on an ephemeral port of 127.0.0.1.
 */
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { createRegieClient, type RegieClient } from '@regie/api-client';
import type { NextFunction, Request, Response } from 'express';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { Contract, type Exchange } from './contract';
import { drained } from './drain';
import { useTestEnvironment } from './env';

export interface Api {
  app: INestApplication;
  /** the effects worker beside the API (null when started with `{ effects: false }`) */
  effects: INestApplicationContext | null;
  db: DataSource;
  /** a supertest request with the user's token; `mandaat`: the mandate level the token carries (claim `mandaat`) */
  as(
    user: string,
    roles?: string[],
    gemeente?: string,
    team?: string | null,
    mandaat?: string,
  ): Promise<AgentFor>;
  http: ReturnType<typeof request>;
  /** a dev token for the user, as `as` uses */
  token(
    user: string,
    roles?: string[],
    gemeente?: string,
    team?: string | null,
    mandaat?: string,
  ): Promise<string>;
  /** the typed client with the user's token, over HTTP to the application (listening from the first call) */
  client(user: string, roles?: string[], gemeente?: string, team?: string | null): Promise<RegieClient>;
  /** the responses so far that the OpenAPI document does not show, taken: the contract check then skips them */
  takeViolations(): string[];
  /**
   * Resolves when the work the commands so far queued is done: the outbox relayed and every effect carried out by
   * the effects worker (support/drain.ts). Read what an effect did after it, once, instead of polling.
   */
  drained(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

type Method = 'get' | 'post' | 'put';
export type AgentFor = {
  [M in Method]: (path: string) => request.Test;
} & { event(caseId: string, body: Record<string, unknown>, version?: number): request.Test };

let keys = 0;

/** Violations of the contract not yet reported: a test after which there are any fails (see the end). */
const violations: string[] = [];

/** Records every response the application sends and checks it against the document when it is complete. */
function checkResponses(app: INestApplication, contract: Contract) {
  app.use((req: Request, res: Response, next: NextFunction) => {
    const chunks: Buffer[] = [];
    let streaming = false;
    const record = (body?: Buffer) => {
      const contentType = res.getHeader('content-type');
      const exchange: Exchange = {
        method: req.method,
        url: req.originalUrl,
        status: res.statusCode,
        contentType: contentType === undefined ? undefined : String(contentType),
        body,
      };
      violations.push(...contract.check(exchange));
    };
    const collect = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      if (streaming) return;
      if (String(res.getHeader('content-type') ?? '').startsWith('text/event-stream')) {
        streaming = true; // an event stream is not read to its end: its status and media type only
        record(undefined);
        return;
      }
      chunks.push(
        Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(
              chunk as string,
              typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8',
            ),
      );
    };
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.write = ((...args: unknown[]) => {
      collect(args[0], args[1]);
      return write(...args);
    }) as typeof res.write;
    res.end = ((...args: unknown[]) => {
      collect(args[0], args[1]);
      return end(...args);
    }) as typeof res.end;
    res.on('finish', () => {
      if (!streaming && req.method !== 'HEAD') record(Buffer.concat(chunks));
    });
    next();
  });
}

export async function startApi(
  clockStart: string,
  env: Record<string, string> = {},
  options: { effects?: boolean } = {},
): Promise<Api> {
  await useTestEnvironment({ CLOCK: 'manual', RATE_LIMIT: '1000000', ...env });
  // imported after the environment is set: the configuration is read on first use, then kept for this file
  const { createApi } = await import('../../apps/api/src/app');
  const { openApiDocument } = await import('../../apps/api/src/http/openapi');
  const app = await createApi();
  // first of the middleware, before the routes (which init() adds): sees every response the application sends
  checkResponses(app, new Contract(JSON.parse(JSON.stringify(openApiDocument(app)))));
  await app.init();
  const db = app.get(DataSource);
  await db.query(`INSERT INTO clock (id, now) VALUES (1, $1)`, [new Date(clockStart)]);
  const { startEffectWorker } = await import('../../apps/worker/src/effects.module');
  const effects = options.effects === false ? null : await startEffectWorker();
  const http = request(app.getHttpServer());
  let baseUrl: string | undefined;
  const token = async (
    user: string,
    roles = ['intaker'],
    gemeente = 'almelo',
    team: string | null = 'wijkteam-noord',
    mandaat?: string,
  ) => {
    const res = await http
      .post('/api/v1/auth/dev-token')
      .send({ user, roles, gemeente, ...(team ? { team } : {}), ...(mandaat ? { mandaat } : {}) })
      .expect(200);
    return res.body.token as string;
  };
  return {
    app,
    effects,
    db,
    http,
    token,
    async client(user, roles, gemeente, team) {
      if (!baseUrl) {
        await app.listen(0, '127.0.0.1');
        const { port } = app.getHttpServer().address() as AddressInfo;
        baseUrl = `http://127.0.0.1:${port}/api/v1`;
      }
      return createRegieClient(baseUrl, await token(user, roles, gemeente, team));
    },
    takeViolations: () => violations.splice(0),
    drained: (timeoutMs) => drained(db, timeoutMs),
    async as(user, roles, gemeente, team, mandaat) {
      const token_ = await token(user, roles, gemeente, team, mandaat);
      const auth = (t: request.Test) => t.set('Authorization', `Bearer ${token_}`);
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

function reportViolations() {
  const found = violations.splice(0);
  if (found.length > 0) {
    throw new Error(
      `${found.length} antwoord(en) volgen het OpenAPI-document niet (contracttest):\n` +
        found.map((v) => `  - ${v}`).join('\n'),
    );
  }
}
// Each test answers for the responses during it (and during the beforeAll before it); the last ones at the end.
if (typeof afterEach === 'function') {
  afterEach(reportViolations);
  afterAll(reportViolations);
}
