import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/** The worker has no HTTP server: it fires deadlines, relays the outbox and runs the sweep. */
async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  console.log('Regie worker gestart');
}

main().catch((err: Error) => {
  console.error(`Regie worker kon niet starten: ${err.message}`);
  process.exit(1);
});
