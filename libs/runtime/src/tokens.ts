export const DEADLINE_HORIZON_MS = Number(process.env.DEADLINE_HORIZON_MS ?? 15 * 60_000);
export const SWEEP_EVERY_MS = Number(process.env.SWEEP_EVERY_MS ?? 60_000);
export const OUTBOX_POLL_MS = Number(process.env.OUTBOX_POLL_MS ?? 1000);
/** How long a stopping process lets in-flight requests and the current batch of jobs finish. */
export const SHUTDOWN_TIMEOUT_MS = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000);
