import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case's projection (WorkflowDefinition.projection): the few values lists, boards and access rules read without
 * its snapshot, written by the engine with every step. The engine no longer knows the AVE level: `ave_level`
 * becomes a column Postgres derives from the projection, so its indexes (the board, the procesmanager's access)
 * stay as they were.
 */
export class CaseProjection1763900000007 implements MigrationInterface {
  name = 'CaseProjection1763900000007';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE cases ADD COLUMN projection jsonb NOT NULL DEFAULT '{}';
      UPDATE cases SET projection = jsonb_build_object('aveLevel', ave_level) WHERE ave_level IS NOT NULL;
      ALTER TABLE cases DROP COLUMN ave_level;
      ALTER TABLE cases ADD COLUMN ave_level int GENERATED ALWAYS AS ((projection->>'aveLevel')::int) STORED;
      CREATE INDEX cases_board ON cases (gemeente, workflow, ave_level DESC, updated_at DESC);
      CREATE INDEX cases_board_counts ON cases (gemeente, workflow, ave_level)
        INCLUDE (id, state_value, regie_holder, team, regie_pending);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE cases RENAME COLUMN ave_level TO ave_level_derived;
      ALTER TABLE cases ADD COLUMN ave_level int;
      UPDATE cases SET ave_level = ave_level_derived;
      ALTER TABLE cases DROP COLUMN ave_level_derived, DROP COLUMN projection;
      CREATE INDEX cases_board ON cases (gemeente, workflow, ave_level DESC, updated_at DESC);
      CREATE INDEX cases_board_counts ON cases (gemeente, workflow, ave_level)
        INCLUDE (id, state_value, regie_holder, team, regie_pending);
    `);
  }
}
