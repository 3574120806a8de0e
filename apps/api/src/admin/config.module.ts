import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { ConfigController } from './config.controller';
import { ConfigurableWorkflowGuard, WorkflowConfigService } from './config.service';

/** The admin's configuration of each workflow's per-gemeente rules. */
@Module({
  imports: [AccessModule],
  controllers: [ConfigController],
  providers: [WorkflowConfigService, ConfigurableWorkflowGuard],
})
export class AdminConfigModule {}
