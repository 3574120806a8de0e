/**
 * Regie's API and worker as separate node processes, run from dist/ exactly as operators run them, each with its
 * output in a log file. Helpers kill -9, SIGTERM and restart them; nothing here touches a process it did not start.
 * Used by the fault tests and bench/timer-recovery.ts; no jest here.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getJson } from './http';
import { freePort, pidAlive, sleep, within } from './services';

/** The repository root: where package.json is, from test/faults/harness or from dist/test/faults/harness. */
export function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 10; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'libs'))) return dir;
    dir = dirname(dir);
  }
  throw new Error(`repository root not found above ${__dirname}`);
}

export const API_MAIN = 'dist/apps/api/src/main.js';
export const WORKER_MAIN = 'dist/apps/worker/src/main.js';
export const MIGRATE = 'dist/libs/persistence/src/cli/migrate.js';

/** Runs the migration CLI against `databaseUrl` (creates the database when missing). */
export function migrate(databaseUrl: string): void {
  const root = repoRoot();
  if (!existsSync(join(root, MIGRATE))) throw new Error(`${MIGRATE} ontbreekt: eerst npm run build`);
  execFileSync(process.execPath, [MIGRATE], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
}

export interface AppEnv {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  sweepEveryMs: number;
  /** more variables, or overrides */
  extra?: Record<string, string>;
}

export interface Exit {
  at: number;
  code: number | null;
  signal: NodeJS.Signals | null;
}

export type Kind = 'api' | 'worker';

/**
 * One API or worker process. `port` is the API's HTTP port or the worker's health port; a restart keeps it, so
 * clients and probes find the process again where they left it.
 */
export class AppProcess {
  child: ChildProcess | null = null;
  /** how readiness was last established: the health endpoint, or a fallback until the product has one */
  readyVia = '';
  readonly exits: Exit[] = [];
  private exited: Promise<Exit> | null = null;
  private currentExit: Exit | null = null;

  private constructor(
    readonly kind: Kind,
    readonly name: string,
    readonly port: number,
    readonly logFile: string,
    private readonly pidDir: string,
    private readonly env: AppEnv,
  ) {}

  static async create(kind: Kind, name: string, dir: string, env: AppEnv): Promise<AppProcess> {
    mkdirSync(join(dir, 'pids'), { recursive: true });
    return new AppProcess(kind, name, await freePort(), join(dir, `${name}.log`), join(dir, 'pids'), env);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  get pid(): number | null {
    return this.child?.pid ?? null;
  }
  alive(): boolean {
    return this.pid !== null && this.currentExit === null && pidAlive(this.pid);
  }

  private processEnv(): NodeJS.ProcessEnv {
    const e = this.env;
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TZ: 'UTC',
      NODE_ENV: 'test',
      DATABASE_URL: e.databaseUrl,
      REDIS_URL: e.redisUrl,
      REDIS_PREFIX: e.redisPrefix,
      CLOCK: 'system',
      AUTH_MODE: 'dev',
      // every API process must accept every other's dev tokens
      AUTH_SECRET: 'regie-fault-suite-secret',
      LOG_LEVEL: 'warn',
      RATE_LIMIT: '1000000',
      SWEEP_EVERY_MS: String(e.sweepEveryMs),
      HOST: '127.0.0.1',
      ...(this.kind === 'api' ? { PORT: String(this.port) } : { WORKER_HEALTH_PORT: String(this.port) }),
      ...e.extra,
    };
    return env;
  }

  /** Spawns the process (output appended to its log file). Does not wait for readiness. */
  start(): void {
    if (this.child && this.currentExit === null) throw new Error(`${this.name} draait al`);
    const root = repoRoot();
    const main = this.kind === 'api' ? API_MAIN : WORKER_MAIN;
    if (!existsSync(join(root, main))) throw new Error(`${main} ontbreekt: eerst npm run build`);
    const log = openSync(this.logFile, 'a');
    writeFileSync(log, `\n---- ${new Date().toISOString()} start ${this.name}\n`);
    let child: ChildProcess;
    try {
      child = spawn(process.execPath, [main], {
        cwd: root,
        env: this.processEnv(),
        stdio: ['ignore', log, log],
      });
    } finally {
      closeSync(log);
    }
    this.child = child;
    this.currentExit = null;
    const pidFile = join(this.pidDir, `${this.name}.pid`);
    if (child.pid) writeFileSync(pidFile, String(child.pid));
    this.exited = new Promise<Exit>((resolve) => {
      child.once('exit', (code, sig) => {
        const exit = { at: Date.now(), code, signal: sig };
        this.exits.push(exit);
        this.currentExit = exit;
        rmSync(pidFile, { force: true });
        resolve(exit);
      });
    });
  }

  /** Waits until the process reports ready, or throws with the tail of its log. */
  async waitReady(timeoutMs = 45_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (let i = 0; i < 10_000 && Date.now() < until; i++) {
      if (this.currentExit) break;
      if (await this.probeReady()) return;
      await sleep(150);
    }
    const why = this.currentExit
      ? `stopte met code ${this.currentExit.code} / ${this.currentExit.signal}`
      : `niet gereed binnen ${timeoutMs} ms`;
    throw new Error(`${this.name} ${why}\n${this.tail(40)}`);
  }

  private async probeReady(): Promise<boolean> {
    const ready = await getJson(this.url, '/health/ready', {}, 2000);
    if (ready.status === 200) {
      this.readyVia = '/health/ready';
      return true;
    }
    // Fallbacks until the product serves /health/ready (API) and a health port (worker).
    if (this.kind === 'api' && ready.status === 404) {
      const health = await getJson(this.url, '/health', {}, 2000);
      if (health.status === 200) {
        this.readyVia = '/health (fallback: no /health/ready)';
        return true;
      }
    }
    if (this.kind === 'worker' && ready.status === null && this.logSince().includes('Regie worker gestart')) {
      this.readyVia = 'log line (fallback: no health port)';
      return true;
    }
    return false;
  }

  /** The log written since the last start. */
  private logSince(): string {
    try {
      const text = readFileSync(this.logFile, 'utf8');
      return text.slice(text.lastIndexOf(`start ${this.name}\n`));
    } catch {
      return '';
    }
  }

  async startReady(timeoutMs?: number): Promise<void> {
    this.start();
    await this.waitReady(timeoutMs);
  }

  /** kill -9; resolves when the process is gone. */
  async kill9(): Promise<Exit> {
    return this.signalAndWait('SIGKILL', 10_000);
  }

  /** SIGTERM; resolves with the exit (or null when it is still running after `timeoutMs`). */
  async terminate(timeoutMs = 30_000): Promise<Exit | null> {
    if (!this.child || !this.exited || this.currentExit) return this.currentExit;
    this.child.kill('SIGTERM');
    return within(this.exited, timeoutMs);
  }

  private async signalAndWait(sig: NodeJS.Signals, timeoutMs: number): Promise<Exit> {
    if (!this.child || !this.exited) throw new Error(`${this.name} is nooit gestart`);
    if (this.currentExit) return this.currentExit;
    this.child.kill(sig);
    const exit = await within(this.exited, timeoutMs);
    if (!exit) throw new Error(`${this.name} leeft nog ${timeoutMs} ms na ${sig}`);
    return exit;
  }

  /** SIGTERM, and SIGKILL when it has not stopped within `graceMs`. For cleaning up. */
  async stop(graceMs = 12_000): Promise<void> {
    if (!this.child || this.currentExit) return;
    const exit = await this.terminate(graceMs);
    if (!exit) await this.kill9().catch(() => undefined);
  }

  /** The last lines of its log, for a failure message. */
  tail(lines = 30): string {
    try {
      const all = readFileSync(this.logFile, 'utf8').trimEnd().split('\n');
      return `---- ${this.name} (${this.logFile}), last ${Math.min(lines, all.length)} lines:\n${all.slice(-lines).join('\n')}`;
    } catch {
      return `---- ${this.name}: no log`;
    }
  }
}
