/**
 * (f) The daily enrolment scan of issue "18-/18+ without a gap" (libs/sociaal-domein/src/voorzieningen.ts,
 * `Transitie18Inschrijving.scan`): one set-based query finds every youth with a running Jeugdwet voorziening who
 * is 16.5 or older, not yet 18, and has no transitie18 case; the engine starts one per candidate.
 *
 * Inwoners are bulk SQL rows born over 25 years (one birth date after the other, 29 February included), every
 * tenth with a Jeugdwet voorziening and its granting case. The scan runs as the runtime runs it, on the real
 * workflows (registry `[...workflows, proef]`: `wire()` registers only `proef`) and the outbox relay, on a manual
 * clock so that the candidates are the same on every run: first on DAY_1 (the backlog: every youth in the band is
 * enrolled), then on the next day (the steady state: a few new 16.5-year-olds). The target is the daily scan's.
 */
import { Engine, WorkflowRegistry } from '@regie/engine';
import { type DB, type SystemDb, SystemDatabase, VoorzieningenRepository } from '@regie/persistence';
import { Transitie18Inschrijving } from '@regie/sociaal-domein';
import { Kysely, PostgresDialect, type PostgresPool } from 'kysely';
import { workflows } from '@regie/workflows';
import type { DataSource } from 'typeorm';
import { proef } from '../test/support/proef-workflow';
import { fmt, ms } from './measure';
import { GEMEENTE, type Wired, clockOn, engineWith } from './wiring';

export const TARGET_SCAN_MS = 10_000;
export const plural = (n: number, word: string): string => `${fmt(n)} ${word}${n === 1 ? '' : 's'}`;
/** The scan's day (Amsterdam): the band 16.5-18 holds someone born on 29 February 2008 (18 on 1 March 2026). */
const DAY_1 = '2026-02-26';
const DAY_2 = '2026-02-27';
/** the daily scan runs early in the morning: 06:00 in Amsterdam (CET) */
const AT = (day: string) => new Date(`${day}T05:00:00Z`);
/** 25 years of birth dates, the last one on DAY_1 */
const SPAN_DAYS = 9131;
const FIRST_BIRTH = '2001-02-26';

export interface ScanRun {
  day: string;
  found: number;
  started: number;
  skipped: number;
  /** the candidate query inside the scan */
  queryMs: number;
  /** the whole scan: query and every engine.start */
  totalMs: number;
  /** outbox rows (the milestones' timers) the relay still had to drain after the scan returned */
  drainMs: number;
}

export interface ScanPlan {
  top: string;
  nodes: string;
  indexes: string[];
  executionMs: number;
  rows: number;
}

export interface EnrolmentResult {
  subjects: number;
  holders: number;
  leapDay: number;
  loadMs: number;
  first: ScanRun;
  daily: ScanRun;
  plan: ScanPlan;
  /** after both scans: youths in the band with a running voorziening and no transitie18 case (must be 0) */
  missed: number;
  deadlines: number;
}

