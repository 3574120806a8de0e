/**
 * Per-gemeente rules of each workflow (AVE level-to-role mapping, acceptance term, review intervals; the 18-/18+
 * milestone ages), changed by the admin. Every change is kept in an append-only history; new cases start with
 * the rules of their moment, running cases keep theirs.
 */
import { type CanActivate, type ExecutionContext, Injectable, NotFoundException } from '@nestjs/common';
import { Clock, WorkflowRegistry } from '@regie/engine';
import { sqlFor } from '@regie/persistence';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import type { Principal } from '../auth/auth';
import { jsonSchema, parse } from '../http/zod';

export const configChange = z.object({ config: z.record(z.string(), z.unknown()) }).strict();

interface ConfigRow {
  workflow: string;
  config: unknown;
  version: number;
  changed_by: string;
  changed_at: Date;
}

@Injectable()
export class WorkflowConfigService {
  constructor(
    private readonly db: DataSource,
    private readonly registry: WorkflowRegistry,
    private readonly clock: Clock,
  ) {}

  async list(user: Principal) {
    const rows: ConfigRow[] = await sqlFor(this.db).query(
      `SELECT * FROM workflow_config WHERE gemeente = $1`,
      [user.gemeente],
    );
    return this.registry
      .current()
      .filter((def) => def.config)
      .map((def) => {
        const row = rows.find((r) => r.workflow === def.name);
        return {
          workflow: def.name,
          schema: jsonSchema(def.config!),
          config: row?.config ?? {},
          version: row?.version ?? 0,
          changedBy: row?.changed_by ?? null,
          changedAt: row?.changed_at ?? null,
        };
      });
  }

  history(user: Principal, workflow: string) {
    return sqlFor(this.db).query(
      `SELECT version, config, changed_by AS "changedBy", changed_at AS "changedAt" FROM workflow_config_history
       WHERE gemeente = $1 AND workflow = $2 ORDER BY version`,
      [user.gemeente, workflow],
    );
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
    const sql = sqlFor(this.db);
    const [row]: { version: number }[] = await sql.query(
      `INSERT INTO workflow_config (gemeente, workflow, config, version, changed_by, changed_at)
       VALUES ($1, $2, $3, 1, $4, $5)
       ON CONFLICT (gemeente, workflow) DO UPDATE SET config = EXCLUDED.config,
         version = workflow_config.version + 1, changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at
       RETURNING version`,
      [user.gemeente, workflow, valid, user.user, now],
    );
    await sql.query(
      `INSERT INTO workflow_config_history (gemeente, workflow, version, config, changed_by, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [user.gemeente, workflow, row.version, valid, user.user, now],
    );
    return {
      workflow,
      version: row.version,
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
