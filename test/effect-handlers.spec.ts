/**
 * Effect handlers checked at start-up: the handlers form a map by effect type that misses none
 * at compile time; a worker whose workflows declare an effect type it has no handler for refuses to start, naming
 * it; and an effect of a type without a handler that reaches a worker all the same fails once, for good, visibly,
 * instead of being retried and armed again for ever. Real Postgres and Redis, the worker's own composition.
 */
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import {
  type EffectHandlerMap,
  EffectHandlersMissing,
  EffectRunner,
  WorkflowRegistry,
  missingEffectHandlers,
} from '@regie/engine';
import {
  EffectStepsRepository,
  EffectsRepository,
  GemeentenRepository,
  HuishoudensRepository,
  IndicatorStatementsRepository,
  MonitorsRepository,
  SystemDatabase,
  SysteemsignalenRepository,
  VoorzieningenRepository,
  WorklistRepository,
} from '@regie/persistence';
import { Metrics } from '@regie/runtime';
import {
  EFFECTS_QUEUE,
  EffectSweep,
  PendingEffects,
  effectJob,
  redisConnection,
  redisPrefix,
} from '@regie/scheduling';
import { DomainRecords, domainEffects, voorzieningEffects } from '@regie/sociaal-domein';
import { workflows } from '@regie/workflows';
import { defineWorkflow } from '@regie/workflows/define';
import type { DomainEffect, EffectType, RecordVoorzieningEffect } from '@regie/workflows/sociaal-domein';
import type { AnyWorkflowDefinition } from '@regie/workflows/workflow';
import { type Queue, QueueEvents } from 'bullmq';
import { startEffectWorker } from '../apps/worker/src/effects.module';
import { type Harness, harness } from './support/engine-harness';
import { proef, proefMachine } from './support/proef-workflow';

let h: Harness;

/** What the social domain's handlers work on, made by hand on the harness's database. */
function records(): DomainRecords {
  return new DomainRecords(
    new SystemDatabase(h.db),
    new EffectStepsRepository(),
    new GemeentenRepository(),
    new HuishoudensRepository(),
    new IndicatorStatementsRepository(),
    new MonitorsRepository(),
    new SysteemsignalenRepository(),
    new VoorzieningenRepository(),
    new WorklistRepository(),
  );
}
beforeAll(async () => {
  h = await harness();
});
afterAll(async () => {
  await h.close();
});

const noop = async () => undefined;
const JOB_ID = String(effectJob('922022').opts.jobId);

describe('the handler map, by type (compile time; tsc checks the expect-error lines)', () => {
  it('a full map without a handler for one effect type does not compile', () => {
    // @ts-expect-error systeemsignaal has no handler
    const onvolledig: EffectHandlerMap<DomainEffect> = {
      recordVoorziening: noop,
      verlengVoorziening: noop,
      aveBijVeiligheidsrisico: noop,
      beeindigVoorziening: noop,
    };
    const volledig: EffectHandlerMap<DomainEffect> = { ...onvolledig, systeemsignaal: noop };
    expect(Object.keys(volledig)).toHaveLength(5);
  });

  it('a workflow whose effects return a type it does not declare does not compile', () => {
    const voorziening: RecordVoorzieningEffect = {
      type: 'recordVoorziening',
      subjectId: 's1',
      wet: 'Wmo',
      product: 'Huishoudelijke hulp',
      aanbieder: 'Thuiszorg Oost',
      volume: { aantal: 3, eenheid: 'uur' },
      startdatum: '2026-03-02',
      einddatum: null,
      eigenaar: 'intaker1',
      at: '2026-03-02T09:00:00.000Z',
    };
    const definition = defineWorkflow({
      name: 'proef-effect',
      title: 'Proef met een effect',
      machine: proefMachine,
      events: { schemas: {}, titles: {} },
      regie: () => ({ role: 'intaker', holder: null }),
      emits: ['systeemsignaal'],
      // @ts-expect-error recordVoorziening is not among the declared types
      effects: () => [voorziening],
    });
    expect(definition.emits).toEqual(['systeemsignaal']);
  });
});

