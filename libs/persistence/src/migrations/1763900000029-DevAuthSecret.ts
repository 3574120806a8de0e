import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dev-token signing secret (AUTH_MODE=dev without AUTH_SECRET), drawn by the first API process to start and
 * kept where the demo keeps its data (issue #20): every API process on the database accepts the others' tokens,
 * and a restart keeps people logged in. One row; production (AUTH_MODE=oidc) never reads or writes it.
 *
 * Only the owner reads it, once when an API process starts: the role requests run as (regie_app) gets no access,
 * like effects and periodic_jobs. The REVOKE says so whatever default privileges a database has, and row-level
 * security without a policy hides the row from that role should a later GRANT ... ON ALL TABLES reach it.
 */
export class DevAuthSecret1763900000029 implements MigrationInterface {
  name = 'DevAuthSecret1763900000029';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dev_auth_secret (
        id int PRIMARY KEY CHECK (id = 1),
        secret text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      REVOKE ALL ON dev_auth_secret FROM PUBLIC, regie_app;
      ALTER TABLE dev_auth_secret ENABLE ROW LEVEL SECURITY;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dev_auth_secret`);
  }
}
