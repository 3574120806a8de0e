import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The board at 100,000 households (bench phase e): its list reads households highest level first, most recently
 * changed first, so the index runs that way; its counts per level read only an index, with whether a household
 * waits for regie acceptance kept as a generated column instead of being dug out of every snapshot.
 */
export class BoardIndexes1763900000004 implements MigrationInterface {
  name = 'BoardIndexes1763900000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE cases ADD COLUMN regie_pending boolean GENERATED ALWAYS AS (
        coalesce(jsonb_typeof(snapshot->'context'->'pendingRegie') = 'object', false)) STORED;
      DROP INDEX cases_board;
      CREATE INDEX cases_board ON cases (gemeente, workflow, ave_level DESC, updated_at DESC);
      CREATE INDEX cases_board_counts ON cases (gemeente, workflow, ave_level)
        INCLUDE (id, state_value, regie_holder, team, regie_pending);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX cases_board_counts;
      DROP INDEX cases_board;
      CREATE INDEX cases_board ON cases (gemeente, workflow, ave_level, updated_at DESC);
      ALTER TABLE cases DROP COLUMN regie_pending;
    `);
  }
}
