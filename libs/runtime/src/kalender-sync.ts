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
import { AtwKalenderRepository, KALENDER_CHANNEL, SystemDatabase } from '@regie/persistence';
import { DurableListener } from './durable-listener';

@Injectable()
export class KalenderSync implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger(KalenderSync.name);
  private readonly listener: DurableListener;
  /** the version of the list the calendar holds; 0: the built-in list (not loaded yet) */
  private loaded = 0;

  constructor(
    private readonly system: SystemDatabase,
    private readonly repo: AtwKalenderRepository,
    private readonly kalender: Kalender,
    settings: ConfigService<Config, true>,
  ) {
    const reload = () =>
      this.reload().catch((err: Error) => this.log.warn(`Atw-kalender niet herladen: ${err.message}`));
    this.listener = new DurableListener({
      channel: KALENDER_CHANNEL,
      databaseUrl: settings.get('databaseUrl', { infer: true }),
      name: 'Atw-kalender',
      onNotify: () => void reload(),
      // a change made while this process did not listen was not heard
      onListening: reload,
    });
  }

  /** The version of the list in force this process counts with (0: the built-in list). */
  get version(): number {
    return this.loaded;
  }

  async onModuleInit(): Promise<void> {
    // listening loads the list (onListening); only when Postgres cannot be heard yet is it read here
    if (await this.listener.start()) return;
    await this.reload().catch((err: Error) =>
      this.log.warn(`Atw-kalender niet geladen, de ingebouwde lijst geldt: ${err.message}`),
    );
  }

  onModuleDestroy(): Promise<void> {
    return this.listener.stop();
  }

  /** Reads the list in force and puts it into the calendar (as the system, never a tenant: the list is national). */
  async reload(): Promise<void> {
    const current = await this.repo.current(this.system.handle);
    if (!current) return;
    this.kalender.vervangGelijkgesteldeDagen(current.dagen);
    if (current.version !== this.loaded)
      this.log.log(`Atw-kalender versie ${current.version}: ${current.dagen.length} gelijkgestelde dagen`);
    this.loaded = current.version;
  }
}
