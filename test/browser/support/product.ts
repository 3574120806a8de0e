/**
 * The real product for the browser tests: a fresh database on the local Postgres (migrated and seeded with the
 * demo data), the API and the worker from dist/ on free ports, with AUTH_MODE=dev, CLOCK=manual and Redis keys of
 * their own. Never the developer's :3000, the demo database or the demo's Redis keys.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Redis from 'ioredis';
import { Client } from 'pg';

export const ROOT = join(__dirname, '..', '..', '..');
/** The build to test: `npm run build`'s dist/, or another one REGIE_BROWSER_DIST names (built with its --outDir). */
export const BUILD = process.env.REGIE_BROWSER_DIST ?? join(ROOT, 'dist');
/** Where the product's processes log, beside Playwright's own output (gitignored). */
export const LOG_DIR = join(ROOT, 'test-results', 'product');
/**
 * The builds the runs use: each run a copy of dist/ taken at its start, so a `npm run build` during the run (which
 * empties dist/) cannot pull the files from under the API, and two runs at once (two developers' sessions on one
 * machine) do not share one. Under node_modules: packages resolve as from dist/, and git, eslint and prettier leave
 * it alone; not under node_modules/.cache: the API serves no file from a path with a dot-directory in it (Express's
 * sendFile), so every screen's own URL would be a 404. Removed when the run stops; a copy left by a run that died
 * is removed by the next.
 */
const COPIES = join(ROOT, 'node_modules', 'regie-browser-runs');

/** Whether a process with this id still runs (signal 0 only asks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Copies the build for this run; removes the copies of runs whose process is gone. */
function copyDist(run: string): string {
  mkdirSync(COPIES, { recursive: true });
  for (const name of readdirSync(COPIES)) {
    const pid = /^dist-(\d+)$/.exec(name)?.[1];
    if (pid && !alive(Number(pid))) rmSync(join(COPIES, name), { recursive: true, force: true });
  }
  const dist = join(COPIES, `dist-${run}`);
  rmSync(dist, { recursive: true, force: true });
  cpSync(BUILD, dist, { recursive: true });
  return dist;
}

const BUILT = {
  migrate: 'libs/persistence/src/cli/migrate.js',
  seed: 'apps/worker/src/demo-seed.js',
  api: 'apps/api/src/main.js',
  worker: 'apps/worker/src/main.js',
  web: 'apps/web/index.html',
};

/** The Redis index of the browser tests: the demo uses 0, jest's workers 1 and up; the prefix keeps us apart too. */
const REDIS_INDEX = 15;

export interface Product {
  url: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

function databaseUrl(database: string): string {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/regie');
  url.pathname = `/${database}`;
  return url.toString();
}

function redisUrl(): string {
  const url = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  url.pathname = `/${REDIS_INDEX}`;
  return url.toString();
}

/** A port nothing listens on now, chosen by the kernel. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

async function onAdmin<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** Runs a one-off CLI from dist/ to its end; its output goes to the log, and into the error when it fails. */
function runTool(name: string, script: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, [script], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 180_000,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  createWriteStream(join(LOG_DIR, `${name}.log`)).end(output);
  if (result.status !== 0)
    throw new Error(`${name} mislukte (exit ${result.status ?? result.signal}):\n${output.slice(-4000)}`);
}

function startProcess(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const log = createWriteStream(join(LOG_DIR, `${name}.log`));
  const child = spawn(process.execPath, [script], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

async function waitReady(name: string, url: string, child: ChildProcess, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  let last = 'geen antwoord';
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(
        `${name} stopte bij het starten (exit ${child.exitCode ?? child.signalCode}); zie ${LOG_DIR}/${name}.log`,
      );
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
      last = `HTTP ${res.status}: ${(await res.text()).slice(0, 300)}`;
    } catch (e) {
      last = (e as Error).message;
    }
    await sleep(200);
  }
  throw new Error(
    `${name} werd niet gereed binnen ${ms / 1000} s (${url}: ${last}); zie ${LOG_DIR}/${name}.log`,
  );
}

async function stopProcess(child: ChildProcess, ms = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  if (await Promise.race([exited.then(() => true), sleep(ms).then(() => false)])) return;
  child.kill('SIGKILL');
  await exited;
}

/** Removes this run's keys (BullMQ queues under its prefix) from its Redis index. */
async function dropRedisKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export async function startProduct(): Promise<Product> {
  for (const [part, file] of Object.entries(BUILT))
    if (!existsSync(join(BUILD, file)))
      throw new Error(`${join(BUILD, file)} ontbreekt (${part}): eerst npm run build`);
  mkdirSync(LOG_DIR, { recursive: true });
  const run = `${process.pid}`;
  const dist = copyDist(run);
  const built = (part: keyof typeof BUILT) => join(dist, BUILT[part]);

  const database = `regie_browser_${run}`;
  const redisPrefix = `regie-browser-${run}`;
  const [port, workerPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl(database),
    DATABASE_POOL: '10',
    REDIS_URL: redisUrl(),
    REDIS_PREFIX: redisPrefix,
    AUTH_MODE: 'dev',
    CLOCK: 'manual',
    HOST: '127.0.0.1',
    PORT: String(port),
    WORKER_HEALTH_HOST: '127.0.0.1',
    WORKER_HEALTH_PORT: String(workerPort),
  };
  for (const key of ['REDIS_DB', 'BSN_KEY', 'AUTH_SECRET', 'OIDC_ISSUER', 'OIDC_AUDIENCE', 'OIDC_JWKS_URL'])
    delete env[key];

  const children: ChildProcess[] = [];
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', killAll);
    await Promise.all(children.map((child) => stopProcess(child)));
    await onAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    await dropRedisKeys(redisUrl(), redisPrefix);
    rmSync(dist, { recursive: true, force: true });
  };
  // a runner that dies without its teardown must not leave the processes behind
  const killAll = () => children.forEach((child) => child.kill('SIGKILL'));
  process.on('exit', killAll);

  try {
    await onAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    runTool('migrate', built('migrate'), env); // creates the database
    runTool('seed', built('seed'), env);
    children.push(startProcess('worker', built('worker'), env));
    children.push(startProcess('api', built('api'), env));
    const url = `http://127.0.0.1:${port}`;
    await Promise.all([
      waitReady('worker', `http://127.0.0.1:${workerPort}/health/ready`, children[0]),
      waitReady('api', `${url}/health/ready`, children[1]),
    ]);
    return { url, databaseUrl: env.DATABASE_URL as string, stop };
  } catch (e) {
    await stop().catch(() => undefined);
    throw e;
  }
}
