import 'reflect-metadata';
import type { Server } from 'node:http';
import { config } from '@regie/config';
import { closeOnSignals, drainHttpServer } from '@regie/runtime';
import { createApi } from './app';
import { ChangeFeed } from './board/change-feed';

async function main(): Promise<void> {
  // First: a wrong environment is one clear message, not Nest aborting halfway through its start.
  const { port, host, shutdownTimeoutMs } = config({ verifiesTokens: true });
  const app = await createApi();
  await app.listen(port, host);
  closeOnSignals(app, {
    timeoutMs: shutdownTimeoutMs,
    log: (message) => console.log(`Regie API: ${message}`),
    drain: async () => {
      app.get(ChangeFeed).endStreams(); // open board streams end now; clients reconnect to another process
      await drainHttpServer(app.getHttpServer() as Server, shutdownTimeoutMs);
    },
  });
  console.log(`Regie API op http://localhost:${port}/api/v1 (OpenAPI op /api/v1/openapi.json en /docs)`);
}

main().catch((err: Error) => {
  console.error(`Regie API kon niet starten: ${err.message}`);
  process.exit(1);
});
