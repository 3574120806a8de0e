import 'reflect-metadata';
import type { Server } from 'node:http';
import { SHUTDOWN_TIMEOUT_MS, closeOnSignals, drainHttpServer } from '@regie/runtime';
import { createApi } from './app';
import { ChangeFeed } from './board/change-feed';

async function main(): Promise<void> {
  const app = await createApi();
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port, process.env.HOST ?? '127.0.0.1');
  closeOnSignals(app, {
    timeoutMs: SHUTDOWN_TIMEOUT_MS,
    log: (message) => console.log(`Regie API: ${message}`),
    drain: async () => {
      app.get(ChangeFeed).endStreams(); // open board streams end now; clients reconnect to another process
      await drainHttpServer(app.getHttpServer() as Server, SHUTDOWN_TIMEOUT_MS);
    },
  });
  console.log(`Regie API op http://localhost:${port} (OpenAPI op /docs)`);
}

main().catch((err: Error) => {
  console.error(`Regie API kon niet starten: ${err.message}`);
  process.exit(1);
});
