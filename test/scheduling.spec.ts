/**
 * The timers' rhythm without state that lives only in Redis: daily jobs
 * scheduled from Postgres, once across workers; the sweep's own timer; and a trigger that used up its attempts
 * armed again by the next sweep instead of blocking its job id for ever.
 */
import { Clock } from '@regie/engine';
import { ClockRepository, PeriodicJobsRepository } from '@regie/persistence';
import {
  DEADLINES_QUEUE,
  DeadlineSweep,
  PeriodicJobs,
  Repeating,
  type TriggerJob,
  nextRun,
  redisConnection,
  redisPrefix,
  triggerJobId,
} from '@regie/scheduling';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import { harness, newSubject, type Harness } from './support/engine-harness';
import { eventually } from './support/eventually';

let h: Harness;
const actor = { id: 'tester', gemeente: 'testgem', roles: ['intaker'] };
let n = 0;
const key = () => `s-${++n}`;

beforeAll(async () => {
  h = await harness();
});
afterAll(async () => {
  await h.close();
});

describe('periodic jobs scheduled from Postgres', () => {
  let clock: Clock;
  beforeEach(async () => {
    await h.db.query(`DELETE FROM periodic_jobs`);
    await h.db.query(`DELETE FROM clock`);
    clock = new Clock('manual', h.system, new ClockRepository(), () => new Date('2026-03-02T03:00:00Z')); // Monday 04:00 in Amsterdam
  });

  it('computes the next run in Amsterdam time', () => {
    // 05:00 in Amsterdam is 04:00 UTC in winter and 03:00 UTC in summer
    expect(nextRun('0 5 * * *', new Date('2026-03-02T03:00:00Z')).toISOString()).toBe(
      '2026-03-02T04:00:00.000Z',
    );
    expect(nextRun('0 5 * * *', new Date('2026-07-01T12:00:00Z')).toISOString()).toBe(
      '2026-07-02T03:00:00.000Z',
    );
  });

  it('runs a job once when it falls due, however many workers tick, and then not until the next day', async () => {
    let runs = 0;
    // The run in progress lasts until the other workers' ticks have ended, so they certainly try meanwhile (a
    // second run lets it go too, so that a broken lease fails the expectations below instead of hanging).
    let othersTried!: () => void;
    const meanwhile = new Promise<void>((resolve) => (othersTried = resolve));
    const job = {
      name: 'scan',
      pattern: '0 5 * * *',
      run: async () => {
        runs++;
        if (runs > 1) othersTried();
        await meanwhile;
        return 'klaar';
      },
    };
    const workers = [1, 2, 3].map(
      () => new PeriodicJobs(h.system, new PeriodicJobsRepository(), clock, [job]),
    );
    await Promise.all(workers.map((w) => w.tick()));
    expect(runs).toBe(0); // 04:00: not yet

    await clock.set(new Date('2026-03-02T04:00:30Z'));
    let ended = 0;
    const ran = await Promise.all(
      workers.map((w) =>
        w.tick().then((names) => {
          if (++ended === workers.length - 1) othersTried();
          return names;
        }),
      ),
    );
    expect(runs).toBe(1);
    expect(ran.flat()).toEqual(['scan']);
    await Promise.all(workers.map((w) => w.tick()));
    expect(runs).toBe(1);

    // the worker was down for three days: one catch-up run, not three
    await clock.set(new Date('2026-03-05T12:00:00Z'));
    await Promise.all(workers.map((w) => w.tick()));
    await Promise.all(workers.map((w) => w.tick()));
    expect(runs).toBe(2);
    const [row] = await h.db.query(`SELECT next_run_at FROM periodic_jobs WHERE name = 'scan'`);
    expect(row.next_run_at.toISOString()).toBe('2026-03-06T04:00:00.000Z');
  });

  it('a failed run is tried again after the retry pause, and a dead worker`s lease is taken over', async () => {
    let fail = true;
    let runs = 0;
    const job = {
      name: 'digest',
      pattern: '0 7 * * *',
      run: async () => {
        runs++;
        if (fail) throw new Error('Postgres weg');
        return 'ok';
      },
    };
    const jobs = new PeriodicJobs(h.system, new PeriodicJobsRepository(), clock, [job], { retryMs: 0 });
    expect(await jobs.tick()).toEqual([]); // registered at 04:00 (Amsterdam); first run 08:00 Amsterdam
    await clock.set(new Date('2026-03-02T07:00:00Z'));
    expect(await jobs.tick()).toEqual([]);
    const [failed] = await h.db.query(`SELECT last_error FROM periodic_jobs WHERE name = 'digest'`);
    expect(failed.last_error).toBe('Postgres weg');
    fail = false;
    expect(await jobs.tick()).toEqual(['digest']);
    expect(runs).toBe(2);

    // A worker that claimed the next run and died leaves a lease; once it has ended another worker runs the job.
    await clock.set(new Date('2026-03-03T07:00:00Z'));
    await h.db.query(
      `UPDATE periodic_jobs SET leased_until = now() + interval '1 hour' WHERE name = 'digest'`,
    );
    expect(await jobs.tick()).toEqual([]);
    await h.db.query(
      `UPDATE periodic_jobs SET leased_until = now() - interval '1 second' WHERE name = 'digest'`,
    );
    expect(await jobs.tick()).toEqual(['digest']);
  });

  it('a bad cron pattern stops the worker at start-up, not at the first run', () => {
    expect(
      () =>
        new PeriodicJobs(h.system, new PeriodicJobsRepository(), clock, [
          { name: 'x', pattern: 'elke dag', run: async () => '' },
        ]),
    ).toThrow();
  });
});

