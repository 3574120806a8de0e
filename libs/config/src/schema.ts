/**
 * Every environment variable Regie reads, in one schema: its type, its default and why. The README's
 * Configuration table documents the same list for operators. Keys are the variables' own names, so a problem is
 * reported under the name the operator sets.
 */
import { z } from 'zod';
import { MAX_TIMER_MS, base64Secret, cronPattern, integer, oneOfValues, url, word } from './fields';

/** What a process does beyond what every process needs; it adds the rules that serve it. */
export interface ConfigUse {
  /** The API checks bearer tokens: outside AUTH_MODE=dev it needs an issuer to check them against. */
  verifiesTokens?: boolean;
}

/**
 * BSNs stored in a development or demo database were encrypted and hashed with this key: changing it would make
 * them unreadable and unfindable. Production must bring its own (see the rules below).
 */
const DEV_BSN_KEY = Buffer.from('regie-dev-bsn-key-not-for-production').toString('base64');

const variables = z
  .object({
    // Only `production` tightens the rules; `test` silences the logs; anything else is a typo.
    NODE_ENV: oneOfValues(['development', 'test', 'production']).default('development'),

    // The local Postgres of a developer machine; the migration CLI creates the database when it is missing.
    DATABASE_URL: url(['postgres:', 'postgresql:']).default('postgres://postgres@127.0.0.1:5432/regie'),
    // Connections per process; Postgres refuses beyond its max_connections, so keep it bounded.
    DATABASE_POOL: integer(1, 1000).default(20),
    // 0 would mean "wait for ever" to pg: a request must fail (503) while Postgres is unreachable.
    DATABASE_CONNECT_TIMEOUT_MS: integer(1, MAX_TIMER_MS).default(5000),

    // Redis holds triggers only; the path may name the database index. No TLS client is configured, so rediss://
    // would fail at the first command instead of here.
    REDIS_URL: url(['redis:'], (u) =>
      /^\/?(\d+)?$/.test(u.pathname) ? undefined : 'mag na de poort alleen een database-index hebben, bv. /1',
    ).default('redis://127.0.0.1:6379'),
    // Wins over the URL's index, so a tool can move to its own index without rewriting the URL.
    REDIS_DB: integer(0).optional(),
    // Keeps environments apart in one Redis; a hash tag ({regie}) keeps a queue on one Redis Cluster slot.
    REDIS_PREFIX: word().default('regie'),

    // `manual` keeps time in Postgres and lets the API advance it (demo and tests).
    CLOCK: oneOfValues(['system', 'manual']).default('system'),

    // Production validates OIDC tokens; `dev` lets the API sign its own (demo and tests).
    AUTH_MODE: oneOfValues(['dev', 'oidc']).default('oidc'),
    // The dev-token signing secret; without it the API uses the one its database keeps (drawn by the first API
    // process to start), so every process on that database accepts the others' tokens, across restarts too.
    AUTH_SECRET: z.string().optional(),
    // Encrypts BSNs and keys their lookup hashes; required in production (the rules below).
    BSN_KEY: base64Secret(16).optional(),
    // The identity provider whose tokens the API accepts; the issuer is compared with `iss` exactly as written.
    OIDC_ISSUER: url(['https:', 'http:']).optional(),
    OIDC_AUDIENCE: z.string().optional(),
    OIDC_JWKS_URL: url(['https:', 'http:']).optional(),
    // Claim names differ per identity provider; these are the defaults of Regie's own realm.
    OIDC_ROLES_CLAIM: word().default('roles'),
    OIDC_GEMEENTE_CLAIM: word().default('gemeente'),
    OIDC_TEAM_CLAIM: word().default('team'),

    // Pino's levels; the default depends on NODE_ENV (silent under test), so it is resolved below.
    LOG_LEVEL: oneOfValues(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),

    // Requests per minute per client address; a gemeente behind one proxy address raises it to fit its users.
    RATE_LIMIT: integer(1).default(1200),
    // The API listens on loopback unless told otherwise: a proxy in front of it decides what is public.
    PORT: integer(1, 65535).default(3000),
    HOST: word().default('127.0.0.1'),
    // The worker's small port for probes and metrics, loopback too.
    WORKER_HEALTH_PORT: integer(1, 65535).default(3001),
    WORKER_HEALTH_HOST: word().default('127.0.0.1'),
    // Trigger jobs a worker holds at once: many, so jobs falling due together fire as one batch.
    WORKER_CONCURRENCY: integer(1, 10_000).default(200),

    // How far ahead triggers sit in Redis; below a second every trigger would wait for the sweep.
    DEADLINE_HORIZON_MS: integer(1000).default(15 * 60_000),
    // The sweep's and the outbox poll's timers: a floor of 100 ms so a typo cannot make a busy loop.
    SWEEP_EVERY_MS: integer(100, MAX_TIMER_MS).default(60_000),
    OUTBOX_POLL_MS: integer(100, MAX_TIMER_MS).default(1000),
    // How long a stopping process lets in-flight requests and the current jobs finish.
    SHUTDOWN_TIMEOUT_MS: integer(1, MAX_TIMER_MS).default(10_000),
    // A deadline due longer ago than this and still unfired fails /health/timers.
    TIMER_ALERT_AFTER_MS: integer(1000).default(5 * 60_000),

    // The daily digest's rhythm in Amsterdam time, for a gemeente that wants its own. The periodic jobs the
    // workflows declare take theirs from `<JOB>_PATTERN` (JOB_PATTERN below).
    DIGEST_PATTERN: cronPattern().default('0 7 * * 1-5'),
  })
  // the patterns of the workflows' periodic jobs are named after jobs this schema does not know
  .loose();

