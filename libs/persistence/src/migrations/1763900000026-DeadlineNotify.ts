import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A deadline keeps who else its workflow says must hear of it (DeadlineDeclaration.notify): the mandate level a
 * pending decision waits on, the owner of an action. They are reminded and told when it passes, beside the regie
 * holder. A JSON array of recipients; null: no one else (rows armed before this migration).
 */
export class DeadlineNotify1763900000026 implements MigrationInterface {
  name = 'DeadlineNotify1763900000026';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deadlines ADD COLUMN notify jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deadlines DROP COLUMN notify`);
  }
}
