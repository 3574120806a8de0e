/** The gemeenten known to Regie. */
import { Injectable } from '@nestjs/common';
import type { SystemDb, TenantDb } from '../database';

@Injectable()
export class GemeentenRepository {
  /** Creates the caller's gemeente (named by its id) when new: a first login of a new gemeente. */
  async ensure(db: TenantDb): Promise<void> {
    await db.sql
      .insertInto('gemeenten')
      .values({ id: db.gemeente, name: db.gemeente })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  /**
   * Every gemeente's id, in order, and whether it has a monitor of `soort` for `maand`: system work over all of
   * them, so a morning with nothing to make costs one statement.
   */
  metMonitor(db: SystemDb, soort: string, maand: string): Promise<{ id: string; heeft: boolean }[]> {
    return db.sql
      .selectFrom('gemeenten as g')
      .select((eb) => [
        'g.id',
        eb
          .exists(
            eb
              .selectFrom('monitors as m')
              .select('m.id')
              .whereRef('m.gemeente', '=', 'g.id')
              .where('m.soort', '=', soort)
              .where('m.maand', '=', maand),
          )
          .$castTo<boolean>()
          .as('heeft'),
      ])
      .orderBy('g.id')
      .execute();
  }

  /** The ids of every gemeente, in order: for system work over all of them. */
  async ids(db: SystemDb): Promise<string[]> {
    const rows = await db.sql.selectFrom('gemeenten').select('id').orderBy('id').execute();
    return rows.map((r) => r.id);
  }
}
