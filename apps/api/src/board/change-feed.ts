/**
 * Committed case changes, as Postgres announces them (trigger `cases_announce`, channel `regie_case_changed`):
 * ids, workflow, version, state and AVE level, never personal data. One listening connection per API process;
 * every process hears every commit, whichever process or worker made it.
 */
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { databaseUrl } from '@regie/persistence';
import { Client } from 'pg';
import { Subject } from 'rxjs';

export interface CaseChanged {
  gemeente: string;
  caseId: string;
  workflow: string;
  version: number;
  state: string;
  aveLevel: number | null;
}

const CHANNEL = 'regie_case_changed';

@Injectable()
export class ChangeFeed implements OnModuleInit, OnModuleDestroy {
  readonly changes = new Subject<CaseChanged>();
  private readonly log = new Logger(ChangeFeed.name);
  private client: Client | null = null;
  private stopped = false;

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await this.client?.end().catch(() => undefined);
    this.changes.complete();
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: databaseUrl() });
    client.on('notification', (msg) => {
      if (msg.channel === CHANNEL && msg.payload) this.changes.next(JSON.parse(msg.payload) as CaseChanged);
    });
    // A lost connection is re-established; boards refetch on reconnect, so a gap costs freshness, not data.
    client.on('error', (err) => {
      this.log.warn(`change feed connection lost: ${err.message}`);
      this.client = null;
      if (!this.stopped) setTimeout(() => void this.listen().catch(() => undefined), 1000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
  }
}
