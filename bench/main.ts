/**
 * `npm run bench [-- --quick]`: how fast the engine writes durable transitions against the limits of this machine,
 * how deadline timers keep up when 3,000 fall due per second, how fast the procesmanager's escalation board
 * answers for one gemeente of 1,000,000 AVE households over 30 gemeenten (e, bench/board.ts), and how long the
 * daily transitie18 enrolment scan takes over 200,000 subjects (f, bench/enrolment.ts), how long every indicator
 * takes for one year of a gemeente with 200,000 inwoners and about 1,000,000 history rows (n, bench/indicators.ts),
 * and how long the import of 200,000 inwoners with 300,000 voorzieningen takes through the code path of
 * `npm run import` (i, bench/import.ts).
 *
 * The write phases run in alternating rounds on the same database, each on cases of its own: (a) engine.dispatch,
 * (b) the engine's write as raw SQL from Node, (p) the limit: pgbench running the writes one durable transition
 * needs (SELECT ... FOR UPDATE, UPDATE of the jsonb snapshot, INSERT history, INSERT outbox), (p1) the second
 * limit: the same writes as one statement per transaction, the least a hand-written client can send (both in
 * bench/pgbench.ts), and (h) the same command through HTTP, POST /api/v1/cases/:id/events on the real API in this
 * process (bench/api.ts). Printed: each one's transitions/s with p50/p99, then the ratios with their targets:
 * (a) / (p) at least 0.5, (a) / (p1) at least 0.45, (h) / (a) at least 0.5 with (h)'s p99 under 100 ms at 8
 * clients; (b) / (p) and (a) / (b) for comparison only. The summary ends with every target, its figure and
 * whether it was met.
 *
 * Options: --quick (smaller numbers), --only=a,b,p,p1,h,d,e,f,i,n, --indicator-inwoners=N (for n),
 * --households=N and --gemeenten=N (for e), --subjects=N (for f), --import-inwoners=N and
 * --import-voorzieningen=N (for i),
 * --writers=8 (also pgbench's clients and (h)'s), --cases=10000 (per write phase), --seconds=N (per write phase),
 * --deadlines=N, --rate=N (deadlines falling due per second), --procs=N (worker processes; 0 = in this process),
 * --concurrency=N (per worker, default 200 as apps/worker), --relay-batch=N; only to measure other settings than
 * the worker's: --max-batch=N and --linger=MS (TriggerBatcher; default 200 and 5 ms).
 * A measurement, not a test: exits 0 when a target is missed.
 */
