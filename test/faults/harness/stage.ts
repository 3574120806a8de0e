/**
 * One fault scenario's world: a fresh database cloned from the migrated template on the suite's own Postgres, its
 * own Redis key prefix, API and worker processes, and a client that talks to them as a careful client would (a
 * network error or a 5xx is retried with the same Idempotency-Key, so "acknowledged" means a 2xx came back).
 *
 * It keeps the evidence the checks need: every HTTP outcome, every command and when it was acknowledged, and every
 * fault injected with its time window. No jest here: the checks return findings, the test files assert them.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { type Outcome, keepAlive, send } from './http';
import { type AppEnv, AppProcess, type Exit } from './processes';
import { Services, sleep, waitFor } from './services';

export const TEMPLATE_DATABASE = 'fault_template';
export const GEMEENTE = 'faultgem';
export const INTAKER = { user: 'intaker-f', roles: ['intaker'], gemeente: GEMEENTE, team: 'wijkteam-f' };
export const PROCESMANAGER = { user: 'pm-f', roles: ['procesmanager'], gemeente: GEMEENTE };
/** the one-shot term the scenarios arm: AVE's acceptance term, started at level 3 with a receiver to accept */
export const TERM_KEY = 'regie_acceptatie';

/** short, so the suite is fast; the promise is "fired within the sweep interval plus a few seconds" */
export const SWEEP_EVERY_MS = 2000;
/** every due deadline fires within this of its due moment, or of the end of a fault that hit it */
export const FIRE_BOUND_MS = SWEEP_EVERY_MS + 5000;
/** the in-flight triggers of a killed worker fire within this of their due moment while another worker lives */
export const KILLED_WORKER_BOUND_MS = 10_000;
/** how long after Postgres answers again a 503 still counts as "while it is down" (pools reconnect) */
export const POSTGRES_GRACE_MS = 5000;
/** a client retries one command this long (same Idempotency-Key) before it gives up */
export const RETRY_BUDGET_MS = 45_000;
export const REQUEST_TIMEOUT_MS = 15_000;

export type FaultKind = 'api-kill' | 'worker-kill' | 'sigterm' | 'flushall' | 'redis-down' | 'postgres-down';

export interface FaultWindow {
  kind: FaultKind;
  start: number;
  end: number;
  /** the process it hit (API url or worker name) */
  target?: string;
  /** a server stopped on purpose: when it was told to start again (it answers from `end` on) */
  downUntil?: number;
}

export interface Command {
  key: string;
  kind: 'start' | 'event';
  path: string;
  firstAt: number;
  ackAt: number | null;
  attempts: number;
  /** status of the last attempt (null: network error) */
  status: number | null;
  lastError: string | null;
  gaveUp: boolean;
  /** a 4xx: the command was refused, not retried */
  rejected: boolean;
  /** the case it started or addressed */
  caseId: string | null;
  /** what the first attempt got */
  first: Outcome | null;
}

export interface StageOptions {
  apis: number;
  workers: number;
  /** AVE cases at level 1 (no deadlines) the load sends events to */
  loadCases?: number;
}

type Json = Record<string, unknown>;

export interface CommandOptions {
  /** which API process a client starts at; retries move on to the next */
  offset?: number;
  /** false: a new connection per request */
  agent?: false;
  /** the API process of the first attempt */
  first?: AppProcess;
  /** the first attempt sends half its body, then the rest after this long (see http.ts) */
  trickleMs?: number;
  /** called when the API process has the first attempt (its `100 Continue`, see http.ts) */
  onAccepted?: () => void;
}

export class Stage {
  readonly outcomes: Outcome[] = [];
  readonly windows: FaultWindow[] = [];
  readonly commands: Command[] = [];
  readonly apis: AppProcess[] = [];
  readonly workers: AppProcess[] = [];
  loadCases: string[] = [];
  subjectId = '';
  tokens = { intaker: '', procesmanager: '' };
  readonly startedAt = Date.now();
  private seq = 0;
  /** what must stop before the processes do (the load: a scenario that failed half-way leaves it running) */
  private readonly closing: (() => void)[] = [];

