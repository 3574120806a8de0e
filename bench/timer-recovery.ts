/**
 * (g) `node dist/bench/timer-recovery.js [--quick] [--deadlines=N] [--sweep-ms=N]`, run by `npm run bench` after
 * bench/main.ts: how long after Redis loses every key (FLUSHALL) all of N armed deadlines that fall due fire,
 * against its target (the sweep interval plus 5 s, no process restarted).
 *
 * It empties Redis on purpose, so it starts a Postgres and a Redis of its own on free ports (the fault suite's
 * harness, test/faults/harness), never the developer's. N AVE cases waiting for a receiver's acceptance are bulk
 * SQL copies of one case the engine started; one real worker process (dist/apps/worker) arms their triggers from
 * Postgres, then Redis is flushed shortly before they fall due and the bench counts what fires.
 * A measurement, not a test: it exits 0 when the target is missed.
 */
import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { GELIJKGESTELDE_DAGEN, Kalender } from '@regie/calendar';
import { Engine, WorkflowRegistry } from '@regie/engine';
import { SystemDatabase, createDataSource } from '@regie/persistence';
import { workflows } from '@regie/workflows';
import type { DataSource } from 'typeorm';
import { AppProcess, migrate } from '../test/faults/harness/processes';
import { Services, sleep, waitFor } from '../test/faults/harness/services';
import { fmt, ms, parseFlags, percentile } from './measure';
import { domainRules, engineRepositories } from '../test/support/hand-wired';
import { clockOn } from './wiring';

const GEMEENTE = 'bench-g';
const TERM_SECONDS = 60;
const PREFIX = 'regie-bench-g';
/** the due moments of all deadlines lie within this span, starting this long after the FLUSHALL */
const DUE_AFTER_FLUSH_MS = 1000;
const DUE_SPAN_MS = 1000;

interface Config {
  run: boolean;
  quick: boolean;
  deadlines: number;
  sweepMs: number;
}

function config(argv: string[]): Config {
  const flags = parseFlags(argv);
  const quick = flags.has('quick');
  return {
    // bench/main.ts's --only names its phases; (g) runs when it is absent or names g
    run: !flags.has('only') || (flags.get('only') ?? '').split(',').includes('g'),
    quick,
    deadlines: Number(flags.get('deadlines') ?? (quick ? 2_000 : 10_000)),
    // not the product's default (60 s): a shorter interval shows the re-arming and firing, not a wait for a tick
    sweepMs: Number(flags.get('sweep-ms') ?? 10_000),
  };
}

const t0 = Date.now();
const log = (line: string) => console.log(`[${fmt((Date.now() - t0) / 1000, 0).padStart(4)}s] ${line}`);
const secs = (millis: number) => `${fmt(millis / 1000, 1)} s`;

/** Columns of `table` that an INSERT may name (not generated). */
async function columns(db: DataSource, table: string): Promise<string[]> {
  const rows: { column_name: string }[] = await db.query(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' AND identity_generation IS NULL
       AND coalesce(column_default, '') NOT LIKE 'nextval(%'
     ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => r.column_name);
}

/** INSERT ... SELECT copying the template row `t` once per row of `bench_g a`, with some columns replaced. */
async function copy(
  db: DataSource,
  table: string,
  where: string,
  replace: Record<string, string>,
  template: string,
) {
  const cols = await columns(db, table);
  const exprs = cols.map((c) => replace[c] ?? `t.${c}`);
  await db.query(
    `INSERT INTO ${table} (${cols.join(', ')}) SELECT ${exprs.join(', ')} FROM bench_g a, ${table} t WHERE ${where}`,
    [template],
  );
}

const ISO = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * N cases like `template` (an AVE case at level 3 whose receiver has not accepted), each with its acceptance
 * deadline due at its own moment in [first, first + DUE_SPAN_MS): cases, their history and the deadlines.
 */
