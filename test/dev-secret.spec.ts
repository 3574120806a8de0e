/**
 * The dev-token secret (AUTH_MODE=dev): without AUTH_SECRET every API application reads the secret its
 * database keeps, drawn once, when it starts. A second API on the database accepts the first one's tokens, and a
 * restart keeps people logged in. AUTH_SECRET still wins, production (AUTH_MODE=oidc) never touches the row, and
 * the role requests run as can neither read nor write it.
 *
 * The applications here share one jest process, and so one `config()`: a secret kept by the process would pass the
 * cross-application checks too. Hence the checks that tie the tokens to the row itself (signed with what it holds,
 * a new application taking a changed row), and the applications with AUTH_SECRET or AUTH_MODE=oidc, each started
 * in a module registry of its own so that it reads its own configuration.
 */
import type { INestApplication } from '@nestjs/common';
import { DevAuthSecretRepository, SystemDatabase, asTenant, createDataSource } from '@regie/persistence';
import { SignJWT, jwtVerify } from 'jose';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { type Api, startApi } from './support/api-harness';

const NOW = '2026-03-02T09:00:00+01:00';
const key = (secret: string) => new TextEncoder().encode(secret);

let api: Api;
let apiOpen = false;
/** the test's own owner connection: it outlives every application it starts and closes */
let db: DataSource;
const started: INestApplication[] = [];

beforeAll(async () => {
  // '' unsets it, whatever the machine running the tests has set
  api = await startApi(NOW, { AUTH_SECRET: '' }, { effects: false });
  apiOpen = true;
  db = await createDataSource().initialize();
});
afterAll(async () => {
  for (const app of started.splice(0)) await app.close();
  if (apiOpen) await api.close();
  await db?.destroy();
});

/** Another API application on this file's database and configuration, as a second process or a restart starts it. */
async function anotherApi(): Promise<INestApplication> {
  const { createApi } = await import('../apps/api/src/app');
  const app = await createApi();
  started.push(app);
  await app.init();
  return app;
}

/** An API application with its own configuration: `env` over this file's, read by a fresh `@regie/config`. */
async function apiWith(env: Record<string, string>): Promise<INestApplication> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  let app: INestApplication | undefined;
  try {
    Object.assign(process.env, env);
    await jest.isolateModulesAsync(async () => {
      const { createApi } = await import('../apps/api/src/app');
      app = await createApi();
      started.push(app);
      await app.init();
    });
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  if (!app) throw new Error('application not started');
  return app;
}

async function tokenFrom(app: INestApplication, user = 'intaker1'): Promise<string> {
  const res = await request(app.getHttpServer())
    .post('/api/v1/auth/dev-token')
    .send({ user, roles: ['intaker'], gemeente: 'almelo', team: 'wijkteam-noord' })
    .expect(200);
  return res.body.token as string;
}

/** An authenticated GET: 200 when the application accepts the token, 401 when it does not. */
function notifications(app: INestApplication, token: string): request.Test {
  return request(app.getHttpServer()).get('/api/v1/notifications').set('Authorization', `Bearer ${token}`);
}

