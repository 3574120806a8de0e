/**
 * Polls until `check` passes (and returns its value) or the time is up, then fails with the check's own error.
 * For waiting on work that happens after a response (timers, effects, the change feed); a bound, not a
 * performance assertion.
 */
export async function eventually<T>(
  check: () => Promise<T>,
  timeoutMs = 15_000,
  intervalMs = 50,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }
}
