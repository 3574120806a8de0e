/**
 * Bounds a call to Redis. The BullMQ connections queue commands while Redis is away (so nothing is lost when it
 * returns), which means a call can hang for the whole outage; work that holds a Postgres transaction or a tick of
 * the sweep must give up instead, roll back and try again later.
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: geen antwoord binnen ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** How long a call to Redis may take before the caller gives up and retries later. */
export const REDIS_CALL_TIMEOUT_MS = 5000;
