import { MigrationInterface, QueryRunner } from 'typeorm';

export class BoardAndEscalation1763900000002 implements MigrationInterface {
  name = 'BoardAndEscalation1763900000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE deadlines ADD COLUMN escalate_to text;

      -- The procesmanager's board reads households by level, most recently changed first.
      CREATE INDEX cases_board ON cases (gemeente, workflow, ave_level, updated_at DESC);
      CREATE INDEX deadlines_case_key_pending ON deadlines (case_id, key) INCLUDE (due_at) WHERE status = 'pending';

      -- Every committed change of a case is announced (ids and level only, never personal data), so that any API
      -- process can push it to the boards it serves. NOTIFY is delivered at commit, and not at all on rollback.
      CREATE FUNCTION announce_case_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('regie_case_changed', json_build_object(
            'gemeente', NEW.gemeente, 'caseId', NEW.id, 'workflow', NEW.workflow, 'version', NEW.version,
            'state', NEW.state_value, 'aveLevel', NEW.ave_level)::text);
          RETURN NULL;
        END $$;
      CREATE TRIGGER cases_announce AFTER INSERT OR UPDATE ON cases
        FOR EACH ROW EXECUTE FUNCTION announce_case_change();

      -- Per-gemeente rules of a workflow (AVE regie mapping, terms, review intervals), changed by the admin.
      CREATE TABLE workflow_config (
        gemeente text NOT NULL,
        workflow text NOT NULL,
        config jsonb NOT NULL,
        version int NOT NULL,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL,
        PRIMARY KEY (gemeente, workflow)
      );
      CREATE TABLE workflow_config_history (
        id bigserial PRIMARY KEY,
        gemeente text NOT NULL,
        workflow text NOT NULL,
        version int NOT NULL,
        config jsonb NOT NULL,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL
      );
      CREATE TRIGGER workflow_config_history_append_only BEFORE UPDATE OR DELETE ON workflow_config_history
        FOR EACH ROW EXECUTE FUNCTION refuse_change();
      GRANT SELECT, INSERT, UPDATE ON workflow_config, workflow_config_history TO regie_app;
      GRANT USAGE, SELECT ON SEQUENCE workflow_config_history_id_seq TO regie_app;
    `);
    for (const table of ['workflow_config', 'workflow_config_history']) {
      await q.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        CREATE POLICY ${table}_gemeente ON ${table} TO regie_app
          USING (gemeente = current_setting('regie.gemeente', true))
          WITH CHECK (gemeente = current_setting('regie.gemeente', true));
      `);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE workflow_config_history, workflow_config;
      DROP TRIGGER cases_announce ON cases;
      DROP FUNCTION announce_case_change();
      DROP INDEX deadlines_case_key_pending;
      DROP INDEX cases_board;
      ALTER TABLE deadlines DROP COLUMN escalate_to;
    `);
  }
}
