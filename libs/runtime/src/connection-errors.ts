/**
 * While Redis is away every reconnect attempt of every BullMQ queue and worker fails, and BullMQ prints each
 * error's stack on the console when nobody listens. Operators need to know that Redis is gone (health and metrics
 * say so too), not a stack a second: this logs the first error, then at most one line per interval with a count.
 */
import type { Logger } from '@nestjs/common';

export function connectionErrorLog(
  log: Pick<Logger, 'warn'>,
  what: string,
  everyMs = 30_000,
): (err: Error) => void {
  let last = 0;
  let quiet = 0;
  return (err) => {
    const now = Date.now();
    if (now - last < everyMs) {
      quiet++;
      return;
    }
    log.warn(`${what}: ${err.message}${quiet ? ` (en ${quiet} keer sinds de vorige melding)` : ''}`);
    last = now;
    quiet = 0;
  };
}
