/**
 * The days equated by Royal Decree (Atw art. 3), every version of the list: national, so no gemeente filter and
 * no row-level security (migration 1763900000009). Inserting a version notifies `regie_kalender` (a trigger).
 */
import type { DataSource } from 'typeorm';
import { sqlFor } from '../tenant';

/** The channel a new version of the list is announced on (payload: its version). */
export const KALENDER_CHANNEL = 'regie_kalender';

export interface AtwKalenderVersion {
  version: number;
  /** the equated days, local dates (JJJJ-MM-DD), sorted */
  dagen: string[];
  changedBy: string;
  /** the gemeente of the admin who changed it; null for the seeded list */
  gemeente: string | null;
  changedAt: Date;
}

const COLUMNS = `version,
  ARRAY(SELECT to_char(d, 'YYYY-MM-DD') FROM unnest(dagen) d ORDER BY d) AS dagen,
  changed_by AS "changedBy", gemeente, changed_at AS "changedAt"`;

export class AtwKalenderRepository {
  constructor(private readonly ds: DataSource) {}

  /** The list in force: the newest version (null only before the migration ran). */
  async current(): Promise<AtwKalenderVersion | null> {
    const rows: AtwKalenderVersion[] = await sqlFor(this.ds).query(
      `SELECT ${COLUMNS} FROM atw_kalender ORDER BY version DESC LIMIT 1`,
    );
    return rows[0] ?? null;
  }

  /** Every version, the oldest first. */
  history(): Promise<AtwKalenderVersion[]> {
    return sqlFor(this.ds).query(`SELECT ${COLUMNS} FROM atw_kalender ORDER BY version`);
  }

  /**
   * Appends a version with `dagen` (version + 1). Two admins changing at once: one of them fails on the primary
   * key and may retry; the list is never merged silently.
   */
  async change(dagen: readonly string[], changedBy: string, gemeente: string, at: Date): Promise<number> {
    const rows: { version: number }[] = await sqlFor(this.ds).query(
      `INSERT INTO atw_kalender (version, dagen, changed_by, gemeente, changed_at)
       SELECT coalesce(max(version), 0) + 1, $1::date[], $2, $3, $4 FROM atw_kalender
       RETURNING version`,
      [dagen, changedBy, gemeente, at],
    );
    return rows[0].version;
  }
}
