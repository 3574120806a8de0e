/**
 * Carrying out effects: the processor on the effects queue, the runner it calls and the sweep that arms again
 * what Redis lost. Part of the worker; `EffectWorkerModule` is the same on its own, for a process that must see
 * its effects done without a whole worker (the demo seed, the end-to-end tests beside the API). Either refuses to
 * start while a registered workflow declares an effect type the social domain's handlers do not carry out.
 */
import { getQueueToken } from '@nestjs/bullmq';
import { type INestApplicationContext, type LogLevel, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EffectRunner, Engine, WorkflowRegistry } from '@regie/engine';
import { EffectsRepository, SystemDatabase } from '@regie/persistence';
import { RuntimeModule } from '@regie/runtime';
import { EFFECTS_QUEUE, EffectSweep, PendingEffects } from '@regie/scheduling';
import { DomainRecords, voorzieningEffects } from '@regie/sociaal-domein';
import type { Queue } from 'bullmq';
import { EffectProcessor } from './effect.processor';

@Module({
  providers: [
    {
      provide: EffectRunner,
      inject: [Engine, DomainRecords, WorkflowRegistry],
      useFactory: (engine: Engine, records: DomainRecords, registry: WorkflowRegistry) =>
        EffectRunner.checked(
          engine,
          records.system.handle,
          records.effectSteps,
          voorzieningEffects(engine, records),
          registry.all(),
        ),
    },
    {
      // effects are system work: their claims and the sweep work on the system's handle
      provide: PendingEffects,
      inject: [SystemDatabase, EffectsRepository],
      useFactory: (system: SystemDatabase, effects: EffectsRepository) =>
        new PendingEffects(system.handle, effects),
    },
    {
      provide: EffectSweep,
      inject: [SystemDatabase, EffectsRepository, getQueueToken(EFFECTS_QUEUE), EffectRunner],
      useFactory: (system: SystemDatabase, effects: EffectsRepository, queue: Queue, runner: EffectRunner) =>
        new EffectSweep(system.handle, effects, queue, { handles: runner.types() }),
    },
    EffectProcessor,
  ],
  exports: [EffectSweep, PendingEffects],
})
export class EffectsModule {}

@Module({ imports: [RuntimeModule, EffectsModule] })
export class EffectWorkerModule {}

/** Starts a process's own effects worker (the same processor as apps/worker's); close it to stop. */
export function startEffectWorker(logger: LogLevel[] | false = false): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(EffectWorkerModule, { logger });
}