/** Subjects, granting cases and voorzieningen for `n` inwoners. */
async function load(w: Wired, n: number, log: (line: string) => void): Promise<number> {
  const start = Date.now();
  await w.db.query(
    `CREATE UNLOGGED TABLE bench_inw AS
       SELECT i, gen_random_uuid() AS subject_id, gen_random_uuid() AS case_id,
         $2::date + (i % $3) AS birth_date
       FROM generate_series(1, $1) i`,
    [n, FIRST_BIRTH, SPAN_DAYS],
  );
  await w.db.query(
    `INSERT INTO subjects (id, gemeente, kind, name, birth_date, created_at)
     SELECT subject_id, $1, 'inwoner', 'Inwoner ' || i, birth_date, now() FROM bench_inw`,
    [GEMEENTE],
  );
  log(`  loading: ${fmt(n)} inwoners born ${FIRST_BIRTH} .. ${DAY_1}...`);
  // Every tenth a Jeugdwet voorziening from 2023 on (not before birth); 1 in 5 of them ended after half a year,
  // 1 in 5 is jeugd-ggz; the owner is one of 40 jongerencoaches in 8 teams.
  await w.db.query(
    `CREATE UNLOGGED TABLE bench_vz AS
       SELECT i, subject_id, case_id, start, CASE WHEN i % 50 = 0 THEN start + 180 END AS eind,
         i % 50 = 20 AS ggz, 'jc-' || (i / 10 % 40) AS eigenaar, 'team-' || (i / 10 % 8) AS team
       FROM (SELECT *, GREATEST(birth_date, DATE '2023-01-01' + (i * 37 % 1100)) AS start FROM bench_inw
             WHERE i % 10 = 0) x`,
  );
  await w.db.query(
    `INSERT INTO cases (id, gemeente, workflow, workflow_version, subject_id, snapshot, state_value, regie_role,
       regie_holder, team, version, created_at, updated_at)
     SELECT case_id, $1, 'intake', 1, subject_id, '{}', 'inzet', 'intaker', eigenaar, team, 1, start, start
     FROM bench_vz`,
    [GEMEENTE],
  );
  await w.db.query(
    `INSERT INTO voorzieningen (id, gemeente, subject_id, case_id, wet, product, aanbieder, volume_aantal,
       volume_eenheid, startdatum, einddatum, ggz, eigenaar, team, created_at)
     SELECT gen_random_uuid(), $1, subject_id, case_id, 'Jeugdwet',
       CASE WHEN ggz THEN 'jeugd-ggz behandeling' ELSE 'jeugdbegeleiding' END, 'Zorgaanbieder ' || (i % 7), 4,
       'uur per week', start, eind, ggz, eigenaar, team, start
     FROM bench_vz`,
    [GEMEENTE],
  );
  log(`  loading: granting cases (workflow intake) and Jeugdwet voorzieningen for every tenth inwoner...`);
  await w.db.query(`DROP TABLE bench_vz; DROP TABLE bench_inw`);
  for (const t of ['subjects', 'cases', 'voorzieningen']) await w.db.query(`VACUUM ANALYZE ${t}`);
  return Date.now() - start;
}

/** The owner's handle the scan queries through: times its first statement (the candidates query), for EXPLAIN. */
function recording(db: DataSource, seen: { sql: string; params: unknown[]; ms: number }[]): SystemDb {
  const system = new SystemDatabase(db).handle;
  const pool = (db.driver as unknown as { master: PostgresPool }).master;
  const sql = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    // the scan's own query comes first; the engine's starts on the same handle follow and are not kept
    log: (e) => {
      if (e.level === 'query' && !seen.length)
        seen.push({ sql: e.query.sql, params: [...e.query.parameters], ms: e.queryDurationMillis });
    },
  });
  return { ...system, sql };
}

/** The engine the scan starts cases through, counting starts for the progress lines. */
function counting(engine: Engine, progress: (started: number) => void): Engine {
  const wrapped = Object.create(engine) as Engine;
  let n = 0;
  wrapped.start = (async (db: Parameters<Engine['start']>[0], cmd: Parameters<Engine['start']>[1]) => {
    const view = await engine.start(db, cmd);
    progress(++n);
    return view;
  }) as Engine['start'];
  return wrapped;
}

