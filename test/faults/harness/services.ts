/**
 * A Postgres and a Redis of the fault suite's own, on free ports of 127.0.0.1 in a temporary directory: never the
 * ones a developer or the demo uses (5432, 6379), because the suite stops, kills and empties them on purpose.
 *
 * Everything needed to control them again is in `state.json` and pid files in that directory, so the jest global
 * setup can start them, any test file (another module registry) can restart them, and scripts/test-faults.sh can
 * still clean up when jest itself is killed. Used by the fault tests and by bench/timer-recovery.ts; no jest here.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import IORedis from 'ioredis';
import { Client } from 'pg';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** `work`'s value, or null when it takes longer than `ms` (the timer is cleared either way, so no handle lingers). */
export async function within<T>(work: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([work, new Promise<null>((r) => (timer = setTimeout(() => r(null), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `check` until it returns true; false when `timeoutMs` passed first. Bounded in time and in count. */
export async function waitFor(
  check: () => Promise<boolean> | boolean,
  timeoutMs: number,
  intervalMs = 100,
): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  for (let i = 0; i < 100_000; i++) {
    if (await check()) return true;
    if (Date.now() >= until) return false;
    await sleep(intervalMs);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Ports

/**
 * A thousand ports just below the kernel's ephemeral range (ip_local_port_range, 32768-60999 on Linux by default),
 * where no outgoing connection takes its local port: a port inside it can be free when checked and taken by a
 * client socket of another test (jest, the browser tests, their Postgres connections) before our server binds it.
 */
function portRange(): [number, number] {
  let low = 32_768;
  try {
    low =
      Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || low;
  } catch {
    // not Linux: the default range
  }
  return low > 3_024 ? [low - 2_000, low - 1_000] : [61_000, 62_000];
}
const [PORT_MIN, PORT_MAX] = portRange();
/** within one process, never hand out a port twice (a stopped server's port may look free for a moment) */
const handedOut = new Set<number>();

function tryListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port of PORT_MIN-PORT_MAX on 127.0.0.1 that nothing listens on now. */
export async function freePort(): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const port = PORT_MIN + Math.floor(Math.random() * (PORT_MAX - PORT_MIN));
    if (handedOut.has(port)) continue;
    if (await tryListen(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`geen vrije poort gevonden tussen ${PORT_MIN} en ${PORT_MAX}`);
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Processes by pid (only ones this suite started)

/** Alive and not a zombie: a killed child stays in the process table until its parent reaps it. */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

/** The pids whose parent is `pid` (Postgres backends of a postmaster). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      if (new RegExp(`^PPid:\\s+${pid}$`, 'm').test(status)) out.push(Number(name));
    } catch {
      // ended meanwhile
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Binaries

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** initdb and pg_ctl: the highest version under /usr/lib/postgresql, else from PATH. */
export function postgresBin(): string {
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((v) => existsSync(join(base, v, 'bin', 'initdb')) && existsSync(join(base, v, 'bin', 'pg_ctl')))
      .sort((a, b) => Number(b) - Number(a) || b.localeCompare(a));
    if (versions.length) return join(base, versions[0], 'bin');
  }
  const initdb = onPath('initdb');
  if (initdb && onPath('pg_ctl')) return join(initdb, '..');
  throw new Error(
    'initdb/pg_ctl niet gevonden (niet onder /usr/lib/postgresql/*/bin en niet op PATH); ' +
      'installeer het Debian-pakket postgresql of draai npm run test:faults',
  );
}

export function redisBin(): string {
  const found = onPath('redis-server');
  if (!found) throw new Error('redis-server niet gevonden; installeer het Debian-pakket redis-server');
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// State on disk

export interface ServicesState {
  /** the temporary directory holding everything; removed by stop() */
  dir: string;
  pg: {
    bin: string;
    dataDir: string;
    socketDir: string;
    logFile: string;
    port: number;
    /** `postgres` when this process is root: initdb refuses to run as root */
    runAs: string | null;
  };
  redis: {
    bin: string;
    port: number;
    dir: string;
    logFile: string;
    pidFile: string;
  };
}

const STATE = 'state.json';

function writeState(state: ServicesState): void {
  const tmp = join(state.dir, `${STATE}.tmp`);
  writeFileSync(tmp, JSON.stringify(state, null, 2));
  renameSync(tmp, join(state.dir, STATE));
}

/**
 * Control over the suite's Postgres and Redis. Stateless apart from the files in `state.dir`, so several
 * instances (global setup, test files) may control the same servers one after another.
 */
export class Services {
  private constructor(readonly state: ServicesState) {}

  /** Creates the directory, initdb's a cluster and starts Postgres and Redis on free ports. */
  static async start(opts: { root?: string } = {}): Promise<Services> {
    const root = opts.root ?? process.env.REGIE_FAULTS_ROOT ?? tmpdir();
    mkdirSync(root, { recursive: true });
    const dir = mkdtempSync(join(root, 'regie-faults-'));
    // Postgres runs as another user when we are root: it must reach its directories through this one.
    chmodSync(dir, 0o755);
    const runAs = process.getuid?.() === 0 ? 'postgres' : null;
    const state: ServicesState = {
      dir,
      pg: {
        bin: postgresBin(),
        dataDir: join(dir, 'pg', 'data'),
        socketDir: join(dir, 'pg', 'run'),
        logFile: join(dir, 'pg', 'postgres.log'),
        port: await freePort(),
        runAs,
      },
      redis: {
        bin: redisBin(),
        port: await freePort(),
        dir: join(dir, 'redis'),
        logFile: join(dir, 'redis', 'redis.log'),
        pidFile: join(dir, 'redis', 'redis.pid'),
      },
    };
    mkdirSync(state.pg.socketDir, { recursive: true });
    mkdirSync(state.redis.dir, { recursive: true });
    writeState(state);
    if (runAs) {
      try {
        execFileSync('runuser', ['-u', runAs, '--', 'test', '-x', dir], { stdio: 'ignore' });
      } catch (err) {
        rmSync(dir, { recursive: true, force: true });
        throw new Error(
          `Postgres draait als gebruiker ${runAs}, die ${dir} niet kan bereiken; zet REGIE_FAULTS_ROOT (of TMPDIR) ` +
            'op een map die iedereen mag doorlopen, zoals /tmp',
          { cause: err },
        );
      }
    }
    const services = new Services(state);
    try {
      services.initdb();
      await Promise.all([services.startPostgres(), services.startRedis()]);
    } catch (err) {
      await services.stop();
      throw err;
    }
    return services;
  }

  /** Control over servers another process or module started (see `state.json`). */
  static attach(dir = process.env.REGIE_FAULTS_DIR): Services {
    if (!dir) throw new Error('REGIE_FAULTS_DIR is niet gezet: start de fouttests met npm run test:faults');
    return new Services(JSON.parse(readFileSync(join(dir, STATE), 'utf8')) as ServicesState);
  }

  get pgPort(): number {
    return this.state.pg.port;
  }
  get redisPort(): number {
    return this.state.redis.port;
  }
  /** trust authentication: the cluster exists only for this run, on 127.0.0.1 */
  databaseUrl(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.pgPort}/${database}`;
  }
  redisUrl(): string {
    return `redis://127.0.0.1:${this.redisPort}/0`;
  }

  // ---- Postgres

  /** Runs a Postgres binary, as the postgres user when we are root. */
  private pgRun(tool: string, args: string[], timeoutMs = 60_000): string {
    const exe = join(this.state.pg.bin, tool);
    const [cmd, argv] = this.state.pg.runAs
      ? ['runuser', ['-u', this.state.pg.runAs, '--', exe, ...args]]
      : [exe, args];
    try {
      return execFileSync(cmd, argv, {
        // the postgres user cannot read the caller's working directory
        cwd: this.state.dir,
        encoding: 'utf8',
        timeout: timeoutMs,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string; message: string };
      throw new Error(`${tool} ${args.join(' ')} mislukt: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`, {
        cause: err,
      });
    }
  }

  private initdb(): void {
    const pgDir = join(this.state.dir, 'pg');
    mkdirSync(this.state.pg.dataDir, { recursive: true });
    if (this.state.pg.runAs) {
      const uid = Number(execFileSync('id', ['-u', this.state.pg.runAs], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', this.state.pg.runAs], { encoding: 'utf8' }).trim());
      for (const p of [pgDir, this.state.pg.dataDir, this.state.pg.socketDir]) chownSync(p, uid, gid);
    }
    chmodSync(this.state.pg.dataDir, 0o700);
    this.pgRun('initdb', [
      '-D',
      this.state.pg.dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '--no-sync',
      '-E',
      'UTF8',
      '--locale=C',
    ]);
    // In postgresql.conf rather than on pg_ctl's command line, so that every start and restart uses them.
    const conf = [
      `port = ${this.state.pg.port}`,
      `listen_addresses = '127.0.0.1'`,
      `unix_socket_directories = '${this.state.pg.socketDir}'`,
      'fsync = off',
      'synchronous_commit = off',
      'full_page_writes = off',
      // two API and two worker processes with their pools, the change feeds and the tests' own connections
      'max_connections = 300',
      // A killed process's statement is aborted (rolled back) instead of finishing for nobody, as when the
      // process dies before its commit: what it had taken in flight must then really be taken over by another.
      'client_connection_check_interval = 500',
      `log_min_messages = warning`,
    ].join('\n');
    const file = join(this.state.pg.dataDir, 'postgresql.conf');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n# regie fault suite\n${conf}\n`);
  }

  /** Starts Postgres and waits until it accepts connections. */
  async startPostgres(): Promise<void> {
    this.pgRun('pg_ctl', [
      '-D',
      this.state.pg.dataDir,
      '-l',
      this.state.pg.logFile,
      '-w',
      '-t',
      '60',
      'start',
    ]);
    if (!(await waitFor(() => this.postgresAnswers(), 30_000, 100)))
      throw new Error(`Postgres op poort ${this.pgPort} antwoordt niet na starten`);
  }

  /** Stops Postgres (`-m fast`: open connections are cut, as on a failover or an operator's restart). */
  stopPostgres(mode: 'fast' | 'immediate' = 'fast'): void {
    if (!this.postgresPid()) return;
    this.pgRun('pg_ctl', ['-D', this.state.pg.dataDir, '-m', mode, '-w', '-t', '60', 'stop']);
  }

  /** `pg_ctl restart -m fast`, then waits until it answers. */
  async restartPostgres(): Promise<void> {
    this.pgRun('pg_ctl', [
      '-D',
      this.state.pg.dataDir,
      '-l',
      this.state.pg.logFile,
      '-m',
      'fast',
      '-w',
      '-t',
      '60',
      'restart',
    ]);
    if (!(await waitFor(() => this.postgresAnswers(), 30_000, 100)))
      throw new Error(`Postgres op poort ${this.pgPort} antwoordt niet na herstarten`);
  }

  /** kill -9 of the postmaster and its backends (a crash); start again with startPostgres (crash recovery). */
  async killPostgres(): Promise<void> {
    const pid = this.postgresPid();
    if (!pid) return;
    const backends = childrenOf(pid);
    signal(pid, 'SIGKILL');
    for (const child of backends) signal(child, 'SIGKILL');
    const gone = await waitFor(() => !pidAlive(pid) && backends.every((b) => !pidAlive(b)), 10_000, 50);
    if (!gone) throw new Error('Postgres-processen leven nog na kill -9');
  }

  /** The postmaster's pid from its pid file, when it runs. */
  postgresPid(): number | null {
    try {
      const pid = Number(readFileSync(join(this.state.pg.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      return pid && pidAlive(pid) ? pid : null;
    } catch {
      return null;
    }
  }

  async postgresAnswers(): Promise<boolean> {
    const client = new Client({
      connectionString: this.databaseUrl('postgres'),
      connectionTimeoutMillis: 1000,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  // ---- Redis

  /** Starts an empty Redis (no persistence) as a child of this process; its pid goes to a file. */
  async startRedis(): Promise<void> {
    const { bin, port, dir, logFile, pidFile } = this.state.redis;
    if (await listening(port)) throw new Error(`poort ${port} is bezet; Redis kan daar niet starten`);
    const log = openSync(logFile, 'a');
    let child: ChildProcess;
    try {
      child = spawn(
        bin,
        [
          '--port',
          String(port),
          '--bind',
          '127.0.0.1',
          '--save',
          '',
          '--appendonly',
          'no',
          '--daemonize',
          'no',
          '--dir',
          dir,
        ],
        // its own process group: a Ctrl-C to the test run reaches it through scripts/test-faults.sh's cleanup
        { stdio: ['ignore', log, log], detached: true, cwd: dir },
      );
    } finally {
      closeSync(log);
    }
    child.unref();
    if (!child.pid) throw new Error('redis-server start niet');
    writeFileSync(pidFile, String(child.pid));
    if (!(await waitFor(() => this.redisAnswers(), 15_000, 50)))
      throw new Error(`Redis op poort ${port} antwoordt niet na starten`);
  }

  redisPid(): number | null {
    try {
      const pid = Number(readFileSync(this.state.redis.pidFile, 'utf8'));
      return pid && pidAlive(pid) ? pid : null;
    } catch {
      return null;
    }
  }

  /** Stops Redis (SIGTERM; with no persistence configured it comes back empty) and waits until it is gone. */
  async stopRedis(sig: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const pid = this.redisPid();
    if (!pid) return;
    signal(pid, sig);
    const gone = await waitFor(async () => !pidAlive(pid) && !(await listening(this.redisPort)), 15_000, 50);
    if (!gone) {
      signal(pid, 'SIGKILL');
      await waitFor(() => !pidAlive(pid), 5_000, 50);
    }
    rmSync(this.state.redis.pidFile, { force: true });
  }

  /** Redis down for `ms`, then back empty. Returns when it answers again. */
  async redisOutage(ms: number): Promise<{ stoppedAt: number; backAt: number }> {
    await this.stopRedis();
    const stoppedAt = Date.now();
    await sleep(ms);
    await this.startRedis();
    return { stoppedAt, backAt: Date.now() };
  }

  async flushAll(): Promise<void> {
    const redis = this.redisClient();
    try {
      await redis.flushall();
    } finally {
      redis.disconnect();
    }
  }

  /** A client that fails at once instead of queueing while Redis is away. */
  redisClient(): IORedis {
    const redis = new IORedis({
      host: '127.0.0.1',
      port: this.redisPort,
      lazyConnect: false,
      enableOfflineQueue: true,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      retryStrategy: () => null,
    });
    // an unhandled 'error' event would end the test process; callers see the failed command instead
    redis.on('error', () => undefined);
    return redis;
  }

  async redisAnswers(): Promise<boolean> {
    const redis = this.redisClient();
    try {
      return (await redis.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      redis.disconnect();
    }
  }

  /** Brings back whatever a failed scenario may have left down. */
  async ensureUp(): Promise<void> {
    if (!this.postgresPid()) await this.startPostgres();
    if (!(await this.redisAnswers())) {
      await this.stopRedis('SIGKILL');
      await this.startRedis();
    }
  }

  // ---- databases

  async createDatabase(name: string, template?: string): Promise<string> {
    const admin = new Client({ connectionString: this.databaseUrl('postgres') });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
    } finally {
      await admin.end();
    }
    return this.databaseUrl(name);
  }

  async dropDatabase(name: string): Promise<void> {
    const admin = new Client({ connectionString: this.databaseUrl('postgres') });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }

  // ---- the end

  /** Stops both servers and removes the directory. Safe to call twice and after a partial start. */
  async stop(): Promise<void> {
    try {
      if (this.postgresPid()) this.stopPostgres('immediate');
    } catch {
      const pid = this.postgresPid();
      if (pid) await this.killPostgres();
    }
    await this.stopRedis().catch(() => undefined);
    rmSync(this.state.dir, { recursive: true, force: true });
  }
}
