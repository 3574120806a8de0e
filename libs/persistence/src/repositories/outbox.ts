/** The outbox: rows a committed transition left for the relay (timers, effects). */
import type { DataSource } from 'typeorm';

export interface OutboxRow<P> {
  id: string;
  payload: P;
}

export interface OutboxDepth {
  kind: string;
  n: number;
}

/**
 * System work on the pool, never a request's tenant connection: the relay outlives the request that kicked it.
 * Each claim holds its transaction open while `relay` runs, so the rows are deleted only when `relay` succeeded;
 * when it throws the transaction rolls back and the rows stay for the next drain. SKIP LOCKED lets concurrent
 * drains take disjoint batches.
 */
export class OutboxRepository {
  constructor(private readonly ds: DataSource) {}

  /** Deletes up to `limit` timer rows and hands them to `relay` in the same transaction; returns how many. */
  claimTimers<P>(limit: number, relay: (rows: OutboxRow<P>[]) => Promise<void>): Promise<number> {
    return this.ds.transaction(async (tx) => {
      // an UPDATE or DELETE through TypeORM answers [rows, affected]
      const [rows]: [OutboxRow<P>[], number] = await tx.query(
        `DELETE FROM outbox WHERE id IN (
           SELECT id FROM outbox WHERE kind = 'timer' ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING id, payload`,
        [limit],
      );
      if (!rows.length) return 0;
      await relay(rows);
      return rows.length;
    });
  }

  /**
   * Moves up to `limit` effect rows to the `effects` table and hands their ids to `relay` in the same transaction;
   * returns how many. An id already in `effects` (a repeat) is not handed on.
   */
  moveEffects(limit: number, relay: (moved: { id: string }[]) => Promise<void>): Promise<number> {
    return this.ds.transaction(async (tx) => {
      const moved: { id: string }[] = await tx.query(
        `WITH moved AS (
           DELETE FROM outbox WHERE id IN (
             SELECT id FROM outbox WHERE kind = 'effect' ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
           RETURNING id, payload)
         INSERT INTO effects (id, gemeente, payload)
         SELECT id, payload->>'gemeente', payload FROM moved
         ON CONFLICT (id) DO NOTHING
         RETURNING id`,
        [limit],
      );
      if (moved.length) await relay(moved);
      return moved.length;
    });
  }

  /** Committed rows not yet relayed, per kind present (a kind with none is absent). */
  depthByKind(): Promise<OutboxDepth[]> {
    return this.ds.query(`SELECT kind, count(*)::int AS n FROM outbox GROUP BY kind`);
  }
}
