/**
 * Graceful shutdown on SIGTERM (and Ctrl-C): first `drain` (the API stops accepting connections and lets the
 * requests in flight finish, at most `timeoutMs`), then the application's shutdown hooks (the relay's drain
 * commits, the workers let their current jobs finish, connections close). A process still busy 5 s after that
 * bound exits anyway: every job is delivered at least once, so one that was cut runs again on another worker.
 */
import type { Server } from 'node:http';
import type { INestApplicationContext } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';

export function closeOnSignals(
  app: INestApplicationContext,
  options: { timeoutMs: number; drain?: () => Promise<void>; log: (message: string) => void },
): void {
  let closing = false;
  const close = async (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    options.log(`${signal} ontvangen: lopend werk afronden (hooguit ${options.timeoutMs} ms)`);
    // the last resort if a hook never returns; unref'd so a clean close exits without waiting for it
    setTimeout(() => {
      options.log('afsluiten duurde te lang; gestopt');
      process.exit(1);
    }, options.timeoutMs + 5000).unref();
    try {
      await options.drain?.();
      await app.close();
      process.exit(0);
    } catch (err) {
      options.log(`afsluiten mislukt: ${(err as Error).message}`);
      process.exit(1);
    }
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, (s) => void close(s));
}

/**
 * Stops accepting connections and waits until the requests in flight have been answered, at most `timeoutMs`;
 * kept-alive connections are closed as soon as they fall idle, and any still open at the end are cut.
 */
export async function drainHttpServer(server: Server, timeoutMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const idle = setInterval(() => server.closeIdleConnections(), 50);
  const timeout = new AbortController();
  try {
    const done = await Promise.race([
      closed.then(() => true),
      sleep(timeoutMs, false, { signal: timeout.signal }),
    ]);
    if (!done) server.closeAllConnections();
  } finally {
    clearInterval(idle);
    timeout.abort(); // a pending sleep would keep the process (or a test) alive
  }
}