async function cloneCases(db: DataSource, template: string, n: number, first: Date): Promise<void> {
  await db.query(
    `CREATE UNLOGGED TABLE bench_g AS
       SELECT i, gen_random_uuid() AS case_id, gen_random_uuid() AS deadline_id, x.due_at,
         x.due_at - make_interval(secs => $3) AS anchor
       FROM generate_series(0, $1 - 1) i,
         LATERAL (SELECT $2::timestamptz + ((i * $4 / $1)::bigint * interval '1 millisecond') AS due_at) x`,
    [n, first, TERM_SECONDS, DUE_SPAN_MS],
  );
  // The snapshot's own anchor must be the deadline's, or firing it would declare a different term and re-arm it.
  await copy(
    db,
    'cases',
    't.id = $1',
    {
      id: 'a.case_id',
      snapshot: `jsonb_set(jsonb_set(t.snapshot, '{context,caseId}', to_jsonb(a.case_id::text)),
        '{context,pendingRegie,since}', to_jsonb(${ISO('a.anchor')}))`,
      created_at: 'a.anchor',
      updated_at: 'a.anchor',
    },
    template,
  );
  await copy(db, 'case_history', 't.case_id = $1', { case_id: 'a.case_id', at: 'a.anchor' }, template);
  // the acceptance term moves to its planned moment; the review (weeks away) is copied as it is
  const acceptance = (moved: string, kept: string) =>
    `CASE WHEN t.key = 'regie_acceptatie' THEN ${moved} ELSE ${kept} END`;
  await copy(
    db,
    'deadlines',
    't.case_id = $1',
    {
      id: acceptance('a.deadline_id', 'gen_random_uuid()'),
      case_id: 'a.case_id',
      anchor: acceptance('a.anchor', 't.anchor'),
      due_at: acceptance('a.due_at', 't.due_at'),
      remind_at: acceptance('NULL', 't.remind_at'),
      status: `'pending'`,
      cancelled_at: 'NULL',
      token: '1',
      created_at: 'a.anchor',
    },
    template,
  );
  await db.query(`DROP TABLE bench_g`);
  await db.query(`ANALYZE cases; ANALYZE deadlines; ANALYZE case_history`);
}