/** A token as the API signs one, signed here with `secret`. */
function signedWith(secret: string): Promise<string> {
  return new SignJWT({ roles: ['intaker'], gemeente: 'almelo', team: 'wijkteam-noord' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('intaker1')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(key(secret));
}

async function storedSecrets(): Promise<string[]> {
  const rows: { secret: string }[] = await db.query(`SELECT secret FROM dev_auth_secret`);
  return rows.map((r) => r.secret);
}

describe('het dev-tokengeheim in de database', () => {
  it("signs with the stored secret, and a second API on the database accepts the first one's tokens", async () => {
    const first = await api.token('intaker1');
    const [secret] = await storedSecrets();
    expect(secret).toEqual(expect.any(String));
    expect(secret.length).toBeGreaterThanOrEqual(32);
    await expect(jwtVerify(first, key(secret))).resolves.toBeDefined();

    const second = await anotherApi();
    await notifications(second, first).expect(200);
    await notifications(api.app, await tokenFrom(second)).expect(200);
    expect(await storedSecrets()).toEqual([secret]);
  });

  it('keeps people logged in across a restart', async () => {
    const token = await api.token('intaker2');
    await api.close();
    apiOpen = false;
    const restarted = await anotherApi();
    await notifications(restarted, token).expect(200);
  });

  it('reads the row when an application starts, not per request', async () => {
    const running = await anotherApi();
    const before = await tokenFrom(running);
    await db.query(
      `UPDATE dev_auth_secret SET secret = 'vervangen-geheim-van-minstens-32-tekens' WHERE id = 1`,
    );
    const changed = await signedWith('vervangen-geheim-van-minstens-32-tekens');

    const next = await anotherApi();
    await notifications(next, changed).expect(200);
    await notifications(next, before).expect(401);
    // the running application read the row when it started and keeps that secret
    await notifications(running, before).expect(200);
    await notifications(running, changed).expect(401);
  });

  it('lets processes that start together on a database without a secret agree on one', async () => {
    await db.query(`DELETE FROM dev_auth_secret`);
    const repository = new DevAuthSecretRepository();
    const owner = new SystemDatabase(db).handle;
    const secrets = await Promise.all(Array.from({ length: 8 }, () => repository.ensure(owner)));
    expect(new Set(secrets).size).toBe(1);
    expect(await storedSecrets()).toEqual([secrets[0]]);
  });

  it('signs with AUTH_SECRET when it is set, and does not ask the database then', async () => {
    await db.query(`DELETE FROM dev_auth_secret`);
    const own = await apiWith({ AUTH_SECRET: 'gedeeld-geheim-van-de-omgeving' });
    expect(await storedSecrets()).toEqual([]);
    const stored = await anotherApi();
    expect(await storedSecrets()).toHaveLength(1);

    const fromOwn = await tokenFrom(own);
    await expect(jwtVerify(fromOwn, key('gedeeld-geheim-van-de-omgeving'))).resolves.toBeDefined();
    await notifications(own, fromOwn).expect(200);
    await notifications(stored, fromOwn).expect(401);
    const fromStored = await tokenFrom(stored);
    await notifications(stored, fromStored).expect(200);
    await notifications(own, fromStored).expect(401);
  });

  it('leaves the row alone in production mode (AUTH_MODE=oidc)', async () => {
    await db.query(`DELETE FROM dev_auth_secret`);
    const oidc = await apiWith({
      AUTH_MODE: 'oidc',
      // never fetched: no request here carries a token the issuer would have signed
      OIDC_ISSUER: 'http://127.0.0.1:9/realms/regie',
      OIDC_AUDIENCE: 'regie-api',
      OIDC_JWKS_URL: 'http://127.0.0.1:9/realms/regie/certs',
    });
    await request(oidc.getHttpServer())
      .post('/api/v1/auth/dev-token')
      .send({ user: 'intaker1', roles: ['intaker'], gemeente: 'almelo' })
      .expect(403);
    expect(await storedSecrets()).toEqual([]);
  });

  it("is out of reach of a request's tenant connection, to read and to write", async () => {
    await new DevAuthSecretRepository().ensure(new SystemDatabase(db).handle);
    const asAlmelo = (sql: string) => asTenant(db, 'almelo', (tenant) => tenant.manager.query(sql));
    await expect(asAlmelo(`SELECT secret FROM dev_auth_secret`)).rejects.toThrow(/permission denied/);
    await expect(asAlmelo(`UPDATE dev_auth_secret SET secret = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(asAlmelo(`DELETE FROM dev_auth_secret`)).rejects.toThrow(/permission denied/);
    await expect(
      asAlmelo(`INSERT INTO dev_auth_secret (id, secret) VALUES (1, 'x') ON CONFLICT DO NOTHING`),
    ).rejects.toThrow(/permission denied/);
    expect(await storedSecrets()).toHaveLength(1);
  });
});
