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

  /** The ids of every gemeente, in order: for system work over all of them, outside a tenant. */
  async ids(): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(`SELECT id FROM gemeenten ORDER BY id`);
    return rows.map((r) => r.id);
  }
}
