/** The outbox: rows a committed transition left for the relay (timers, effects). */
import { Injectable } from '@nestjs/common';
import { type Selectable, sql } from 'kysely';
import { type SystemDb, transaction } from '../database';
import type { Effects, Outbox } from '../schema';

export interface OutboxRow<P> {
  id: Selectable<Outbox>['id'];
  payload: P;
}

export interface OutboxDepth {
  kind: string;
  n: number;
}

/**
 * System work, never a request's tenant connection: the relay outlives the request that kicked it. Each claim
 * holds its transaction open while `relay` runs, so the rows are deleted only when `relay` succeeded; when it
 * throws the transaction rolls back and the rows stay for the next drain. SKIP LOCKED lets concurrent drains take
 * disjoint batches.
 */
@Injectable()
export class OutboxRepository {
  /** Deletes up to `limit` timer rows and hands them to `relay` in the same transaction; returns how many. */
  claimTimers<P>(
    db: SystemDb,
    limit: number,
    relay: (rows: OutboxRow<P>[]) => Promise<void>,
  ): Promise<number> {
    return transaction(db, async (tx) => {
      const rows = await tx.sql
        .deleteFrom('outbox')
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('outbox')
            .select('id')
            .where('kind', '=', 'timer')
            .orderBy('id')
            .limit(limit)
            .forUpdate()
            .skipLocked(),
        )
        .returning(['id', 'payload'])
        .execute();
      if (!rows.length) return 0;
      // a timer row's payload is what the step wrote for it: the caller's type
      await relay(rows.map((r) => ({ id: r.id, payload: r.payload as P })));
      return rows.length;
    });
  }

  /**
   * Moves up to `limit` effect rows to the `effects` table and hands their ids to `relay` in the same transaction;
   * returns how many. An id already in `effects` (a repeat) is not handed on.
   */
  moveEffects(
    db: SystemDb,
    limit: number,
    relay: (moved: Pick<Selectable<Effects>, 'id'>[]) => Promise<void>,
  ): Promise<number> {
    return transaction(db, async (tx) => {
      const { rows: moved } = await sql<Pick<Selectable<Effects>, 'id'>>`WITH moved AS (
           DELETE FROM outbox WHERE id IN (
             SELECT id FROM outbox WHERE kind = 'effect' ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
           RETURNING id, payload)
         INSERT INTO effects (id, gemeente, payload)
         SELECT id, payload->>'gemeente', payload FROM moved
         ON CONFLICT (id) DO NOTHING
         RETURNING id`.execute(tx.sql);
      if (moved.length) await relay(moved);
      return moved.length;
    });
  }

  /** Committed rows not yet relayed, per kind present (a kind with none is absent). */
  depthByKind(db: SystemDb): Promise<OutboxDepth[]> {
    return db.sql
      .selectFrom('outbox')
      .select(['kind', sql<number>`count(*)::int`.as('n')])
      .groupBy('kind')
      .execute();
  }
}
