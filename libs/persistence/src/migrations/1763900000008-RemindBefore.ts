import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A deadline keeps the reminder lead its workflow declared (DeadlineDeclaration.remindBefore), so a term that is
 * suspended, resumed or extended is reminded as long before its moved end as before its first one. Null: the
 * engine's default lead (one week, or one werkdag for short terms); rows armed before this migration keep it.
 */
export class RemindBefore1763900000008 implements MigrationInterface {
  name = 'RemindBefore1763900000008';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deadlines ADD COLUMN remind_before jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deadlines DROP COLUMN remind_before`);
  }
}
