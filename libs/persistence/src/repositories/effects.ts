/** The effects table (effects relayed and waiting for a worker) and what the effect runner reads to resume. */
import type { DataSource } from 'typeorm';

/**
 * System work on the pool: the worker carries out effects of every gemeente, outside any request's tenant scope.
 * A worker holds an effect by its lease; a worker that died lets it go when the lease ends. An effect that failed
 * for good (`failed_at`, migration 030) is no longer waiting: nobody claims, counts or arms it until it is revived.
 */
export class EffectsRepository {
  constructor(private readonly ds: DataSource) {}

  /** Takes the lease on an effect nobody holds; its payload, or null when it is held or gone. */
  async claim<P>(effectId: string, leaseMs: number): Promise<P | null> {
    // an UPDATE through TypeORM answers [rows, affected]
    const [rows]: [{ payload: P }[], number] = await this.ds.query(
      `UPDATE effects SET lease_until = now() + $2 * interval '1 millisecond', attempts = attempts + 1
       WHERE id = $1 AND (lease_until IS NULL OR lease_until < now()) AND failed_at IS NULL
       RETURNING payload`,
      [effectId, leaseMs],
    );
    return rows.length ? rows[0].payload : null;
  }

  /** Whether the effect is still in the outbox, after waiting for a relay transaction that holds its row. */
  async stillInOutbox(effectId: string): Promise<boolean> {
    const relaying: unknown[] = await this.ds.query(`SELECT 1 FROM outbox WHERE id = $1 FOR SHARE`, [
      effectId,
    ]);
    return relaying.length > 0;
  }

  /** Whether the effect still waits to be carried out (held or not; one that failed for good does not). */
  async exists(effectId: string): Promise<boolean> {
    const held: unknown[] = await this.ds.query(`SELECT 1 FROM effects WHERE id = $1 AND failed_at IS NULL`, [
      effectId,
    ]);
    return held.length > 0;
  }

  /** Records that the effect can never be carried out, and why (no personal data: a type, an id). */
  async fail(effectId: string, failure: string): Promise<void> {
    await this.ds.query(
      `UPDATE effects SET failed_at = now(), failure = $2, lease_until = NULL WHERE id = $1`,
      [effectId, failure],
    );
  }

  /** Gives the failed effects of these types back to the queue's work; how many. */
  async revive(types: readonly string[]): Promise<number> {
    const [, revived]: [unknown[], number] = await this.ds.query(
      `UPDATE effects SET failed_at = NULL, failure = NULL
       WHERE failed_at IS NOT NULL AND payload->'effect'->>'type' = ANY($1::text[])`,
      [types],
    );
    return revived;
  }

  /** Ends the lease at once, so the next attempt need not wait for it. */
  async release(effectId: string): Promise<void> {
    await this.ds.query(`UPDATE effects SET lease_until = NULL WHERE id = $1`, [effectId]);
  }

  async delete(effectId: string): Promise<void> {
    await this.ds.query(`DELETE FROM effects WHERE id = $1`, [effectId]);
  }

  /** How many effects wait to be carried out. */
  async count(): Promise<number> {
    const [{ n }]: { n: number }[] = await this.ds.query(
      `SELECT count(*)::int AS n FROM effects WHERE failed_at IS NULL`,
    );
    return n;
  }

  /** How many effects failed for good and wait for someone to look at them. */
  async failedCount(): Promise<number> {
    const [{ n }]: { n: number }[] = await this.ds.query(
      `SELECT count(*)::int AS n FROM effects WHERE failed_at IS NOT NULL`,
    );
    return n;
  }

  /** Up to `limit` effects nobody holds with an id above `after`, in id order (keyset paging). */
  unheldAfter(after: string, limit: number): Promise<{ id: string }[]> {
    return this.ds.query(
      `SELECT id FROM effects WHERE id > $1 AND (lease_until IS NULL OR lease_until < now())
           AND failed_at IS NULL
         ORDER BY id LIMIT $2`,
      [after, limit],
    );
  }
}

/**
 * What an earlier attempt at an effect already did, read by the effect runner so a repeat goes on from there.
 * On the pool like the rest of the worker's effect work.
 */
export class EffectStepsRepository {
  constructor(private readonly ds: DataSource) {}

  /** The oldest active case of the workflow for the subject, or null. */
  async openCase(gemeente: string, workflow: string, subjectId: string): Promise<string | null> {
    const open: { id: string }[] = await this.ds.query(
      `SELECT id FROM cases WHERE gemeente = $1 AND workflow = $2 AND subject_id = $3
           AND snapshot->>'status' = 'active' ORDER BY created_at LIMIT 1`,
      [gemeente, workflow, subjectId],
    );
    return open.length ? open[0].id : null;
  }

  /** The id of the case a start remembered under this idempotency key answered with, or null. */
  async startedCase(caseId: string, key: string): Promise<string | null> {
    const rows: { id: string | null }[] = await this.ds.query(
      `SELECT response->>'id' AS id FROM idempotency_keys WHERE case_id = $1 AND key = $2`,
      [caseId, key],
    );
    return rows[0]?.id ?? null;
  }

  /** Whether the case remembers any of these idempotency keys. */
  async anyKeyUsed(caseId: string, keys: string[]): Promise<boolean> {
    const done: unknown[] = await this.ds.query(
      `SELECT 1 FROM idempotency_keys WHERE case_id = $1 AND key = ANY($2::text[]) LIMIT 1`,
      [caseId, keys],
    );
    return done.length > 0;
  }
}
