/**
 * Waits for the work a command queued to be done, instead of polling for its outcome: the outbox relayed (timer
 * rows handed to the scheduler, effect rows moved to `effects` and their jobs to the effects queue) and every effect
 * carried out by the effects worker, including the effects those effects queue in turn. Then a test reads the
 * outcome once, and a wrong outcome fails at once with its own message instead of after a timeout.
 */
import type { DataSource } from 'typeorm';

export interface Queued {
  outbox: number;
  effects: number;
}

/**
 * What is still queued, read in one statement (one snapshot): an effect writes the outbox rows of its step before
 * its own row is deleted, so in one snapshot the work is either in `effects` or in the outbox, never in neither. An
 * effect that failed for good (`failed_at`, when the schema has it) waits for nobody and is not counted.
 */
export async function queued(db: DataSource): Promise<Queued> {
  const [row]: Queued[] = await db.query(
    `SELECT (SELECT count(*)::int FROM outbox) AS outbox,
            (SELECT count(*)::int FROM effects e WHERE to_jsonb(e)->>'failed_at' IS NULL) AS effects`,
  );
  return row;
}

/** Resolves when nothing is queued; fails after `timeoutMs` saying what was left. */
export async function drained(db: DataSource, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const left = await queued(db);
    if (left.outbox === 0 && left.effects === 0) return;
    if (Date.now() > until)
      throw new Error(
        `na ${timeoutMs} ms nog werk in de wachtrij: ${left.outbox} rij(en) in de outbox, ${left.effects} effect(en)` +
          ' niet uitgevoerd (draait de effects-worker? startApi met { effects: false } voert er geen uit)',
      );
    await new Promise((r) => setTimeout(r, 10));
  }
}
