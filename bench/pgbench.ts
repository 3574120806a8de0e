/**
 * The limits: pgbench running the writes one durable transition needs as raw SQL, on cases of its own (ids the
 * script can compute from a number), 8 clients, prepared statements; its per-transaction log gives real
 * percentiles. Two scripts of the same writes (the snapshot with a new version, the history entry with seq = the
 * new version, an outbox row):
 * - (p) `transition`: read the case FOR UPDATE (its snapshot comes back to the client), write the snapshot back
 *   changed, append the history entry and the outbox row: four statements in a transaction, as a client that
 *   computes the step itself must send them.
 * - (p1) `one-statement`: the least a hand-written client can send, one data-modifying statement per transaction
 *   that locks and updates the case on its current version, raising it by one, and appends the history entry and
 *   the outbox row; the snapshot never leaves the server.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';

/** the outbox kind of the limits' rows: no relay takes it (they take 'timer' and 'effect'); removed per round */
export const LIMIT_OUTBOX_KIND = 'bench-limit';

export type LimitScript = 'transition' | 'one-statement';

/** Each script writes to cases of its own, so both run in the same database without meeting. */
const ID_PREFIX: Record<LimitScript, string> = {
  transition: '00000000-0000-4000-8000-',
  'one-statement': '00000000-0000-4000-8001-',
};
/** The id of a limit's case number k (1..n): a uuid the script builds from k in SQL. */
const idOf = (script: LimitScript, k: string) => `('${ID_PREFIX[script]}' || lpad(${k}, 12, '0'))::uuid`;

const OUTBOX_PAYLOAD = (token: string) =>
  `jsonb_build_object('deadlineId', gen_random_uuid(), 'token', ${token}, 'dueAt', now() + interval '6 weeks', 'remindAt', NULL)`;

const TRANSITION = `\\set k random(1, :cases)
BEGIN;
SELECT id, gemeente, version + 1 AS next, snapshot FROM cases WHERE id = ${idOf('transition', ':k::text')} FOR UPDATE \\gset
UPDATE cases SET snapshot = jsonb_set(:snapshot::jsonb, '{context,notities}', to_jsonb((:snapshot::jsonb #>> '{context,notities}')::int + 1)), version = :next, updated_at = now() WHERE id = :id;
INSERT INTO case_history (gemeente, case_id, seq, type, data, actor, at, from_state, to_state, causation_id) VALUES (:gemeente, :id, :next, 'NOTITIE', '{}', 'bench-user', now(), 'open', 'open', 'p-' || :id::text || '-' || :next::text);
INSERT INTO outbox (kind, payload) VALUES ('${LIMIT_OUTBOX_KIND}', ${OUTBOX_PAYLOAD(':next::int')});
END;
`;

/**
 * One statement, its own transaction. The update takes the row lock and raises the version it finds there by one;
 * the history entry takes that version as its seq, and the history's unique (case_id, seq) refuses a second entry
 * for one version. pgbench keeps nothing per case between transactions, so it cannot send the version it read as
 * the engine's commit does (`AND version = $2`); that filter is on the row the update has fetched anyway, so
 * Postgres does the same work. A writer that got there first makes Postgres re-read the row and write on its
 * version, never beside it. The statement says how many cases it wrote (1).
 */
const ONE_STATEMENT = `\\set k random(1, :cases)
WITH u AS (UPDATE cases SET snapshot = jsonb_set(snapshot, '{context,notities}', to_jsonb((snapshot #>> '{context,notities}')::int + 1)), version = version + 1, updated_at = now() WHERE id = ${idOf('one-statement', ':k::text')} RETURNING id, gemeente, version),
h AS (INSERT INTO case_history (gemeente, case_id, seq, type, data, actor, at, from_state, to_state, causation_id) SELECT gemeente, id, version, 'NOTITIE', '{}', 'bench-user', now(), 'open', 'open', 'p1-' || id::text || '-' || version::text FROM u),
o AS (INSERT INTO outbox (kind, payload) SELECT '${LIMIT_OUTBOX_KIND}', ${OUTBOX_PAYLOAD('version')} FROM u)
SELECT count(*) AS written FROM u;
`;

const SCRIPTS: Record<LimitScript, string> = { transition: TRANSITION, 'one-statement': ONE_STATEMENT };

