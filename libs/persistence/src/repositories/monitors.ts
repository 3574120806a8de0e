/**
 * The stored monthly monitors of a gemeente (table monitors) and the message to beleid that one is ready. Every
 * method is one gemeente's work under its row level security: a request reads its own gemeente's, and the worker
 * stores each gemeente's monitor under that gemeente's tenant handle (`SystemDatabase.asTenant`).
 */
import { Injectable } from '@nestjs/common';
import { type Selectable, sql } from 'kysely';
import type { TenantDb } from '../database';
import type { Monitors, Notifications } from '../schema';

type Monitor = Selectable<Monitors>;

export interface MonitorKop extends Pick<Monitor, 'id' | 'maand' | 'van' | 'tot'> {
  gemaaktOp: Monitor['gemaakt_op'];
}

export interface NieuweMonitor<T> extends MonitorKop {
  inhoud: T;
  /** who hears that it is ready (a notification recipient, e.g. the role `beleid`) and what they read */
  ontvanger: string;
  bericht: string;
}

@Injectable()
export class MonitorsRepository {
  /** Whether the caller's gemeente has the monthly monitor of `maand`. */
  async bestaat(db: TenantDb, maand: string): Promise<boolean> {
    const row = await db.sql
      .selectFrom('monitors')
      .select('id')
      .where('gemeente', '=', db.gemeente)
      .where('soort', '=', 'maand')
      .where('maand', '=', maand)
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Stores the month's monitor of the caller's gemeente and, in the same statement, the message that it is ready;
   * neither when the gemeente already has that month's monitor. Whether this call stored it.
   */
  async opslaan<T>(db: TenantDb, m: NieuweMonitor<T>): Promise<boolean> {
    const { rows } = await sql<Pick<Selectable<Notifications>, 'id'>>`
      WITH m AS (
        INSERT INTO monitors (id, gemeente, soort, maand, van, tot, inhoud, gemaakt_op)
        VALUES (${m.id}, ${db.gemeente}, 'maand', ${m.maand}, ${m.van}, ${m.tot}, ${JSON.stringify(m.inhoud)},
          ${m.gemaaktOp})
        ON CONFLICT (gemeente, soort, maand) DO NOTHING
        RETURNING id, gemeente, gemaakt_op)
      INSERT INTO notifications (id, gemeente, recipient, kind, message, created_at)
      SELECT md5('maandmonitor|' || m.gemeente || '|' || ${m.maand}::text)::uuid, m.gemeente, ${m.ontvanger}::text,
        'maandmonitor', ${m.bericht}::text, m.gemaakt_op
      FROM m
      ON CONFLICT (id) DO NOTHING
      RETURNING id`.execute(db.sql);
    return rows.length > 0;
  }

  /** The caller's gemeente's monthly monitors, the newest month first. */
  lijst(db: TenantDb): Promise<MonitorKop[]> {
    return db.sql
      .selectFrom('monitors')
      .select(['id', 'maand', 'van', 'tot', 'gemaakt_op as gemaaktOp'])
      .where('gemeente', '=', db.gemeente)
      .where('soort', '=', 'maand')
      .orderBy('maand', 'desc')
      .execute();
  }

  /** One monitor with its content; undefined when the caller's gemeente has none with this id. */
  vind<T>(db: TenantDb, id: string): Promise<(MonitorKop & { inhoud: T }) | undefined> {
    return (
      db.sql
        .selectFrom('monitors')
        .select(['id', 'maand', 'van', 'tot', 'gemaakt_op as gemaaktOp', 'inhoud'])
        .where('gemeente', '=', db.gemeente)
        .where('id', '=', id)
        // the content is what `opslaan` stored: the schema knows it as json only
        .$castTo<MonitorKop & { inhoud: T }>()
        .executeTakeFirst()
    );
  }
}
