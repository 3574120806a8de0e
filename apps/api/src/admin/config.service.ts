/**
 * Per-gemeente rules of each workflow (AVE level-to-role mapping, acceptance term, review intervals; the 18-/18+
 * milestone ages), changed by the admin. Every change is kept in an append-only history; new cases start with
 * the rules of their moment, running cases keep theirs.
 */
import { type CanActivate, type ExecutionContext, Injectable, NotFoundException } from '@nestjs/common';
import { Clock, WorkflowRegistry } from '@regie/engine';
import { TenantDatabase, WorkflowConfigRepository } from '@regie/persistence';
import { z } from 'zod';
import type { Principal } from '../auth/auth';
import { jsonSchema, parse } from '../http/zod';

export const configChange = z
  .object({
    config: z.record(z.string(), z.unknown()).describe('de regels, volgens het schema van de workflow'),
  })
  .strict()
  .meta({ id: 'WorkflowConfigChangeRequest' });

@Injectable()
export class WorkflowConfigService {
  constructor(
    private readonly configs: WorkflowConfigRepository,
    private readonly tenant: TenantDatabase,
    private readonly registry: WorkflowRegistry,
    private readonly clock: Clock,
  ) {}

  /** The rules of the caller's gemeente (the request's tenant). */
  async list() {
    const rows = await this.configs.list(this.tenant.current());
    return this.registry
      .current()
      .filter((def) => def.config)
      .map((def) => {
        const row = rows.find((r) => r.workflow === def.name);
        return {
          workflow: def.name,
          schema: jsonSchema(def.config!),
          // what the workflow does when the gemeente sets nothing: shown beside each field of the rules form
          defaults: def.configDefaults ?? {},
          config: row?.config ?? {},
          version: row?.version ?? 0,
          changedBy: row?.changed_by ?? null,
          changedAt: row?.changed_at ?? null,
        };
      });
  }

  history(workflow: string) {
    this.rulesOf(workflow);
    return this.configs.history(this.tenant.current(), workflow);
  }

  /** The rules schema of a workflow: 404 for an unknown workflow or one without rules to set. */
  rulesOf(workflow: string) {
    const def = this.registry.latest(workflow);
    if (!def.config) throw new NotFoundException(`Workflow ${workflow} heeft geen instelbare regels`);
    return def.config;
  }

  async change(user: Principal, workflow: string, { config }: z.infer<typeof configChange>) {
    const valid = parse(this.rulesOf(workflow), config, 'configuratie') as Record<string, unknown>;
    const now = await this.clock.now();
    const version = await this.configs.change(this.tenant.current(), workflow, valid, user.user, now);
    return {
      workflow,
      version,
      config: valid,
      changedBy: user.user,
      changedAt: now.toISOString(),
    };
  }
}

/** A change names a workflow with rules to set (404 otherwise), checked before its body is read. */
@Injectable()
export class ConfigurableWorkflowGuard implements CanActivate {
  constructor(private readonly configs: WorkflowConfigService) {}

  canActivate(ctx: ExecutionContext): boolean {
    this.configs.rulesOf(ctx.switchToHttp().getRequest<{ params: { workflow: string } }>().params.workflow);
    return true;
  }
}
