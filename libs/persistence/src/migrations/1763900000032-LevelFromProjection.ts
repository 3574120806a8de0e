import { MigrationInterface, QueryRunner } from 'typeorm';

/** The statement that announces a committed change of a case, with `level` as the level it carries. */
const announce = (level: string) => `
  CREATE OR REPLACE FUNCTION announce_case_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('regie_case_changed', json_build_object(
        'gemeente', NEW.gemeente, 'caseId', NEW.id, 'workflow', NEW.workflow, 'version', NEW.version,
        'state', NEW.state_value, 'aveLevel', ${level})::text);
      RETURN NULL;
    END $$;`;

/**
 * The generic cases table keeps no column of one journey: the board, the case list and the procesmanager's access
 * read the AVE level from the projection, `(projection->>'aveLevel')::int`, and the board's indexes are built on
 * that expression instead of on the derived `ave_level` column.
 *
 * Under row level security the planner does not use that expression as an index condition (`->>` and the cast
 * are not leakproof, so they run only after the policy), so the indexes serve the board by their order, and the
 * counts read the level from the index itself: `projection` is included in cases_board_counts so that they stay
 * an index-only scan.
 */
export class LevelFromProjection1763900000032 implements MigrationInterface {
  name = 'LevelFromProjection1763900000032';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ${announce(`(NEW.projection->>'aveLevel')::int`)}
      DROP INDEX cases_board_counts;
      DROP INDEX cases_board;
      ALTER TABLE cases DROP COLUMN ave_level;
      CREATE INDEX cases_board ON cases (gemeente, workflow, ((projection->>'aveLevel')::int) DESC, updated_at DESC);
      CREATE INDEX cases_board_counts ON cases (gemeente, workflow, ((projection->>'aveLevel')::int))
        INCLUDE (id, state_value, regie_holder, team, regie_pending, projection);
      -- an expression index has no statistics until the table is analyzed, and new indexes do not start that
      ANALYZE cases;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX cases_board_counts;
      DROP INDEX cases_board;
      ALTER TABLE cases ADD COLUMN ave_level int GENERATED ALWAYS AS ((projection->>'aveLevel')::int) STORED;
      CREATE INDEX cases_board ON cases (gemeente, workflow, ave_level DESC, updated_at DESC);
      CREATE INDEX cases_board_counts ON cases (gemeente, workflow, ave_level)
        INCLUDE (id, state_value, regie_holder, team, regie_pending);
      ${announce('NEW.ave_level')}
    `);
  }
}