import 'reflect-metadata';
import { type ChildProcess, fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { loadavg, release } from 'node:os';
import { join } from 'node:path';
import type { CaseView, Engine } from '@regie/engine';
import { migrate } from '@regie/persistence';
import { redisConnection } from '@regie/scheduling';
import IORedis from 'ioredis';
import { Client, Pool } from 'pg';
import { API_EVENT, type BenchApi, startApi, useApiEnvironment } from './api';
import {
  type BoardResult,
  TARGET_BOARD_GEMEENTEN,
  TARGET_BOARD_HOUSEHOLDS,
  TARGET_BOARD_P95_MS,
  phaseE,
} from './board';
import { type EnrolmentResult, TARGET_SCAN_MS, phaseF, plural } from './enrolment';
import { type ImportBenchResult, importSummary, phaseI } from './import';
import { type IndicatorBenchResult, TARGET_INDICATORS_MS, phaseN } from './indicators';
import {
  type CpuReport,
  cores,
  cpuMeter,
  cpuModel,
  endedChildrenCpuSeconds,
  fmt,
  ms,
  parseFlags,
  percentile,
} from './measure';
import { type LimitScript, Pgbench, cloneForLimit, pgbenchVersion } from './pgbench';
import {
  ACTOR,
  BENCH_DATABASE,
  GEMEENTE,
  WORKER_CONCURRENCY,
  type Wired,
  fireWorker,
  useBenchEnvironment,
  wire,
} from './wiring';

// ---------------------------------------------------------------------------------------------------------------
// Configuration

interface Config {
  quick: boolean;
  only: Set<string>;
  writers: number;
  cases: number;
  seconds: number;
  deadlines: number;
  rate: number;
  procs: number;
  concurrency: number;
  relayBatch: number;
  /** AVE households for (e), spread evenly over `gemeenten` gemeenten */
  households: number;
  gemeenten: number;
  /** inwoners for (f) */
  subjects: number;
  /** inwoners and voorzieningen for (i), the import */
  importInwoners: number;
  importVoorzieningen: number;
  indicatorInwoners: number;
  /** TriggerBatcher settings other than the worker's defaults (undefined: the defaults) */
  maxBatch: number | undefined;
  lingerMs: number | undefined;
}

function config(argv: string[]): Config {
  const flags = parseFlags(argv);
  const quick = flags.has('quick');
  const num = (name: string, full: number, small: number) =>
    Number(flags.get(name) ?? (quick ? small : full));
  return {
    quick,
    only: new Set((flags.get('only') ?? [...WRITE_PHASES, 'd', 'e', 'f', 'i', 'n'].join(',')).split(',')),
    writers: num('writers', 8, 8),
    cases: num('cases', 10_000, 2_000),
    seconds: num('seconds', 30, 5),
    deadlines: num('deadlines', 100_000, 10_000),
    rate: num('rate', TARGET_TIMER_RATE, TARGET_TIMER_RATE),
    procs: num('procs', DEFAULT_PROCS, DEFAULT_PROCS),
    concurrency: num('concurrency', WORKER_CONCURRENCY, WORKER_CONCURRENCY),
    relayBatch: num('relay-batch', 1000, 1000),
    households: num('households', TARGET_BOARD_HOUSEHOLDS, 60_000),
    gemeenten: num('gemeenten', TARGET_BOARD_GEMEENTEN, TARGET_BOARD_GEMEENTEN),
    subjects: num('subjects', 200_000, 20_000),
    importInwoners: num('import-inwoners', 200_000, 20_000),
    importVoorzieningen: num('import-voorzieningen', 300_000, 30_000),
    indicatorInwoners: num('indicator-inwoners', 200_000, 20_000),
    maxBatch: flags.has('max-batch') ? Number(flags.get('max-batch')) : undefined,
    lingerMs: flags.has('linger') ? Number(flags.get('linger')) : undefined,
  };
}

/**
 * Worker processes for (d), by measurement on a 2-core machine (30,000 deadlines at 1,000/s, two runs each): one
 * process kept up with p99 161/284 ms for 44% of a core (Postgres 20-25%); two gave p99 130/246 ms for 57-65%
 * (Postgres ~40%, smaller batches). The same lag within noise, a third less CPU: one, as one apps/worker runs.
 */
const DEFAULT_PROCS = 1;
/** the write phases, in the order their rounds alternate */
const WRITE_PHASES = ['a', 'b', 'p', 'p1', 'h'] as const;
type WritePhase = (typeof WRITE_PHASES)[number];
/** (a) / (p) and (a) / (p1), the limits being pgbench on the same machine in the same run */
const TARGET_LIMIT_RATIO = 0.5;
const TARGET_ONE_STATEMENT_RATIO = 0.45;
/** (h) / (a): what the API may cost on top of the engine; and (h)'s p99 at TARGET_HTTP_CLIENTS clients */
const TARGET_HTTP_RATIO = 0.5;
const TARGET_HTTP_P99_MS = 100;
const TARGET_HTTP_CLIENTS = 8;
/** deadlines falling due per second, each fired once, p99 lag due_at -> history entry under TARGET_P99_MS */
const TARGET_TIMER_RATE = 3000;
const TARGET_P99_MS = 1000;
const TERM_SECONDS = 60;

const t0 = Date.now();
const elapsed = () => `${fmt((Date.now() - t0) / 1000, 0).padStart(4)}s`;
const log = (line: string) => console.log(`[${elapsed()}] ${line}`);
const sleep = (millis: number) => new Promise((r) => setTimeout(r, millis));
const cpuLine = (c: CpuReport, who: string) =>
  `CPU (% of one core): ${who} ${fmt(c.procs)}, postgres ${fmt(c.postgres)}, redis ${fmt(c.redis)}, ` +
  `other jobs ${fmt(c.others)}; machine ${fmt(c.machineBusy)}% busy, iowait ${fmt(c.iowait)}%`;

// ---------------------------------------------------------------------------------------------------------------
// Setup

const benchDatabase = () =>
  decodeURIComponent(new URL(process.env.BENCH_DATABASE_URL!).pathname.slice(1)) || BENCH_DATABASE;

async function resetDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    // the database BENCH_DATABASE_URL names (regie_bench unless set), not another one
    await client.query(`DROP DATABASE IF EXISTS "${benchDatabase().replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
  await migrate(url); // creates the database, then runs every migration
}

async function header(w: Wired, cfg: Config): Promise<void> {
  const [pg] = await w.db.query(
    `SELECT current_setting('server_version') AS version, current_setting('fsync') AS fsync,
       current_setting('synchronous_commit') AS sync, current_setting('shared_buffers') AS buffers,
       current_setting('wal_level') AS wal_level`,
  );
  const redis = new IORedis(redisConnection());
  const info = await redis.info('server');
  redis.disconnect();
  const redisVersion = /redis_version:(\S+)/.exec(info)?.[1] ?? '?';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const bullmq = (require('bullmq/package.json') as { version: string }).version;
  console.log('Regie bench' + (cfg.quick ? ' (--quick: smaller numbers, a smoke run)' : ''));
  console.log(`  machine   ${cores()} cores (${cpuModel()}), Linux ${release()}`);
  console.log(`  node      ${process.version}, bullmq ${bullmq}`);
  console.log(
    `  postgres  ${pg.version} (fsync=${pg.fsync}, synchronous_commit=${pg.sync}, shared_buffers=${pg.buffers}), ` +
      `database ${benchDatabase()} (dropped and recreated)`,
  );
  console.log(`  redis     ${redisVersion}, db ${process.env.REDIS_DB}, prefix ${process.env.REDIS_PREFIX}`);
  if (cfg.only.has('p') || cfg.only.has('p1')) console.log(`  pgbench   ${pgbenchVersion() ?? 'not found'}`);
  const idle = cpuMeter();
  await sleep(1000);
  const bg = idle.stop();
  console.log(
    `  load      before start: ${fmt(bg.machineBusy)}% of the machine busy (other jobs ${fmt(bg.others + bg.postgres + bg.redis)}% of one core); ` +
      `load average ${loadavg()
        .map((l) => fmt(l, 1))
        .join(' ')}` +
      (bg.machineBusy > 20
        ? '  <- the machine is shared: figures below are lower than on an idle machine'
        : ''),
  );
}

async function newSubject(w: Wired): Promise<string> {
  const [s] = await w.db.query(
    `INSERT INTO subjects (id, gemeente, kind, name, created_at) VALUES (gen_random_uuid(), $1, 'inwoner', 'Bench', now())
     RETURNING id`,
    [GEMEENTE],
  );
  return s.id;
}

/** Copies a case the engine made, with its history, `n` times in one statement: the cases (a) and (b) write to. */
async function cloneCases(w: Wired, template: string, n: number): Promise<string[]> {
  await w.db.query(
    `WITH c AS (
       INSERT INTO cases (id, gemeente, workflow, workflow_version, subject_id, snapshot, state_value, regie_role,
         regie_holder, projection, version, created_at, updated_at)
       SELECT gen_random_uuid(), t.gemeente, t.workflow, t.workflow_version, t.subject_id, t.snapshot, t.state_value,
         t.regie_role, t.regie_holder, t.projection, t.version, now(), now()
       FROM cases t, generate_series(1, $2) WHERE t.id = $1 RETURNING id)
     INSERT INTO case_history (gemeente, case_id, seq, type, data, actor, at, from_state, to_state, causation_id)
     SELECT h.gemeente, c.id, h.seq, h.type, h.data, h.actor, now(), h.from_state, h.to_state, h.causation_id
     FROM c, case_history h WHERE h.case_id = $1`,
    [template, n - 1],
  );
  await w.db.query(`ANALYZE cases; ANALYZE case_history`);
  const rows: { id: string }[] = await w.db.query(
    `SELECT id FROM cases WHERE workflow = 'proef' AND state_value = 'open'`,
  );
  return rows.map((r) => r.id);
}

// ---------------------------------------------------------------------------------------------------------------
// (a) durable transitions through the engine

interface WriteResult {
  transitions: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  cpu: CpuReport;
  walSyncs: number | null;
  latencies: number[];
  /** (p): pgbench's own latency average and stddev of the round, in ms */
  pgbench?: { avgMs: number; stddevMs: number };
}

async function walSyncs(w: Wired): Promise<number | null> {
  try {
    const [r] = await w.db.query(`SELECT wal_sync::bigint AS n FROM pg_stat_wal`);
    return Number(r.n);
  } catch {
    return null;
  }
}

async function timedWriters(
  cfg: Config,
  seconds: number,
  label: string,
  one: (writer: number, i: number) => Promise<void>,
  w: Wired,
): Promise<WriteResult> {
  const latencies: number[] = [];
  let done = 0;
  let errors = 0;
  let firstError: string | null = null;
  const syncs0 = await walSyncs(w);
  const cpu = cpuMeter();
  const start = Date.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: cfg.writers }, async (_, writer) => {
      for (let i = 0; Date.now() < end; i++) {
        const t = performance.now();
        try {
          await one(writer, i);
          done++;
          latencies.push(performance.now() - t);
        } catch (err) {
          errors++;
          firstError ??= (err as Error).message;
        }
      }
    }),
  );
  const took = (Date.now() - start) / 1000;
  const usage = cpu.stop();
  const syncs1 = await walSyncs(w);
  if (firstError) log(`  ${label}: ${errors} errors, first: ${firstError}`);
  latencies.sort((x, y) => x - y);
  return {
    transitions: done,
    seconds: took,
    perSecond: done / took,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
    cpu: usage,
    walSyncs: syncs0 !== null && syncs1 !== null ? syncs1 - syncs0 : null,
    latencies,
  };
}

/** Adds up the rounds of one side. */
function merge(parts: WriteResult[]): WriteResult {
  const seconds = parts.reduce((t, p) => t + p.seconds, 0);
  const transitions = parts.reduce((t, p) => t + p.transitions, 0);
  const latencies = parts.flatMap((p) => p.latencies).sort((x, y) => x - y);
  const avg = (f: (c: CpuReport) => number) => parts.reduce((t, p) => t + f(p.cpu) * p.seconds, 0) / seconds;
  const syncs = parts.every((p) => p.walSyncs !== null) ? parts.reduce((t, p) => t + p.walSyncs!, 0) : null;
  return {
    transitions,
    seconds,
    perSecond: transitions / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors: parts.reduce((t, p) => t + p.errors, 0),
    cpu: {
      machineBusy: avg((c) => c.machineBusy),
      iowait: avg((c) => c.iowait),
      procs: avg((c) => c.procs),
      postgres: avg((c) => c.postgres),
      redis: avg((c) => c.redis),
      others: avg((c) => c.others),
    },
    walSyncs: syncs,
    latencies,
  };
}

interface Side {
  run(seconds: number): Promise<WriteResult>;
  close(): Promise<void>;
}

/** (a): writers dispatch NOTITIE through the engine to random cases (each its own idempotency key). */
function engineSide(
  engine: Engine,
  w: Wired,
  cfg: Config,
  caseIds: string[],
  keep: (v: CaseView) => void,
): Side {
  let round = 0;
  return {
    async run(seconds) {
      round++;
      return timedWriters(
        cfg,
        seconds,
        '(a) engine',
        async (writer, i) => {
          const caseId = caseIds[Math.floor(Math.random() * caseIds.length)];
          keep(
            await engine.dispatch(w.system, {
              actor: ACTOR,
              caseId,
              event: { type: 'NOTITIE' },
              idempotencyKey: `a-${round}-${writer}-${i}`,
            }),
          );
        },
        w,
      );
    },
    close: async () => undefined,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// (b) the same writes as raw SQL

/** The statement the engine's commit sends for a step that changes no deadline (libs/engine/src/engine.ts). */
const RAW_WRITE = `WITH u AS (
   UPDATE cases SET snapshot = $3, state_value = $4, regie_role = $5, regie_holder = $6, version = $7,
     updated_at = $8
   WHERE id = $1 AND version = $2 RETURNING id, gemeente),
 h AS (
   INSERT INTO case_history (gemeente, case_id, seq, type, data, actor, at, from_state, to_state, causation_id)
   SELECT gemeente, id, $7, $9, $10, $11, $8, $12, $4, $13 FROM u),
 i AS (
   INSERT INTO idempotency_keys (case_id, key, request_hash, status, response, created_at)
   SELECT id, $14, $15, 200, $16, $8 FROM u WHERE $14::text IS NOT NULL)
 SELECT count(*) AS n FROM u`;

/** (b): the same rows as raw SQL, one statement per transition; each writer owns a slice and knows its versions. */
async function rawSide(w: Wired, cfg: Config, caseIds: string[], sample: () => CaseView): Promise<Side> {
  const rows: { id: string; version: number; snapshot: { context: { notities: number } } }[] =
    await w.db.query(`SELECT id, version, snapshot FROM cases WHERE id = ANY($1)`, [caseIds]);
  // No reads, no conflicts: only the writes.
  const slices = Array.from({ length: cfg.writers }, (_, k) => rows.filter((_, j) => j % cfg.writers === k));
  const pool = new Pool({ connectionString: process.env.BENCH_DATABASE_URL, max: cfg.writers });
  const hash = createHash('sha256').update('{"type":"NOTITIE"}').digest('hex');
  const next = slices.map(() => 0);
  let round = 0;
  return {
    async run(seconds) {
      round++;
      const view0 = sample();
      return timedWriters(
        cfg,
        seconds,
        '(b) raw SQL',
        async (writer, i) => {
          const slice = slices[writer];
          const row = slice[next[writer]++ % slice.length];
          const now = new Date();
          const snapshot = {
            ...row.snapshot,
            context: { ...row.snapshot.context, notities: row.snapshot.context.notities + 1 },
          };
          const view = {
            ...view0,
            id: row.id,
            version: row.version + 1,
            context: snapshot.context,
            updatedAt: now.toISOString(),
          };
          const key = `b-${round}-${writer}-${i}`;
          const r = await pool.query<{ n: string }>({
            name: 'bench-raw-write',
            text: RAW_WRITE,
            values: [
              row.id,
              row.version,
              JSON.stringify(snapshot),
              'open',
              'intaker',
              ACTOR.id,
              row.version + 1,
              now,
              'NOTITIE',
              '{}',
              ACTOR.id,
              'open',
              key,
              key,
              hash,
              JSON.stringify(view),
            ],
          });
          if (Number(r.rows[0].n) !== 1) throw new Error('version conflict');
          row.version++;
          row.snapshot = snapshot;
        },
        w,
      );
    },
    close: () => pool.end(),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// (p) and (p1) the limits: pgbench, and (h) the same command through HTTP

/** (p), (p1): pgbench, one process of --writers clients on as many threads as there are cores, a round at a time. */
function limitSide(w: Wired, pgbench: Pgbench): Side {
  return {
    async run(seconds) {
      const syncs0 = await walSyncs(w);
      // pgbench's CPU is read when it has ended (its /proc entry is gone by then): this process's ended children
      const child0 = endedChildrenCpuSeconds();
      const cpu = cpuMeter([]);
      const start = Date.now();
      const r = await pgbench.run(seconds);
      const usage = cpu.stop();
      const pgbenchCpu = (100 * (endedChildrenCpuSeconds() - child0)) / ((Date.now() - start) / 1000);
      const syncs1 = await walSyncs(w);
      await Pgbench.clearOutbox(w.db);
      const latencies = r.latencies.sort((x, y) => x - y);
      return {
        transitions: r.transactions,
        seconds: r.transactions / r.tps,
        perSecond: r.tps,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        errors: r.failed,
        cpu: { ...usage, procs: pgbenchCpu, others: Math.max(0, usage.others - pgbenchCpu) },
        walSyncs: syncs0 !== null && syncs1 !== null ? syncs1 - syncs0 : null,
        latencies,
        pgbench: { avgMs: r.avgMs, stddevMs: r.stddevMs },
      };
    },
    close: async () => pgbench.close(),
  };
}

/** (h): --writers clients POST the event to random cases of its own through the API (each its own key). */
function httpSide(api: BenchApi, w: Wired, cfg: Config): Side {
  let round = 0;
  return {
    async run(seconds) {
      round++;
      return timedWriters(
        cfg,
        seconds,
        '(h) HTTP',
        (writer, i) =>
          api.post(api.caseIds[Math.floor(Math.random() * api.caseIds.length)], `h-${round}-${writer}-${i}`),
        w,
      );
    },
    close: () => api.close(),
  };
}

interface WritePhases extends Record<WritePhase, WriteResult | null> {
  /** snapshot sizes (bytes as text): the proef case of (a), (b), (p) and (p1); the intake case of (h) */
  proefBytes: number;
  intakeBytes: number | null;
  threads: number;
}

/** (a), (b), (p), (p1) and (h) in alternating rounds, so all see the same background load on a shared machine. */
async function writePhases(w: Wired, cfg: Config, subjectId: string): Promise<WritePhases> {
  const template = await w.engine.start(w.system, { actor: ACTOR, workflow: 'proef', subjectId, input: {} });
  const all = cfg.only.has('a') || cfg.only.has('b') ? await cloneCases(w, template.id, 2 * cfg.cases) : [];
  const forEngine = all.slice(0, cfg.cases);
  const forRaw = all.slice(cfg.cases);
  const [size] = await w.db.query(`SELECT octet_length(snapshot::text) AS n FROM cases WHERE id = $1`, [
    template.id,
  ]);
  const threads = Math.max(1, Math.min(cores(), cfg.writers));
  const limit = async (script: LimitScript) => {
    await cloneForLimit(w.db, script, template.id, cfg.cases);
    await w.db.query(`ANALYZE cases; ANALYZE case_history`);
    return new Pgbench(process.env.BENCH_DATABASE_URL!, {
      script,
      clients: cfg.writers,
      threads,
      cases: cfg.cases,
    });
  };
  const pgbench = cfg.only.has('p') ? await limit('transition') : null;
  const oneStatement = cfg.only.has('p1') ? await limit('one-statement') : null;
  let api: BenchApi | null = null;
  if (cfg.only.has('h')) {
    api = await startApi({
      db: w.db,
      user: ACTOR.id,
      gemeente: GEMEENTE,
      subjectId,
      cases: cfg.cases,
      clients: cfg.writers,
    });
  }
  const slices = [
    cfg.only.has('a') ? `${fmt(cfg.cases)} for (a)` : null,
    cfg.only.has('b') ? `${fmt(cfg.cases)} for (b)` : null,
    pgbench ? `${fmt(cfg.cases)} for (p)` : null,
    oneStatement ? `${fmt(cfg.cases)} for (p1)` : null,
    api ? `${fmt(cfg.cases)} intake cases for (h)` : null,
  ].filter(Boolean);
  log(
    `setup: ${slices.join(', ')} (one case of each workflow started through the engine, the rest copied from it ` +
      'with bulk SQL)' +
      (api ? `; the API listens on 127.0.0.1:${api.port}` : ''),
  );
  let sample: CaseView = template;
  const sides: [WritePhase, Side][] = [];
  if (cfg.only.has('a')) sides.push(['a', engineSide(w.engine, w, cfg, forEngine, (v) => (sample = v))]);
  if (cfg.only.has('b')) sides.push(['b', await rawSide(w, cfg, forRaw, () => sample)]);
  if (pgbench) sides.push(['p', limitSide(w, pgbench)]);
  if (oneStatement) sides.push(['p1', limitSide(w, oneStatement)]);
  if (api) sides.push(['h', httpSide(api, w, cfg)]);
  const rounds = cfg.quick ? 2 : 6;
  // whole seconds: pgbench's -T takes no fraction, and all sides get the same slice
  const slice = Math.max(1, Math.round(cfg.seconds / rounds));
  const names: Record<WritePhase, string> = {
    a: '(a) engine.dispatch',
    b: '(b) raw SQL',
    p: '(p) pgbench (the limit)',
    p1: '(p1) pgbench, one statement (the second limit)',
    h: '(h) HTTP',
  };
  log(
    `${sides.map(([n]) => names[n]).join(' vs ')}: ${cfg.writers} concurrent writers each, ` +
      `${rounds} alternating rounds of ${slice} s`,
  );
  const parts: Record<WritePhase, WriteResult[]> = { a: [], b: [], p: [], p1: [], h: [] };
  try {
    for (let r = 1; r <= rounds; r++) {
      const line: string[] = [];
      for (const [name, side] of sides) {
        const res = await side.run(slice);
        parts[name].push(res);
        const own = res.pgbench
          ? ` (pgbench: latency average ${ms(res.pgbench.avgMs)}, stddev ${ms(res.pgbench.stddevMs)})`
          : '';
        line.push(`(${name}) ${fmt(res.perSecond)}/s${own}`);
      }
      log(`  round ${r}/${rounds}: ${line.join(', ')}`);
    }
  } finally {
    for (const [, side] of sides) await side.close();
  }
  const merged = (n: WritePhase) => (parts[n].length ? merge(parts[n]) : null);
  const result: WritePhases = {
    a: merged('a'),
    b: merged('b'),
    p: merged('p'),
    p1: merged('p1'),
    h: merged('h'),
    proefBytes: Number(size.n),
    intakeBytes: api?.snapshotBytes ?? null,
    threads,
  };
  for (const n of WRITE_PHASES) {
    const r = result[n];
    const limit = n === 'p' || n === 'p1';
    if (r)
      log(
        `(${n}) ${fmt(r.perSecond)} ${limit ? 'transactions' : 'transitions'}/s (p50 ${ms(r.p50)}, p99 ${ms(r.p99)}); ` +
          cpuLine(r.cpu, limit ? 'pgbench' : 'bench process'),
      );
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// (d) timers

interface TimerResult {
  deadlines: number;
  persistMs: number;
  relayMs: number;
  fired: number;
  fireRate: number;
  p50: number;
  p99: number;
  max: number;
  /** deadlines that fired more than once */
  duplicates: number;
  /** history entries beyond the first per deadline */
  extraFirings: number;
  /** how long after the last deadline fell due the bench stopped waiting */
  waitedMs: number;
  leadMs: number;
  overdueAtArm: number;
  cpu: CpuReport;
  workers: string;
}

const ISO = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

async function phaseD(w: Wired, cfg: Config, subjectId: string): Promise<TimerResult> {
  const n = cfg.deadlines;
  const spanMs = (n / cfg.rate) * 1000;
  const batch =
    cfg.maxBatch === undefined && cfg.lingerMs === undefined
      ? 'TriggerBatcher defaults'
      : `EXPERIMENT TriggerBatcher maxBatch ${cfg.maxBatch ?? 'default'}, linger ${cfg.lingerMs ?? 'default'} ms`;
  const workers =
    (cfg.procs > 0
      ? `${cfg.procs} worker process${cfg.procs > 1 ? 'es' : ''} x concurrency ${cfg.concurrency}`
      : `1 in-process worker, concurrency ${cfg.concurrency}`) + `, ${batch}`;
  log(
    `(d) timers: ${fmt(n)} deadlines falling due at ${fmt(cfg.rate)}/s over ${fmt(spanMs / 1000)} s; ${workers}`,
  );

  // One case through the engine (start, then WACHTEN arms its deadline) is the pattern every bulk row copies.
  const started = await w.engine.start(w.system, { actor: ACTOR, workflow: 'proef', subjectId, input: {} });
  await w.engine.dispatch(w.system, {
    actor: ACTOR,
    caseId: started.id,
    event: { type: 'WACHTEN', seconden: TERM_SECONDS },
    idempotencyKey: 'd-template',
  });
  await w.relay.drain();
  await w.queue.obliterate({ force: true });
  // The template itself stays out of the measurement.
  await w.db.query(
    `UPDATE deadlines SET status = 'cancelled', cancelled_at = now(), token = token + 1 WHERE case_id = $1`,
    [started.id],
  );
  await w.db.query(
    `CREATE UNLOGGED TABLE bench_plan AS
      SELECT i, gen_random_uuid() AS case_id, gen_random_uuid() AS deadline_id FROM generate_series(0, $1 - 1) i`,
    [n],
  );

  // Deadlines fall due from `first` on; the lead leaves time to arm them all before the first one is due.
  const leadMs = Math.round(5000 + n * 0.4);
  const armStart = Date.now();
  const first = new Date(armStart + leadMs);
  const cpuArm = cpuMeter();
  log(
    `  arming: persisting ${fmt(n)} cases (state wachten), their history, deadlines and outbox rows with bulk SQL...`,
  );
  await w.db.query(
    `CREATE UNLOGGED TABLE bench_arm AS
       SELECT p.i, p.case_id, p.deadline_id, x.due_at, x.due_at - make_interval(secs => $3) AS anchor
       FROM bench_plan p, LATERAL (SELECT $1::timestamptz + (floor(p.i * 1000.0 / $2)::bigint * interval '1 millisecond') AS due_at) x`,
    [first, cfg.rate, TERM_SECONDS],
  );
  await w.db.query(
    `INSERT INTO cases (id, gemeente, workflow, workflow_version, subject_id, snapshot, state_value, regie_role,
       regie_holder, projection, version, created_at, updated_at)
     SELECT a.case_id, t.gemeente, t.workflow, t.workflow_version, t.subject_id,
       jsonb_set(t.snapshot, '{context,wachtenSinds}', to_jsonb(${ISO('a.anchor')})), t.state_value, t.regie_role,
       t.regie_holder, t.projection, t.version, a.anchor, a.anchor
     FROM bench_arm a, cases t WHERE t.id = $1`,
    [started.id],
  );
  await w.db.query(
    `INSERT INTO case_history (gemeente, case_id, seq, type, data, actor, at, from_state, to_state, causation_id)
     SELECT h.gemeente, a.case_id, h.seq, h.type, h.data, h.actor, a.anchor, h.from_state, h.to_state,
       CASE WHEN h.causation_id IS NULL THEN NULL ELSE 'd-' || a.i END
     FROM bench_arm a, case_history h WHERE h.case_id = $1`,
    [started.id],
  );
  await w.db.query(
    `INSERT INTO deadlines (id, gemeente, case_id, key, name, law, party, anchor, term, atw, status, due_date, due_at,
       remind_at, token, created_at)
     SELECT a.deadline_id, d.gemeente, a.case_id, d.key, d.name, d.law, d.party, a.anchor, d.term, d.atw, 'pending',
       NULL, a.due_at, NULL, 1, a.anchor
     FROM bench_arm a, deadlines d WHERE d.case_id = $1`,
    [started.id],
  );
  await w.db.query(
    `INSERT INTO outbox (kind, payload)
     SELECT 'timer', jsonb_build_object('deadlineId', a.deadline_id, 'token', 1, 'dueAt', ${ISO('a.due_at')}, 'remindAt', NULL)
     FROM bench_arm a ORDER BY a.i`,
  );
  const persistMs = Date.now() - armStart;
  log(`  arming: persisted in ${ms(persistMs)}; the outbox relay moves them into BullMQ (delayed jobs)...`);
  const relayStart = Date.now();
  const relayProgress = setInterval(async () => {
    const [{ left }] = await w.db.query(`SELECT count(*)::int AS left FROM outbox`);
    log(`  arming: relay ${fmt(n - left)} of ${fmt(n)} in Redis`);
  }, 5000);
  const moved = await w.relay.drain();
  clearInterval(relayProgress);
  const relayMs = Date.now() - relayStart;
  const armCpu = cpuArm.stop();
  const delayed = await w.queue.getDelayedCount();
  log(
    `  arming: relay moved ${fmt(moved)} outbox rows in ${ms(relayMs)}; ${fmt(delayed)} delayed jobs in Redis; ${cpuLine(armCpu, 'bench process')}`,
  );
  await w.db.query(`ANALYZE cases; ANALYZE deadlines; ANALYZE case_history`);

  // Workers: forked processes (each its own engine and pool) or one Worker in this process.
  const children: ChildProcess[] = [];
  let inProcess: ReturnType<typeof fireWorker> | null = null;
  const meter = cpuMeter();
  if (cfg.procs > 0) {
    await Promise.all(
      Array.from(
        { length: cfg.procs },
        () =>
          new Promise<void>((resolve, reject) => {
            const child = fork(join(__dirname, 'fire-worker.js'), [], {
              env: {
                ...process.env,
                BENCH_CONCURRENCY: String(cfg.concurrency),
                BENCH_MAX_BATCH: cfg.maxBatch === undefined ? '' : String(cfg.maxBatch),
                BENCH_LINGER_MS: cfg.lingerMs === undefined ? '' : String(cfg.lingerMs),
              },
            });
            children.push(child);
            meter.add(child.pid!);
            child.once('message', (m) => (m === 'ready' ? resolve() : reject(new Error(String(m)))));
            child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
          }),
      ),
    );
  } else {
    inProcess = fireWorker(w.engine, cfg.concurrency, { maxBatch: cfg.maxBatch, lingerMs: cfg.lingerMs });
    await inProcess.waitUntilReady();
  }
  const overdueAtArm = Math.max(0, Date.now() - first.getTime());
  if (overdueAtArm > 0)
    log(
      `  warning: arming overran the lead; the first deadlines were ${ms(overdueAtArm)} overdue when workers started`,
    );
  else log(`  workers ready; first deadline due in ${ms(first.getTime() - Date.now())}`);
  meter.stop(); // start counting CPU from here

  const last = first.getTime() + spanMs;
  const giveUp = last + (cfg.quick ? 20_000 : 60_000);
  let fired: number;
  let lastPrint = 0;
  let prev = { at: Date.now(), fired: 0 };
  for (;;) {
    await sleep(1000);
    // deadlines fired at least once: a second firing of one must not make the count look complete
    const [c] = await w.db.query(
      `SELECT count(DISTINCT case_id)::int AS n FROM case_history
       WHERE gemeente = $1 AND type = 'TERMIJN_VERSTREKEN'`,
      [GEMEENTE],
    );
    fired = c.n;
    const now = Date.now();
    if (now - lastPrint >= 5000 || fired >= n) {
      const due = Math.max(0, Math.min(n, Math.floor(((now - first.getTime()) / 1000) * cfg.rate)));
      const rate = ((fired - prev.fired) * 1000) / (now - prev.at);
      log(
        `  firing: ${fmt(due)} due, ${fmt(fired)} fired (${fmt(rate)}/s lately), backlog ${fmt(Math.max(0, due - fired))}`,
      );
      prev = { at: now, fired };
      lastPrint = now;
    }
    if (fired >= n || now > giveUp) break;
  }
  const cpu = meter.stop();
  if (fired < n) log(`  gave up waiting: ${fmt(fired)} of ${fmt(n)} fired`);

  if (inProcess) await inProcess.close();
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.send('stop');
          setTimeout(() => {
            child.kill();
            resolve();
          }, 10_000).unref();
        }),
    ),
  );

  // The lag of a deadline is that of its first firing; a second one is counted apart. Each bench case has one
  // deadline, so a case with two firings is a deadline fired twice (or one fired that was not armed).
  const [s] = await w.db.query(
    `SELECT count(*)::int AS n,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY lag) AS p50,
       percentile_cont(0.99) WITHIN GROUP (ORDER BY lag) AS p99,
       max(lag) AS max,
       extract(epoch FROM max(at) - min(at)) AS span
     FROM (SELECT min(h.at) AS at, extract(epoch FROM min(h.at) - d.due_at) * 1000 AS lag
           FROM case_history h JOIN deadlines d ON d.id = (h.data->>'deadlineId')::uuid
           WHERE h.gemeente = $1 AND h.type = 'TERMIJN_VERSTREKEN'
           GROUP BY d.id, d.due_at) t`,
    [GEMEENTE],
  );
  const [dup] = await w.db.query(
    `SELECT count(*) FILTER (WHERE n > 1)::int AS cases, coalesce(sum(n - 1), 0)::int AS extra
     FROM (SELECT count(*) AS n FROM case_history WHERE gemeente = $1 AND type = 'TERMIJN_VERSTREKEN'
           GROUP BY case_id) x`,
    [GEMEENTE],
  );
  const span = Number(s.span);
  return {
    deadlines: n,
    persistMs,
    relayMs,
    fired: s.n,
    fireRate: span > 0 ? (s.n - 1) / span : NaN,
    p50: Number(s.p50),
    p99: Number(s.p99),
    max: Number(s.max),
    duplicates: dup.cases,
    extraFirings: dup.extra,
    waitedMs: Math.max(0, Date.now() - last),
    leadMs,
    overdueAtArm,
    cpu,
    workers,
  };
}

// ---------------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const cfg = config(process.argv.slice(2));
  useBenchEnvironment();
  const url = process.env.BENCH_DATABASE_URL!;
  // (h) starts the API in this process: its configuration is read once, on first use, so set it before anything
  if (cfg.only.has('h')) useApiEnvironment(url);
  if ((cfg.only.has('p') || cfg.only.has('p1')) && !pgbenchVersion())
    throw new Error(
      'phases (p) and (p1) need pgbench (Debian: postgresql-client, on Debian 12 the server package postgresql); ' +
        'npm run bench installs it, or leave p and p1 out with --only=',
    );
  await resetDatabase(url);
  const w = await wire({ pool: Math.max(20, cfg.writers + 4), relayBatch: cfg.relayBatch });
  await w.queue.obliterate({ force: true });
  await header(w, cfg);
  await w.db.query(`INSERT INTO gemeenten (id, name) VALUES ($1, 'Benchgemeente')`, [GEMEENTE]);
  const subjectId = await newSubject(w);

  let writes: WritePhases | null = null;
  let d: TimerResult | null = null;
  let e: BoardResult | null = null;
  let f: EnrolmentResult | null = null;
  let i: ImportBenchResult | null = null;
  let n: IndicatorBenchResult | null = null;
  if (WRITE_PHASES.some((n) => cfg.only.has(n))) writes = await writePhases(w, cfg, subjectId);
  if (cfg.only.has('d')) d = await phaseD(w, cfg, subjectId);
  if (cfg.only.has('e')) e = await phaseE(w, cfg.households, cfg.gemeenten, log);
  if (cfg.only.has('f')) f = await phaseF(w, cfg.subjects, log);
  if (cfg.only.has('i')) i = await phaseI(w, cfg.importInwoners, cfg.importVoorzieningen, log);
  if (cfg.only.has('n')) n = await phaseN(w, cfg.indicatorInwoners, log);

  summary(cfg, writes, d, e, f, i, n);
  await w.queue.obliterate({ force: true }).catch(() => undefined);
  await w.close();
}

function summary(
  cfg: Config,
  writes: WritePhases | null,
  d: TimerResult | null,
  e: BoardResult | null,
  f: EnrolmentResult | null,
  i: ImportBenchResult | null = null,
  n: IndicatorBenchResult | null = null,
): void {
  const rows: [string, string, string][] = [];
  const verdict = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
  /** each target of the run: what it asks, the figure, the verdict (or why there is none) */
  const targets: [string, string, string][] = [];
  const notRun = (phases: string) => `not measured: run ${phases}`;
  const perSync = (r: WriteResult) =>
    r.walSyncs ? `, ${fmt(r.transitions / r.walSyncs, 1)} commits/WAL fsync` : '';
  const { a, b, p, p1, h } = writes ?? { a: null, b: null, p: null, p1: null, h: null };
  const latency = (r: WriteResult) =>
    `p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, ${r.errors} ${r === p || r === p1 ? 'failed' : 'errors'}${perSync(r)}`;
  const spread = (r: WriteResult) => {
    const mean = r.latencies.reduce((t, x) => t + x, 0) / r.latencies.length;
    const sd = Math.sqrt(r.latencies.reduce((t, x) => t + (x - mean) ** 2, 0) / r.latencies.length);
    return `average ${ms(mean)} ± ${ms(sd)}; from its --log`;
  };
  if (a) {
    rows.push([
      `(a) engine.dispatch, ${cfg.writers} writers, ${fmt(cfg.cases)} cases`,
      `${fmt(a.perSecond)} transitions/s`,
      `(${latency(a)})`,
    ]);
  }
  if (b) {
    rows.push([
      `(b) raw SQL from Node, same rows, ${cfg.writers} writers`,
      `${fmt(b.perSecond)} transitions/s`,
      `(${latency(b)})`,
    ]);
  }
  if (p) {
    rows.push([
      `(p) limit: pgbench, ${cfg.writers} clients, -j ${writes!.threads}, -M prepared`,
      `${fmt(p.perSecond)} transactions/s`,
      `(${latency(p)}, ${spread(p)})`,
    ]);
  }
  if (p1) {
    rows.push([
      `(p1) limit, one statement per transaction: pgbench, ${cfg.writers} clients`,
      `${fmt(p1.perSecond)} transactions/s`,
      `(${latency(p1)}, ${spread(p1)})`,
    ]);
  }
  if (h) {
    rows.push([
      `(h) HTTP POST /api/v1/cases/:id/events, ${cfg.writers} clients`,
      `${fmt(h.perSecond)} transitions/s`,
      `(${latency(h)}; keep-alive)`,
    ]);
  }
  const ratioTarget = (
    name: string,
    x: WriteResult | null,
    y: WriteResult | null,
    target: number,
    phases: string,
    detail = '',
  ) => {
    const what = `${name} at least ${target}`;
    if (!x || !y) {
      targets.push([what, '-', notRun(phases)]);
      return;
    }
    const ratio = x.perSecond / y.perSecond;
    rows.push([name, fmt(ratio, 2), `target at least ${target}: ${verdict(ratio >= target)}${detail}`]);
    targets.push([what, fmt(ratio, 2), verdict(ratio >= target)]);
  };
  ratioTarget(
    '(a) / (p)',
    a,
    p,
    TARGET_LIMIT_RATIO,
    'a and p',
    a ? `; p99 command latency (a) ${ms(a.p99)}` : '',
  );
  ratioTarget('(a) / (p1)', a, p1, TARGET_ONE_STATEMENT_RATIO, 'a and p1');
  ratioTarget('(h) / (a)', h, a, TARGET_HTTP_RATIO, 'a and h', '; what the API costs on top of the engine');
  const httpP99 = `(h) p99 under ${TARGET_HTTP_P99_MS} ms at ${TARGET_HTTP_CLIENTS} clients`;
  if (h) {
    const atTarget = cfg.writers === TARGET_HTTP_CLIENTS;
    const ok = verdict(h.p99 < TARGET_HTTP_P99_MS);
    rows.push([
      `(h) p99 at ${cfg.writers} clients`,
      ms(h.p99),
      `target < ${TARGET_HTTP_P99_MS} ms at ${TARGET_HTTP_CLIENTS} clients: ` +
        (atTarget ? ok : `${ok} (at ${cfg.writers} clients, not the target's ${TARGET_HTTP_CLIENTS})`),
    ]);
    targets.push([
      httpP99,
      ms(h.p99),
      atTarget ? ok : `${ok} (at ${cfg.writers} clients, not the target's ${TARGET_HTTP_CLIENTS})`,
    ]);
  } else targets.push([httpP99, '-', notRun('h')]);
  if (b && p) {
    const ratio = b.perSecond / p.perSecond;
    rows.push(['(b) / (p)', fmt(ratio, 2), `no target; p99 (b) ${ms(b.p99)}`]);
  }
  if (h && p) rows.push(['(h) / (p)', fmt(h.perSecond / p.perSecond, 2), `no target; p99 (h) ${ms(h.p99)}`]);
  if (a && b) {
    const ratio = a.perSecond / b.perSecond;
    rows.push(['(c) ratio a/b', fmt(ratio, 2), 'for comparison only, no target']);
  }
  const timerLag = `timers: p99 lag under ${TARGET_P99_MS / 1000} s at ${fmt(TARGET_TIMER_RATE)}/s offered`;
  const timerTwice = 'timers: deadlines fired twice: 0';
  if (d) {
    const all = d.fired === d.deadlines;
    const offered = cfg.rate >= TARGET_TIMER_RATE;
    const lagOk = verdict(d.p99 < TARGET_P99_MS && all);
    const atRate = offered
      ? ''
      : ` (offered ${fmt(cfg.rate)}/s, not the target's ${fmt(TARGET_TIMER_RATE)}/s)`;
    rows.push([
      `(d) arming ${fmt(d.deadlines)} deadlines`,
      ms(d.persistMs + d.relayMs),
      `(bulk SQL persist ${ms(d.persistMs)} + relay to BullMQ ${ms(d.relayMs)} = ${fmt((d.deadlines * 1000) / d.relayMs)} triggers/s)`,
    ]);
    rows.push([`    fired (${d.workers})`, `${fmt(d.fired)} of ${fmt(d.deadlines)}`, 'each at least once']);
    rows.push([
      '    fired twice',
      fmt(d.duplicates),
      `deadlines (${fmt(d.extraFirings)} history entries beyond the first) target 0: ${verdict(d.duplicates === 0)}`,
    ]);
    rows.push([
      `    fire rate (offered ${fmt(cfg.rate)}/s)`,
      `${fmt(d.fireRate)}/s`,
      `kept up: ${verdict(d.fireRate >= cfg.rate * 0.98 && all)}`,
    ]);
    if (!all) {
      rows.push([
        '    not fired when the bench stopped',
        fmt(d.deadlines - d.fired),
        `their lag is at least ${ms(d.waitedMs)} and not in the percentiles below (which flatter)`,
      ]);
    }
    rows.push([
      '    lag due_at -> history entry',
      `p99 ${ms(d.p99)}`,
      `(p50 ${ms(d.p50)}, max ${ms(d.max)}) target p99 < ${TARGET_P99_MS / 1000} s at ${fmt(TARGET_TIMER_RATE)}/s: ` +
        `${lagOk}${all ? '' : ' (not all fired)'}${atRate}`,
    ]);
    targets.push([timerLag, `p99 ${ms(d.p99)}`, `${lagOk}${all ? '' : ' (not all fired)'}${atRate}`]);
    targets.push([timerTwice, fmt(d.duplicates), verdict(d.duplicates === 0) + atRate]);
  } else {
    targets.push([timerLag, '-', notRun('d')]);
    targets.push([timerTwice, '-', notRun('d')]);
  }
  const boardTarget =
    `board p95 under ${TARGET_BOARD_P95_MS} ms, one gemeente of ${fmt(TARGET_BOARD_HOUSEHOLDS)} households ` +
    `over ${TARGET_BOARD_GEMEENTEN} gemeenten (RLS)`;
  if (e) {
    const [pm, ...others] = e.variants;
    const full = e.households >= TARGET_BOARD_HOUSEHOLDS && e.gemeenten >= TARGET_BOARD_GEMEENTEN;
    const ok = verdict(pm.p95 < TARGET_BOARD_P95_MS) + (full ? '' : ' (smoke run, not the target size)');
    rows.push([
      `(e) board, ${fmt(e.households)} households / ${e.gemeenten} gemeenten: ${pm.name}`,
      `p95 ${ms(pm.p95)}`,
      `(p50 ${ms(pm.p50)}, max ${ms(pm.max)}; ${fmt(e.inGemeente)} households in its gemeente) target p95 < ${TARGET_BOARD_P95_MS} ms at ` +
        `${fmt(TARGET_BOARD_HOUSEHOLDS)} households over ${TARGET_BOARD_GEMEENTEN} gemeenten: ${ok}`,
    ]);
    for (const v of others)
      rows.push([`    ${v.name}`, `p95 ${ms(v.p95)}`, `(p50 ${ms(v.p50)}, max ${ms(v.max)})`]);
    for (const p of e.plans) {
      rows.push([
        `    plan: ${p.statement}`,
        ms(p.executionMs),
        `${p.top.split('  (')[0]} <- ${p.sort}; uses ${p.indexes.join(', ')}`,
      ]);
    }
    rows.push([
      '    loading them (bulk SQL, then VACUUM ANALYZE)',
      ms(e.loadMs),
      `no target; ${fmt((e.households * 1000) / e.loadMs)} households/s`,
    ]);
    targets.push([boardTarget, `p95 ${ms(pm.p95)}`, ok]);
  } else targets.push([boardTarget, '-', notRun('e')]);
  if (f) {
    const full = f.subjects >= 200_000;
    const scanRow = (r: typeof f.daily) =>
      `(${plural(r.found, 'candidate')}, ${plural(r.started, 'case')} started${r.skipped ? `, ${fmt(r.skipped)} skipped` : ''}, ` +
      `query ${ms(r.queryMs)}) target < ${TARGET_SCAN_MS / 1000} s: ` +
      verdict(r.totalMs < TARGET_SCAN_MS) +
      (full ? '' : ' (smoke run, not the target size)');
    rows.push([
      `(f) enrolment scan, ${fmt(f.subjects)} subjects: daily (${f.daily.day})`,
      ms(f.daily.totalMs),
      scanRow(f.daily),
    ]);
    rows.push([
      `    first scan, the backlog (${f.first.day})`,
      ms(f.first.totalMs),
      `${scanRow(f.first)}; the target is the daily scan's`,
    ]);
    rows.push([
      '    plan: candidate query (daily)',
      ms(f.plan.executionMs),
      `${f.plan.top}, ${fmt(f.plan.rows)} rows <- ${f.plan.nodes}; uses ${f.plan.indexes.join(', ')}`,
    ]);
    rows.push([
      '    left unenrolled after both scans',
      fmt(f.missed),
      `${fmt(f.deadlines)} milestone deadlines armed for the new cases`,
    ]);
  }
  if (i) rows.push(importSummary(i));
  if (n)
    rows.push([
      `(n) every indicator (${n.indicatoren}) for one year, ${fmt(n.inwoners)} inwoners, ${fmt(n.historyRows)} history rows`,
      ms(n.maxMs),
      `slowest of 5 (median ${ms(n.medianMs)}) target < ${TARGET_INDICATORS_MS / 1000} s: ${verdict(n.maxMs < TARGET_INDICATORS_MS)}` +
        (n.inwoners >= 200_000 ? '' : ' (smoke run, not the target size)'),
    ]);
  const w1 = Math.max(...rows.map((r) => r[0].length));
  const w2 = Math.max(...rows.map((r) => r[1].length));
  console.log('');
  console.log(`Summary${cfg.quick ? ' (--quick)' : ''}`);
  console.log(`  ${'measure'.padEnd(w1)}  ${'figure'.padStart(w2)}  target / detail`);
  console.log(`  ${'-'.repeat(w1)}  ${'-'.repeat(w2)}  ${'-'.repeat(40)}`);
  for (const [m, f, t] of rows) console.log(`  ${m.padEnd(w1)}  ${f.padStart(w2)}  ${t}`);
  console.log('');
  console.log('  Where the time went:');
  if (a) console.log(`    (a) ${cpuLine(a.cpu, 'bench node process')}`);
  if (b) console.log(`    (b) ${cpuLine(b.cpu, 'bench node process')}`);
  if (p) console.log(`    (p) ${cpuLine(p.cpu, 'pgbench')}`);
  if (p1) console.log(`    (p1) ${cpuLine(p1.cpu, 'pgbench')}`);
  if (h) console.log(`    (h) ${cpuLine(h.cpu, 'bench node process (clients and API)')}`);
  if (d) console.log(`    (d) firing: ${cpuLine(d.cpu, 'worker process(es)')}`);
  if (e) {
    console.log(
      `    (e) loading ${fmt(e.households)} households over ${e.gemeenten} gemeenten (bulk SQL, then VACUUM ANALYZE): ${ms(e.loadMs)}; ` +
        `per level ${e.perLevel.map((n) => fmt(n)).join(' / ')}`,
    );
  }
  if (f) {
    console.log(
      `    (f) loading ${fmt(f.subjects)} inwoners and ${fmt(f.holders)} Jeugdwet voorzieningen (bulk SQL, then VACUUM ANALYZE): ${ms(f.loadMs)}`,
    );
    const per = (r: typeof f.first) => (r.started ? ms(r.totalMs / r.started) : '-');
    console.log(
      `    (f) first scan: query ${ms(f.first.queryMs)}, then ${fmt(f.first.started)} engine.start ` +
        `(${per(f.first)} each); daily scan: query ${ms(f.daily.queryMs)}, ${plural(f.daily.started, 'start')}`,
    );
  }
  console.log('  Notes:');
  if (a || b || d) {
    console.log(
      '  cases for (a)/(b) are copies (bulk SQL) of one case the engine started; (d) arms its 100k-style',
    );
    console.log(
      '  cases, history, deadlines and outbox rows with bulk SQL copied from one case the engine put in `wachten`,',
    );
    console.log(
      '  then the real OutboxRelay moves them into BullMQ and real BullMQ workers fire them through a TriggerBatcher',
    );
    console.log(
      '  (Engine.fireMany per batch, as apps/worker does) on the system clock. Workflow: test/support/proef-workflow.ts.',
    );
  }
  if (p) {
    console.log(
      '  (p) the limit is pgbench (bench/pgbench.ts) on copies of the same proef case: per transaction SELECT ... FOR',
    );
    console.log(
      '  UPDATE (the snapshot goes to the client), UPDATE of the snapshot sent back changed with version and',
    );
    console.log(
      '  updated_at, INSERT case_history (seq = the new version), INSERT outbox (removed after each round). It',
    );
    console.log(
      "  writes the outbox row (a)'s NOTITIE does not, and no idempotency row, which (a) and (b) write.",
    );
  }
  if (p1) {
    console.log(
      '  (p1) the second limit: the same rows as (p), as one statement per transaction on cases of its own: an UPDATE',
    );
    console.log(
      '  that locks the case and raises its version, with the history and outbox INSERTs in the same data-modifying',
    );
    console.log(
      '  CTE; the snapshot is changed in the server and never sent. The least a hand-written client can send.',
    );
  }
  if (h && writes) {
    console.log(
      '  (h) the real API in this process (createApi(), AUTH_MODE=dev, CLOCK=system, LOG_LEVEL=warn, RATE_LIMIT out',
    );
    console.log(
      `  of the way). Its registry has the real workflows only, no proef: (h) sends ${API_EVENT} to the intake's`,
    );
    console.log(
      '  own holder (no deadline changes, no effect: the same one-statement write as NOTITIE) on intake copies; the',
    );
    console.log(
      `  intake snapshot is ${fmt(writes.intakeBytes ?? NaN)} bytes, proef's ${fmt(writes.proefBytes)}. While it runs, the API's change feed hears`,
    );
    console.log('  every commit of the other phases too, as any API process does.');
  }
  if (e) {
    console.log(
      '  (e) households are bulk SQL rows (subjects, cases with AVE-shaped snapshots, pending review/acceptance',
    );
    console.log(
      '  deadlines; no history), spread evenly over the gemeenten; each call is BoardQueries.escalations inside',
    );
    console.log(
      '  asTenant for the bench gemeente, as the API runs it, so row level security keeps the others out.',
    );
  }
  if (f) {
    console.log(
      `  (f) the target (< 10 s) is the daily scan's: it ran on ${f.daily.day}, the day after the first scan; the first`,
    );
    console.log(
      `  scan on ${f.first.day} is the backlog (every youth already 16.5-18 enrolled at once, as on the day the scan`,
    );
    console.log(
      `  goes live) and cost ${ms(f.first.totalMs)} for ${fmt(f.first.started)} cases. Inwoners and voorzieningen (with granting cases) are bulk`,
    );
    console.log(
      '  SQL rows; the scan is Transitie18Inschrijving.scan on the real workflows, a manual clock and the outbox relay.',
    );
  }
  console.log(
    `  WAL fsync counts come from pg_stat_wal and include any other database on this server. Total ${elapsed().trim()}.`,
  );
  const t1 = Math.max(...targets.map((r) => r[0].length));
  const t2 = Math.max(...targets.map((r) => r[1].length));
  console.log('');
  console.log(`Targets${cfg.quick ? ' (--quick: a smoke run, smaller numbers than the targets name)' : ''}`);
  console.log(`  ${'target'.padEnd(t1)}  ${'figure'.padStart(t2)}  verdict`);
  console.log(`  ${'-'.repeat(t1)}  ${'-'.repeat(t2)}  ${'-'.repeat(20)}`);
  for (const [m, f, t] of targets) console.log(`  ${m.padEnd(t1)}  ${f.padStart(t2)}  ${t}`);
}

main()
  .then(() => process.exit(0))
  .catch((err: Error) => {
    console.error(`bench failed: ${err.stack ?? err.message}`);
    process.exit(1);
  });
