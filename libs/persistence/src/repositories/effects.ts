/** The effects table (effects relayed and waiting for a worker) and what the effect runner reads to resume. */
import { Injectable } from '@nestjs/common';
import { type Selectable, sql } from 'kysely';
import type { SystemDb } from '../database';
import type { Effects } from '../schema';

/**
 * System work: the worker carries out effects of every gemeente, outside any request's tenant scope. A worker
 * holds an effect by its lease; a worker that died lets it go when the lease ends. An effect that failed for good
 * (`failed_at`, migration 030) is no longer waiting: nobody claims, counts or arms it until it is revived.
 */
@Injectable()
export class EffectsRepository {
  /** Takes the lease on an effect nobody holds; its payload, or null when it is held or gone. */
  async claim<P>(db: SystemDb, effectId: string, leaseMs: number): Promise<P | null> {
    const row = await db.sql
      .updateTable('effects')
      .set((eb) => ({
        lease_until: sql<Date>`now() + ${leaseMs} * interval '1 millisecond'`,
        attempts: eb('attempts', '+', 1),
      }))
      .where('id', '=', effectId)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', sql<Date>`now()`)]))
      .where('failed_at', 'is', null)
      .returning('payload')
      .executeTakeFirst();
    // the payload is what the relay moved from the outbox: the caller's type
    return row ? (row.payload as P) : null;
  }

  /** Whether the effect is still in the outbox, after waiting for a relay transaction that holds its row. */
  async stillInOutbox(db: SystemDb, effectId: string): Promise<boolean> {
    const row = await db.sql
      .selectFrom('outbox')
      .select(sql<number>`1`.as('one'))
      .where('id', '=', effectId)
      .forShare()
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Whether the effect still waits to be carried out (held or not; one that failed for good does not). */
  async exists(db: SystemDb, effectId: string): Promise<boolean> {
    const row = await db.sql
      .selectFrom('effects')
      .select(sql<number>`1`.as('one'))
      .where('id', '=', effectId)
      .where('failed_at', 'is', null)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Records that the effect can never be carried out, and why (no personal data: a type, an id). */
  async fail(db: SystemDb, effectId: string, failure: string): Promise<void> {
    await db.sql
      .updateTable('effects')
      .set({ failed_at: sql<Date>`now()`, failure, lease_until: null })
      .where('id', '=', effectId)
      .execute();
  }

  /** Gives the failed effects of these types back to the queue's work; how many. */
  async revive(db: SystemDb, types: readonly string[]): Promise<number> {
    const result = await db.sql
      .updateTable('effects')
      .set({ failed_at: null, failure: null })
      .where('failed_at', 'is not', null)
      .where(sql<string>`payload->'effect'->>'type'`, '=', sql<string>`ANY(${types}::text[])`)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Ends the lease at once, so the next attempt need not wait for it. */
  async release(db: SystemDb, effectId: string): Promise<void> {
    await db.sql.updateTable('effects').set({ lease_until: null }).where('id', '=', effectId).execute();
  }

  async delete(db: SystemDb, effectId: string): Promise<void> {
    await db.sql.deleteFrom('effects').where('id', '=', effectId).execute();
  }

  /** How many effects wait to be carried out. */
  async count(db: SystemDb): Promise<number> {
    const row = await db.sql
      .selectFrom('effects')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('failed_at', 'is', null)
      .executeTakeFirstOrThrow();
    return row.n;
  }

  /** How many effects failed for good and wait for someone to look at them. */
  async failedCount(db: SystemDb): Promise<number> {
    const row = await db.sql
      .selectFrom('effects')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('failed_at', 'is not', null)
      .executeTakeFirstOrThrow();
    return row.n;
  }

  /** Up to `limit` effects nobody holds with an id above `after`, in id order (keyset paging). */
  unheldAfter(db: SystemDb, after: string, limit: number): Promise<Pick<Selectable<Effects>, 'id'>[]> {
    return db.sql
      .selectFrom('effects')
      .select('id')
      .where('id', '>', after)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', sql<Date>`now()`)]))
      .where('failed_at', 'is', null)
      .orderBy('id')
      .limit(limit)
      .execute();
  }
}

/**
 * What an earlier attempt at an effect already did, read by the effect runner so a repeat goes on from there.
 * System work like the rest of the worker's effect work.
 */
@Injectable()
export class EffectStepsRepository {
  /** The oldest active case of the workflow for the subject, or null. */
  async openCase(
    db: SystemDb,
    gemeente: string,
    workflow: string,
    subjectId: string,
  ): Promise<string | null> {
    const row = await db.sql
      .selectFrom('cases')
      .select('id')
      .where('gemeente', '=', gemeente)
      .where('workflow', '=', workflow)
      .where('subject_id', '=', subjectId)
      .where(sql<string>`snapshot->>'status'`, '=', 'active')
      .orderBy('created_at')
      .limit(1)
      .executeTakeFirst();
    return row?.id ?? null;
  }

  /** The id of the case a start remembered under this idempotency key answered with, or null. */
  async startedCase(db: SystemDb, caseId: string, key: string): Promise<string | null> {
    const row = await db.sql
      .selectFrom('idempotency_keys')
      .select(sql<string | null>`response->>'id'`.as('id'))
      .where('case_id', '=', caseId)
      .where('key', '=', key)
      .executeTakeFirst();
    return row?.id ?? null;
  }

  /** Whether the case remembers any of these idempotency keys. */
  async anyKeyUsed(db: SystemDb, caseId: string, keys: string[]): Promise<boolean> {
    const row = await db.sql
      .selectFrom('idempotency_keys')
      .select(sql<number>`1`.as('one'))
      .where('case_id', '=', caseId)
      .where('key', '=', sql<string>`ANY(${keys}::text[])`)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }
}