async function explain(db: DataSource, sql: string, params: unknown[]): Promise<ScanPlan> {
  const rows: { 'QUERY PLAN': string }[] = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  const lines = rows.map((r) => r['QUERY PLAN']);
  if (process.env.BENCH_PLANS) console.log(lines.join('\n'));
  const indexes = [
    ...new Set(
      lines.flatMap((l) =>
        [
          ...l.matchAll(/(?:Index|Index Only) Scan(?: Backward)? using (\w+)|Bitmap Index Scan on (\w+)/g),
        ].map((m) => m[1] ?? m[2]),
      ),
    ),
  ];
  const seq = [...new Set(lines.flatMap((l) => [...l.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1])))];
  return {
    top: lines[0].trim().split(/\s+\(/)[0],
    nodes: lines
      .map((l) => /->\s+([A-Z][A-Za-z ]+?)(?:\s+on|\s+using|\s+\(|$)/.exec(l)?.[1])
      .filter((m): m is string => !!m)
      .slice(0, 4)
      .join(' <- '),
    indexes: [...indexes, ...seq.map((t) => `Seq Scan on ${t}`)],
    executionMs: Number(/Execution Time: ([\d.]+)/.exec(lines.join('\n'))?.[1] ?? NaN),
    rows: Number(/actual time=[\d.]+\.\.[\d.]+ rows=(\d+)/.exec(lines[0])?.[1] ?? NaN),
  };
}

export async function phaseF(
  w: Wired,
  subjects: number,
  log: (line: string) => void,
): Promise<EnrolmentResult> {
  log(
    `(f) enrolment scan: ${fmt(subjects)} inwoners born over 25 years, every tenth with a Jeugdwet voorziening; ` +
      `manual clock, scan on ${DAY_1} (backlog) and ${DAY_2} (daily) at 06:00 Amsterdam; target < ${TARGET_SCAN_MS / 1000} s`,
  );
  const loadMs = await load(w, subjects, log);
  const [counts] = await w.db.query(
    `SELECT count(*)::int AS holders,
       count(*) FILTER (WHERE to_char(s.birth_date, 'MM-DD') = '02-29')::int AS leap
     FROM voorzieningen v JOIN subjects s ON s.id = v.subject_id WHERE v.wet = 'Jeugdwet'`,
  );
  log(
    `  loaded in ${ms(loadMs)} and analyzed: ${fmt(counts.holders)} Jeugdwet voorzieningen (${fmt(counts.leap)} of them for youths born on 29 February)`,
  );

  // The runtime's wiring on a manual clock: the real workflows, the outbox relay as the engine's signal (on a
  // manual clock it only empties the outbox: nothing is due in Redis until the clock is advanced).
  const clock = clockOn(w.db, 'manual', () => AT(DAY_1));
  const { relay, engine } = engineWith(w.db, w.queue, clock, new WorkflowRegistry([...workflows, proef]));
  const seen: { sql: string; params: unknown[]; ms: number }[] = [];

  const run = async (day: string, label: string): Promise<ScanRun> => {
    await clock.set(AT(day));
    const t0 = Date.now();
    let last = t0;
    const scan = new Transitie18Inschrijving(
      counting(engine, (n) => {
        if (Date.now() - last >= 5000) {
          log(`  ${label}: ${fmt(n)} transitie18 cases started`);
          last = Date.now();
        }
      }),
      recording(w.db, seen),
      new VoorzieningenRepository(),
      clock,
    );
    seen.length = 0;
    const r = await scan.scan();
    const totalMs = Date.now() - t0;
    const d0 = Date.now();
    await relay.drain();
    const out: ScanRun = {
      day,
      found: r.gevonden,
      started: r.ingeschreven,
      skipped: r.overgeslagen,
      queryMs: seen[0]?.ms ?? NaN,
      totalMs,
      drainMs: Date.now() - d0,
    };
    log(
      `  ${label} ${day}: ${plural(out.found, 'candidate')}, ${plural(out.started, 'case')} started, ${fmt(out.skipped)} skipped; ` +
        `query ${ms(out.queryMs)}, total ${ms(out.totalMs)} (target < ${TARGET_SCAN_MS / 1000} s: ` +
        `${out.totalMs < TARGET_SCAN_MS ? 'MET' : 'MISSED'}); outbox drained ${ms(out.drainMs)} after`,
    );
    return out;
  };

  const first = await run(DAY_1, 'first scan (backlog)');
  await w.db.query(`ANALYZE cases`); // as autovacuum would overnight, after a backlog of new cases
  const daily = await run(DAY_2, 'daily scan');
  const query = seen[0];
  const plan = await explain(w.db, query.sql, query.params);
  log(
    `  EXPLAIN (ANALYZE, BUFFERS) candidate query on ${DAY_2} (after its enrolments): ${plan.top}; ` +
      `${plan.nodes}; execution ${ms(plan.executionMs)}; uses ${plan.indexes.join(', ') || 'no index'}`,
  );

  // Every youth in the band on DAY_2 with a running voorziening now has a transitie18 case.
  const [check] = await w.db.query(
    `SELECT count(*)::int AS missed,
       (SELECT count(*)::int FROM deadlines d JOIN cases c ON c.id = d.case_id
        WHERE c.workflow = 'transitie18') AS deadlines
     FROM (${query.sql}) k`,
    query.params,
  );
  log(
    `  check: ${check.missed} candidates left after both scans; ${fmt(check.deadlines)} milestone deadlines armed`,
  );
  await relay.stop();
  return {
    subjects,
    holders: counts.holders,
    leapDay: counts.leap,
    loadMs,
    first,
    daily,
    plan,
    missed: check.missed,
    deadlines: check.deadlines,
  };
}
