/**
 * Effects between cases go through the effects queue and are carried out by the worker only: the API
 * relays them and never runs one; the worker's processor does each once, however often its job is delivered;
 * an effect whose job Redis lost is armed again from Postgres by the sweep. Real Postgres and Redis; the API runs
 * here without the effects worker the other end-to-end tests get, and the test starts one when it needs it.
 */
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { EffectRunner, type EffectPayload, Engine } from '@regie/engine';
import { EffectStepsRepository, EffectsRepository, SystemDatabase } from '@regie/persistence';
import { OutboxRelay } from '@regie/runtime';
import {
  EFFECTS_QUEUE,
  EffectNotReady,
  EffectSweep,
  PendingEffects,
  effectJob,
  redisConnection,
  redisPrefix,
} from '@regie/scheduling';
import { type Queue, QueueEvents } from 'bullmq';
import Redis from 'ioredis';
import { EffectProcessor } from '../apps/worker/src/effect.processor';
import { startEffectWorker } from '../apps/worker/src/effects.module';
import { type AgentFor, type Api, startApi } from './support/api-harness';
import { eventually } from './support/eventually';

let api: Api;
let intaker: AgentFor;
let queue: Queue;
let events: QueueEvents;
let worker: INestApplicationContext | null = null;

/** The worker's effects table as the API app's providers reach it (system work, on the owner's handle). */
function pendingEffects(): PendingEffects {
  return new PendingEffects(api.app.get(SystemDatabase).handle, api.app.get(EffectsRepository));
}

function runnerFor(engine: Engine): EffectRunner {
  return new EffectRunner(engine, api.app.get(SystemDatabase).handle, api.app.get(EffectStepsRepository));
}

beforeAll(async () => {
  api = await startApi('2026-03-02T09:00:00+01:00', {}, { effects: false });
  intaker = await api.as('intaker1');
  queue = api.app.get<Queue>(getQueueToken(EFFECTS_QUEUE));
  events = new QueueEvents(EFFECTS_QUEUE, { connection: redisConnection(), prefix: redisPrefix() });
  await events.waitUntilReady();
});
afterAll(async () => {
  await worker?.close();
  await events?.close();
  await api.close();
});

async function startWorker(): Promise<INestApplicationContext> {
  worker = await startEffectWorker();
  return worker;
}
async function stopWorker(): Promise<void> {
  await worker?.close();
  worker = null;
}

/**
 * A household's intake triaged with AVE: the transition asks for the household's AVE track (an effect). A second
 * melding of the same household (`huishouden` given) finds the open track and raises it.
 */
async function triagedWithAve(
  huishouden?: string,
  ave: Record<string, unknown> = {
    niveau: 2,
    kinderenInHuishouden: false,
    reden: 'Veel tegelijk',
    criteria: ['meerdere_domeinen'],
  },
): Promise<{ intakeId: string; huishouden: string }> {
  huishouden ??= (
    await intaker.post('/api/v1/subjects').send({ kind: 'huishouden', name: 'Gezin' }).expect(201)
  ).body.id as string;
  const intakeId = (
    await intaker
      .post('/api/v1/cases')
      .send({
        workflow: 'intake',
        subjectId: huishouden,
        input: { channel: 'inwoner_zelf', lifeAreas: ['veiligheid'], laws: ['Wmo'] },
      })
      .expect(201)
  ).body.id as string;
  await intaker.event(intakeId, { type: 'TRIAGE_GESTART' }).expect(200);
  await intaker
    .event(intakeId, {
      type: 'TRIAGE_AFGEROND',
      urgentie: 'regulier',
      veiligheidsrisico: true,
      meervoudigeProblematiek: true,
      regisseur: 'intaker1',
      ave,
    })
    .expect(200);
  return { intakeId, huishouden: huishouden! };
}

/** The effect the intake asked for, once the relay has moved it out of the outbox. */
async function relayedEffect(intakeId: string): Promise<{ id: string; payload: EffectPayload }> {
  await api.app.get(OutboxRelay).drain();
  const rows: { id: string; payload: EffectPayload }[] = await api.db.query(
    `SELECT id::text AS id, payload FROM effects WHERE payload->>'caseId' = $1`,
    [intakeId],
  );
  expect(rows).toHaveLength(1);
  return rows[0];
}

async function aveCasesOf(subjectId: string): Promise<string[]> {
  const rows: { id: string }[] = await api.db.query(
    `SELECT id FROM cases WHERE workflow = 'ave' AND subject_id = $1`,
    [subjectId],
  );
  return rows.map((r) => r.id);
}

