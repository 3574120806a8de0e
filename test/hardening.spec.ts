/**
 * Production authentication (OIDC JWTs checked against the issuer's JWKS, served here from loopback), the
 * refusal of dev auth in production, rate limiting and security headers.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type JWK, SignJWT, exportJWK, generateKeyPair } from 'jose';
import { loadConfig } from '@regie/config';
import { type Api, startApi } from './support/api-harness';

let api: Api;
let issuerServer: Server;
let sign: (
  claims: Record<string, unknown>,
  opts?: { audience?: string; expires?: string | number },
) => Promise<string>;
const ISSUER = 'https://login.almelo.example/realms/regie';

beforeAll(async () => {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  issuerServer = createServer((_, res) => {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => issuerServer.listen(0, '127.0.0.1', resolve));
  const port = (issuerServer.address() as AddressInfo).port;
  sign = (claims, opts = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuer(ISSUER)
      .setAudience(opts.audience ?? 'regie-api')
      .setIssuedAt()
      .setExpirationTime(opts.expires ?? '5m')
      .sign(privateKey);
  api = await startApi('2026-03-02T09:00:00+01:00', {
    AUTH_MODE: '',
    OIDC_ISSUER: ISSUER,
    OIDC_AUDIENCE: 'regie-api',
    OIDC_JWKS_URL: `http://127.0.0.1:${port}/jwks`,
    RATE_LIMIT: '40',
  });
});
afterAll(async () => {
  await api.close();
  issuerServer.close();
});

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('OIDC tokens', () => {
  const claims = { sub: 'intaker1', roles: ['intaker'], gemeente: 'almelo', team: 'wijkteam-noord' };

  it("accepts a token signed by the issuer's key, with roles and gemeente from its claims", async () => {
    await api.db.query(`INSERT INTO gemeenten (id, name) VALUES ('almelo', 'Almelo')`);
    const res = await api.http.get('/api/v1/cases').set(bearer(await sign(claims)));
    expect(res.status).toBe(200);
  });

  it('refuses another audience, an expired token, a token without gemeente and a self-signed dev token', async () => {
    expect(
      (await api.http.get('/api/v1/cases').set(bearer(await sign(claims, { audience: 'other' })))).status,
    ).toBe(401);
    const expired = await sign(claims, { expires: Math.floor(Date.now() / 1000) - 60 });
    expect((await api.http.get('/api/v1/cases').set(bearer(expired))).status).toBe(401);
    const { gemeente: _, ...noGemeente } = claims;
    const missing = await api.http.get('/api/v1/cases').set(bearer(await sign(noGemeente)));
    expect(missing.status).toBe(401);
    expect(missing.body.detail).toMatch(/gemeente/);
  });

  it('has no dev-token endpoint outside AUTH_MODE=dev', async () => {
    const res = await api.http
      .post('/api/v1/auth/dev-token')
      .send({ user: 'x', roles: ['admin'], gemeente: 'almelo' });
    expect(res.status).toBe(403);
  });
});

describe('configuration', () => {
  it('refuses to start with dev auth in production, or OIDC without its settings', () => {
    const asApi = { verifiesTokens: true };
    expect(() => loadConfig({ AUTH_MODE: 'dev', NODE_ENV: 'production' }, asApi)).toThrow(/niet toegestaan/);
    expect(() => loadConfig({ AUTH_MODE: 'dev', NODE_ENV: 'development' }, asApi)).not.toThrow();
    expect(() => loadConfig({ NODE_ENV: 'production', OIDC_ISSUER: ISSUER }, asApi)).toThrow(/OIDC_AUDIENCE/);
  });
});

describe('security headers and rate limiting', () => {
  it('sends security headers', async () => {
    const res = await api.http.get('/api/v1/clock');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('answers 429 with a message once a client exceeds the limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) statuses.push((await api.http.get('/api/v1/clock')).status);
    expect(statuses).toContain(429);
    const limited = await api.http.get('/api/v1/clock');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('too_many_requests');
  });
});
