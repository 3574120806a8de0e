/**
 * Runs a piece of periodic work from a timer in this process: never two runs at once, and `stop()` waits for the
 * run in progress. The sweep and the periodic jobs run this way in every worker, so their rhythm does not live in
 * Redis, where a FLUSHALL or a restart without persistence would end it.
 */
export class Repeating {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly everyMs: number,
    private readonly work: () => Promise<unknown>,
    private readonly onError: (err: unknown) => void,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.runOnce(), this.everyMs);
    this.timer.unref();
  }

  /** One run now, unless one is in progress (then that one's end). */
  runOnce(): Promise<void> {
    this.running ??= this.work()
      .then(() => undefined, this.onError)
      .finally(() => (this.running = null));
    return this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
