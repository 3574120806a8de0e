/** Workflows and their diagrams, and the clock. */
import { Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { SystemScope } from '../access/tenant.interceptor';
import { Public } from '../auth/auth';
import { ZodBody } from '../http/zod';
import { ClockService, WorkflowsService, advanceInput } from './system.service';

@ApiTags('workflows')
@ApiBearerAuth()
@Controller('api/v1/workflows')
export class WorkflowsController {
  constructor(private readonly workflows: WorkflowsService) {}

  @Get()
  list() {
    return this.workflows.list();
  }

  @Get(':name/diagram')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  diagram(@Param('name') name: string): string {
    return this.workflows.diagram(name);
  }
}

@ApiTags('clock')
@ApiBearerAuth()
@Controller('api/v1/clock')
export class ClockController {
  constructor(private readonly clock: ClockService) {}

  @Public()
  @Get()
  now() {
    return this.clock.now();
  }

  /** Only with CLOCK=manual: moves time on and fires, in order, every deadline that falls due on the way. */
  @SystemScope()
  @Post('advance')
  @HttpCode(200)
  advance(@ZodBody(advanceInput) { by }: z.infer<typeof advanceInput>) {
    return this.clock.advance(by);
  }
}
