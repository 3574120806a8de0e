/** The per-gemeente rules of each workflow: read by admin and teamleider, changed by the admin. */
import { Controller, Get, Param, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Audited } from '../access/audit.interceptor';
import { Roles } from '../access/roles';
import { CurrentUser, type Principal } from '../auth/auth';
import { ZodBody } from '../http/zod';
import { ConfigurableWorkflowGuard, WorkflowConfigService, configChange } from './config.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/v1/admin/config')
export class ConfigController {
  constructor(private readonly configs: WorkflowConfigService) {}

  @Get()
  @Roles(['admin', 'teamleider'], 'De configuratie')
  list(@CurrentUser() user: Principal) {
    return this.configs.list(user);
  }

  @Get(':workflow/history')
  @Roles(['admin', 'teamleider'], 'De configuratie')
  history(@CurrentUser() user: Principal, @Param('workflow') workflow: string) {
    return this.configs.history(user, workflow);
  }

  @Put(':workflow')
  @Roles(['admin'], 'Configuratie wijzigen')
  @UseGuards(ConfigurableWorkflowGuard)
  @Audited({ action: 'command', recordType: 'config', reason: 'beheerder' })
  change(
    @CurrentUser() user: Principal,
    @Param('workflow') workflow: string,
    @ZodBody(configChange) body: z.infer<typeof configChange>,
  ) {
    return this.configs.change(user, workflow, body);
  }
}
