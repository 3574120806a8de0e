/**
 * A sixth journey (test/fixtures/zesde-reis) registered with one line: its rules' defaults reach the admin's form,
 * its periodic job the job list (on its own pattern, or the configuration's), without a list naming it. Its task
 * on the werklijst: zesde-reis-werklijst.spec.ts (that needs the database).
 */
import { GELIJKGESTELDE_DAGEN, Kalender } from '@regie/calendar';
import { loadConfig } from '@regie/config';
import { type Clock, type Engine, WorkflowRegistry } from '@regie/engine';
import type { TenantDatabase, WorkflowConfigRepository } from '@regie/persistence';
import {
  type DomainRecords,
  PERIODIEK_WERK,
  geplandeTaken,
  periodiekeTaken,
  worklistTaken,
} from '@regie/sociaal-domein';
import { workflows } from '@regie/workflows';
import { defineWorkflow } from '@regie/workflows/define';
import { WorkflowConfigService } from '../apps/api/src/admin/config.service';
import { ZESDE_REIS_DEFAULTS, zesdeReisConfig } from './fixtures/zesde-reis/events';
import { zesdeReisMachine } from './fixtures/zesde-reis/machine';
import { ZESDE_REIS_TAAK, zesdeReis, zesdeReisWerk } from './fixtures/zesde-reis';

// the one registration line
const registry = new WorkflowRegistry([...workflows, zesdeReis]);

const patterns = (env: NodeJS.ProcessEnv = {}) => {
  const c = loadConfig(env);
  return { digestPattern: c.digestPattern, jobPatterns: c.jobPatterns };
};

/** The job list as the runtime builds it; nothing runs, so the engine and the records are never reached. */
const jobList = (werk = PERIODIEK_WERK, env: NodeJS.ProcessEnv = {}) =>
  periodiekeTaken(
    {} as Engine,
    {} as Clock,
    new Kalender(GELIJKGESTELDE_DAGEN),
    patterns(env),
    { system: { handle: {} } } as unknown as DomainRecords,
    registry,
    werk,
  );

describe('a sixth journey, registered with one line', () => {
  it("shows its rules' defaults in the admin's form, beside those of every journey with rules", async () => {
    const configs = { list: async () => [] } as unknown as WorkflowConfigRepository;
    const tenant = { current: () => ({ gemeente: 'testgem' }) } as unknown as TenantDatabase;
    const service = new WorkflowConfigService(configs, tenant, registry, {} as Clock);
    const rules = await service.list();
    expect(rules.find((r) => r.workflow === 'zesde-reis')).toMatchObject({
      defaults: ZESDE_REIS_DEFAULTS,
      config: {},
      version: 0,
    });
    // every journey with rules has its defaults, doorbraak too
    expect(rules.map((r) => r.workflow).sort()).toEqual([
      'ave',
      'doorbraak',
      'herindicatie',
      'transitie18',
      'zesde-reis',
    ]);
    for (const r of rules) expect(Object.keys(r.defaults).length).toBeGreaterThan(0);
  });

  it('refuses a journey with rules and no defaults', () => {
    const zonder = {
      name: 'zonder-defaults',
      title: 'Regels zonder defaults',
      machine: zesdeReisMachine,
      config: zesdeReisConfig,
      events: { schemas: {}, titles: {} },
    };
    expect(() => defineWorkflow(zonder)).toThrow(
      'zonder-defaults: config en configDefaults horen bij elkaar',
    );
  });

  it('puts its task on the werklijst', () => {
    expect(worklistTaken(registry)).toContainEqual(
      expect.objectContaining({ workflow: 'zesde-reis', soort: 'controle', deadlineKey: 'controle' }),
    );
  });

  it('schedules its periodic job on its own pattern, or on the one the configuration sets', () => {
    expect(geplandeTaken(registry, patterns())).toEqual([
      { name: 'transitie18-scan', pattern: '0 5 * * *', workflow: 'transitie18' },
      { name: ZESDE_REIS_TAAK, pattern: '15 4 * * 1', workflow: 'zesde-reis' },
    ]);
    const verzet = geplandeTaken(registry, patterns({ ZESDE_REIS_CONTROLE_PATTERN: '0 6 * * *' }));
    expect(verzet.find((t) => t.name === ZESDE_REIS_TAAK)?.pattern).toBe('0 6 * * *');
    // the environment variable of before still moves the transitie18 scan
    const scan = geplandeTaken(registry, patterns({ TRANSITIE18_SCAN_PATTERN: '30 4 * * *' }));
    expect(scan.find((t) => t.name === 'transitie18-scan')?.pattern).toBe('30 4 * * *');
  });

  it('runs its periodic job beside the domain’s own, and refuses to start when no one does its work', async () => {
    const jobs = jobList({ ...PERIODIEK_WERK, ...zesdeReisWerk });
    expect(jobs.map((j) => [j.name, j.pattern])).toEqual([
      ['transitie18-scan', '0 5 * * *'],
      [ZESDE_REIS_TAAK, '15 4 * * 1'],
      ['werklijst-digest', '0 7 * * 1-5'],
      ['maandmonitor', '30 6 * * *'],
    ]);
    await expect(jobs.find((j) => j.name === ZESDE_REIS_TAAK)!.run()).resolves.toBe('niets te controleren');
    expect(() => jobList()).toThrow(
      `periodieke taak ${ZESDE_REIS_TAAK} van workflow zesde-reis heeft geen werk in het sociaal domein`,
    );
  });
});
