/** The per-gemeente rules of each workflow: read by admin and teamleider, changed by the admin. */
import { Controller, Get, Param, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Audited } from '../access/audit.interceptor';
import { Roles } from '../access/roles';
import { CurrentUser, type Principal } from '../auth/auth';
import { ApiNameParam, ApiProblems, ApiResult } from '../http/schemas/docs';
import {
  workflowConfigChangedSchema,
  workflowConfigHistorySchema,
  workflowConfigListSchema,
} from '../http/schemas/responses';
import { ZodBody, ZodPipe, pathName } from '../http/zod';
import { ConfigurableWorkflowGuard, WorkflowConfigService, configChange } from './config.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/config')
export class ConfigController {
  constructor(private readonly configs: WorkflowConfigService) {}

  @Get()
  @Roles(['admin', 'teamleider'], 'De configuratie')
  @ApiResult(workflowConfigListSchema, { description: 'De regels van elke workflow die ze heeft' })
  @ApiProblems(403)
  @ApiOperation({
    summary: 'De regels per workflow',
    description:
      'De regels die de gemeente per workflow instelde, met hun JSON Schema (admin en teamleider).',
  })
  list() {
    return this.configs.list();
  }

  @Get(':workflow/history')
  @Roles(['admin', 'teamleider'], 'De configuratie')
  @ApiNameParam('workflow', 'de naam van de workflow')
  @ApiResult(workflowConfigHistorySchema, { description: 'Elke versie van de regels, de oudste eerst' })
  @ApiProblems(400, 403, 404)
  @ApiOperation({
    summary: 'De geschiedenis van de regels',
    description:
      'Elke versie van de regels van een workflow, de oudste eerst (admin en teamleider); 404 voor een workflow ' +
      'zonder instelbare regels.',
  })
  history(@Param(new ZodPipe(pathName('workflow'), 'pad')) workflow: string) {
    return this.configs.history(workflow);
  }

  @Put(':workflow')
  @Roles(['admin'], 'Configuratie wijzigen')
  @UseGuards(ConfigurableWorkflowGuard)
  @Audited({ action: 'command', recordType: 'config', reason: 'beheerder' })
  @ApiNameParam('workflow', 'de naam van de workflow')
  @ApiResult(workflowConfigChangedSchema, { description: 'De nieuwe regels en hun versie' })
  @ApiProblems(400, 403, 404)
  @ApiOperation({
    summary: 'Regels wijzigen',
    description:
      'Nieuwe regels voor een workflow (alleen de admin); nieuwe casussen starten ermee, lopende houden de hunne.',
  })
  change(
    @CurrentUser() user: Principal,
    @Param('workflow') workflow: string,
    @ZodBody(configChange) body: z.infer<typeof configChange>,
  ) {
    return this.configs.change(user, workflow, body);
  }
}
