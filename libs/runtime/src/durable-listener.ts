/**
 * A LISTEN on a Postgres channel that outlives its connection. A lost connection (Postgres restarted, a network
 * cut, a connection that died silently and is found by a ping) is made again with a growing pause, for as long as
 * the process runs, and never twice at once. What was announced while away was not heard, so every (re)connection
 * is reported (`onListening`): the owner catches up (refetch, reload). Used by the board's change feed and the
 * Atw calendar's sync.
 */
import { Logger } from '@nestjs/common';
import { type NotifyListener, listen } from '@regie/persistence';
import { withTimeout } from '@regie/scheduling';
import { setTimeout as sleep } from 'node:timers/promises';

const MAX_PAUSE_MS = 10_000;
/** a connection that silently died (no error, no end) is noticed by a ping this often */
const HEARTBEAT_MS = 15_000;

export interface DurableListenerOptions {
  channel: string;
  /** its own connection, outside the pool: LISTEN holds it for the life of the process */
  databaseUrl: string;
  /** what the connection is for, in the log's words (Dutch) */
  name: string;
  onNotify(payload: string): void;
  /** after each successful LISTEN, the first included; `start` waits for the first */
  onListening?(): void | Promise<void>;
}

export class DurableListener {
  private readonly log: Logger;
  private client: NotifyListener | null = null;
  private downSince: Date | null = new Date();
  private reconnecting = false;
  private stopped = false;
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(private readonly o: DurableListenerOptions) {
    this.log = new Logger(o.name);
  }

  /** Listens, or keeps trying in the background; answers whether it listens now. */
  async start(): Promise<boolean> {
    await this.listen().catch(() => this.reconnect());
    this.heartbeat = setInterval(() => void this.ping(), HEARTBEAT_MS);
    this.heartbeat.unref();
    return this.client !== null;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** For health: whether it listens now, and since when it does not. */
  status(): { listening: boolean; downSince: Date | null } {
    return { listening: this.client !== null, downSince: this.client ? null : this.downSince };
  }

  private reconnect(): void {
    if (this.reconnecting || this.stopped) return;
    this.reconnecting = true;
    void (async () => {
      for (let attempt = 0; !this.stopped; attempt++) {
        await sleep(Math.min(250 * 2 ** attempt, MAX_PAUSE_MS), undefined, { ref: false });
        try {
          await this.listen();
          this.log.log(`${this.o.name} weer verbonden na ${attempt + 1} poging(en)`);
          break;
        } catch (err) {
          if (attempt % 10 === 0) this.log.warn(`${this.o.name} niet verbonden: ${(err as Error).message}`);
        }
      }
      this.reconnecting = false;
    })();
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    let client: NotifyListener | null = null;
    const lost = (err?: Error) => {
      if (!client || this.client !== client) return; // not (or no longer) this listener's connection
      this.log.warn(`${this.o.name}: verbinding verloren${err ? `: ${err.message}` : ''}`);
      this.client = null;
      this.downSince = new Date();
      void client.end().catch(() => undefined);
      this.reconnect();
    };
    client = await listen(
      this.o.channel,
      (payload) => this.o.onNotify(payload),
      { connectionString: this.o.databaseUrl, connectionTimeoutMillis: 5000 },
      (events) => {
        events.on('error', lost);
        events.on('end', () => lost());
      },
    );
    if (this.stopped) return void (await client.end().catch(() => undefined));
    this.client = client;
    this.downSince = null;
    await this.o.onListening?.();
  }

  private async ping(): Promise<void> {
    const client = this.client;
    if (!client) return;
    try {
      await withTimeout(client.ping(), 5000, `${this.o.name} ping`);
    } catch (err) {
      if (this.client === client) client.events.emit('error', err as Error);
    }
  }
}