  private constructor(
    readonly name: string,
    readonly services: Services,
    readonly databaseUrl: string,
    readonly dir: string,
    readonly env: AppEnv,
  ) {}

  static async create(name: string, opts: StageOptions): Promise<Stage> {
    const services = Services.attach();
    await services.ensureUp();
    // the previous scenario's processes are gone; its keys would only confuse this one's counts
    await services.flushAll();
    const databaseUrl = await services.createDatabase(`fault_${name}`, TEMPLATE_DATABASE);
    const dir = join(services.state.dir, name);
    mkdirSync(dir, { recursive: true });
    const env: AppEnv = {
      databaseUrl,
      redisUrl: services.redisUrl(),
      redisPrefix: `fault-${name}`,
      sweepEveryMs: SWEEP_EVERY_MS,
    };
    const stage = new Stage(name, services, databaseUrl, dir, env);
    try {
      for (let i = 1; i <= opts.apis; i++)
        stage.apis.push(await AppProcess.create('api', `api-${i}`, dir, env));
      for (let i = 1; i <= opts.workers; i++)
        stage.workers.push(await AppProcess.create('worker', `worker-${i}`, dir, env));
      const all = [...stage.apis, ...stage.workers];
      for (const p of all) p.start();
      await Promise.all(all.map((p) => p.waitReady()));
      await stage.setUp(opts.loadCases ?? 24);
    } catch (err) {
      (err as Error).message += `\n${stage.tails()}`;
      await stage.close();
      throw err;
    }
    return stage;
  }

  private async setUp(loadCases: number): Promise<void> {
    this.tokens.intaker = await this.devToken(INTAKER);
    this.tokens.procesmanager = await this.devToken(PROCESMANAGER);
    const subject = await send({
      endpoint: this.apis[0].url,
      method: 'POST',
      path: '/api/v1/subjects',
      headers: { Authorization: `Bearer ${this.tokens.intaker}` },
      body: { kind: 'huishouden', name: 'Huishouden fouttest' },
    });
    if (subject.status !== 201) throw new Error(`POST /api/v1/subjects: ${subject.status} ${subject.body}`);
    this.subjectId = (JSON.parse(subject.body) as { id: string }).id;
    const started = await Promise.all(
      Array.from({ length: loadCases }, () =>
        this.startCase({ kinderenInHuishouden: false, regisseur: INTAKER.user }),
      ),
    );
    this.loadCases = started.map((c) => c.caseId).filter((id): id is string => id !== null);
    if (this.loadCases.length !== loadCases) throw new Error('could not start the load cases');
  }

