/**
 * What the demo seed writes beside the engine: the gemeente, its subjects, and the manual clock it walks. A tool's
 * system work: the owner's handle, never a request's.
 */
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { SystemDb } from '../database';

export interface DemoSubject {
  gemeente: string;
  kind: string;
  name: string;
  birthDate: string | null;
  members: string[];
  createdAt: Date;
}

@Injectable()
export class DemoSeedRepository {
  /** Whether the gemeente has any subject yet (then the demo data is there). */
  async hasSubjects(db: SystemDb, gemeente: string): Promise<boolean> {
    const row = await db.sql
      .selectFrom('subjects')
      .select('id')
      .where('gemeente', '=', gemeente)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  async ensureGemeente(db: SystemDb, id: string, name: string): Promise<void> {
    await db.sql
      .insertInto('gemeenten')
      .values({ id, name })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  /** Sets the manual clock, also backwards (the seed starts weeks ago). */
  async setClock(db: SystemDb, at: Date): Promise<void> {
    await db.sql.updateTable('clock').set({ now: at }).where('id', '=', 1).execute();
  }

  /** Moves the manual clock to `at` unless it is later already. */
  async clockAtLeast(db: SystemDb, at: Date): Promise<void> {
    await db.sql
      .updateTable('clock')
      .set({ now: sql<Date>`GREATEST(now, ${at}::timestamptz)` })
      .where('id', '=', 1)
      .execute();
  }

  /** Writes the subject (without BSN); returns its id. */
  async addSubject(db: SystemDb, s: DemoSubject): Promise<string> {
    const id = randomUUID();
    await db.sql
      .insertInto('subjects')
      .values({
        id,
        gemeente: s.gemeente,
        kind: s.kind,
        name: s.name,
        birth_date: s.birthDate,
        members: s.members,
        created_at: s.createdAt,
      })
      .execute();
    return id;
  }

  /** Effects still in the outbox, not yet moved on by the relay. */
  async effectsInOutbox(db: SystemDb): Promise<number> {
    const row = await db.sql
      .selectFrom('outbox')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('kind', '=', 'effect')
      .executeTakeFirstOrThrow();
    return row.n;
  }
}