async function historyTypes(caseId: string): Promise<string[]> {
  const rows: { type: string }[] = await api.db.query(
    `SELECT type FROM case_history WHERE case_id = $1 ORDER BY seq`,
    [caseId],
  );
  return rows.map((r) => r.type);
}

/** The AVE case the worker linked to the melding, once the outbox is relayed and the worker has no effect left. */
async function linkedAve(intakeId: string): Promise<string> {
  await api.drained();
  const id = (await intaker.get(`/api/v1/cases/${intakeId}`).expect(200)).body.context.aveCaseId;
  expect(id).toEqual(expect.any(String));
  return id as string;
}

/**
 * Puts a job in the queue and waits for a worker to finish it; returns what the processor returned. It listens
 * before the job is added: a job that finishes at once is removed at once (removeOnComplete), and BullMQ's
 * waitUntilFinished, which looks the job up after adding it, then finds no job ("Missing key").
 */
async function deliver(effectId: string, jobId?: string): Promise<unknown> {
  const { name, data, opts } = effectJob(effectId);
  const id = jobId ?? opts.jobId!;
  const finished = new Promise<unknown>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      events.removeListener('completed', onCompleted);
      events.removeListener('failed', onFailed);
    };
    const onCompleted = (args: { jobId: string; returnvalue: unknown }) => {
      if (args.jobId !== id) return;
      done();
      resolve(args.returnvalue);
    };
    const onFailed = (args: { jobId: string; failedReason: string }) => {
      if (args.jobId !== id) return;
      done();
      reject(new Error(args.failedReason));
    };
    const timer = setTimeout(() => (done(), reject(new Error(`job ${id} niet klaar binnen 15 s`))), 15_000);
    events.on('completed', onCompleted);
    events.on('failed', onFailed);
  });
  await queue.add(name, data, { ...opts, ...(jobId ? { jobId } : {}) });
  return finished;
}