  private async devToken(who: Json): Promise<string> {
    const res = await send({
      endpoint: this.apis[0].url,
      method: 'POST',
      path: '/api/v1/auth/dev-token',
      body: who,
    });
    if (res.status !== 200) throw new Error(`dev-token: ${res.status} ${res.body}`);
    return (JSON.parse(res.body) as { token: string }).token;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Commands, as a careful client sends them

  nextKey(): string {
    return `${this.name}-${++this.seq}-${randomUUID().slice(0, 8)}`;
  }

  /**
   * Sends one command until it is acknowledged (2xx) or refused (4xx): a network error or a 5xx is retried with
   * the same Idempotency-Key, on the next API process, bounded by RETRY_BUDGET_MS.
   */
  async command(
    kind: Command['kind'],
    path: string,
    body: Json,
    opts: CommandOptions = {},
  ): Promise<Command & { json: Json | null }> {
    const cmd: Command = {
      key: this.nextKey(),
      kind,
      path,
      firstAt: Date.now(),
      ackAt: null,
      attempts: 0,
      status: null,
      lastError: null,
      gaveUp: false,
      rejected: false,
      caseId: null,
      first: null,
    };
    this.commands.push(cmd);
    const giveUpAt = cmd.firstAt + RETRY_BUDGET_MS;
    const offset = opts.offset ?? this.seq;
    for (let attempt = 0; attempt < 500; attempt++) {
      const api = attempt === 0 && opts.first ? opts.first : this.apis[(offset + attempt) % this.apis.length];
      const o = await send({
        endpoint: api.url,
        method: 'POST',
        path,
        headers: { Authorization: `Bearer ${this.tokens.intaker}`, 'Idempotency-Key': cmd.key },
        body,
        timeoutMs: REQUEST_TIMEOUT_MS,
        agent: opts.agent,
        trickleMs: attempt === 0 ? opts.trickleMs : undefined,
        onAccepted: attempt === 0 ? opts.onAccepted : undefined,
      });
      this.outcomes.push(o);
      cmd.first ??= o;
      cmd.attempts++;
      cmd.status = o.status;
      cmd.lastError = o.error;
      if (o.status !== null && o.status < 300) {
        cmd.ackAt = o.end;
        const json = JSON.parse(o.body) as Json;
        cmd.caseId = typeof json.id === 'string' ? json.id : null;
        return { ...cmd, json };
      }
      if (o.status !== null && o.status < 500) {
        cmd.rejected = true;
        return { ...cmd, json: null };
      }
      if (Date.now() >= giveUpAt) break;
      await sleep(backoff(attempt, o));
    }
    cmd.gaveUp = true;
    return { ...cmd, json: null };
  }

  /** Starts an AVE case; `input` as POST /api/v1/cases takes it. */
  startCase(input: Json, opts: CommandOptions = {}) {
    return this.command(
      'start',
      '/api/v1/cases',
      { workflow: 'ave', subjectId: this.subjectId, input: { startLevel: 1, ...input } },
      opts,
    );
  }

  /**
   * Starts an AVE case at level 3 whose receiver (the procesmanager) has not accepted: its acceptance term is a
   * real deadline `seconds` from now, fired once (a missed acceptance is recorded once and not re-armed). The
   * case's own rules (input.config) carry the short term, as a gemeente's configuration would.
   */
  startWithDeadline(seconds: number, opts: CommandOptions = {}) {
    return this.startCase(
      {
        startLevel: 3,
        kinderenInHuishouden: false,
        regisseur: PROCESMANAGER.user,
        reden: 'Fouttest: samenwerking vastgelopen',
        criteria: ['stagnatie'],
        config: { niveaus: { '3': { acceptatietermijn: { amount: seconds, unit: 'seconds' } } } },
      },
      opts,
    );
  }

  /** An event every AVE case accepts at any level and that moves no deadline: the cheapest real command. */
  linkIntake(caseId: string, opts: CommandOptions = {}) {
    return this.command(
      'event',
      `/api/v1/cases/${caseId}/events`,
      { type: 'INTAKE_GEKOPPELD', intakeCaseId: randomUUID() },
      opts,
    ).then((c) => {
      c.caseId = caseId;
      const kept = this.commands.find((k) => k.key === c.key);
      if (kept) kept.caseId = caseId;
      return c;
    });
  }

  randomLoadCase(): string {
    return this.loadCases[Math.floor(Math.random() * this.loadCases.length)];
  }

  // ---------------------------------------------------------------------------------------------------------
  // Faults (each recorded with its window)

  private window(kind: FaultKind, start: number, end: number, target?: string): FaultWindow {
    const w = { kind, start, end, target };
    this.windows.push(w);
    return w;
  }

  /** kill -9 of an API process; a supervisor would start it again, so does this (unless told not to). */
  async killApi(i: number, restart = true): Promise<FaultWindow> {
    const api = this.apis[i];
    const start = Date.now();
    await api.kill9();
    if (restart) await api.startReady();
    return this.window('api-kill', start, Date.now(), api.url);
  }

  /** kill -9 of a worker process; started again afterwards when `restart`. */
  async killWorker(i: number, restart = false): Promise<FaultWindow> {
    const worker = this.workers[i];
    const start = Date.now();
    await worker.kill9();
    const w = this.window('worker-kill', start, Date.now(), worker.name);
    if (restart) await worker.startReady();
    return w;
  }

  /** SIGTERM of an API process; resolves with its exit (null when it did not stop within `waitMs`). */
  async sigtermApi(i: number, waitMs = 30_000): Promise<{ sentAt: number; exit: Exit | null }> {
    const api = this.apis[i];
    const sentAt = Date.now();
    const exit = await api.terminate(waitMs);
    this.window('sigterm', sentAt, exit?.at ?? Date.now(), api.url);
    return { sentAt, exit };
  }

  async flushAll(): Promise<FaultWindow> {
    const at = Date.now();
    await this.services.flushAll();
    return this.window('flushall', at, Date.now());
  }

  /** Redis stopped for `ms` and started again empty (no persistence). */
  async redisOutage(ms: number): Promise<FaultWindow> {
    const { stoppedAt, backAt } = await this.services.redisOutage(ms);
    return this.window('redis-down', stoppedAt, backAt);
  }

  /** `pg_ctl restart -m fast`: every connection is cut, the server is back within a second or two. */
  async postgresRestart(): Promise<FaultWindow> {
    const start = Date.now();
    await this.services.restartPostgres();
    return this.window('postgres-down', start, Date.now());
  }

  /** Postgres stopped (`-m fast`) for `ms`, then started: a window long enough for requests to find it down. */
  async postgresOutage(ms: number): Promise<FaultWindow> {
    const start = Date.now();
    this.services.stopPostgres('fast');
    await sleep(ms);
    const downUntil = Date.now();
    await this.services.startPostgres();
    const w = this.window('postgres-down', start, Date.now());
    w.downUntil = downUntil;
    return w;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Waiting for what a scenario means (the load runs, the stage serves again, the outbox is relayed, deadlines
  // fired), each bounded, instead of for a fixed time

  /** Commands acknowledged at or after `since`; with `via`, the 2xx answers that API process gave. */
  acknowledgedSince(since: number, via?: AppProcess): number {
    if (via)
      return this.outcomes.filter(
        (o) => o.endpoint === via.url && o.status !== null && o.status < 300 && o.end >= since,
      ).length;
    return this.commands.filter((c) => c.ackAt !== null && c.ackAt >= since).length;
  }

  /**
   * Waits until `count` commands were acknowledged at or after `since` (through `via` when given): the load runs,
   * or serves again after a fault. A stage that does not serve within `timeoutMs` is a finding: it throws, naming
   * `what` it waited for.
   */
  async served(
    what: string,
    count: number,
    opts: { since?: number; via?: AppProcess; timeoutMs?: number } = {},
  ): Promise<void> {
    const since = opts.since ?? Date.now();
    const timeoutMs = opts.timeoutMs ?? 30_000;
    if (await waitFor(() => this.acknowledgedSince(since, opts.via) >= count, timeoutMs, 20)) return;
    throw new Error(
      `${this.name}: ${what}: ${this.acknowledgedSince(since, opts.via)} of ${count} commands acknowledged` +
        `${opts.via ? ` by ${opts.via.name}` : ''} within ${timeoutMs} ms\n${this.tails()}`,
    );
  }

  /** Waits until every outbox row committed up to `until` has been relayed (its triggers are in Redis). */
  async relayed(what: string, until = Date.now(), timeoutMs = 30_000): Promise<void> {
    const left = async () =>
      (
        await this.sql<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE created_at <= $1`, [
          new Date(until),
        ])
      )[0].n;
    if (await waitFor(async () => (await left()) === 0, timeoutMs, 100)) return;
    throw new Error(`${this.name}: ${what}: ${await left()} outbox rows not relayed within ${timeoutMs} ms`);
  }

  /** The short terms the scenarios arm (TERM_KEY) armed up to `until`, with the moment each falls due. */
  async armedBy(until: number): Promise<{ id: string; dueAt: number }[]> {
    const rows = await this.sql<{ id: string; due_at: Date }>(
      `SELECT id, due_at FROM deadlines WHERE key = $1 AND created_at <= $2`,
      [TERM_KEY, new Date(until)],
    );
    return rows.map((r) => ({ id: r.id, dueAt: r.due_at.getTime() }));
  }

  /**
   * Waits until none of these deadlines is pending, or the moment `until` passed (whether they fired in time is
   * for the checks to judge, not for this wait), and at most a minute. True when none is pending.
   */
  async deadlinesDone(ids: string[], until: number): Promise<boolean> {
    const pending = async () =>
      (
        await this.sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM deadlines WHERE id = ANY($1::uuid[]) AND status = 'pending'`,
          [ids],
        )
      )[0].n;
    return waitFor(
      async () => (await pending()) === 0,
      Math.min(60_000, Math.max(0, until - Date.now())),
      200,
    );
  }

  // ---------------------------------------------------------------------------------------------------------
  // The database, read directly (as the table owner: no row-level security in the way)

  async sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.databaseUrl, connectionTimeoutMillis: 5000 });
    client.on('error', () => undefined);
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  /**
   * Holds row locks on these cases for `ms`: the deadline firing that writes them waits meanwhile, so the
   * triggers a worker has taken stay in flight (a slow database) long enough to kill that worker mid-batch.
   */
  async lockCases(caseIds: string[]): Promise<() => Promise<void>> {
    const client = new Client({ connectionString: this.databaseUrl });
    client.on('error', () => undefined);
    await client.connect();
    await client.query('BEGIN');
    await client.query(`SELECT id FROM cases WHERE id = ANY($1::uuid[]) FOR UPDATE`, [caseIds]);
    return async () => {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end().catch(() => undefined);
    };
  }

