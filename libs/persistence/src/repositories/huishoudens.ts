/**
 * Households as the engine and the social domain's effects read them: which huishouden an inwoner belongs to, and
 * whether a child lives in it. A start (a request, under its tenant) and an effect (system work) both ask which
 * huishouden, and both name the gemeente; whether a child lives in it only the effect asks (`SystemDb`). The
 * klantbeeld's question (`huishoudensVan`) is a request's only.
 */
import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Db, SystemDb, TenantDb } from '../database';
import type { SubjectRow } from './subjects';

export interface HuishoudenVanSubject {
  /** the huishouden: the subject itself when it is one, else the oldest huishouden listing it as member */
  id: string;
  /** its members (inwoner ids); the inwoner alone when it belongs to no huishouden */
  members: string[];
}

@Injectable()
export class HuishoudensRepository {
  /** The huishouden of `subjectId`, or the inwoner alone when none lists it; undefined when no such subject. */
  async vanSubject(db: Db, gemeente: string, subjectId: string): Promise<HuishoudenVanSubject | undefined> {
    const subjects = db.sql.selectFrom('subjects').where('gemeente', '=', gemeente);
    const eigen = subjects
      .select(['id', 'members', sql<boolean>`true`.as('eigen')])
      .where('id', '=', subjectId)
      .where('kind', '=', 'huishouden');
    const oudsteLid = subjects
      .select(['id', 'members', sql<boolean>`false`.as('eigen')])
      .where('kind', '=', 'huishouden')
      .where((eb) => eb(eb.val(subjectId), '=', eb.fn.any('members')))
      .orderBy('created_at')
      .orderBy('id')
      .limit(1);
    const alleen = subjects
      .select(['id', sql<string[]>`ARRAY[id]`.as('members'), sql<boolean>`false`.as('eigen')])
      .where('id', '=', subjectId)
      .where('kind', '<>', 'huishouden');
    const rows = await eigen
      .unionAll(db.sql.selectFrom(oudsteLid.as('lid')).selectAll())
      .unionAll(alleen)
      .execute();
    const h = rows.find((r) => r.eigen) ?? rows.find((r) => !r.eigen && r.id !== subjectId) ?? rows[0];
    return h && { id: h.id, members: h.members };
  }

  /** Whether any of `ids` (inwoners of the gemeente) was born after `bornAfter`: under age on that basis. */
  async heeftGeborenNa(db: SystemDb, gemeente: string, ids: string[], bornAfter: string): Promise<boolean> {
    if (!ids.length) return false;
    const row = await db.sql
      .selectFrom('subjects')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('gemeente', '=', gemeente)
      .where('id', 'in', ids)
      .where('birth_date', '>', bornAfter)
      .executeTakeFirstOrThrow();
    return Number(row.n) > 0;
  }

  /** The huishoudens of the caller's gemeente that list the inwoner `inwonerId` as a member, the oldest first. */
  huishoudensVan(db: TenantDb, inwonerId: string): Promise<SubjectRow[]> {
    return db.sql
      .selectFrom('subjects')
      .select(['id', 'kind', 'name', 'birth_date', 'bsn_encrypted', 'members', 'created_at'])
      .where('gemeente', '=', db.gemeente)
      .where('kind', '=', 'huishouden')
      .where((eb) => eb(eb.val(inwonerId), '=', eb.fn.any('members')))
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }
}
