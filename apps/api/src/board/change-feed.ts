/**
 * Committed case changes, as Postgres announces them (trigger `cases_announce`, channel `regie_case_changed`):
 * ids, workflow, version, state and AVE level, never personal data. One listening connection per API process;
 * every process hears every commit, whichever process or worker made it.
 *
 * A lost connection (Postgres restarted, a network cut) is re-established with a growing pause, for as long as
 * the process runs, and never twice at once. What was committed while the feed was away was not heard, so every
 * (re)connection is announced on `connected`: the stream passes it on and clients refetch what they show.
 */
import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Config } from '@regie/config';
import { DurableListener } from '@regie/runtime';
import { Subject } from 'rxjs';

export interface CaseChanged {
  gemeente: string;
  caseId: string;
  workflow: string;
  version: number;
  state: string;
  aveLevel: number | null;
}

@Injectable()
export class ChangeFeed implements OnModuleInit, OnModuleDestroy {
  readonly changes = new Subject<CaseChanged>();
  /** emits after each successful LISTEN, the first included */
  readonly connected = new Subject<void>();
  private readonly listener: DurableListener;

  constructor(config: ConfigService<Config, true>) {
    this.listener = new DurableListener({
      channel: 'regie_case_changed',
      databaseUrl: config.get('databaseUrl', { infer: true }),
      name: 'change feed',
      onNotify: (payload) => this.changes.next(JSON.parse(payload) as CaseChanged),
      onListening: () => this.connected.next(),
    });
  }

  async onModuleInit(): Promise<void> {
    await this.listener.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener.stop();
    this.endStreams();
  }

  /** Ends every open stream (on shutdown, so their connections can close before the server does). */
  endStreams(): void {
    this.changes.complete();
    this.connected.complete();
  }

  /** For health: whether the feed listens now, and since when it does not. */
  status(): { listening: boolean; downSince: Date | null } {
    return this.listener.status();
  }
}
