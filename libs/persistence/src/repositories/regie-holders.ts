/** Who holds regie of a case of the gemeente (row-level security keeps it to the caller's), for user pickers. */
import type { DataSource } from 'typeorm';
import { sqlFor } from '../tenant';

export interface RegieHolderRow {
  user: string;
  team: string | null;
}

export class RegieHoldersRepository {
  constructor(private readonly ds: DataSource) {}

  /** Every regie holder (with a team of theirs), of one team when named; at most 500, by name. */
  list(team?: string): Promise<RegieHolderRow[]> {
    const args: unknown[] = [];
    const where = team === undefined ? '' : `AND team = $${args.push(team)}`;
    return sqlFor(this.ds).query(
      `SELECT regie_holder AS "user", min(team) AS team FROM cases
        WHERE regie_holder IS NOT NULL ${where} GROUP BY regie_holder ORDER BY regie_holder LIMIT 500`,
      args,
    );
  }
}
