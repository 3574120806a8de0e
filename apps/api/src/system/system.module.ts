import { Module } from '@nestjs/common';
import { ClockController, WorkflowsController } from './system.controller';
import { ClockService, WorkflowsService } from './system.service';

/** The workflows the engine runs, their diagrams, and the clock. */
@Module({
  controllers: [WorkflowsController, ClockController],
  providers: [WorkflowsService, ClockService],
})
export class SystemModule {}
