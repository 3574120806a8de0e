/** Workflows and their diagrams, and the clock. */
import { Controller, Get, Header, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { SystemScope } from '../access/tenant.interceptor';
import { Public } from '../auth/auth';
import { ApiNameParam, ApiProblems, ApiPublic, ApiResult, ApiTextResult } from '../http/schemas/docs';
import {
  clockAdvancedSchema,
  clockSchema,
  workflowGraphSchema,
  workflowListSchema,
} from '../http/schemas/responses';
import { ZodBody, ZodPipe, pathName } from '../http/zod';
import { ClockService, WorkflowsService, advanceInput, clockSetInput } from './system.service';

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
  @ApiProblems(400, 404)
  @ApiOperation({
    summary: 'Het diagram van een workflow',
    description: 'Het toestandsdiagram van de workflow als Mermaid-tekst.',
  })
  diagram(@Param(new ZodPipe(pathName('name'), 'pad')) name: string): string {
    return this.workflows.diagram(name);
  }

  @Get(':name/graph')
  @ApiNameParam('name', 'de naam van de workflow')
  @ApiResult(workflowGraphSchema, { description: 'De fasen en overgangen van de workflow' })
  @ApiProblems(400, 404)
  @ApiOperation({
    summary: 'De fasen en overgangen van een workflow',
    description:
      'Het toestandsdiagram van de workflow als gegevens (fasen en overgangen), uit de machine zelf: ' +
      'om de klantreis te tekenen.',
  })
  graph(@Param(new ZodPipe(pathName('name'), 'pad')) name: string) {
    return this.workflows.graph(name);
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
  @ApiResult(clockSchema, { description: 'De tijd van de engine en de periodieke taken' })
  @ApiOperation({
    summary: 'De klok',
    description:
      'De tijd van de engine, of de klok handmatig is, en elke periodieke taak (de transitie18-scan, het ' +
      'dagoverzicht, de maandmonitor) met wanneer zij weer draait.',
  })
  now() {
    return this.clock.now();
  }

  /** Only with CLOCK=manual: moves time on; every deadline and periodic job falling due on the way, in order. */
  @SystemScope()
  @Post('advance')
  @HttpCode(200)
  @ApiResult(clockAdvancedSchema, {
    description: 'De nieuwe tijd, het aantal termijnen dat afging en de periodieke taken die draaiden',
  })
  @ApiProblems(400)
  @ApiOperation({
    summary: 'De klok verzetten',
    description:
      'Alleen met CLOCK=manual: zet de klok vooruit. Elke termijn die onderweg verloopt gaat af en elke ' +
      'periodieke taak die onderweg aan de beurt is draait, elk op haar eigen moment en in volgorde. Hoogstens ' +
      '10 jaar in één keer (anders 400).',
  })
  advance(@ZodBody(advanceInput) { by }: z.infer<typeof advanceInput>) {
    return this.clock.advance(by);
  }

  /** Only with CLOCK=manual (404 otherwise): sets time to any moment; back only when nothing happened after it. */
  @SystemScope()
  @Put()
  @ApiResult(clockAdvancedSchema, {
    description: 'De nieuwe tijd, het aantal termijnen dat afging en de periodieke taken die draaiden',
  })
  @ApiProblems(400, 404, 409)
  @ApiOperation({
    summary: 'De klok zetten',
    description:
      'Alleen met CLOCK=manual (anders bestaat dit endpoint niet: 404): zet de klok op een moment. Vooruit gaat ' +
      'elke termijn die onderweg verloopt af en draait elke periodieke taak die onderweg aan de beurt is, zoals ' +
      'bij advance; terug alleen als er na dat moment nog niets gebeurd is (geen stap in een casus, geen termijn ' +
      'die afging, geen casus gewijzigd), anders 409 met wat er daarna gebeurde. Daarna draait elke periodieke ' +
      'taak weer op het eerste moment van haar ritme na de nieuwe tijd. Vooruit hoogstens 10 jaar in één keer ' +
      '(anders 400).',
  })
  set(@ZodBody(clockSetInput) { now }: z.infer<typeof clockSetInput>) {
    return this.clock.set(now);
  }
}
