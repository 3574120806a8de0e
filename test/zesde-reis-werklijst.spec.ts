/**
 * The task of a sixth journey (test/fixtures/zesde-reis) on the werklijst and in the daily digest, from its
 * declaration alone: the worklist's query is given the registered workflows' tasks, and lists none by name.
 * A case of the journey is written straight into the tables, as the engine would have left it.
 */
import { WorkflowRegistry } from '@regie/engine';
import { SystemDatabase, WorklistRepository, createDataSource } from '@regie/persistence';
import { worklistFor, worklistTaken } from '@regie/sociaal-domein';
import { workflows } from '@regie/workflows';
import type { DataSource } from 'typeorm';
import { zesdeReis } from './fixtures/zesde-reis';
import { useTestEnvironment } from './support/env';

// the one registration line
const registry = new WorkflowRegistry([...workflows, zesdeReis]);
const taken = worklistTaken(registry);
const worklist = new WorklistRepository();

let ds: DataSource;
let system: SystemDatabase;
let subject: string;

/** A case of the sixth journey in `controle`, its check open from `vanaf`, with its pending deadline. */
async function controle(vanaf: string, holder = 'coach'): Promise<string> {
  const [c] = await ds.query(
    `INSERT INTO cases (id, gemeente, workflow, workflow_version, subject_id, state_value, snapshot, regie_role,
                        regie_holder, version, created_at, updated_at)
     VALUES (gen_random_uuid(), 'testgem', 'zesde-reis', 1, $1, 'controle', $2, 'procesmanager', $3, 1, now(), now())
     RETURNING id`,
    [
      subject,
      JSON.stringify({
        value: 'controle',
        context: { onderwerp: 'meterkast', controleVanaf: vanaf, regie: { role: 'procesmanager', holder } },
      }),
      holder,
    ],
  );
  await ds.query(
    `INSERT INTO deadlines (id, gemeente, case_id, key, name, anchor, term, atw, party, status, due_at, due_date,
                            created_at)
     VALUES (gen_random_uuid(), 'testgem', $1, 'controle', 'Controle meterkast', '2026-03-01T09:00:00Z',
             '{"amount":14,"unit":"days"}', false, 'gemeente', 'pending', '2026-03-15T23:00:00Z', '2026-03-16', now())`,
    [c.id],
  );
  return c.id;
}

beforeAll(async () => {
  await useTestEnvironment();
  ds = createDataSource();
  await ds.initialize();
  system = new SystemDatabase(ds);
  await ds.query(`INSERT INTO gemeenten (id, name) VALUES ('testgem', 'Testgemeente')`);
  [{ id: subject }] = await ds.query(
    `INSERT INTO subjects (id, gemeente, kind, name, created_at)
     VALUES (gen_random_uuid(), 'testgem', 'inwoner', 'Zes', now()) RETURNING id`,
  );
});

afterAll(async () => {
  await ds?.destroy();
});

describe("a sixth journey's task on the werklijst", () => {
  let open: string;

  beforeAll(async () => {
    open = await controle('2026-03-02');
    await controle('2026-04-01'); // not open yet on 2026-03-10
  });

  it('lists the open task once, with the fields it declares, and not its deadline again as a term', async () => {
    const items = await system.asTenant('testgem', (db) =>
      worklistFor(worklist, taken, db, 'coach', new Date('2026-03-10T09:00:00Z')),
    );
    expect(items).toEqual([
      expect.objectContaining({
        soort: 'controle',
        caseId: open,
        workflow: 'zesde-reis',
        key: 'controle',
        dueDate: '2026-03-16',
        status: 'pending',
        onderwerp: 'meterkast',
        controleVanaf: '2026-03-02',
        voorzieningId: null,
      }),
    ]);
  });

  it('counts it in the daily digest, in the words it declares', async () => {
    expect(
      await worklist.writeDigests(system.handle, taken, '2026-03-10', new Date('2026-03-10T06:00:00Z')),
    ).toBe(1);
    const [note] = await ds.query(`SELECT recipient, message FROM notifications WHERE kind = 'dagoverzicht'`);
    expect(note).toEqual({
      recipient: 'coach',
      message:
        'Dagoverzicht werklijst: 0 lopende termijn(en), waarvan 0 binnen 7 dagen; 0 open herindicatie(s), waarvan 0 ' +
        'bij de teamleider gemeld; 1 open controle(s), waarvan 0 te laat.',
    });
  });
});
