/**
 * (e) The procesmanager's escalation board (apps/api/src/board/board.ts) at scale: AVE households made with bulk
 * SQL, spread evenly over a number of gemeenten, then `BoardQueries.escalations` called for the bench gemeente as a
 * request calls it (inside `asTenant`, so row-level security, which keeps the other gemeenten's rows out, is part of
 * the measurement), per principal and filter.
 */
import { TenantDatabase, type TenantDb, asTenant } from '@regie/persistence';
import { AVE_DEFAULTS } from '@regie/workflows/ave/config';
import type { CompiledQuery, KyselyPlugin } from 'kysely';
import type { DataSource } from 'typeorm';
import type { Principal } from '../apps/api/src/auth/auth';
import { BoardQueries, boardQuery } from '../apps/api/src/board/board';
import { fmt, ms, percentile } from './measure';
import { GEMEENTE, type Wired } from './wiring';

export const TARGET_BOARD_P95_MS = 50;
/** the size the target is set at: this many households over this many gemeenten, the board asked for one */
export const TARGET_BOARD_HOUSEHOLDS = 1_000_000;
export const TARGET_BOARD_GEMEENTEN = 30;
const WARMUP = 20;
const CALLS = 200;

/**
 * Share of households per level, weighted towards 1-2 as in practice (most households need one professional or a
 * casusregisseur; few escalate): 0 10%, 1 35%, 2 30%, 3 17%, 4 8%. So a procesmanager sees a quarter of them.
 */
const LEVEL_SHARE = [0.1, 0.35, 0.3, 0.17, 0.08];
const REGIE_ROLE = ['inwoner', 'professional', 'casusregisseur', 'spoedteam', 'bestuurlijk'];

export interface BoardVariant {
  name: string;
  calls: number;
  p50: number;
  p95: number;
  max: number;
  households: number;
}

export interface PlanLine {
  statement: string;
  top: string;
  /** the first sort or scan nodes below the top, so a reader sees how the rows are found and ordered */
  sort: string;
  indexes: string[];
  executionMs: number;
  buffers: string;
}

export interface BoardResult {
  households: number;
  gemeenten: number;
  /** households of the gemeente the board is asked for */
  inGemeente: number;
  perLevel: number[];
  loadMs: number;
  variants: BoardVariant[];
  plans: PlanLine[];
}

const pm: Principal = { user: 'pm-bench', roles: ['procesmanager'], gemeente: GEMEENTE };
const tl: Principal = { user: 'tl-bench', roles: ['teamleider'], gemeente: GEMEENTE, team: 'team-3' };

const VARIANTS: { name: string; principal: Principal; query: Record<string, unknown> }[] = [
  { name: 'procesmanager, default (levels 3-4 + own regie, limit 100)', principal: pm, query: {} },
  { name: 'procesmanager, level=3', principal: pm, query: { level: 3 } },
  { name: 'teamleider team-3', principal: tl, query: {} },
];

/** The bench gemeente, then the others the households are spread over. */
const gemeentenOf = (count: number) => [
  GEMEENTE,
  ...Array.from({ length: count - 1 }, (_, k) => `${GEMEENTE}-${String(k + 2).padStart(2, '0')}`),
];

/**
 * Subjects (huishouden), cases, snapshots and pending review/acceptance deadlines for `n` AVE households, household
 * s in gemeente s mod `gemeenten`: every gemeente gets the same mix, drawn from its own index i (s div gemeenten).
 * One INSERT ... SELECT per table.
 */
