/** Who holds regie of a case of the gemeente (row level security keeps it to the caller's), for user pickers. */
import { Injectable } from '@nestjs/common';
import type { TenantDb } from '../database';

export type RegieHolderRow = Awaited<ReturnType<RegieHoldersRepository['list']>>[number];

@Injectable()
export class RegieHoldersRepository {
  /** Every regie holder (with a team of theirs), of one team when named; at most 500, by name. */
  list(db: TenantDb, team?: string) {
    let q = db.sql
      .selectFrom('cases')
      .select((eb) => ['regie_holder as user', eb.fn.min('team').as('team')])
      .where('regie_holder', 'is not', null);
    if (team !== undefined) q = q.where('team', '=', team);
    return q
      .groupBy('regie_holder')
      .orderBy('regie_holder')
      .limit(500)
      .$narrowType<{ user: string }>()
      .execute();
  }
}
