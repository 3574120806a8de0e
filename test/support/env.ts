/**
 * A fresh database (cloned from the migrated template) and a Redis index for one test file. Call
 * `useTestEnvironment()` at the top of a file that talks to Postgres or Redis.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { adminUrl, redisUrlForWorker, templateName, urlFor, workerDatabase } from './urls';

export interface TestEnvironment {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
}

export async function freshDatabase(): Promise<string> {
  const name = workerDatabase();
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateName()}`);
  } finally {
    await admin.end();
  }
  return urlFor(name);
}

/** Points the process's configuration at this file's own database and Redis keys. */
export async function useTestEnvironment(overrides: Record<string, string> = {}): Promise<TestEnvironment> {
  const env: TestEnvironment = {
    databaseUrl: await freshDatabase(),
    redisUrl: redisUrlForWorker(),
    redisPrefix: `regie-test-${randomBytes(4).toString('hex')}`,
  };
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: env.databaseUrl,
    REDIS_URL: env.redisUrl,
    REDIS_PREFIX: env.redisPrefix,
    AUTH_MODE: 'dev',
    CLOCK: 'manual',
    DATABASE_POOL: '10',
    ...overrides,
  });
  for (const [key, value] of Object.entries(overrides)) if (value === '') delete process.env[key];
  return env;
}
