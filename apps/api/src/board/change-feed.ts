/**
 * Committed case changes, as Postgres announces them (trigger `cases_announce`, channel `regie_case_changed`):
 * ids, workflow, version, state and AVE level, never personal data. One listening connection per API process;
 * every process hears every commit, whichever process or worker made it.
 *
 * A lost connection (Postgres restarted, a network cut) is re-established with a growing pause, for as long as
 * the process runs, and never twice at once. What was committed while the feed was away was not heard, so every
 * (re)connection is announced on `connected`: the stream passes it on and clients refetch what they show.
 */
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Config } from '@regie/config';
import { listen, type NotifyListener } from '@regie/persistence';
import { withTimeout } from '@regie/scheduling';
import { Subject } from 'rxjs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface CaseChanged {
  gemeente: string;
  caseId: string;
  workflow: string;
  version: number;
  state: string;
  aveLevel: number | null;
}

const CHANNEL = 'regie_case_changed';
const MAX_PAUSE_MS = 10_000;
/** a connection that silently died (no error, no end) is noticed by a ping this often */
const HEARTBEAT_MS = 15_000;

@Injectable()
export class ChangeFeed implements OnModuleInit, OnModuleDestroy {
  readonly changes = new Subject<CaseChanged>();
  /** emits after each successful LISTEN, the first included */
  readonly connected = new Subject<void>();
  private readonly log = new Logger(ChangeFeed.name);
  private client: NotifyListener | null = null;
  private downSince: Date | null = new Date();
  private reconnecting = false;
  private stopped = false;
  private heartbeat: NodeJS.Timeout | null = null;
  /** its own connection, outside the pool: LISTEN holds it for the life of the process */
  private readonly databaseUrl: string;

  constructor(config: ConfigService<Config, true>) {
    this.databaseUrl = config.get('databaseUrl', { infer: true });
  }

  async onModuleInit(): Promise<void> {
    await this.listen().catch(() => this.reconnect());
    this.heartbeat = setInterval(() => void this.ping(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
    this.endStreams();
  }

  /** Ends every open stream (on shutdown, so their connections can close before the server does). */
  endStreams(): void {
    this.changes.complete();
    this.connected.complete();
  }

  /** For health: whether the feed listens now, and since when it does not. */
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
          this.log.log(`change feed weer verbonden na ${attempt + 1} poging(en)`);
          break;
        } catch (err) {
          if (attempt % 10 === 0) this.log.warn(`change feed niet verbonden: ${(err as Error).message}`);
        }
      }
      this.reconnecting = false;
    })();
  }

  private async listen(): Promise<void> {
    let client: NotifyListener | null = null;
    const lost = (err?: Error) => {
      if (!client || this.client !== client) return; // not (or no longer) the feed's connection
      this.log.warn(`change feed verbinding verloren${err ? `: ${err.message}` : ''}`);
      this.client = null;
      this.downSince = new Date();
      void client.end().catch(() => undefined);
      this.reconnect();
    };
    client = await listen(
      CHANNEL,
      (payload) => this.changes.next(JSON.parse(payload) as CaseChanged),
      { connectionString: this.databaseUrl, connectionTimeoutMillis: 5000 },
      (events) => {
        events.on('error', lost);
        events.on('end', () => lost());
      },
    );
    if (this.stopped) return void (await client.end().catch(() => undefined));
    this.client = client;
    this.downSince = null;
    this.connected.next();
  }

  private async ping(): Promise<void> {
    const client = this.client;
    if (!client) return;
    try {
      await withTimeout(client.ping(), 5000, 'change feed ping');
    } catch (err) {
      if (this.client === client) client.events.emit('error', err as Error);
    }
  }
}