describe('Repeating (the sweep`s own timer)', () => {
  // Jest's fake timers stand in for the interval and for each run's 40 ms: the test moves time itself, so what
  // happens while a run goes on, and after stop(), does not depend on how busy the machine is.
  beforeEach(() => {
    jest.useFakeTimers({
      doNotFake: [
        'Date',
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
      ],
    });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('never runs twice at once, and stop() waits for the run in progress', async () => {
    let active = 0;
    let most = 0;
    let done = 0;
    const r = new Repeating(
      5,
      async () => {
        active++;
        most = Math.max(most, active);
        await new Promise((res) => setTimeout(res, 40)); // fake time: moved on by the test
        active--;
        done++;
      },
      () => undefined,
    );
    r.start();
    const both = Promise.all([r.runOnce(), r.runOnce()]);
    await jest.advanceTimersByTimeAsync(100); // the interval ticks 20 times, runs of 40 ms go on meanwhile
    await both;
    expect(done).toBeGreaterThanOrEqual(2);
    expect(active).toBe(1); // a run is in progress
    const stopped = r.stop();
    await jest.advanceTimersByTimeAsync(40);
    await stopped;
    expect(most).toBe(1);
    expect(active).toBe(0);
    const after = done;
    await jest.advanceTimersByTimeAsync(50);
    expect(done).toBe(after); // stopped means stopped
    expect(jest.getTimerCount()).toBe(0);
  });
});

describe('a trigger that used up its attempts', () => {
  it('is gone from Redis, so the next sweep arms it again and it fires', async () => {
    // A queue of its own, so the harness's worker does not take the job.
    const prefix = `${redisPrefix()}-exhausted`;
    const queue = new Queue(DEADLINES_QUEUE, { connection: redisConnection(), prefix });
    const sweep = new DeadlineSweep(h.engine, queue, h.clock, 60_000);
    // committed by a process that then died, so only the sweep arms it
    const c = await h.crashingEngine.start(h.system, {
      actor,
      workflow: 'proef',
      subjectId: await newSubject(h.db),
      input: {},
    });
    await h.crashingEngine.dispatch(h.system, {
      actor,
      caseId: c.id,
      event: { type: 'WACHTEN', seconden: 1 },
      idempotencyKey: key(),
    });
    const [d] = await h.db.query(`SELECT id, token, due_at FROM deadlines WHERE case_id = $1`, [c.id]);
    const jobId = triggerJobId({ deadlineId: d.id, token: d.token, kind: 'due' });
    // A real deadline on the system clock, waited for on purpose: once its second has passed, both sweeps below arm
    // an overdue trigger that the workers take at once, and fire() finds it due (before, it answers `not_due`).
    await new Promise((r) => setTimeout(r, Math.max(0, d.due_at.getTime() - Date.now() + 50)));

    // Every attempt fails (Postgres away for longer than the retry budget); an UnrecoverableError stands for the
    // last of them, so the test need not wait through the backoff.
    let failures = 0;
    const failing = new Worker<TriggerJob>(
      DEADLINES_QUEUE,
      async () => {
        throw new UnrecoverableError('Postgres onbereikbaar');
      },
      { connection: redisConnection(), prefix },
    );
    failing.on('failed', () => failures++);
    expect(await sweep.run()).toBeGreaterThanOrEqual(1);
    await eventually(async () => expect(failures).toBe(1));
    await failing.close();
    expect(await queue.getJob(jobId)).toBeUndefined();

    const firing = new Worker<TriggerJob>(
      DEADLINES_QUEUE,
      (job) => h.engine.fire(job.data.deadlineId, job.data.token, job.data.kind),
      { connection: redisConnection(), prefix },
    );
    try {
      expect(await sweep.run()).toBeGreaterThanOrEqual(1);
      await eventually(async () => {
        const rows = await h.db.query(
          `SELECT 1 FROM case_history WHERE case_id = $1 AND type = 'TERMIJN_VERSTREKEN'`,
          [c.id],
        );
        expect(rows).toHaveLength(1);
      });
    } finally {
      await firing.close();
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
  });
});
