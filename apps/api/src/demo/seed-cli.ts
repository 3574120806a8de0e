import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { config } from '@regie/config';
import { Clock, Engine } from '@regie/engine';
import { OutboxRelay, RuntimeModule } from '@regie/runtime';
import { DataSource } from 'typeorm';
import { seedDemo } from './seed';

@Module({ imports: [RuntimeModule] })
class SeedModule {}

async function main(): Promise<void> {
  config(); // a wrong environment is one clear message, not an aborted Nest start
  const app = await NestFactory.createApplicationContext(SeedModule, { logger: ['error', 'warn'] });
  try {
    console.log(await seedDemo(app.get(DataSource), app.get(Engine), app.get(Clock)));
    // carry out the effects the journeys asked for (AVE tracks, voorzieningen) before the connections close
    await app.get(OutboxRelay).drain();
  } finally {
    await app.close();
  }
}

main().catch((err: Error) => {
  console.error(`demodata mislukt: ${err.message}`);
  process.exit(1);
});
