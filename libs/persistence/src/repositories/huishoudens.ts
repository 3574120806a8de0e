/**
 * Households as the social domain's effects read them: which huishouden an inwoner belongs to, and whether a child
 * lives in it. System work over every gemeente (an effect of a committed step), so it queries the data source
 * itself (the owner role, no row-level security), like the voorzieningen effects. The klantbeeld's question
 * (`huishoudensVan`) is a request's: it runs on the request's tenant connection.
 */
import type { DataSource } from 'typeorm';
import { sqlFor } from '../tenant';
import type { SubjectRow } from './subjects';

export interface HuishoudenVanSubject {
  /** the huishouden: the subject itself when it is one, else the oldest huishouden listing it as member */
  id: string;
  /** its members (inwoner ids); the inwoner alone when it belongs to no huishouden */
  members: string[];
}

export class HuishoudensRepository {
  constructor(private readonly ds: DataSource) {}

  /** The huishouden of `subjectId`, or the inwoner alone when none lists it; undefined when no such subject. */
  async vanSubject(gemeente: string, subjectId: string): Promise<HuishoudenVanSubject | undefined> {
    const rows: { id: string; members: string[]; eigen: boolean }[] = await this.ds.query(
      `SELECT id, members, true AS eigen FROM subjects WHERE gemeente = $1 AND id = $2 AND kind = 'huishouden'
       UNION ALL
       (SELECT id, members, false FROM subjects
         WHERE gemeente = $1 AND kind = 'huishouden' AND $2::uuid = ANY(members)
         ORDER BY created_at, id LIMIT 1)
       UNION ALL
       SELECT id, ARRAY[id], false FROM subjects WHERE gemeente = $1 AND id = $2 AND kind <> 'huishouden'`,
      [gemeente, subjectId],
    );
    const h = rows.find((r) => r.eigen) ?? rows.find((r) => !r.eigen && r.id !== subjectId) ?? rows[0];
    return h && { id: h.id, members: h.members };
  }

  /** Whether any of `ids` (inwoners of the gemeente) was born after `bornAfter`: under age on that basis. */
  async heeftGeborenNa(gemeente: string, ids: string[], bornAfter: string): Promise<boolean> {
    if (!ids.length) return false;
    const [row]: { n: number }[] = await this.ds.query(
      `SELECT count(*)::int AS n FROM subjects
       WHERE gemeente = $1 AND id = ANY($2::uuid[]) AND birth_date > $3::date`,
      [gemeente, ids, bornAfter],
    );
    return row.n > 0;
  }

  /** The huishoudens of the gemeente that list the inwoner `inwonerId` as a member, the oldest first. */
  huishoudensVan(gemeente: string, inwonerId: string): Promise<SubjectRow[]> {
    return sqlFor(this.ds).query(
      `SELECT * FROM subjects WHERE gemeente = $1 AND kind = 'huishouden' AND $2::uuid = ANY(members)
       ORDER BY created_at, id`,
      [gemeente, inwonerId],
    );
  }
}