async function main(): Promise<void> {
  const cfg = config(process.argv.slice(2));
  if (!cfg.run) return;
  const n = cfg.deadlines;
  const target = cfg.sweepMs + 5000;
  console.log('');
  console.log(
    `Regie bench (g): timer recovery after FLUSHALL${cfg.quick ? ' (--quick: smaller numbers, a smoke run)' : ''}`,
  );
  const services = await Services.start();
  let worker: AppProcess | null = null;
  let db: DataSource | null = null;
  try {
    log(
      `own Postgres on 127.0.0.1:${services.pgPort} and Redis on 127.0.0.1:${services.redisPort} ` +
        `(${services.state.dir}); worker with SWEEP_EVERY_MS=${cfg.sweepMs}`,
    );
    const url = services.databaseUrl('regie_bench_g');
    migrate(url);
    process.env.DATABASE_POOL = '4';
    db = createDataSource(url);
    await db.initialize();
    const clock = clockOn(db, 'system');
    const engine = new Engine({
      system: new SystemDatabase(db).handle,
      repositories: engineRepositories(),
      registry: new WorkflowRegistry(workflows),
      ...domainRules(),
      clock,
      kalender: new Kalender(GELIJKGESTELDE_DAGEN),
    });
    await db.query(`INSERT INTO gemeenten (id, name) VALUES ($1, 'Benchgemeente g')`, [GEMEENTE]);
    const [subject]: { id: string }[] = await db.query(
      `INSERT INTO subjects (id, gemeente, kind, name, created_at)
       VALUES (gen_random_uuid(), $1, 'huishouden', 'Bench', now()) RETURNING id`,
      [GEMEENTE],
    );
    const started = await engine.start(new SystemDatabase(db).handle, {
      actor: { id: 'bench-intaker', gemeente: GEMEENTE, roles: ['intaker'], team: 'bench-team' },
      workflow: 'ave',
      subjectId: subject.id,
      input: {
        startLevel: 3,
        kinderenInHuishouden: false,
        regisseur: 'bench-pm',
        reden: 'Bench: samenwerking vastgelopen',
        criteria: ['stagnatie'],
        config: { niveaus: { '3': { acceptatietermijn: { amount: TERM_SECONDS, unit: 'seconds' } } } },
      },
    });
    // The template stays out of the measurement: its deadline closed, its trigger never relayed.
    await db.query(
      `UPDATE deadlines SET status = 'cancelled', cancelled_at = now(), token = token + 1
                    WHERE case_id = $1`,
      [started.id],
    );
    await db.query(`DELETE FROM outbox`);

    // Arming: bulk rows, then the worker's sweep puts every trigger in Redis from Postgres.
    // time to copy the rows, start the worker and let its sweep put every trigger in Redis (measured: ~8 s for 10,000)
    const lead = 8000 + n;
    const first = new Date(Date.now() + lead);
    const armStart = Date.now();
    await cloneCases(db, started.id, n, first);
    log(
      `arming: ${fmt(n)} cases with a pending deadline persisted (bulk SQL) in ${ms(Date.now() - armStart)}`,
    );
    const dir = join(services.state.dir, 'bench');
    mkdirSync(dir, { recursive: true });
    worker = await AppProcess.create('worker', 'worker', dir, {
      databaseUrl: url,
      redisUrl: services.redisUrl(),
      redisPrefix: PREFIX,
      sweepEveryMs: cfg.sweepMs,
    });
    await worker.startReady(60_000);
    const redis = services.redisClient();
    let delayed = 0;
    const armed = await waitFor(
      async () => (delayed = await redis.zcard(`${PREFIX}:deadlines:delayed`)) >= n,
      Math.max(5000, first.getTime() - DUE_AFTER_FLUSH_MS - Date.now()),
      250,
    );
    redis.disconnect();
    log(`arming: the worker put ${fmt(delayed)} of ${fmt(n)} triggers in Redis (${worker.readyVia})`);
    if (!armed)
      log('  warning: not all triggers were in Redis before the flush; the figure below flatters nothing');

    const flushIn = first.getTime() - DUE_AFTER_FLUSH_MS - Date.now();
    if (flushIn < 0) log(`  warning: arming overran its lead by ${ms(-flushIn)}`);
    await sleep(Math.max(0, flushIn));
    const flushAt = Date.now();
    await services.flushAll();
    log(
      `FLUSHALL: every key gone; ${fmt(n)} deadlines fall due ${secs(DUE_AFTER_FLUSH_MS)} to ${secs(DUE_AFTER_FLUSH_MS + DUE_SPAN_MS)} from now`,
    );

    const giveUp = flushAt + Math.max(3 * target, 60_000);
    let fired = 0;
    let lastPrint = Date.now();
    for (let i = 0; i < 10_000 && Date.now() < giveUp; i++) {
      await sleep(250);
      const [c]: { n: number }[] = await db.query(
        `SELECT count(*)::int AS n FROM deadlines WHERE status = 'missed' AND key = 'regie_acceptatie'`,
      );
      fired = c.n;
      if (fired >= n) break;
      if (Date.now() - lastPrint >= 5000) {
        log(`  ${secs(Date.now() - flushAt)} after FLUSHALL: ${fmt(fired)} of ${fmt(n)} fired`);
        lastPrint = Date.now();
      }
    }
    const [s]: { first: Date | null; last: Date | null; lags: number[] | null }[] = await db.query(
      `SELECT min(missed_at) AS first, max(missed_at) AS last,
         array_agg(extract(epoch FROM missed_at - due_at) * 1000 ORDER BY missed_at - due_at) AS lags
       FROM deadlines WHERE status = 'missed' AND key = 'regie_acceptatie'`,
    );
    const [dup]: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM (SELECT case_id FROM case_history WHERE type = 'TERMIJN_VERSTREKEN'
         GROUP BY case_id HAVING count(*) > 1) x`,
    );
    const lags = (s.lags ?? []).map(Number);
    const all = fired >= n;
    const took = all && s.last ? s.last.getTime() - flushAt : Date.now() - flushAt;
    log(
      `fired ${fmt(fired)} of ${fmt(n)}` +
        // the first firing shows when a sweep put the triggers back; from there on it is the firing rate
        (s.first && s.last
          ? ` from ${secs(s.first.getTime() - flushAt)} to ${secs(s.last.getTime() - flushAt)} after FLUSHALL`
          : '') +
        (lags.length
          ? `; lag due -> fired p50 ${ms(percentile(lags, 50))}, p99 ${ms(percentile(lags, 99))}, ` +
            `max ${ms(lags[lags.length - 1])}`
          : '') +
        `; ${dup.n} fired twice into a case`,
    );
    console.log('');
    console.log(
      `(g) timer recovery after FLUSHALL, ${fmt(n)} armed: ` +
        (all
          ? `all ${fmt(n)} due fired in ${secs(took)}`
          : `${fmt(fired)} of ${fmt(n)} due fired in ${secs(took)}`) +
        `   target ≤ ${secs(target)} (sweep interval + 5 s)   ${all && took <= target && dup.n === 0 ? 'MET' : 'NOT MET'}`,
    );
  } finally {
    await worker?.stop(12_000);
    await db?.destroy().catch(() => undefined);
    await services.stop();
  }
}

main()
  .then(() => process.exit(0))
  .catch((err: Error) => {
    console.error(`bench (g) failed: ${err.stack ?? err.message}`);
    process.exit(1);
  });