/** `pgbench --version`, or null when it cannot run (Debian's /usr/bin/pgbench is a wrapper that may find none). */
export function pgbenchVersion(): string | null {
  const r = spawnSync('pgbench', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Copies the (proef) template `n` times with the ids `script` computes, with its history. */
export async function cloneForLimit(
  db: DataSource,
  script: LimitScript,
  template: string,
  n: number,
): Promise<void> {
  await db.query(
    `WITH c AS (
       INSERT INTO cases (id, gemeente, workflow, workflow_version, subject_id, snapshot, state_value, regie_role,
         regie_holder, projection, version, created_at, updated_at)
       SELECT ${idOf(script, 'k::text')}, t.gemeente, t.workflow, t.workflow_version, t.subject_id, t.snapshot,
         t.state_value, t.regie_role, t.regie_holder, t.projection, t.version, now(), now()
       FROM cases t, generate_series(1, $2) k WHERE t.id = $1 RETURNING id)
     INSERT INTO case_history (gemeente, case_id, seq, type, data, actor, at, from_state, to_state, causation_id)
     SELECT h.gemeente, c.id, h.seq, h.type, h.data, h.actor, now(), h.from_state, h.to_state, h.causation_id
     FROM c, case_history h WHERE h.case_id = $1`,
    [template, n],
  );
}

export interface PgbenchRound {
  transactions: number;
  failed: number;
  /** pgbench's own figure, without the initial connection time */
  tps: number;
  /** pgbench's "latency average" and "latency stddev" (ms; NaN when it printed none) */
  avgMs: number;
  stddevMs: number;
  /** per transaction from --log, in ms, unsorted */
  latencies: number[];
}

export class Pgbench {
  private readonly dir = mkdtempSync(join(tmpdir(), 'regie-bench-pgbench-'));
  private readonly script = join(this.dir, 'script.sql');
  private round = 0;

  constructor(
    private readonly url: string,
    private readonly opts: { script: LimitScript; clients: number; threads: number; cases: number },
  ) {
    writeFileSync(this.script, SCRIPTS[opts.script]);
  }

  /** One round of `seconds` (whole seconds: pgbench's -T). */
  run(seconds: number): Promise<PgbenchRound> {
    const prefix = join(this.dir, `r${++this.round}`);
    const args = [
      '-n', // no vacuum of pgbench's own tables: there are none
      '-M',
      'prepared',
      '-c',
      String(this.opts.clients),
      '-j',
      String(this.opts.threads),
      '-T',
      String(seconds),
      // progress every (more than the round): no progress lines, but pgbench then measures its latency average and
      // stddev instead of deriving the average from the run time
      '-P',
      String(seconds + 1),
      '-D',
      `cases=${this.opts.cases}`,
      '-f',
      this.script,
      '--log',
      `--log-prefix=${prefix}`,
      this.url,
    ];
    return new Promise((resolve, reject) => {
      const child = spawn('pgbench', args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.once('error', (e) => reject(new Error(`pgbench did not start: ${e.message}`)));
      child.once('exit', (code) => {
        const logs = readdirSync(this.dir).filter((f) => f.startsWith(`r${this.round}.`));
        const latencies: number[] = [];
        for (const f of logs) {
          // client_id transaction_no time(us) script_no time_epoch time_us ...; time is 'failed' for a failure
          for (const line of readFileSync(join(this.dir, f), 'utf8').split('\n')) {
            const us = Number(line.split(' ')[2]);
            if (line && Number.isFinite(us)) latencies.push(us / 1000);
          }
          rmSync(join(this.dir, f));
        }
        const num = (re: RegExp) => Number(re.exec(out)?.[1] ?? NaN);
        const tps = num(/^tps = ([\d.]+)/m);
        if (code !== 0 || !Number.isFinite(tps)) {
          const why = (err.trim() || out.trim()).split('\n').slice(-3).join(' | ');
          reject(new Error(`pgbench exited with ${code}: ${why}`));
          return;
        }
        resolve({
          transactions: num(/^number of transactions actually processed: (\d+)/m),
          failed: num(/^number of failed transactions: (\d+)/m) || 0,
          tps,
          avgMs: num(/^latency average = ([\d.]+) ms/m),
          stddevMs: num(/^latency stddev = ([\d.]+) ms/m),
          latencies,
        });
      });
    });
  }

  /** The limits' outbox rows, which no relay takes: removed between rounds, as a relay would move them. */
  static async clearOutbox(db: DataSource): Promise<void> {
    await db.query(`DELETE FROM outbox WHERE kind = $1`, [LIMIT_OUTBOX_KIND]);
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
