/** Workflows and their diagrams, and the manual clock. */
import { Injectable, NotFoundException } from '@nestjs/common';
import { Clock, InvalidData, TERM_EVENT_TITLES, WorkflowRegistry, graph, mermaid } from '@regie/engine';
import { type ClockMove, ManualTime, type ScheduledJob } from '@regie/scheduling';
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

export const clockSetInput = z
  .object({
    now: z.iso
      .datetime({ offset: true })
      .describe(
        'het moment waarop de klok komt te staan, ISO 8601 met tijdzone, bijvoorbeeld 2025-11-25T09:00:00+01:00',
      ),
  })
  .strict()
  .meta({ id: 'ClockSetRequest' });

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

  graph(name: string) {
    return graph(this.registry.latest(name).machine);
  }
}

@Injectable()
export class ClockService {
  constructor(
    private readonly clock: Clock,
    private readonly time: ManualTime,
  ) {}

  async now() {
    const [now, jobs] = await Promise.all([this.clock.now(), this.time.schedule()]);
    return { now: now.toISOString(), mode: this.clock.mode, periodicJobs: jobs.map(scheduledView) };
  }

  /**
   * Only with CLOCK=manual: moves time on, and every deadline and periodic job that falls due on the way fires or
   * runs at its own moment, in order.
   */
  async advance(by: string) {
    if (this.clock.mode !== 'manual') {
      throw new InvalidData('De klok kan alleen worden verzet met CLOCK=manual', [{ field: 'by' }]);
    }
    return moveView(await this.time.advance(by));
  }

  /**
   * Only with CLOCK=manual (else this endpoint does not exist: 404): sets the clock to any moment. Forward as with
   * advance; backward only when nothing happened after that moment (409). Either way each periodic job runs next at
   * the first moment of its rhythm after the new time.
   */
  async set(to: string) {
    if (this.clock.mode !== 'manual') throw new NotFoundException('Cannot PUT /api/v1/clock');
    return moveView(await this.time.set(new Date(to)));
  }
}

function scheduledView(job: ScheduledJob) {
  return {
    name: job.name,
    pattern: job.pattern,
    nextRunAt: job.nextRunAt.toISOString(),
    lastRunAt: job.lastRunAt?.toISOString() ?? null,
    lastError: job.lastError,
  };
}

function moveView(move: ClockMove) {
  return {
    now: move.now.toISOString(),
    fired: move.fired,
    periodicRuns: move.periodicRuns.map((r) => ({ ...r, at: r.at.toISOString() })),
  };
}
