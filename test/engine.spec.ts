/**
 * The engine's durability properties against the real Postgres and Redis (ARCHITECTURE.md "Properties that must
 * hold"): optimistic concurrency, idempotent commands, the outbox surviving a crash, the sweep re-arming what
 * Redis lost, and stale timers changing nothing.
 */
import { IdempotencyKeyReused, VersionConflict } from '@regie/engine';
import { CaseRepository } from '@regie/persistence';
import { redisConnection } from '@regie/scheduling';
import Redis from 'ioredis';
import { harness, newSubject, type Harness } from './support/engine-harness';
import { eventually } from './support/eventually';

let h: Harness;
const actor = { id: 'tester', gemeente: 'testgem', roles: ['intaker'] };

beforeAll(async () => {
  h = await harness();
});
afterAll(async () => {
  await h.close();
});

async function startProef(engine = h.engine) {
  return engine.start(h.system, { actor, workflow: 'proef', subjectId: await newSubject(h.db), input: {} });
}

async function historyTypes(caseId: string): Promise<string[]> {
  const rows: { type: string }[] = await h.db.query(
    `SELECT type FROM case_history WHERE case_id = $1 ORDER BY seq`,
    [caseId],
  );
  return rows.map((r) => r.type);
}

let n = 0;
const key = () => `k-${++n}`;

