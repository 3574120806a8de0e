import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { ConfigController } from './config.controller';
import { ConfigurableWorkflowGuard, WorkflowConfigService } from './config.service';
import { KalenderController } from './kalender.controller';
import { KalenderService } from './kalender.service';

/** The admin's configuration of each workflow's per-gemeente rules, and the Atw calendar's equated days. */
@Module({
  imports: [AccessModule],
  controllers: [ConfigController, KalenderController],
  providers: [WorkflowConfigService, ConfigurableWorkflowGuard, KalenderService],
})
export class AdminConfigModule {}
