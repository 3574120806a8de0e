/**
 * The daily jobs (scheduled from Postgres by PeriodicJobs, so one run per day across all workers): the jobs the
 * workflows declare (WorkflowDefinition.periodicJobs), each with the work the social domain does for it, and the
 * domain's own `werklijst-digest`: one notification per user summarising their worklist (counts only).
 * Summaries hold counts only: no personal data leaves Postgres.
 */
import type { Config } from '@regie/config';
import type { Clock, Engine, WorkflowRegistry } from '@regie/engine';
import type { PeriodicJob } from '@regie/scheduling';
import type { DomainRecords } from '../records';
import { Transitie18Inschrijving } from '../voorzieningen';
import { WorklistDigest, worklistTaken } from '../worklist';

/**
 * Cron patterns in Amsterdam time, from the configuration: a gemeente may keep its own rhythm. `jobPatterns`
 * overrides the pattern a workflow declares for its job, by the job's name.
 */
export type DailyPatterns = Pick<Config, 'digestPattern' | 'jobPatterns'>;

/** What the work of a job is given: what the social domain's effects and jobs work on. */
export interface WerkContext {
  engine: Engine;
  clock: Clock;
  records: DomainRecords;
}

/** The work of a periodic job, built once: its run returns a summary for the log (counts only). */
export type PeriodiekWerk = (ctx: WerkContext) => PeriodicJob['run'];

/**
 * The work the social domain does for each job a workflow declares, by the job's name: a pure workflow declares
 * when its job runs, the domain (which has the records) what it does.
 */
export const PERIODIEK_WERK: Readonly<Record<string, PeriodiekWerk>> = {
  // enrols every youth with a running Jeugdwet voorziening who is 16.5 or older and has no transition case
  'transitie18-scan': ({ engine, clock, records }) => {
    const scan = new Transitie18Inschrijving(engine, records.system.handle, records.voorzieningen, clock);
    return async () => {
      const r = await scan.scan();
      return `${r.gevonden} gevonden, ${r.ingeschreven} ingeschreven, ${r.overgeslagen} overgeslagen`;
    };
  },
};

/** A job a workflow declares, with the pattern it runs on here: the configuration's, else the workflow's. */
export interface GeplandeTaak {
  name: string;
  pattern: string;
  workflow: string;
}

/** The jobs the registered workflows declare, each once, on the pattern it runs on. */
export function geplandeTaken(registry: WorkflowRegistry, patterns: DailyPatterns): GeplandeTaak[] {
  const taken = new Map<string, GeplandeTaak>();
  for (const def of registry.current())
    for (const job of def.periodicJobs ?? []) {
      const other = taken.get(job.name);
      if (other)
        throw new Error(`periodieke taak ${job.name} is gedeclareerd door ${other.workflow} en ${def.name}`);
      taken.set(job.name, {
        name: job.name,
        pattern: patterns.jobPatterns[job.name] ?? job.pattern,
        workflow: def.name,
      });
    }
  return [...taken.values()];
}

/**
 * The workflows' jobs and the digest. A declared job the domain has no work for stops the start (like an effect
 * without a handler): found now, not when its first run fails every morning.
 */
export function dailyJobs(
  ctx: WerkContext,
  registry: WorkflowRegistry,
  patterns: DailyPatterns,
  werk: Readonly<Record<string, PeriodiekWerk>> = PERIODIEK_WERK,
): PeriodicJob[] {
  const jobs = geplandeTaken(registry, patterns).map(({ name, pattern, workflow }): PeriodicJob => {
    const work = werk[name];
    if (!work)
      throw new Error(
        `periodieke taak ${name} van workflow ${workflow} heeft geen werk in het sociaal domein`,
      );
    return { name, pattern, run: work(ctx) };
  });
  const digest = new WorklistDigest(
    ctx.records.worklist,
    ctx.records.system.handle,
    ctx.clock,
    worklistTaken(registry),
  );
  return [
    ...jobs,
    {
      name: 'werklijst-digest',
      pattern: patterns.digestPattern,
      run: async () => `${await digest.run()} dagoverzichten`,
    },
  ];
}