describe('optimistic concurrency', () => {
  it('50 concurrent events on one case lose no update and write 50 history entries', async () => {
    const c = await startProef();
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        h.engine.dispatch(h.system, {
          actor,
          caseId: c.id,
          event: { type: 'NOTITIE' },
          idempotencyKey: key(),
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const after = await h.engine.view(h.system, c.id, 'testgem');
    expect(after.context.notities).toBe(50);
    expect(after.version).toBe(51);
    const types = await historyTypes(c.id);
    expect(types.filter((t) => t === 'NOTITIE')).toHaveLength(50);
  });

  it('with If-Match, concurrent writers of the same version get one success and clear conflicts', async () => {
    const c = await startProef();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        h.engine.dispatch(h.system, {
          actor,
          caseId: c.id,
          event: { type: 'NOTITIE' },
          idempotencyKey: key(),
          expectedVersion: c.version,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(failures).toHaveLength(19);
    for (const f of failures) expect(f.reason).toBeInstanceOf(VersionConflict);
    expect((await historyTypes(c.id)).filter((t) => t === 'NOTITIE')).toHaveLength(1);
  });
});

describe('idempotency keys', () => {
  it('a repeated command returns the first answer and changes nothing', async () => {
    const c = await startProef();
    const k = key();
    const first = await h.engine.dispatch(h.system, {
      actor,
      caseId: c.id,
      event: { type: 'NOTITIE' },
      idempotencyKey: k,
    });
    const again = await h.engine.dispatch(h.system, {
      actor,
      caseId: c.id,
      event: { type: 'NOTITIE' },
      idempotencyKey: k,
    });
    expect(again).toEqual(first);
    expect((await h.engine.view(h.system, c.id, 'testgem')).context.notities).toBe(1);
  });

  it('starts under the same key at the same time start one case, and each is answered with it', async () => {
    const subjectId = await newSubject(h.db);
    const k = key();
    const views = await Promise.all(
      Array.from({ length: 4 }, () =>
        h.engine.start(h.system, { actor, workflow: 'proef', subjectId, input: {}, idempotencyKey: k }),
      ),
    );
    expect(new Set(views.map((v) => v.id)).size).toBe(1);
    const cases = await h.db.query(`SELECT id FROM cases WHERE subject_id = $1`, [subjectId]);
    expect(cases).toEqual([{ id: views[0].id }]);
  });

  it('the same key with another command is refused', async () => {
    const c = await startProef();
    const k = key();
    await h.engine.dispatch(h.system, { actor, caseId: c.id, event: { type: 'NOTITIE' }, idempotencyKey: k });
    await expect(
      h.engine.dispatch(h.system, {
        actor,
        caseId: c.id,
        event: { type: 'WACHTEN', seconden: 5 },
        idempotencyKey: k,
      }),
    ).rejects.toBeInstanceOf(IdempotencyKeyReused);
  });
});

describe('durable timers', () => {
  beforeAll(() => {
    h.startWorker();
  });

  it('a process killed between commit and enqueue still fires the deadline after restart', async () => {
    const c = await startProef(h.crashingEngine);
    await h.crashingEngine.dispatch(h.system, {
      actor,
      caseId: c.id,
      event: { type: 'WACHTEN', seconden: 1 },
      idempotencyKey: key(),
    });
    // The "crashed" process committed the deadline and its outbox row, and enqueued nothing.
    const [{ count }] = await h.db.query(`SELECT count(*)::int AS count FROM outbox`);
    expect(count).toBeGreaterThan(0);
    expect(await h.queue.getDelayedCount()).toBe(0);
    // After the restart the relay's first drain finds the row.
    await h.relay.drain();
    await eventually(async () => expect(await historyTypes(c.id)).toContain('TERMIJN_VERSTREKEN'));
    expect((await historyTypes(c.id)).filter((t) => t === 'TERMIJN_VERSTREKEN')).toHaveLength(1);
  });

  it('after Redis is flushed every pending deadline is re-armed by the sweep and fires exactly once', async () => {
    const cases = await Promise.all(Array.from({ length: 20 }, () => startProef()));
    for (const c of cases) {
      await h.engine.dispatch(h.system, {
        actor,
        caseId: c.id,
        event: { type: 'WACHTEN', seconden: 2 },
        idempotencyKey: key(),
      });
    }
    await h.relay.drain();
    expect(await h.queue.getDelayedCount()).toBeGreaterThanOrEqual(20);
    const redis = new Redis(redisConnection());
    await redis.flushdb(); // this file's own Redis index: every key, the queue's included
    redis.disconnect();
    expect(await h.queue.getDelayedCount()).toBe(0);

    expect(await h.sweep.run()).toBe(20);
    await h.sweep.run(); // a second sweep (another worker, the next period) must not double anything
    await eventually(async () => {
      const [{ fired }] = await h.db.query(
        `SELECT count(*)::int AS fired FROM case_history WHERE type = 'TERMIJN_VERSTREKEN' AND case_id = ANY($1)`,
        [cases.map((c) => c.id)],
      );
      expect(fired).toBe(20);
    });
    // Every job the two sweeps put in Redis has run, so a duplicate would have fired by now: the queue is empty.
    await eventually(async () =>
      expect(
        await h.queue.getJobCounts('active', 'waiting', 'delayed', 'prioritized', 'waiting-children'),
      ).toEqual({ active: 0, waiting: 0, delayed: 0, prioritized: 0, 'waiting-children': 0 }),
    );
    for (const c of cases) {
      expect((await historyTypes(c.id)).filter((t) => t === 'TERMIJN_VERSTREKEN')).toHaveLength(1);
    }
  });

  it('a stale timer (state left before it fired) changes nothing', async () => {
    // The test's own time: a manual clock a day ahead of real time, so no trigger of this case reaches Redis or the
    // worker, and each trigger below arrives exactly when the test delivers it, after its due moment.
    const { engine, clock } = h.manualEngine(new Date(Date.now() + 24 * 3600_000));
    const c = await startProef(engine);
    await engine.dispatch(h.system, {
      actor,
      caseId: c.id,
      event: { type: 'WACHTEN', seconden: 1 },
      idempotencyKey: key(),
    });
    const [armed] = await h.db.query(`SELECT id, token, due_at FROM deadlines WHERE case_id = $1`, [c.id]);
    // The deadline moves on before its trigger fires: suspended and resumed on the same day, it keeps its due
    // moment and gets a new token, so the trigger armed for the old one is stale.
    for (const type of ['TERMIJN_OPSCHORTEN', 'TERMIJN_HERVATTEN']) {
      await engine.dispatch(h.system, {
        actor,
        caseId: c.id,
        event: { type, key: 'antwoord', reden: 'wacht op stukken' },
        idempotencyKey: key(),
      });
    }
    const [rearmed] = await h.db.query(`SELECT token, status, due_at FROM deadlines WHERE id = $1`, [
      armed.id,
    ]);
    expect(rearmed).toEqual({ token: armed.token + 2, status: 'pending', due_at: armed.due_at });
    await clock.set(new Date(armed.due_at.getTime() + 1000));

    // The old trigger arrives late: the deadline is pending and due, only its token tells that it moved on.
    const before = await h.engine.view(h.system, c.id, 'testgem');
    expect(await engine.fire(armed.id, armed.token, 'due')).toBe('stale');
    expect((await h.engine.view(h.system, c.id, 'testgem')).version).toBe(before.version);
    expect(await historyTypes(c.id)).not.toContain('TERMIJN_VERSTREKEN');

    // The state is left: the deadline is met, and the old trigger, late or duplicated, still changes nothing.
    const done = await engine.dispatch(h.system, {
      actor,
      caseId: c.id,
      event: { type: 'KLAAR' },
      idempotencyKey: key(),
    });
    expect(done.deadlines[0].status).toBe('met');
    expect(await engine.fire(armed.id, armed.token, 'due')).toBe('stale');
    const after = await h.engine.view(h.system, c.id, 'testgem');
    expect(after.version).toBe(done.version);
    expect(await historyTypes(c.id)).not.toContain('TERMIJN_VERSTREKEN');
  });
});

describe('a batch of firings', () => {
  it('writes the cases that stood still and fires the one changed in between on its own', async () => {
    // the test's own time, well ahead of real time: no trigger of these cases reaches Redis or the worker
    const { engine, clock } = h.manualEngine(new Date(Date.now() + 2 * 24 * 3600_000));
    const cases = [];
    for (let i = 0; i < 3; i++) {
      const c = await startProef(engine);
      await engine.dispatch(h.system, {
        actor,
        caseId: c.id,
        event: { type: 'WACHTEN', seconden: 1 },
        idempotencyKey: key(),
      });
      cases.push(c.id);
    }
    const armed: { id: string; token: number; due_at: Date }[] = await h.db.query(
      `SELECT id, token, due_at FROM deadlines WHERE case_id = ANY($1) ORDER BY due_at, id`,
      [cases],
    );
    expect(armed).toHaveLength(3);
    await clock.set(new Date(Math.max(...armed.map((a) => a.due_at.getTime())) + 1000));

    // another command on one of the cases lands between the batch's read and its write
    const changed = cases[1];
    const writeSteps = CaseRepository.prototype.writeSteps;
    const writes = jest.spyOn(CaseRepository.prototype, 'writeSteps');
    writes.mockImplementationOnce(async function (this: CaseRepository, db, steps) {
      await engine.dispatch(h.system, {
        actor,
        caseId: changed,
        event: { type: 'NOTITIE' },
        idempotencyKey: key(),
      });
      return writeSteps.call(this, db, steps);
    });
    try {
      const results = await engine.fireMany(
        armed.map((a) => ({ deadlineId: a.id, token: a.token, kind: 'due' })),
      );
      expect(results).toEqual(['fired', 'fired', 'fired']);
      const written = writes.mock.calls.map(([, steps]) => steps.map((s) => s.case.id).sort());
      // the batch's one statement with the three steps, the command's, and the changed case's step again on its own
      expect(written).toEqual([[...cases].sort(), [changed], [changed]]);
    } finally {
      writes.mockRestore();
    }
    for (const id of cases) {
      const types = await historyTypes(id);
      expect(types.filter((t) => t === 'TERMIJN_VERSTREKEN')).toHaveLength(1);
      expect(types.at(-1)).toBe('TERMIJN_VERSTREKEN');
    }
    // its step was computed again from the case as the command left it: the note is kept, the term passed
    const after = await engine.view(h.system, changed, 'testgem');
    expect(after.deadlines.map((d) => d.status)).toEqual(['missed']);
    const [row] = await h.db.query(`SELECT snapshot->'context' AS context FROM cases WHERE id = $1`, [
      changed,
    ]);
    expect(row.context).toMatchObject({ notities: 1, verstreken: ['antwoord'] });
  });
});

describe('reminders after opschorting', () => {
  it('a term suspended and resumed keeps the reminder lead its workflow declared, through Postgres', async () => {
    // A herindicatie of a voorziening ending 30 September 2027: due 16 September, reminded 42 days before it
    // (the day the review task opens, 5 August). The engine's default would be a week before the moved end.
    const { engine, clock } = h.manualEngine(new Date('2027-03-01T09:00:00.000Z'));
    const c = await engine.start(h.system, {
      actor,
      workflow: 'herindicatie',
      subjectId: await newSubject(h.db),
      input: {
        voorzieningId: '5b0f1e3e-6d1f-4c49-9d7e-3f3c1a2b4c5d',
        wet: 'Wmo 2015',
        product: 'begeleiding individueel',
        einddatum: '2027-09-30',
        eigenaar: 'tester',
      },
    });
    expect(c.deadlines[0]).toMatchObject({ dueDate: '2027-09-16', remindAt: '2027-08-05T06:00:00.000Z' });
    const [stored] = await h.db.query(`SELECT remind_before FROM deadlines WHERE case_id = $1`, [c.id]);
    expect(stored.remind_before).toEqual({ amount: 42, unit: 'days' });
    await engine.dispatch(h.system, {
      actor,
      caseId: c.id,
      event: { type: 'TERMIJN_OPSCHORTEN', key: 'herindicatie', reden: 'wacht op stukken' },
      idempotencyKey: key(),
    });
    // the clock row is shared with the tests before: ten days on from wherever it stands
    await clock.set(new Date((await clock.now()).getTime() + 10 * 86_400_000));
    const resumed = await engine.dispatch(h.system, {
      actor,
      caseId: c.id,
      event: { type: 'TERMIJN_HERVATTEN', key: 'herindicatie' },
      idempotencyKey: key(),
    });
    // ten days suspended: due 26 September, still reminded 42 days before it, on 15 August
    expect(resumed.deadlines[0]).toMatchObject({
      dueDate: '2027-09-26',
      remindAt: '2027-08-15T06:00:00.000Z',
    });
  });
});
