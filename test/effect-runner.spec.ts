/**
 * EffectRunner's steps under repetition (real Postgres): an effect is delivered at least once, and a repeat
 * after a partial attempt must not do again what the earlier attempt did. The `proef` workflow is the other case
 * here because its machine accepts what the AVE machine would refuse anyway (a NOTITIE in any open state, KLAAR
 * once it waits), so a step that ran twice would show.
 */
import { type Actor, type EffectPayload, EffectRunner, Engine } from '@regie/engine';
import { EffectStepsRepository } from '@regie/persistence';
import { type Harness, harness, newSubject } from './support/engine-harness';

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(async () => {
  await h.close();
});

const actor: Actor = { id: 'intaker1', gemeente: 'testgem', roles: ['intaker'] };

async function effectFor(
  existing: ({ type: string } & Record<string, unknown>)[],
): Promise<{ payload: EffectPayload; other: string }> {
  const origin = await h.engine.start(h.system, {
    actor,
    workflow: 'proef',
    subjectId: await newSubject(h.db),
    input: {},
  });
  const other = await newSubject(h.db);
  return {
    other,
    payload: {
      gemeente: 'testgem',
      caseId: origin.id,
      team: null,
      actor: actor.id,
      // the link back is refused by the proef machine: a refusal is part of the outcome, not an error
      effect: {
        type: 'ensureCase',
        workflow: 'proef',
        subjectId: other,
        start: {},
        existing,
        linkBack: { type: 'GEKOPPELD', field: 'caseId' },
      },
    },
  };
}

async function proefCasesOf(subjectId: string) {
  const rows: { id: string; state: string; notities: number }[] = await h.db.query(
    `SELECT id, state_value AS state, (snapshot->'context'->>'notities')::int AS notities
     FROM cases WHERE workflow = 'proef' AND subject_id = $1`,
    [subjectId],
  );
  return rows;
}

describe('EffectRunner repeated after a partial attempt', () => {
  it('goes on with the case an earlier attempt started, and offers it nothing meant for an existing case', async () => {
    const { payload, other } = await effectFor([{ type: 'NOTITIE' }]);
    // The first attempt starts the other case, then fails on its next command (Postgres went away, say).
    const failing = Object.assign(Object.create(h.engine) as Engine, {
      dispatch: async () => {
        throw new Error('Postgres weg');
      },
    });
    await expect(
      new EffectRunner(failing, h.system, new EffectStepsRepository()).run('9001', payload),
    ).rejects.toThrow('Postgres weg');
    const [started] = await proefCasesOf(other);
    expect(started).toMatchObject({ state: 'open', notities: 0 });

    await new EffectRunner(h.engine, h.system, new EffectStepsRepository()).run('9001', payload);
    expect(await proefCasesOf(other)).toEqual([started]);
  });

  it('does not offer an existing case an earlier event of the list once a later one was applied', async () => {
    const { payload, other } = await effectFor([{ type: 'KLAAR' }, { type: 'NOTITIE' }]);
    const open = await h.engine.start(h.system, { actor, workflow: 'proef', subjectId: other, input: {} });
    const runner = new EffectRunner(h.engine, h.system, new EffectStepsRepository());
    // KLAAR is refused while the case is open; NOTITIE is applied
    await runner.run('9002', payload);
    expect(await proefCasesOf(other)).toEqual([{ id: open.id, state: 'open', notities: 1 }]);

    // Meanwhile the case moves on to where KLAAR would be accepted; the repeat must not apply it.
    await h.engine.dispatch(h.system, {
      actor,
      caseId: open.id,
      event: { type: 'WACHTEN', seconden: 3600 },
      idempotencyKey: 'wachten',
    });
    await runner.run('9002', payload);
    expect(await proefCasesOf(other)).toEqual([{ id: open.id, state: 'wachten', notities: 1 }]);
  });
});
