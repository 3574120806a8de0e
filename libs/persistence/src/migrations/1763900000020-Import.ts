import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Import of running work (issue #11 item 3, docs/import.md). Every imported row has a stable import key, so
 * importing the same file again changes nothing:
 * - a huishouden by the key of the system it came from (`huishouden:<sleutel>`); an inwoner by its BSN hash;
 * - a voorziening by (BSN hash, product, startdatum). An imported voorziening was granted before Regie: it has no
 *   granting case, so `case_id` may be empty, but only for a row with an import key.
 */
export class Import1763900000020 implements MigrationInterface {
  name = 'Import1763900000020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE subjects ADD COLUMN import_key text;
      CREATE UNIQUE INDEX subjects_import_key ON subjects (gemeente, import_key) WHERE import_key IS NOT NULL;
      ALTER TABLE voorzieningen ADD COLUMN import_key text;
      ALTER TABLE voorzieningen ALTER COLUMN case_id DROP NOT NULL;
      ALTER TABLE voorzieningen ADD CONSTRAINT voorzieningen_case_or_import
        CHECK (case_id IS NOT NULL OR import_key IS NOT NULL);
      CREATE UNIQUE INDEX voorzieningen_import_key ON voorzieningen (gemeente, import_key)
        WHERE import_key IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX voorzieningen_import_key;
      DELETE FROM voorzieningen WHERE case_id IS NULL;
      ALTER TABLE voorzieningen DROP CONSTRAINT voorzieningen_case_or_import;
      ALTER TABLE voorzieningen ALTER COLUMN case_id SET NOT NULL;
      ALTER TABLE voorzieningen DROP COLUMN import_key;
      DROP INDEX subjects_import_key;
      ALTER TABLE subjects DROP COLUMN import_key;
    `);
  }
}
