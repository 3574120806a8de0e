import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { config } from '@regie/config';
import { closeOnSignals } from '@regie/runtime';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/**
 * The worker fires deadlines, carries out effects, relays the outbox and runs the sweep and the daily jobs. Its
 * only HTTP is a small port for probes and metrics (WORKER_HEALTH_PORT, on 127.0.0.1 unless WORKER_HEALTH_HOST
 * says otherwise).
 */
async function main(): Promise<void> {
  // First: a wrong environment is one clear message, not Nest aborting halfway through its start.
  const { workerHealthPort: port, workerHealthHost: host, shutdownTimeoutMs } = config();
  // abortOnError off: a provider that refuses (an effect type without a handler) ends up in the message below
  const app = await NestFactory.create(WorkerModule, { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  await app.listen(port, host);
  closeOnSignals(app, {
    timeoutMs: shutdownTimeoutMs,
    log: (message) => console.log(`Regie worker: ${message}`),
  });
  console.log(`Regie worker gestart (health en metrics op http://${host}:${port})`);
}

main().catch((err: Error) => {
  console.error(`Regie worker kon niet starten: ${err.message}`);
  process.exit(1);
});
