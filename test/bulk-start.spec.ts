/**
 * `Engine.startMany` (libs/engine/src/bulk-start.ts), the bulk start of an import of running work, against the real
 * Postgres: the same inputs started one by one (`Engine.start`) and in one batch write the same case rows,
 * deadlines, history, outbox rows, notifications and remembered answers, ids aside (both at one moment of a manual
 * clock, so every timestamp is the same too), including terms that had already passed at the start; starting the
 * batch again changes nothing; a command the engine refuses is refused alone.
 */
import type { Engine, StartCommand } from '@regie/engine';
import { JANSEN_AANMELDING } from '@regie/workflows/doorbraak/test-helpers';
import { type Harness, harness } from './support/engine-harness';

let h: Harness;
let engine: Engine;
/** Monday 2 March 2026, 10:00 in Amsterdam */
const NOW = new Date('2026-03-02T09:00:00.000Z');
const system = { id: 'system', gemeente: 'testgem', roles: ['intaker', 'procesmanager', 'teamleider'] };

beforeAll(async () => {
  h = await harness();
  engine = h.manualEngine(NOW).engine;
});
afterAll(async () => {
  await h.close();
});

async function subject(birthDate: string | null): Promise<string> {
  const rows: { id: string }[] = await h.db.query(
    `INSERT INTO subjects (id, gemeente, kind, name, birth_date, created_at)
     VALUES (gen_random_uuid(), 'testgem', 'inwoner', 'Proef', $1, now()) RETURNING id`,
    [birthDate],
  );
  return rows[0].id;
}

/** The commands of one run, for fresh subjects: every workflow an import starts, some with terms already passed. */
async function commands(run: string): Promise<StartCommand[]> {
  const voorziening = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
  const herindicatie = async (n: number, einddatum: string): Promise<StartCommand> => ({
    actor: { ...system, team: 'wijkteam-noord' },
    workflow: 'herindicatie',
    subjectId: await subject('1950-05-01'),
    input: {
      voorzieningId: voorziening(n),
      wet: 'Wmo',
      product: 'dagbesteding',
      einddatum,
      eigenaar: 'coach1',
    },
    idempotencyKey: `${run}:herindicatie:${n}`,
  });
  return [
    // the task opens 8 weeks before the end: already open for this one
    await herindicatie(1, '2026-04-10'),
    await herindicatie(2, '2027-01-31'),
    {
      // 17 years and 3 months: the milestone at 16.5 has passed
      actor: { ...system, team: 'jeugdteam' },
      workflow: 'transitie18',
      subjectId: await subject('2008-12-01'),
      input: {
        birthDate: '2008-12-01',
        jeugdVoorziening: {
          id: voorziening(3),
          product: 'jeugd-ggz behandeling',
          aanbieder: 'GGZ Jeugd',
          startdatum: '2025-01-01',
          einddatum: '2027-06-30',
          ggz: true,
          pleegzorg: false,
        },
        coach: 'coach2',
      },
      idempotencyKey: `${run}:transitie18`,
    },
    {
      // a melding received eight weeks ago: its six-week onderzoek has passed
      actor: { id: 'intaker1', gemeente: 'testgem', roles: ['intaker'] },
      workflow: 'intake',
      subjectId: await subject('1970-01-01'),
      input: { channel: 'inwoner_zelf', lifeAreas: ['huishouden'], laws: ['Wmo'], ontvangenOp: '2026-01-05' },
      idempotencyKey: `${run}:intake`,
    },
  ];
}

/** Everything the cases' starts wrote, with each id replaced by what it stands for. */
async function written(caseIds: string[], subjectIds: string[], keys: string[]): Promise<unknown> {
  const q = (sql: string) => h.db.query(sql, [caseIds]);
  const cases = await q(`SELECT * FROM cases WHERE id = ANY($1) ORDER BY array_position($1, id)`);
  const deadlines = await q(
    `SELECT * FROM deadlines WHERE case_id = ANY($1) ORDER BY array_position($1, case_id), key`,
  );
  const history = await q(
    `SELECT gemeente, case_id, seq, type, data, actor, at, from_state, to_state, causation_id
     FROM case_history WHERE case_id = ANY($1) ORDER BY array_position($1, case_id), seq`,
  );
  const notifications = await q(
    `SELECT gemeente, recipient, kind, case_id, deadline_id, message, created_at
     FROM notifications WHERE case_id = ANY($1) ORDER BY array_position($1, case_id), kind, message`,
  );
  const outbox = await h.db.query(
    `SELECT kind, payload FROM outbox WHERE payload->>'deadlineId' IN
       (SELECT id::text FROM deadlines WHERE case_id = ANY($1)) ORDER BY id`,
    [caseIds],
  );
  const answers = await h.db.query(
    `SELECT key, request_hash, status, response, created_at FROM idempotency_keys
     WHERE key = ANY($1) ORDER BY array_position($1, key)`,
    [keys],
  );
  let text = JSON.stringify({ cases, deadlines, history, notifications, outbox, answers });
  const name = (id: string, as: string) => (text = text.split(id).join(as));
  caseIds.forEach((id, i) => name(id, `<case ${i}>`));
  subjectIds.forEach((id, i) => name(id, `<subject ${i}>`));
  for (const d of deadlines as { id: string; case_id: string; key: string }[])
    name(d.id, `<deadline ${caseIds.indexOf(d.case_id)} ${d.key}>`);
  // the Idempotency-Keys differ by their run only; the request hash covers the subject
  text = text.replace(/(single|bulk):/g, '<run>:');
  const parsed = JSON.parse(text) as { answers: { request_hash?: string }[]; outbox: unknown[] };
  for (const a of parsed.answers) delete a.request_hash;
  // the outbox in the order of what it arms (its ids are the random deadline ids)
  parsed.outbox.sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1));
  return parsed;
}

