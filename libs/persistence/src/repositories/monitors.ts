/**
 * The stored monthly monitors of a gemeente (table monitors) and the message to beleid that one is ready. Reads
 * run on the request's tenant connection (row-level security); the worker stores under `asTenant` too.
 */
import type { DataSource } from 'typeorm';
import { sqlFor } from '../tenant';

export interface MonitorKop {
  id: string;
  maand: string;
  van: string;
  tot: string;
  gemaaktOp: Date;
}

export interface NieuweMonitor<T> extends MonitorKop {
  gemeente: string;
  inhoud: T;
  /** who hears that it is ready (a notification recipient, e.g. the role `beleid`) and what they read */
  ontvanger: string;
  bericht: string;
}

const KOP = `id, maand, to_char(van, 'YYYY-MM-DD') AS van, to_char(tot, 'YYYY-MM-DD') AS tot, gemaakt_op AS "gemaaktOp"`;

export class MonitorsRepository {
  constructor(private readonly ds: DataSource) {}

  async bestaat(gemeente: string, maand: string): Promise<boolean> {
    const rows: unknown[] = await sqlFor(this.ds).query(
      `SELECT 1 FROM monitors WHERE gemeente = $1 AND soort = 'maand' AND maand = $2`,
      [gemeente, maand],
    );
    return rows.length > 0;
  }

  /**
   * Stores the month's monitor and, in the same statement, the message that it is ready; neither when the
   * gemeente already has that month's monitor. Whether this call stored it.
   */
  async opslaan<T>(m: NieuweMonitor<T>): Promise<boolean> {
    const rows: { id: string }[] = await sqlFor(this.ds).query(
      `WITH m AS (
         INSERT INTO monitors (id, gemeente, soort, maand, van, tot, inhoud, gemaakt_op)
         VALUES ($1, $2, 'maand', $3, $4, $5, $6, $7)
         ON CONFLICT (gemeente, soort, maand) DO NOTHING
         RETURNING id, gemeente, gemaakt_op)
       INSERT INTO notifications (id, gemeente, recipient, kind, message, created_at)
       SELECT md5('maandmonitor|' || m.gemeente || '|' || $3)::uuid, m.gemeente, $8, 'maandmonitor', $9, m.gemaakt_op
       FROM m
       ON CONFLICT (id) DO NOTHING
       RETURNING id`,
      [
        m.id,
        m.gemeente,
        m.maand,
        m.van,
        m.tot,
        JSON.stringify(m.inhoud),
        m.gemaaktOp,
        m.ontvanger,
        m.bericht,
      ],
    );
    return rows.length > 0;
  }

  /** The gemeente's monthly monitors, the newest month first. */
  lijst(gemeente: string): Promise<MonitorKop[]> {
    return sqlFor(this.ds).query(
      `SELECT ${KOP} FROM monitors WHERE gemeente = $1 AND soort = 'maand' ORDER BY maand DESC`,
      [gemeente],
    );
  }

  /** One monitor with its content; undefined when the gemeente has none with this id. */
  async vind<T>(gemeente: string, id: string): Promise<(MonitorKop & { inhoud: T }) | undefined> {
    const rows: (MonitorKop & { inhoud: T })[] = await sqlFor(this.ds).query(
      `SELECT ${KOP}, inhoud FROM monitors WHERE gemeente = $1 AND id = $2`,
      [gemeente, id],
    );
    return rows[0];
  }
}
