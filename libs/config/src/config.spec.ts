import { ConfigError, loadConfig } from './load';

/** The lines of the message for one environment, after its heading: `- VARIABLE: reason (nu: value)`. */
function problems(env: NodeJS.ProcessEnv, use = {}): string[] {
  try {
    loadConfig(env, use);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    const [heading, ...lines] = (err as ConfigError).message.split('\n');
    expect(heading).toBe('Ongeldige configuratie:');
    return lines;
  }
  throw new Error('expected the configuration to be refused');
}

const PRODUCTION = {
  NODE_ENV: 'production',
  BSN_KEY: Buffer.alloc(32, 7).toString('base64'),
  OIDC_ISSUER: 'https://login.example/realms/regie',
  OIDC_AUDIENCE: 'regie-api',
  OIDC_JWKS_URL: 'https://login.example/realms/regie/certs',
};

describe('loadConfig', () => {
  it('has the defaults of every variable when nothing is set', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      nodeEnv: 'development',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/regie',
      databasePool: 20,
      databaseConnectTimeoutMs: 5000,
      redisUrl: 'redis://127.0.0.1:6379',
      redisDb: 0,
      redisPrefix: 'regie',
      clock: 'system',
      authMode: 'oidc',
      bsnKey: Buffer.from('regie-dev-bsn-key-not-for-production').toString('base64'),
      oidcRolesClaim: 'roles',
      oidcGemeenteClaim: 'gemeente',
      oidcTeamClaim: 'team',
      logLevel: 'info',
      rateLimit: 1200,
      port: 3000,
      host: '127.0.0.1',
      workerHealthPort: 3001,
      workerHealthHost: '127.0.0.1',
      workerConcurrency: 200,
      deadlineHorizonMs: 900_000,
      sweepEveryMs: 60_000,
      outboxPollMs: 1000,
      shutdownTimeoutMs: 10_000,
      timerAlertAfterMs: 300_000,
      jobPatterns: {},
      digestPattern: '0 7 * * 1-5',
    });
    expect(c.oidcIssuer).toBeUndefined();
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('reads what is set, typed, and counts an empty variable as unset', () => {
    const c = loadConfig({
      SWEEP_EVERY_MS: '2000',
      CLOCK: 'manual',
      REDIS_URL: 'redis://:geheim@redis.intern:6380/4',
      PORT: '',
      NODE_ENV: 'test',
      UNRELATED: 'ignored',
    });
    expect(c).toMatchObject({
      sweepEveryMs: 2000,
      clock: 'manual',
      redisDb: 4,
      port: 3000,
      logLevel: 'silent',
    });
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379/4', REDIS_DB: '14' }).redisDb).toBe(14);
    expect(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn' }).logLevel).toBe('warn');
  });

  it('names each kind of invalid value with its reason and what was set', () => {
    expect(problems({ SWEEP_EVERY_MS: 'abc' })).toEqual([
      '- SWEEP_EVERY_MS: moet een geheel getal van 100 tot en met 86400000 zijn (nu: "abc")',
    ]);
    expect(problems({ RATE_LIMIT: '1e3' })).toEqual([
      '- RATE_LIMIT: moet een geheel getal van minstens 1 zijn (nu: "1e3")',
    ]);
    expect(problems({ PORT: '70000' })).toEqual([
      '- PORT: moet een geheel getal van 1 tot en met 65535 zijn (nu: "70000")',
    ]);
    expect(problems({ CLOCK: 'handmatig' })).toEqual([
      '- CLOCK: moet "system" of "manual" zijn (nu: "handmatig")',
    ]);
    expect(problems({ DATABASE_URL: 'mysql://db/regie' })).toEqual([
      '- DATABASE_URL: moet een URL zijn die begint met "postgres://" of "postgresql://" (nu: "mysql://db/regie")',
    ]);
    expect(problems({ REDIS_URL: 'redis://127.0.0.1:6379/eerste' })).toEqual([
      '- REDIS_URL: mag na de poort alleen een database-index hebben, bv. /1 (nu: "redis://127.0.0.1:6379/eerste")',
    ]);
    expect(problems({ DIGEST_PATTERN: '0 7 * *' })).toEqual([
      '- DIGEST_PATTERN: moet een cron-patroon van vijf velden zijn, bijvoorbeeld "0 5 * * *" (nu: "0 7 * *")',
    ]);
    expect(problems({ TRANSITIE18_SCAN_PATTERN: 'elke ochtend' })).toEqual([
      '- TRANSITIE18_SCAN_PATTERN: moet een cron-patroon van vijf velden zijn, bijvoorbeeld "0 5 * * *" (nu: "elke ochtend")',
    ]);
    expect(problems({ REDIS_PREFIX: 'regie test' })).toEqual([
      '- REDIS_PREFIX: mag geen spaties bevatten (nu: "regie test")',
    ]);
  });

  it('reads the pattern of a periodic job a workflow declares by the job name, and only those set', () => {
    const c = loadConfig({
      TRANSITIE18_SCAN_PATTERN: '0 6 * * *',
      ZESDE_REIS_CONTROLE_PATTERN: '15 4 * * 1',
    });
    expect(c.jobPatterns).toEqual({ 'transitie18-scan': '0 6 * * *', 'zesde-reis-controle': '15 4 * * 1' });
    // the digest's own variable is no job pattern
    expect(loadConfig({ DIGEST_PATTERN: '0 8 * * 1-5' }).jobPatterns).toEqual({});
  });

  it('never shows a secret, nor the password in a URL', () => {
    expect(problems({ BSN_KEY: 'kort' })).toEqual([
      '- BSN_KEY: moet base64 zijn en minstens 16 bytes bevatten (nu: verborgen)',
    ]);
    expect(problems({ DATABASE_URL: 'http://regie:geheim@db/regie' })).toEqual([
      '- DATABASE_URL: moet een URL zijn die begint met "postgres://" of "postgresql://" (nu: "http://regie:***@db/regie")',
    ]);
  });

  it('reports every invalid variable at once, production rules included', () => {
    expect(
      problems({ NODE_ENV: 'production', AUTH_MODE: 'dev', SWEEP_EVERY_MS: '10', WORKER_CONCURRENCY: '0' }),
    ).toEqual([
      '- WORKER_CONCURRENCY: moet een geheel getal van 1 tot en met 10000 zijn (nu: "0")',
      '- SWEEP_EVERY_MS: moet een geheel getal van 100 tot en met 86400000 zijn (nu: "10")',
      '- AUTH_MODE: dev is niet toegestaan met NODE_ENV=production (nu: "dev")',
      '- BSN_KEY: is verplicht met NODE_ENV=production',
    ]);
  });

  it('asks the API for an issuer outside dev mode, and not the worker', () => {
    expect(problems({ OIDC_ISSUER: PRODUCTION.OIDC_ISSUER }, { verifiesTokens: true })).toEqual([
      '- OIDC_AUDIENCE: ontbreekt: de API controleert tokens van deze uitgever (of zet AUTH_MODE=dev)',
      '- OIDC_JWKS_URL: ontbreekt: de API controleert tokens van deze uitgever (of zet AUTH_MODE=dev)',
    ]);
    expect(() => loadConfig({}, { verifiesTokens: false })).not.toThrow();
    expect(() => loadConfig({ AUTH_MODE: 'dev' }, { verifiesTokens: true })).not.toThrow();
    expect(loadConfig(PRODUCTION, { verifiesTokens: true })).toMatchObject({
      nodeEnv: 'production',
      authMode: 'oidc',
      oidcJwksUrl: PRODUCTION.OIDC_JWKS_URL,
    });
  });

  it("draws no dev signing secret: AUTH_SECRET when set, else the API reads its database's", () => {
    // a secret drawn here would differ per process and per restart (test/dev-secret.spec.ts covers the database's)
    expect(loadConfig({ AUTH_MODE: 'dev' }).authSecret).toBeUndefined();
    expect(loadConfig({ AUTH_MODE: 'dev', AUTH_SECRET: 'gedeeld-geheim' }).authSecret).toBe('gedeeld-geheim');
  });
});

describe('config', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  });

  it('reads process.env on first use and keeps it', async () => {
    await jest.isolateModulesAsync(async () => {
      const fresh = await import('./load');
      process.env.SWEEP_EVERY_MS = '1500';
      process.env.AUTH_MODE = 'dev';
      delete process.env.AUTH_SECRET;
      const first = fresh.config();
      process.env.SWEEP_EVERY_MS = '2500';
      expect(fresh.config()).toBe(first);
      expect(first.sweepEveryMs).toBe(1500);
      // the API's stricter check later keeps the same object (dev mode needs no issuer)
      expect(fresh.config({ verifiesTokens: true })).toBe(first);
    });
  });

  it('is not read at import time, and throws the clear error on first use', async () => {
    await jest.isolateModulesAsync(async () => {
      const fresh = await import('./load');
      process.env.OUTBOX_POLL_MS = '5'; // set after the import, as the test harness does
      expect(() => fresh.config()).toThrow(/OUTBOX_POLL_MS: moet een geheel getal van 100/);
    });
  });
});