describe('the start-up check', () => {
  /** proef, declaring the effect types it emits (none of which it returns here: only the declaration counts). */
  const declaring = (name: string, emits: readonly EffectType[]): AnyWorkflowDefinition => ({
    ...proef,
    name,
    emits,
    effects: () => [],
  });

  it('refuses a registry whose workflow declares an effect type without a handler, and names it', () => {
    const registry = new WorkflowRegistry([
      ...workflows,
      declaring('proef-signaal', ['ensureCase', 'systeemsignaal']),
    ]);
    const zonderSignaal = { ...voorzieningEffects(h.engine, records()), systeemsignaal: undefined };
    let refused: unknown;
    try {
      EffectRunner.checked(h.engine, h.system, new EffectStepsRepository(), zonderSignaal, registry.all());
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(EffectHandlersMissing);
    expect((refused as Error).message).toBe(
      'Geen handler voor de effecten van doorbraak v1: systeemsignaal; proef-signaal v1: systeemsignaal',
    );
  });

  it('refuses a workflow that gives effects without declaring their types', () => {
    const zwijgend: AnyWorkflowDefinition = { ...proef, name: 'proef-zwijgend', effects: () => [] };
    expect(() =>
      EffectRunner.checked(
        h.engine,
        h.system,
        new EffectStepsRepository(),
        voorzieningEffects(h.engine, records()),
        [zwijgend],
      ),
    ).toThrow(
      'Geen handler voor de effecten van proef-zwijgend v1: geeft effecten zonder hun typen te declareren (emits)',
    );
  });

  it('checks every registered version, not only the newest', () => {
    const oud = declaring('proef-versies', ['beeindigVoorziening']);
    const nieuw = { ...declaring('proef-versies', []), version: 2 };
    const registry = new WorkflowRegistry([oud, nieuw]);
    expect(missingEffectHandlers(registry.all(), domainEffects(h.engine, records()))).toEqual([]);
    expect(missingEffectHandlers(registry.all(), {})).toEqual([
      { workflow: 'proef-versies', version: 1, types: ['beeindigVoorziening'] },
    ]);
  });

  it('passes for the registered workflows with the social domain’s handlers', () => {
    expect(missingEffectHandlers(workflows, voorzieningEffects(h.engine, records()))).toEqual([]);
    for (const def of workflows) if (def.effects) expect(def.emits?.length).toBeGreaterThan(0);
  });
});

describe('the worker’s composition', () => {
  let worker: INestApplicationContext;
  let events: QueueEvents;
  beforeAll(async () => {
    worker = await startEffectWorker();
    events = new QueueEvents(EFFECTS_QUEUE, { connection: redisConnection(), prefix: redisPrefix() });
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await events?.close();
    await worker?.close();
  });

  it('passes the check: its runner carries out every effect type', () => {
    const types = worker.get(EffectRunner).types();
    const all: EffectType[] = [
      'ensureCase',
      'recordVoorziening',
      'verlengVoorziening',
      'aveBijVeiligheidsrisico',
      'beeindigVoorziening',
      'systeemsignaal',
    ];
    expect([...types].sort()).toEqual([...all].sort());
  });

  it('fails an effect of a type without a handler once, for good, and leaves it to no sweep', async () => {
    const queue = worker.get<Queue>(getQueueToken(EFFECTS_QUEUE));
    const pending = worker.get(PendingEffects);
    const failedBefore = await exhaustedFailures(worker);
    const payload = {
      gemeente: 'testgem',
      caseId: '1',
      team: null,
      actor: 'intaker1',
      effect: { type: 'onbekend' },
    };
    await h.db.query(`INSERT INTO effects (id, gemeente, payload) VALUES (922022, 'testgem', $1)`, [payload]);
    const failed = new Promise<string>((resolve) =>
      events.on('failed', ({ jobId, failedReason }) => {
        if (jobId === JOB_ID) resolve(failedReason);
      }),
    );
    const job = effectJob('922022');
    await queue.add(job.name, job.data, job.opts);
    expect(await failed).toBe('Geen handler voor effect onbekend');

    // A retry would come after the backoff's first second; none comes, and the sweep arms nothing.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await effectRow()).toEqual({
      attempts: 1,
      failed: true,
      failure: 'Geen handler voor effect onbekend',
    });
    expect(await queue.getJob(JOB_ID)).toBeUndefined();
    expect(await worker.get(EffectSweep).run()).toBe(0);
    expect(await pending.count()).toBe(0);
    expect(await pending.failed()).toBe(1);
    expect(await exhaustedFailures(worker)).toBe(failedBefore + 1);

    // A worker that does carry out the type gives it back to the work (here: armed, and failing again).
    await new EffectSweep(h.system, new EffectsRepository(), queue, { handles: ['onbekend'] }).run();
    await eventuallyFailed();
    expect((await effectRow()).attempts).toBe(2);
  });

  async function effectRow(): Promise<{ attempts: number; failed: boolean; failure: string | null }> {
    const [row]: { attempts: number; failed: boolean; failure: string | null }[] = await h.db.query(
      `SELECT attempts, failed_at IS NOT NULL AS failed, failure FROM effects WHERE id = 922022`,
    );
    return row;
  }

  async function eventuallyFailed(): Promise<void> {
    for (const until = Date.now() + 10_000; Date.now() < until;) {
      const row = await effectRow();
      if (row.failed && row.attempts === 2) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('het effect mislukte niet opnieuw');
  }
});

/** The effects queue's failed jobs counted as exhausted (an incident), from the worker's own metrics. */
async function exhaustedFailures(worker: INestApplicationContext): Promise<number> {
  const { values } = await worker.get(Metrics).jobsFailed.get();
  return values.find((v) => v.labels.queue === EFFECTS_QUEUE && v.labels.exhausted === 'true')?.value ?? 0;
}