async function load(w: Wired, n: number, gemeenten: string[], log: (line: string) => void): Promise<number> {
  const start = Date.now();
  let mark = start;
  const took = () => {
    const t = Date.now() - mark;
    mark = Date.now();
    return ms(t);
  };
  await w.db.query(
    `INSERT INTO gemeenten (id, name) SELECT id, 'Benchgemeente ' || id FROM unnest($1::text[]) id
     ON CONFLICT (id) DO NOTHING`,
    [gemeenten],
  );
  const cut = LEVEL_SHARE.map((_, i) => LEVEL_SHARE.slice(0, i + 1).reduce((a, b) => a + b, 0));
  // Reproducible: one seeded statement draws every random figure of the plan.
  await w.db.transaction(async (tx) => {
    await tx.query(`SELECT setseed(0.42)`);
    await tx.query(
      `CREATE UNLOGGED TABLE bench_hh AS
     SELECT i, gemeente, gen_random_uuid() AS case_id, gen_random_uuid() AS subject_id, lvl AS level, 'team-' || (i % 10) AS team,
       kids, upd AS updated_at, upd - make_interval(days => (random() * 60)::int) AS niveau_sinds,
       lvl >= 3 AND random() < 0.05 AS pending,
       random() < 0.1 AS review_missed,
       now() + make_interval(mins => (random() * 6 * 7 * 1440)::int) - interval '3 days' AS review_due,
       -- who holds regie: pm-bench for 1 in 1,000 households at levels 0-2 (kept regie after afschalen) and 1 in
       -- 20 of the level-3 households with children (where the procesmanager holds regie), else others
       CASE WHEN lvl <= 2 AND i % 1000 = 7 THEN 'pm-bench'
            WHEN lvl = 3 AND kids THEN CASE WHEN i % 20 = 0 THEN 'pm-bench' ELSE 'pm-' || (i % 12) END
            WHEN lvl = 4 THEN 'bestuur-' || (i % 5)
            ELSE 'prof-' || (i % 400) END AS holder
     FROM (SELECT i, gemeente, random() < 0.4 AS kids,
             now() - make_interval(mins => (random() * 180 * 1440)::int) AS upd,
             CASE WHEN r < $2 THEN 0 WHEN r < $3 THEN 1 WHEN r < $4 THEN 2 WHEN r < $5 THEN 3 ELSE 4 END AS lvl
           FROM (SELECT s / cardinality($6::text[]) AS i, ($6::text[])[1 + s % cardinality($6::text[])] AS gemeente,
                   random() AS r
                 FROM generate_series(0, $1 - 1) s) x) y`,
      [n, ...cut.slice(0, 4), gemeenten],
    );
  });
  log(`  loading: the plan of ${fmt(n)} households (unlogged table) in ${took()}`);
  await w.db.query(
    `INSERT INTO subjects (id, gemeente, kind, name, members, created_at)
     SELECT subject_id, gemeente, 'huishouden', 'Huishouden ' || i, '{}', niveau_sinds - interval '30 days' FROM bench_hh`,
  );
  log(`  loading: ${fmt(n)} subjects (huishouden) in ${took()}`);
  const iso = (col: string) => `to_char((${col}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  // The path: a start entry, then one opschalen step per level above 1, the last when the current level began.
  const step = `jsonb_build_object('soort', 'opschalen', 'from', k, 'to', k + 1, 'reden', 'Zorgen nemen toe',
      'criteria', '["veiligheid"]'::jsonb, 'holder', h.holder, 'acceptatieNodig', k + 1 >= 3, 'actor', 'tl-bench',
      'at', ${iso('h.niveau_sinds - make_interval(days => (h.level - 1 - k) * 14)')})`;
  // A bulk load, as a restore would be: the announcement of each inserted case (a NOTIFY per row, queued until
  // commit) is for the boards of running API processes, and there are none.
  await w.db.query(`ALTER TABLE cases DISABLE TRIGGER cases_announce`);
  try {
    await w.db.query(
      `INSERT INTO cases (id, gemeente, workflow, workflow_version, subject_id, snapshot, state_value, regie_role,
         regie_holder, projection, version, created_at, updated_at, team)
       SELECT h.case_id, h.gemeente, 'ave', 1, h.subject_id,
         jsonb_build_object('value', 'niveau_' || h.level, 'status', 'active', 'context', jsonb_build_object(
           'caseId', h.case_id, 'subjectId', h.subject_id, 'startedAt', ${iso("h.niveau_sinds - interval '30 days'")},
           'createdBy', 'intaker-' || (h.i % 50), 'config', $1::jsonb, 'configGewijzigd', '[]'::jsonb,
           'niveau', h.level, 'niveauSinds', ${iso('h.niveau_sinds')}, 'kinderenInHuishouden', h.kids,
           'regie', jsonb_build_object('role', r.role, 'holder', h.holder, 'niveau', h.level, 'sinds', ${iso('h.niveau_sinds')}),
           'pendingRegie', CASE WHEN h.pending THEN jsonb_build_object('holder', 'pm-' || (h.i % 12), 'role',
               'procesmanager', 'level', h.level, 'since', ${iso('h.updated_at')},
               'term', '{"amount":2,"unit":"werkdagen"}'::jsonb, 'designatedBy', 'tl-bench') ELSE 'null'::jsonb END,
           'procesregie', CASE WHEN h.level = 4 THEN jsonb_build_object('role', 'procesmanager', 'holder',
               'pm-' || (h.i % 12), 'niveau', 4, 'sinds', ${iso('h.niveau_sinds')}) ELSE 'null'::jsonb END,
           'acceptatieVerlopenSinds', CASE WHEN h.pending AND h.i % 2 = 0 THEN ${iso("h.updated_at + interval '3 days'")} END,
           'verlopenAcceptaties', '[]'::jsonb,
           'reviewSinds', ${iso('h.niveau_sinds')},
           'reviewVerlopenSinds', CASE WHEN h.level >= 2 AND h.review_missed THEN ${iso('h.review_due')} END,
           'gemisteReviews', '[]'::jsonb, 'reviews', '[]'::jsonb, 'openReviewBesluit', 'null'::jsonb,
           'path', jsonb_build_array(jsonb_build_object('soort', 'start', 'from', NULL, 'to', LEAST(h.level, 1),
               'reden', NULL, 'criteria', '[]'::jsonb, 'holder', 'prof-' || (h.i % 400), 'acceptatieNodig', false,
               'actor', 'intaker-' || (h.i % 50), 'at', ${iso("h.niveau_sinds - interval '30 days'")}))
             || COALESCE((SELECT jsonb_agg(${step} ORDER BY k) FROM generate_series(1, h.level - 1) k), '[]'::jsonb),
           'regieHistorie', jsonb_build_array(jsonb_build_object('aanleiding', 'start', 'role', r.role, 'holder',
               h.holder, 'niveau', h.level, 'actor', 'intaker-' || (h.i % 50), 'at', ${iso('h.niveau_sinds')})),
           'intakeCaseIds', '[]'::jsonb, 'afsluiting', 'null'::jsonb)),
         'niveau_' || h.level, r.role, h.holder, jsonb_build_object('aveLevel', h.level), 2 + h.level, h.niveau_sinds - interval '30 days',
         h.updated_at, h.team
       FROM bench_hh h, LATERAL (SELECT (CASE WHEN h.level = 3 AND h.kids THEN 'procesmanager'
                                         ELSE ($2::text[])[h.level + 1] END) AS role) r`,
      [JSON.stringify(AVE_DEFAULTS), REGIE_ROLE],
    );
  } finally {
    await w.db.query(`ALTER TABLE cases ENABLE TRIGGER cases_announce`);
  }
  log(`  loading: ${fmt(n)} cases (workflow ave v1) with snapshots in ${took()}`);
  await w.db.query(
    `INSERT INTO deadlines (id, gemeente, case_id, key, name, law, party, anchor, term, atw, status, due_at, token,
       created_at)
     SELECT gen_random_uuid(), h.gemeente, h.case_id, 'periodieke_review', 'Periodieke review niveau ' || h.level, NULL,
       'gemeente', h.niveau_sinds, CASE h.level WHEN 2 THEN '{"amount":3,"unit":"maanden"}'::jsonb
         WHEN 3 THEN '{"amount":4,"unit":"weken"}'::jsonb ELSE '{"amount":1,"unit":"weken"}'::jsonb END,
       false, 'pending', h.review_due, 1, h.niveau_sinds
     FROM bench_hh h WHERE h.level >= 2
     UNION ALL
     SELECT gen_random_uuid(), h.gemeente, h.case_id, 'regie_acceptatie', 'Acceptatie regie niveau ' || h.level,
       'AVE-werkafspraak', 'gemeente', h.updated_at, '{"amount":2,"unit":"werkdagen"}'::jsonb, true, 'pending',
       h.updated_at + interval '2 days', 1, h.updated_at
     FROM bench_hh h WHERE h.pending`,
  );
  log(`  loading: their review and acceptance deadlines in ${took()}`);
  await w.db.query(`DROP TABLE bench_hh`);
  for (const t of ['subjects', 'cases', 'deadlines']) await w.db.query(`VACUUM ANALYZE ${t}`);
  log(`  loading: VACUUM ANALYZE subjects, cases, deadlines in ${took()}`);
  return Date.now() - start;
}

/** The handle with every statement it sends handed to `onQuery` as compiled: to capture the board's for EXPLAIN. */
function capturing(db: TenantDb, onQuery: (q: CompiledQuery) => void): TenantDb {
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      onQuery(db.sql.getExecutor().compileQuery(args.node, args.queryId));
      return args.node;
    },
    transformResult: (args) => Promise.resolve(args.result),
  };
  return { ...db, sql: db.sql.withPlugin(plugin) };
}

async function call(queries: BoardQueries, db: DataSource, p: Principal, q: Record<string, unknown>) {
  return asTenant(db, GEMEENTE, () => queries.escalations(p, boardQuery.parse(q)));
}

async function measure(w: Wired, queries: BoardQueries, label: string, log: (line: string) => void) {
  const out: BoardVariant[] = [];
  for (const v of VARIANTS) {
    for (let i = 0; i < WARMUP; i++) await call(queries, w.db, v.principal, v.query);
    const times: number[] = [];
    let households = 0;
    const start = Date.now();
    let lastPrint = start;
    for (let i = 0; i < CALLS; i++) {
      const t = performance.now();
      const board = await call(queries, w.db, v.principal, v.query);
      times.push(performance.now() - t);
      households = board.households.length;
      if (Date.now() - lastPrint >= 5000) {
        log(`  ${label}${v.name}: ${i + 1} of ${CALLS} calls`);
        lastPrint = Date.now();
      }
    }
    times.sort((a, b) => a - b);
    const r = {
      name: v.name,
      calls: CALLS,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: times[times.length - 1],
      households,
    };
    log(
      `  ${label}${v.name}: p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, max ${ms(r.max)} (${CALLS} calls after ${WARMUP} warm-up, ${r.households} rows listed)`,
    );
    out.push(r);
  }
  return out;
}

/** The statements one default procesmanager board sends, captured from its query runner, explained under RLS. */
async function explain(w: Wired): Promise<PlanLine[]> {
  const sent: { sql: string; params: readonly unknown[] }[] = [];
  await asTenant(w.db, GEMEENTE, (db) => {
    const captured = capturing(db, ({ sql, parameters }) => {
      if (/\bfrom "cases" as "c"|\bFROM cases c\b/i.test(sql)) sent.push({ sql, params: parameters });
    });
    const board = new BoardQueries({ current: () => captured } as TenantDatabase, w.clock);
    return board.escalations(pm, boardQuery.parse({}));
  });
  const plans: PlanLine[] = [];
  for (const [k, s] of sent.entries()) {
    const rows: { 'QUERY PLAN': string }[] = await asTenant(w.db, GEMEENTE, (db) =>
      db.manager.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, [...s.params]),
    );
    const lines = rows.map((r) => r['QUERY PLAN']);
    const indexes = [
      ...new Set(
        lines.flatMap((l) =>
          [
            ...l.matchAll(/(?:Index|Index Only) Scan(?: Backward)? using (\w+)|Bitmap Index Scan on (\w+)/g),
          ].map((m) => m[1] ?? m[2]),
        ),
      ),
    ];
    const seq = lines.some((l) => /Seq Scan on cases/.test(l));
    plans.push({
      statement: k === 0 ? 'counts per level' : 'household list',
      top: lines[0].trim(),
      sort: lines
        .map(
          (l) =>
            /->\s+((?:Incremental )?Sort|Parallel Seq Scan|Seq Scan|Bitmap Heap Scan|Index Scan|Index Only Scan)\b[^(]*/.exec(
              l,
            )?.[0],
        )
        .filter((m): m is string => !!m)
        .map((m) => m.replace(/^->\s+/, '').trim())
        .slice(0, 2)
        .join(' <- '),
      indexes: seq ? [...indexes, 'Seq Scan on cases'] : indexes,
      executionMs: Number(/Execution Time: ([\d.]+)/.exec(lines.join('\n'))?.[1] ?? NaN),
      buffers: /Buffers: ([^\n]+)/.exec(lines.slice(0, 3).join('\n'))?.[1]?.trim() ?? '',
    });
    if (process.env.BENCH_PLANS) console.log(lines.join('\n'));
  }
  return plans;
}

function printPlans(plans: PlanLine[], log: (line: string) => void, label = '') {
  for (const p of plans) {
    log(
      `  ${label}EXPLAIN (ANALYZE, BUFFERS) ${p.statement}: ${p.top}; then ${p.sort}; execution ${ms(p.executionMs)}; ` +
        `uses ${p.indexes.join(', ') || 'no index'}${p.buffers ? `; buffers ${p.buffers}` : ''}`,
    );
  }
}

export async function phaseE(
  w: Wired,
  households: number,
  gemeenten: number,
  log: (line: string) => void,
): Promise<BoardResult> {
  log(
    `(e) board: ${fmt(households)} AVE households over ${gemeenten} gemeenten ` +
      `(levels 0-4: ${LEVEL_SHARE.map((s) => `${s * 100}%`).join('/')}), ` +
      `${WARMUP} warm-up + ${CALLS} calls per variant for gemeente ${GEMEENTE}, each in asTenant (RLS)`,
  );
  const loadMs = await load(w, households, gemeentenOf(gemeenten), log);
  const levels: { level: number; n: number }[] = await w.db.query(
    `SELECT (projection->>'aveLevel')::int AS level, count(*)::int AS n FROM cases WHERE workflow = 'ave'
     GROUP BY 1 ORDER BY 1`,
  );
  const perLevel = [0, 1, 2, 3, 4].map((l) => levels.find((x) => x.level === l)?.n ?? 0);
  const [own] = await w.db.query(
    `SELECT count(*)::int AS n FROM cases WHERE workflow = 'ave' AND gemeente = $1`,
    [GEMEENTE],
  );
  log(
    `  loaded in ${ms(loadMs)} (${fmt((households * 1000) / loadMs)} households/s) and analyzed; ` +
      `per level ${perLevel.map((n) => fmt(n)).join(' / ')}; ${fmt(own.n)} in gemeente ${GEMEENTE}`,
  );
  const queries = new BoardQueries(new TenantDatabase(w.db), w.clock);
  const plans = await explain(w);
  printPlans(plans, log);
  const variants = await measure(w, queries, '', log);
  return { households, gemeenten, inGemeente: own.n, perLevel, loadMs, variants, plans };
}
