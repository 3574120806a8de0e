/**
 * What an engine built by hand takes, outside Nest (which injects the same in the apps): for the engine harness and
 * the bench alike.
 */
import type { EngineOptions, EngineRepositories } from '@regie/engine';
import {
  AuditLogRepository,
  CaseRepository,
  DeadlineRepository,
  HuishoudensRepository,
  WorkflowConfigRepository,
} from '@regie/persistence';
import { engineRules } from '@regie/sociaal-domein';

export function engineRepositories(): EngineRepositories {
  return {
    cases: new CaseRepository(),
    deadlines: new DeadlineRepository(),
    configs: new WorkflowConfigRepository(),
    auditLog: new AuditLogRepository(),
  };
}

/** The sociaal domein's command policies and case workers, as the runtime module registers them. */
export function domainRules(): Pick<EngineOptions, 'policies' | 'caseWorkers'> {
  return engineRules({ cases: new CaseRepository(), huishoudens: new HuishoudensRepository() });
}
