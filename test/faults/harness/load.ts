/**
 * Steady load through the real HTTP API: virtual clients that each send one command at a time (an event to one of
 * the load cases, or now and then the start of a case that arms a deadline), with a pause between commands.
 */
import type { Stage } from './stage';
import { sleep } from './services';

export interface LoadOptions {
  clients: number;
  /** pause between two commands of one client */
  pauseMs: number;
  /** share of commands that start a case with a deadline (0..1) */
  startShare: number;
  /** the deadline's term in seconds for a case started now */
  termSeconds: () => number;
  /** a new connection per request (no keep-alive) */
  freshConnections?: boolean;
}

export class Load {
  private running = false;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly stage: Stage,
    private readonly opts: LoadOptions,
  ) {}

  start(): this {
    this.running = true;
    this.stage.whenClosing(() => (this.running = false));
    this.loops = Array.from({ length: this.opts.clients }, (_, client) => this.client(client));
    return this;
  }

  /** Stops sending new commands and waits for those under way (each bounded by the retry budget). */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  private async client(client: number): Promise<void> {
    const agent = this.opts.freshConnections ? (false as const) : undefined;
    for (let i = 0; this.running && i < 100_000; i++) {
      if (Math.random() < this.opts.startShare)
        await this.stage.startWithDeadline(this.opts.termSeconds(), { offset: client + i, agent });
      else await this.stage.linkIntake(this.stage.randomLoadCase(), { offset: client + i, agent });
      await sleep(this.opts.pauseMs);
    }
  }
}