/**
 * Another pattern for a periodic job a workflow declares: the job's name in capitals with `_` for `-`, then
 * `_PATTERN` (job `transitie18-scan`: TRANSITIE18_SCAN_PATTERN). A job keeps its workflow's pattern when unset.
 */
const JOB_PATTERN = /^([A-Z][A-Z0-9_]*)_PATTERN$/;
const jobPatternOf = (variable: string): string | undefined =>
  variable in variables.shape ? undefined : JOB_PATTERN.exec(variable)?.[1]?.toLowerCase().replace(/_/g, '-');

export type Variable = keyof z.input<typeof variables>;
/** The variables whose values are secrets: an error names them but never shows what they hold. */
export const SECRET_VARIABLES: ReadonlySet<Variable> = new Set<Variable>(['AUTH_SECRET', 'BSN_KEY']);

type Variables = z.output<typeof variables>;

/**
 * Rules between variables. They run even when a variable failed its own check, so every problem is reported at
 * once; they only compare with fixed values and test presence, which a failed variable (holding its raw text or
 * a placeholder, never nothing) cannot fool into a false report.
 */
function rules(v: Variables, ctx: z.RefinementCtx, use: ConfigUse): void {
  const problem = (variable: Variable, message: string) =>
    ctx.addIssue({ code: 'custom', path: [variable], message });
  if (v.NODE_ENV === 'production') {
    if (v.AUTH_MODE === 'dev') problem('AUTH_MODE', 'dev is niet toegestaan met NODE_ENV=production');
    if (v.BSN_KEY === undefined) problem('BSN_KEY', 'is verplicht met NODE_ENV=production');
  }
  if (use.verifiesTokens && v.AUTH_MODE !== 'dev') {
    for (const variable of ['OIDC_ISSUER', 'OIDC_AUDIENCE', 'OIDC_JWKS_URL'] as const)
      if (v[variable] === undefined)
        problem(variable, 'ontbreekt: de API controleert tokens van deze uitgever (of zet AUTH_MODE=dev)');
  }
  for (const [variable, raw] of Object.entries(v))
    if (jobPatternOf(variable) !== undefined) {
      const checked = cronPattern().safeParse(raw);
      if (!checked.success)
        ctx.addIssue({ code: 'custom', path: [variable], message: checked.error.issues[0]!.message });
    }
}

/** The pattern of each periodic job the environment sets (JOB_PATTERN), by the job's name. */
function jobPatterns(v: Variables): Readonly<Record<string, string>> {
  const patterns: Record<string, string> = {};
  for (const [variable, raw] of Object.entries(v)) {
    const job = jobPatternOf(variable);
    if (job !== undefined && typeof raw === 'string') patterns[job] = raw;
  }
  return Object.freeze(patterns);
}

function toConfig(v: Variables) {
  const redisIndex = new URL(v.REDIS_URL).pathname.slice(1);
  return {
    nodeEnv: v.NODE_ENV,
    databaseUrl: v.DATABASE_URL,
    databasePool: v.DATABASE_POOL,
    databaseConnectTimeoutMs: v.DATABASE_CONNECT_TIMEOUT_MS,
    redisUrl: v.REDIS_URL,
    /** REDIS_DB, else the URL's index, else 0 */
    redisDb: v.REDIS_DB ?? (redisIndex ? Number(redisIndex) : 0),
    redisPrefix: v.REDIS_PREFIX,
    clock: v.CLOCK,
    authMode: v.AUTH_MODE,
    /**
     * Signs dev tokens (AUTH_MODE=dev only). When not set the API reads the secret its database keeps, drawn at
     * random once: no constant anyone could know.
     */
    authSecret: v.AUTH_SECRET,
    /** base64 */
    bsnKey: v.BSN_KEY ?? DEV_BSN_KEY,
    oidcIssuer: v.OIDC_ISSUER,
    oidcAudience: v.OIDC_AUDIENCE,
    oidcJwksUrl: v.OIDC_JWKS_URL,
    oidcRolesClaim: v.OIDC_ROLES_CLAIM,
    oidcGemeenteClaim: v.OIDC_GEMEENTE_CLAIM,
    oidcTeamClaim: v.OIDC_TEAM_CLAIM,
    logLevel: v.LOG_LEVEL ?? (v.NODE_ENV === 'test' ? 'silent' : 'info'),
    rateLimit: v.RATE_LIMIT,
    port: v.PORT,
    host: v.HOST,
    workerHealthPort: v.WORKER_HEALTH_PORT,
    workerHealthHost: v.WORKER_HEALTH_HOST,
    workerConcurrency: v.WORKER_CONCURRENCY,
    deadlineHorizonMs: v.DEADLINE_HORIZON_MS,
    sweepEveryMs: v.SWEEP_EVERY_MS,
    outboxPollMs: v.OUTBOX_POLL_MS,
    shutdownTimeoutMs: v.SHUTDOWN_TIMEOUT_MS,
    timerAlertAfterMs: v.TIMER_ALERT_AFTER_MS,
    digestPattern: v.DIGEST_PATTERN,
    /** by job name, e.g. `{ 'transitie18-scan': '0 6 * * *' }`: only the jobs whose pattern is set */
    jobPatterns: jobPatterns(v),
  };
}

/** Regie's configuration: every value typed, defaulted and checked. */
export type Config = Readonly<ReturnType<typeof toConfig>>;

/** The schema for a process of the given use: the variables, the rules between them, camelCase keys. */
export function configSchema(use: ConfigUse = {}) {
  return variables.superRefine((v, ctx) => rules(v, ctx, use), { when: () => true }).transform(toConfig);
}
