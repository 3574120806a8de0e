/** The gemeenten known to Regie. */
import type { DataSource } from 'typeorm';
import { sqlFor } from '../tenant';

export class GemeentenRepository {
  constructor(private readonly ds: DataSource) {}

  /** Creates the gemeente (named by its id) when new. */
  async ensure(id: string): Promise<void> {
    await sqlFor(this.ds).query(
      `INSERT INTO gemeenten (id, name) VALUES ($1, $1) ON CONFLICT (id) DO NOTHING`,
      [id],
    );
  }

  /**
   * Every gemeente's id, in order, and whether it has a monitor of `soort` for `maand`: system work over all of
   * them (the owner sees every gemeente's monitors), so a morning with nothing to make costs one statement.
   */
  async metMonitor(soort: string, maand: string): Promise<{ id: string; heeft: boolean }[]> {
    return this.ds.query(
      `SELECT id, EXISTS (SELECT 1 FROM monitors m WHERE m.gemeente = g.id AND m.soort = $1 AND m.maand = $2)
         AS heeft FROM gemeenten g ORDER BY id`,
      [soort, maand],
    );
  }

  /** The ids of every gemeente, in order: for system work over all of them, outside a tenant. */
  async ids(): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(`SELECT id FROM gemeenten ORDER BY id`);
    return rows.map((r) => r.id);
  }
}