  /** BullMQ's delayed and waiting jobs of the deadline queue: triggers not yet taken by a worker. */
  async queuedTriggers(): Promise<string[]> {
    const redis = this.services.redisClient();
    try {
      const [delayed, waiting] = await Promise.all([
        redis.zrange(`${this.env.redisPrefix}:deadlines:delayed`, 0, -1),
        redis.lrange(`${this.env.redisPrefix}:deadlines:wait`, 0, -1),
      ]);
      return [...delayed, ...waiting];
    } finally {
      redis.disconnect();
    }
  }

  /** BullMQ's list of active (taken, unfinished) jobs of the deadline queue: triggers in flight. */
  async activeTriggers(): Promise<string[]> {
    const redis = this.services.redisClient();
    try {
      return await redis.lrange(`${this.env.redisPrefix}:deadlines:active`, 0, -1);
    } finally {
      redis.disconnect();
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // The end

  /** The last lines of every log of this scenario, for a failure message. */
  tails(lines = 25): string {
    const parts = [...this.apis, ...this.workers].map((p) => p.tail(lines));
    for (const [label, file] of [
      ['postgres', this.services.state.pg.logFile],
      ['redis', this.services.state.redis.logFile],
    ]) {
      try {
        const all = readFileSync(file, 'utf8').trimEnd().split('\n');
        parts.push(
          `---- ${label} (${file}), last ${Math.min(10, all.length)} lines:\n${all.slice(-10).join('\n')}`,
        );
      } catch {
        parts.push(`---- ${label}: no log`);
      }
    }
    return parts.join('\n');
  }

  /** Calls `stop` when the stage closes, before its processes stop. */
  whenClosing(stop: () => void): void {
    this.closing.push(stop);
  }

  /** Stops every process this scenario started (SIGTERM, then kill -9 after a grace period). */
  async close(): Promise<void> {
    for (const stop of this.closing.splice(0)) stop();
    await Promise.all([...this.apis, ...this.workers].map((p) => p.stop(8000)));
    // kept-alive sockets would keep jest from exiting
    keepAlive.destroy();
  }
}

/** 100 ms doubling to 1 s; a Retry-After (seconds) is honoured up to 2 s, so a test never waits long. */
function backoff(attempt: number, o: Outcome): number {
  const retryAfter = Number(o.headers['retry-after']);
  if (Number.isFinite(retryAfter) && retryAfter > 0) return Math.min(2000, retryAfter * 1000);
  return Math.min(1000, 100 * 2 ** Math.min(attempt, 4));
}
