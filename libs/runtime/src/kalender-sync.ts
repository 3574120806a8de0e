/**
 * Keeps this process's Atw calendar (ATW_KALENDER, the Kalender the engine, the firing and the workflows count
 * with) on the list of equated days in force in Postgres (table atw_kalender). Loaded at start-up; a change is
 * announced on `regie_kalender` (a trigger on the table), so every API process and worker reloads it. The process
 * that makes the change reloads at once (`reload`), before it answers. A lost listening connection is re-made with
 * a growing pause, and the list is read again on every (re)connection: a change made while away is not missed.
 */
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Kalender } from '@regie/calendar';
import type { Config } from '@regie/config';
import {
  AtwKalenderRepository,
  KALENDER_CHANNEL,
  type NotifyListener,
  listen,
  outsideTenant,
} from '@regie/persistence';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';

const MAX_PAUSE_MS = 10_000;
const HEARTBEAT_MS = 15_000;

@Injectable()
export class KalenderSync implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger(KalenderSync.name);
  private readonly repo: AtwKalenderRepository;
  private readonly databaseUrl: string;
  private client: NotifyListener | null = null;
  private reconnecting = false;
  private stopped = false;
  private heartbeat: NodeJS.Timeout | null = null;
  /** the version of the list the calendar holds; 0: the built-in list (not loaded yet) */
  private loaded = 0;

  constructor(
    db: DataSource,
    private readonly kalender: Kalender,
    settings: ConfigService<Config, true>,
  ) {
    this.repo = new AtwKalenderRepository(db);
    this.databaseUrl = settings.get('databaseUrl', { infer: true });
  }

  /** The version of the list in force this process counts with (0: the built-in list). */
  get version(): number {
    return this.loaded;
  }

  async onModuleInit(): Promise<void> {
    await this.reload().catch((err: Error) =>
      this.log.warn(`Atw-kalender niet geladen, de ingebouwde lijst geldt: ${err.message}`),
    );
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
  }

  /** Reads the list in force and puts it into the calendar (never a tenant's connection: the list is national). */
  async reload(): Promise<void> {
    const current = await outsideTenant(() => this.repo.current());
    if (!current) return;
    this.kalender.vervangGelijkgesteldeDagen(current.dagen);
    if (current.version !== this.loaded)
      this.log.log(`Atw-kalender versie ${current.version}: ${current.dagen.length} gelijkgestelde dagen`);
    this.loaded = current.version;
  }

  private async ping(): Promise<void> {
    const client = this.client;
    if (!client) return;
    await client.ping().catch(() => {
      if (this.client === client) {
        this.client = null;
        void client.end().catch(() => undefined);
        this.reconnect();
      }
    });
  }

  private reconnect(): void {
    if (this.reconnecting || this.stopped) return;
    this.reconnecting = true;
    void (async () => {
      for (let attempt = 0; !this.stopped; attempt++) {
        await sleep(Math.min(250 * 2 ** attempt, MAX_PAUSE_MS), undefined, { ref: false });
        try {
          await this.listen();
          break;
        } catch (err) {
          if (attempt % 10 === 0) this.log.warn(`Atw-kalender luistert niet: ${(err as Error).message}`);
        }
      }
      this.reconnecting = false;
    })();
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    let client: NotifyListener | null = null;
    const lost = () => {
      if (!client || this.client !== client) return;
      this.client = null;
      void client.end().catch(() => undefined);
      this.reconnect();
    };
    client = await listen(
      KALENDER_CHANNEL,
      () =>
        void this.reload().catch((err: Error) => this.log.warn(`Atw-kalender niet herladen: ${err.message}`)),
      { connectionString: this.databaseUrl, connectionTimeoutMillis: 5000 },
      (events) => {
        events.on('error', lost);
        events.on('end', lost);
      },
    );
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    // a change made while this process did not listen was not heard
    await this.reload().catch(() => undefined);
  }
}
