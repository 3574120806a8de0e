import { MigrationInterface, QueryRunner } from 'typeorm';
import { encryptBsn, bsnHash } from '../bsn';

/** Every tenant table tells Postgres which gemeente a row belongs to; RLS enforces it for the application role. */
const TENANT_TABLES = [
  'subjects',
  'consents',
  'cases',
  'case_history',
  'deadlines',
  'notifications',
  'idempotency_keys',
  'audit_log',
];

export class TenancyAndAudit1763900000001 implements MigrationInterface {
  name = 'TenancyAndAudit1763900000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE cases ADD COLUMN team text;
      CREATE INDEX cases_team ON cases (gemeente, team);
      ALTER TABLE idempotency_keys ADD COLUMN gemeente text NOT NULL DEFAULT '';
      ALTER TABLE consents ADD COLUMN withdrawn_by text, ADD COLUMN withdrawal_reason text;

      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        gemeente text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        roles text[] NOT NULL,
        action text NOT NULL,
        record_type text NOT NULL,
        record_id uuid,
        records uuid[] NOT NULL DEFAULT '{}',
        reason text NOT NULL,
        status int NOT NULL
      );
      CREATE INDEX audit_log_record ON audit_log (gemeente, record_id, at);
      CREATE INDEX audit_log_records ON audit_log USING gin (records);
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION refuse_change();

      ALTER TABLE subjects ADD COLUMN bsn_encrypted text, ADD COLUMN bsn_hash text;
      CREATE INDEX subjects_bsn_hash ON subjects (gemeente, bsn_hash);
    `);
    // Encrypt any BSN stored in plain text by the first schema, then drop that column.
    const plain: { id: string; bsn: string }[] = await q.query(
      `SELECT id, bsn FROM subjects WHERE bsn IS NOT NULL`,
    );
    for (const row of plain) {
      await q.query(`UPDATE subjects SET bsn_encrypted = $2, bsn_hash = $3 WHERE id = $1`, [
        row.id,
        encryptBsn(row.bsn),
        bsnHash(row.bsn),
      ]);
    }
    await q.query(`ALTER TABLE subjects DROP COLUMN bsn`);

    // The role requests run as (SET ROLE): it is subject to row-level security. The owner (migrations, the
    // worker's cross-gemeente sweep) is not.
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'regie_app') THEN CREATE ROLE regie_app NOLOGIN; END IF;
      END $$;
      GRANT regie_app TO CURRENT_USER;
      GRANT USAGE ON SCHEMA public TO regie_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO regie_app;
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO regie_app;
    `);
    for (const table of TENANT_TABLES) {
      await q.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        CREATE POLICY ${table}_gemeente ON ${table} TO regie_app
          USING (gemeente = current_setting('regie.gemeente', true))
          WITH CHECK (gemeente = current_setting('regie.gemeente', true));
      `);
    }
    // gemeenten: a request sees its own; the dev-token endpoint adds one as the owner.
    await q.query(`
      ALTER TABLE gemeenten ENABLE ROW LEVEL SECURITY;
      CREATE POLICY gemeenten_own ON gemeenten TO regie_app USING (id = current_setting('regie.gemeente', true));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...TENANT_TABLES, 'gemeenten']) {
      await q.query(
        `DROP POLICY IF EXISTS ${table}_gemeente ON ${table}; ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY;`,
      );
    }
    await q.query(`DROP POLICY IF EXISTS gemeenten_own ON gemeenten`);
    await q.query(`
      DROP TABLE audit_log;
      ALTER TABLE cases DROP COLUMN team;
      ALTER TABLE idempotency_keys DROP COLUMN gemeente;
      ALTER TABLE consents DROP COLUMN withdrawn_by, DROP COLUMN withdrawal_reason;
      ALTER TABLE subjects ADD COLUMN bsn text, DROP COLUMN bsn_encrypted, DROP COLUMN bsn_hash;
      REVOKE ALL ON ALL TABLES IN SCHEMA public FROM regie_app;
      REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM regie_app;
      REVOKE USAGE ON SCHEMA public FROM regie_app;
    `);
  }
}
