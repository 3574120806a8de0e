/**
 * A deadline worker in its own process, as apps/worker runs it but without NestJS: a BullMQ Worker whose processor
 * hands each job to a TriggerBatcher. Forked by the bench with BENCH_CONCURRENCY (and, only to measure other
 * settings, BENCH_MAX_BATCH / BENCH_LINGER_MS); says `ready`, stops on `stop`.
 */
import { WORKER_CONCURRENCY, fireWorker, useBenchEnvironment, wire } from './wiring';

const optional = (name: string): number | undefined =>
  process.env[name] ? Number(process.env[name]) : undefined;

async function main(): Promise<void> {
  useBenchEnvironment();
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? WORKER_CONCURRENCY);
  // DATABASE_POOL's default in the worker: a batch takes one connection, not one per slot
  const w = await wire({ pool: 20 });
  const worker = fireWorker(w.engine, concurrency, {
    maxBatch: optional('BENCH_MAX_BATCH'),
    lingerMs: optional('BENCH_LINGER_MS'),
  });
  let failed = 0;
  worker.on('failed', () => failed++);
  worker.on('error', (err) => console.error(`  worker ${process.pid}: ${err.message}`));
  await worker.waitUntilReady();
  process.on('message', (msg) => {
    if (msg !== 'stop') return;
    void (async () => {
      await worker.close();
      await w.close();
      process.send?.({ failed });
      process.exit(0);
    })();
  });
  process.send?.('ready');
}

main().catch((err: Error) => {
  console.error(`fire worker: ${err.stack ?? err.message}`);
  process.exit(1);
});
