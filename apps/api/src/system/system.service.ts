/** Workflows and their diagrams, and the manual clock. */
import { Injectable } from '@nestjs/common';
import { Clock, Engine, InvalidData, TERM_EVENT_TITLES, WorkflowRegistry, mermaid } from '@regie/engine';
import { z } from 'zod';
import { jsonSchema } from '../http/zod';

export const advanceInput = z
  .object({
    by: z
      .string()
      .min(2)
      .max(40)
      .describe('hoe ver de klok verzet wordt, een ISO 8601-duur, bijvoorbeeld P1D of PT2H'),
  })
  .strict()
  .meta({ id: 'ClockAdvanceRequest' });

@Injectable()
export class WorkflowsService {
  constructor(private readonly registry: WorkflowRegistry) {}

  list() {
    return this.registry.current().map((def) => ({
      name: def.name,
      version: def.version,
      title: def.title,
      states: Object.keys(def.machine.states ?? {}),
      events: [
        ...Object.entries(def.events).map(([type, spec]) => ({
          type,
          title: spec.title,
          schema: jsonSchema(spec.schema),
        })),
        ...Object.entries(TERM_EVENT_TITLES).map(([type, title]) => ({ type, title })),
      ],
      input: jsonSchema(def.input),
    }));
  }

  diagram(name: string): string {
    return mermaid(this.registry.latest(name).machine);
  }
}

@Injectable()
export class ClockService {
  constructor(
    private readonly clock: Clock,
    private readonly engine: Engine,
  ) {}

  async now() {
    return { now: (await this.clock.now()).toISOString(), mode: this.clock.mode };
  }

  /** Only with CLOCK=manual: moves time on and fires, in order, every deadline that falls due on the way. */
  async advance(by: string) {
    if (this.clock.mode !== 'manual') {
      throw new InvalidData('De klok kan alleen worden verzet met CLOCK=manual', [{ field: 'by' }]);
    }
    const { now, fired } = await this.engine.advanceClock(by);
    return { now: now.toISOString(), fired };
  }
}
