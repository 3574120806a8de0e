/** Where tests find Postgres and Redis: the same servers as the app, but their own database and Redis index. */
const base = () => new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/regie');

export function urlFor(database: string): string {
  const url = base();
  url.pathname = `/${database}`;
  return url.toString();
}

export const adminUrl = () => urlFor('postgres');
/** Set by the global setup, so two test runs on one machine never share databases. */
export const runId = () => process.env.REGIE_TEST_RUN ?? 'local';
export const templateName = () => `regie_test_${runId()}_template`;
export const workerId = () => Number(process.env.JEST_WORKER_ID ?? 1);
export const workerDatabase = () => `regie_test_${runId()}_w${workerId()}`;

/** Redis index 1..15 by jest worker (0 is the demo's); queue prefixes keep files on one worker apart too. */
export function redisUrlForWorker(): string {
  const url = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  url.pathname = `/${1 + ((workerId() - 1) % 15)}`;
  return url.toString();
}
