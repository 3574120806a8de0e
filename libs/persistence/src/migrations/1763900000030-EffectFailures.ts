import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An effect that can never be carried out (its type has no handler in the worker that took it) fails for good
 * instead of being retried and armed again for ever: its row stays, as the record of what was asked, with when and
 * why it failed. No worker claims it and the sweep leaves it alone, until a worker that does carry out its type
 * gives it back (EffectSweep, e.g. after an old worker met a type only a newer version knows), or an operator does
 * (`UPDATE effects SET failed_at = NULL, failure = NULL WHERE id = ...`).
 */
export class EffectFailures1763900000030 implements MigrationInterface {
  name = 'EffectFailures1763900000030';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE effects ADD COLUMN failed_at timestamptz, ADD COLUMN failure text;
      -- few and rare: what the metrics count and a reviving sweep reads
      CREATE INDEX effects_failed ON effects (id) WHERE failed_at IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX effects_failed;
      ALTER TABLE effects DROP COLUMN failure, DROP COLUMN failed_at;
    `);
  }
}
