/**
 * What the social domain's effects and jobs work on: the owner's database (an effect of a committed step, the
 * daily scan and the monthly monitor are system work) and the repositories. The repositories are Nest providers
 * (PersistenceModule); RuntimeModule builds this from them once, and the worker's handlers and jobs take it from
 * there, so nothing here makes a repository of its own.
 */
import type {
  EffectStepsRepository,
  GemeentenRepository,
  HuishoudensRepository,
  IndicatorStatementsRepository,
  MonitorsRepository,
  SystemDatabase,
  SysteemsignalenRepository,
  VoorzieningenRepository,
  WorklistRepository,
} from '@regie/persistence';

export class DomainRecords {
  constructor(
    readonly system: SystemDatabase,
    readonly effectSteps: EffectStepsRepository,
    readonly gemeenten: GemeentenRepository,
    readonly huishoudens: HuishoudensRepository,
    readonly indicatorStatements: IndicatorStatementsRepository,
    readonly monitors: MonitorsRepository,
    readonly signalen: SysteemsignalenRepository,
    readonly voorzieningen: VoorzieningenRepository,
    readonly worklist: WorklistRepository,
  ) {}
}
