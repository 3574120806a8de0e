/** Workflows and their diagrams, and the clock. */
import { Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { SystemScope } from '../access/tenant.interceptor';
import { Public } from '../auth/auth';
import { ApiNameParam, ApiProblems, ApiPublic, ApiResult, ApiTextResult } from '../http/schemas/docs';
import { clockAdvancedSchema, clockSchema, workflowListSchema } from '../http/schemas/responses';
import { ZodBody } from '../http/zod';
import { ClockService, WorkflowsService, advanceInput } from './system.service';

@ApiTags('workflows')
@ApiBearerAuth()
@Controller('workflows')
export class WorkflowsController {
  constructor(private readonly workflows: WorkflowsService) {}

  @Get()
  @ApiResult(workflowListSchema, { description: 'Elke workflow: fasen, events en hun schema, input' })
  @ApiOperation({
    summary: 'Workflows',
    description: 'Elke workflow: zijn fasen, zijn events met hun JSON Schema, en de input bij het starten.',
  })
  list() {
    return this.workflows.list();
  }

  @Get(':name/diagram')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @ApiNameParam('name', 'de naam van de workflow')
  @ApiTextResult('text/plain', 'Het toestandsdiagram van de workflow (Mermaid)')
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Het diagram van een workflow',
    description: 'Het toestandsdiagram van de workflow als Mermaid-tekst.',
  })
  diagram(@Param('name') name: string): string {
    return this.workflows.diagram(name);
  }
}

@ApiTags('clock')
@ApiBearerAuth()
@Controller('clock')
export class ClockController {
  constructor(private readonly clock: ClockService) {}

  @Public()
  @Get()
  @ApiPublic()
  @ApiResult(clockSchema, { description: 'De tijd van de engine' })
  @ApiOperation({
    summary: 'De klok',
    description: 'De tijd van de engine en of de klok handmatig is.',
  })
  now() {
    return this.clock.now();
  }

  /** Only with CLOCK=manual: moves time on and fires, in order, every deadline that falls due on the way. */
  @SystemScope()
  @Post('advance')
  @HttpCode(200)
  @ApiResult(clockAdvancedSchema, { description: 'De nieuwe tijd en het aantal termijnen dat afging' })
  @ApiProblems(400)
  @ApiOperation({
    summary: 'De klok verzetten',
    description:
      'Alleen met CLOCK=manual: zet de klok vooruit en laat elke termijn die onderweg verloopt afgaan.',
  })
  advance(@ZodBody(advanceInput) { by }: z.infer<typeof advanceInput>) {
    return this.clock.advance(by);
  }
}
