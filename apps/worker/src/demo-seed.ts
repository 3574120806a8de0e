import 'reflect-metadata';
import { config } from '@regie/config';
import { Clock, Engine } from '@regie/engine';
import { DemoSeedRepository, SubjectsRepository, SystemDatabase } from '@regie/persistence';
import { OutboxRelay } from '@regie/runtime';
import { PendingEffects } from '@regie/scheduling';
import type { INestApplicationContext } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { seedDemo } from '@regie/demo';
import { startEffectWorker } from './effects.module';

/**
 * The seed is a tool, not the API: it runs its own effects worker (the worker's processor) and waits for the
 * effects the journeys ask for (AVE tracks, voorzieningen) before it moves its clock on, so each happens at the
 * moment of the command that asked for it, as it would with a worker beside the API.
 */
async function main(): Promise<void> {
  config(); // a wrong environment is one clear message, not an aborted Nest start
  const app = await startEffectWorker(['error', 'warn']);
  try {
    const settle = () => effectsDone(app);
    console.log(
      await seedDemo(
        app.get(SystemDatabase),
        { seed: app.get(DemoSeedRepository), subjects: app.get(SubjectsRepository) },
        app.get(Engine),
        app.get(Clock),
        settle,
      ),
    );
    await settle();
  } finally {
    await app.close();
  }
}

/** Waits until every effect the seed caused has been carried out, before the connections close. */
async function effectsDone(app: INestApplicationContext): Promise<void> {
  const seed = app.get(DemoSeedRepository);
  const db = app.get(SystemDatabase).handle;
  const until = Date.now() + 60_000;
  for (;;) {
    await app.get(OutboxRelay).drain();
    if (!(await seed.effectsInOutbox(db)) && !(await app.get(PendingEffects).count())) return;
    if (Date.now() > until)
      throw new Error('de effecten van de demodata zijn niet binnen een minuut uitgevoerd');
    await sleep(100);
  }
}

main().catch((err: Error) => {
  console.error(`demodata mislukt: ${err.message}`);
  process.exit(1);
});