describe('the API process relays effects and never carries one out', () => {
  let intakeId: string;
  let huishouden: string;

  it('has no effects processor and no worker on the effects queue', async () => {
    const providers = [...api.app.get(ModulesContainer).values()].flatMap((m) => [...m.providers.keys()]);
    expect(providers).not.toContain(EffectProcessor);
    expect(providers).not.toContain(EffectRunner);
    expect(providers).toContain(OutboxRelay); // the API relays
    expect(await queue.getWorkersCount()).toBe(0);
  });

  it('moves the effect to Postgres and its job (ids only) to the queue, and leaves it there', async () => {
    ({ intakeId, huishouden } = await triagedWithAve());
    const effect = await relayedEffect(intakeId);
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM outbox WHERE kind = 'effect'`);
    expect(n).toBe(0);
    const job = await queue.getJob(`effect-${effect.id}`);
    expect(job?.data).toEqual({ effectId: effect.id });
    expect(await aveCasesOf(huishouden)).toEqual([]);
    expect(
      (await intaker.get(`/api/v1/cases/${intakeId}`).expect(200)).body.context.aveCaseId ?? null,
    ).toBeNull();
  });

  it('is carried out once a worker runs, by the worker', async () => {
    await startWorker();
    // the same count that was 0 beside the API alone sees the worker's connection
    await eventually(async () => expect(await queue.getWorkersCount()).toBeGreaterThan(0));
    const aveId = await linkedAve(intakeId);
    expect(await aveCasesOf(huishouden)).toEqual([aveId]);
    expect(await pendingEffects().count()).toBe(0);
  });
});

describe('an effect is carried out exactly once', () => {
  it('a job delivered again after the effect was done does nothing', async () => {
    await stopWorker();
    const { intakeId, huishouden } = await triagedWithAve();
    const effect = await relayedEffect(intakeId);
    await startWorker();
    const aveId = await linkedAve(intakeId);
    await eventually(async () => expect(await queue.getJob(`effect-${effect.id}`)).toBeUndefined());
    const intakeBefore = await historyTypes(intakeId);
    const aveBefore = await historyTypes(aveId);

    expect(await deliver(effect.id)).toBe('gone');

    expect(await aveCasesOf(huishouden)).toEqual([aveId]);
    expect(await historyTypes(intakeId)).toEqual(intakeBefore);
    expect(await historyTypes(aveId)).toEqual(aveBefore);
  });

  it('a repeat after its steps ran but before it was marked done (a worker killed) repeats none of them', async () => {
    if (!worker) await startWorker();
    // A second melding of the same household: the effect finds the open track and raises it (existing events).
    const { intakeId: first, huishouden } = await triagedWithAve();
    const aveId = await linkedAve(first);
    await stopWorker();
    const { intakeId } = await triagedWithAve(huishouden, {
      niveau: 3,
      kinderenInHuishouden: false,
      reden: 'Vastgelopen',
      criteria: ['stagnatie'],
    });
    const effect = await relayedEffect(intakeId);
    await startWorker();
    expect(await linkedAve(intakeId)).toBe(aveId);
    expect(await pendingEffects().count()).toBe(0);
    const intakeBefore = await historyTypes(intakeId);
    const aveBefore = await historyTypes(aveId);
    expect(aveBefore.filter((t) => t === 'OPSCHALEN')).toHaveLength(1);

    // As if the worker died after the last step and before deleting the row: the effect is pending again.
    await api.db.query(`INSERT INTO effects (id, gemeente, payload) VALUES ($1, $2, $3)`, [
      effect.id,
      effect.payload.gemeente,
      effect.payload,
    ]);
    expect(await deliver(effect.id)).toBe('done');

    expect(await aveCasesOf(huishouden)).toEqual([aveId]);
    expect(await historyTypes(intakeId)).toEqual(intakeBefore);
    expect(await historyTypes(aveId)).toEqual(aveBefore);
  });

  it('a repeat after the effect started the other case goes on with that case instead of raising it', async () => {
    await stopWorker(); // this effect is carried out by hand, attempt by attempt, with the worker's classes
    const engine = api.app.get(Engine);
    const pending = pendingEffects();
    const { intakeId, huishouden } = await triagedWithAve();
    const effect = await relayedEffect(intakeId);
    // The first attempt starts the track, then fails before linking the intake (Postgres went away, say).
    const failing = Object.assign(Object.create(engine) as Engine, {
      dispatch: async () => {
        throw new Error('Postgres weg');
      },
    });
    await expect(pending.carryOut(effect.id, (id, p) => runnerFor(failing).run(id, p))).rejects.toThrow(
      'Postgres weg',
    );
    const [aveId] = await aveCasesOf(huishouden);
    expect(await historyTypes(aveId)).toEqual(['CASE_GESTART']);

    // The retry finds the case it started: nothing meant for an existing track (OPSCHALEN, INTAKE_GEKOPPELD) is
    // offered to it; only the link back is left to do.
    expect(await pending.carryOut(effect.id, (id, p) => runnerFor(engine).run(id, p))).toBe('done');
    expect(await aveCasesOf(huishouden)).toEqual([aveId]);
    expect(await historyTypes(aveId)).toEqual(['CASE_GESTART']);
    expect(await linkedAve(intakeId)).toBe(aveId);
  });

  it('two deliveries at the same moment: one carries it out, the other waits and then finds it done', async () => {
    const pending = pendingEffects();
    await api.db.query(`INSERT INTO effects (id, gemeente, payload) VALUES (-1, 'almelo', '{}')`);
    let runs = 0;
    let release!: () => void;
    const slow = () => {
      runs++;
      return new Promise<void>((resolve) => (release = resolve));
    };
    const first = pending.carryOut('-1', slow);
    await eventually(async () => expect(runs).toBe(1));
    await expect(pending.carryOut('-1', slow)).rejects.toBeInstanceOf(EffectNotReady);
    release();
    expect(await first).toBe('done');
    expect(await pending.carryOut('-1', slow)).toBe('gone');
    expect(runs).toBe(1);
  });
});

describe('an effect whose job Redis lost', () => {
  it('is armed again from Postgres by the sweep and carried out', async () => {
    await stopWorker();
    const { intakeId, huishouden } = await triagedWithAve();
    const effect = await relayedEffect(intakeId);
    expect(await queue.getJob(`effect-${effect.id}`)).toBeDefined();

    // Redis loses every key of this test's queues (this file's own prefix only, never another's keys).
    const redis = new Redis(redisConnection());
    try {
      const keys = await redis.keys(`${redisPrefix()}:*`);
      expect(keys.length).toBeGreaterThan(0);
      await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
    expect(await queue.getJob(`effect-${effect.id}`)).toBeUndefined();

    const started = await startWorker();
    // still waiting in Postgres, not lost
    expect(await started.get(PendingEffects).count()).toBe(1);
    expect(await started.get(EffectSweep).run()).toBe(1);
    const aveId = await linkedAve(intakeId);
    expect(await aveCasesOf(huishouden)).toEqual([aveId]);
    expect(await started.get(PendingEffects).count()).toBe(0);
    expect(await started.get(EffectSweep).run()).toBe(0);
  });
});