async function count(table: string): Promise<number> {
  const [{ n }] = await h.db.query(`SELECT count(*)::int AS n FROM ${table}`);
  return n as number;
}

describe('Engine.startMany', () => {
  it('writes the same rows as a single start of each command, passed terms fired the same', async () => {
    const single = await commands('single');
    const singleIds: string[] = [];
    for (const cmd of single) singleIds.push((await engine.start(h.system, cmd)).id);

    const bulk = await commands('bulk');
    const outcomes = await engine.startMany(h.system, bulk);
    const bulkIds = outcomes.map((o) => {
      if (!('view' in o)) throw o.error;
      return o.view.id;
    });

    const keys = (cmds: StartCommand[]) => cmds.map((c) => `start:testgem:${c.actor.id}:${c.idempotencyKey}`);
    const a = await written(
      singleIds,
      single.map((c) => c.subjectId),
      keys(single),
    );
    const b = await written(
      bulkIds,
      bulk.map((c) => c.subjectId),
      keys(bulk),
    );
    expect(b).toEqual(a);
    // and the comparison compares something: the passed terms were fired in both
    const history = (a as { history: { type: string }[] }).history.map((e) => e.type);
    expect(history.filter((t) => t === 'CASE_GESTART')).toHaveLength(4);
    expect(history.some((t) => t === 'TERMIJN_VERSTREKEN' || t === 'MIJLPAAL_BEREIKT')).toBe(true);
    expect((a as { outbox: unknown[] }).outbox.length).toBeGreaterThan(0);
  });

  it('changes nothing when the same batch is started again, and answers each with its case', async () => {
    const cmds = await commands('again');
    const first = await engine.startMany(h.system, cmds);
    const tables = ['cases', 'deadlines', 'case_history', 'outbox', 'notifications', 'idempotency_keys'];
    const before = await Promise.all(tables.map(count));
    const second = await engine.startMany(h.system, cmds);
    expect(await Promise.all(tables.map(count))).toEqual(before);
    expect(second.map((o) => ('view' in o ? o.view.id : o.error.code))).toEqual(
      first.map((o) => ('view' in o ? o.view.id : o.error.code)),
    );
  });

  it('starts each case once when the same batch runs twice at the same time', async () => {
    const cmds = await commands('race');
    const before = await count('cases');
    const [a, b] = await Promise.all([engine.startMany(h.system, cmds), engine.startMany(h.system, cmds)]);
    const ids = (outcomes: typeof a) => outcomes.map((o) => ('view' in o ? o.view.id : o.error.code));
    expect(ids(a)).toEqual(ids(b));
    expect(await count('cases')).toBe(before + cmds.length);
  });

  it('refuses a second case of a workflow that allows one per subject, as a single start does', async () => {
    const household = await subject(null);
    const doorbraak = (n: number): StartCommand => ({
      actor: { id: 'regisseur1', gemeente: 'testgem', roles: ['procesmanager'] },
      workflow: 'doorbraak',
      subjectId: household,
      input: JANSEN_AANMELDING,
      idempotencyKey: `doorbraak:${n}`,
    });
    const outcomes = await engine.startMany(h.system, [doorbraak(1), doorbraak(2)]);
    expect(outcomes.map((o) => ('view' in o ? 'ok' : o.error.code))).toEqual(['ok', 'case_already_open']);
  });

  it('refuses a bad command alone, and starts a key that comes twice once', async () => {
    const [ok, twice] = await commands('mixed');
    const bad: StartCommand = { ...ok, idempotencyKey: 'mixed:bad', input: { wet: 'Wmo' } };
    const nobody = '00000000-0000-4000-8000-0000000000ff';
    const unknown: StartCommand = { ...ok, idempotencyKey: 'mixed:nobody', subjectId: nobody };
    const before = await count('cases');
    const outcomes = await engine.startMany(h.system, [ok, bad, twice, twice, unknown]);
    expect(outcomes.map((o) => ('view' in o ? 'ok' : o.error.code))).toEqual([
      'ok',
      'invalid_data',
      'ok',
      'ok',
      'not_found',
    ]);
    expect(await count('cases')).toBe(before + 2);
    const [, , third, fourth] = outcomes;
    expect('view' in third && 'view' in fourth && third.view.id === fourth.view.id).toBe(true);
  });
});
