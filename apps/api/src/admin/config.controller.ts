/**
 * Per-gemeente rules of each workflow (AVE level-to-role mapping, acceptance term, review intervals; the 18-/18+
 * milestone ages), changed by the admin. Every change is kept in an append-only history; new cases start with
 * the rules of their moment, running cases keep theirs.
 */
import { Body, Controller, Get, NotFoundException, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Clock, WorkflowRegistry } from '@regie/engine';
import { sqlFor } from '@regie/persistence';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { requireRole } from '../access/access';
import { Audit } from '../access/audit';
import { CurrentUser, type Principal } from '../auth/auth';
import { jsonSchema, parse } from '../http/zod';

const configChange = z.object({ config: z.record(z.string(), z.unknown()) }).strict();

@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/admin/config')
export class ConfigController {
  constructor(
    private readonly db: DataSource,
    private readonly registry: WorkflowRegistry,
    private readonly clock: Clock,
    private readonly audit: Audit,
  ) {}

  @Get()
  async list(@CurrentUser() user: Principal) {
    requireRole(user, ['admin', 'teamleider'], 'De configuratie');
    const rows: {
      workflow: string;
      config: unknown;
      version: number;
      changed_by: string;
      changed_at: Date;
    }[] = await sqlFor(this.db).query(`SELECT * FROM workflow_config WHERE gemeente = $1`, [user.gemeente]);
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

  @Get(':workflow/history')
  async history(@CurrentUser() user: Principal, @Param('workflow') workflow: string) {
    requireRole(user, ['admin', 'teamleider'], 'De configuratie');
    return sqlFor(this.db).query(
      `SELECT version, config, changed_by AS "changedBy", changed_at AS "changedAt" FROM workflow_config_history
       WHERE gemeente = $1 AND workflow = $2 ORDER BY version`,
      [user.gemeente, workflow],
    );
  }

  @Put(':workflow')
  async change(@CurrentUser() user: Principal, @Param('workflow') workflow: string, @Body() body: unknown) {
    requireRole(user, ['admin'], 'Configuratie wijzigen');
    const def = this.registry.latest(workflow);
    if (!def.config) throw new NotFoundException(`Workflow ${workflow} heeft geen instelbare regels`);
    const { config } = parse(configChange, body);
    const valid = parse(def.config, config, 'configuratie') as Record<string, unknown>;
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
    await this.audit.record(user, { action: 'command', recordType: 'config', reason: 'beheerder' });
    return {
      workflow,
      version: row.version,
      config: valid,
      changedBy: user.user,
      changedAt: now.toISOString(),
    };
  }
}
