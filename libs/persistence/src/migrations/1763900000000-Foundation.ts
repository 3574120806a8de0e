import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE gemeenten (
        id text PRIMARY KEY,
        name text NOT NULL
      );

      CREATE TABLE subjects (
        id uuid PRIMARY KEY,
        gemeente text NOT NULL REFERENCES gemeenten(id),
        kind text NOT NULL CHECK (kind IN ('inwoner', 'huishouden')),
        name text NOT NULL,
        birth_date date,
        bsn text,
        members uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL
      );
      CREATE INDEX subjects_gemeente ON subjects (gemeente);

      CREATE TABLE consents (
        id uuid PRIMARY KEY,
        gemeente text NOT NULL REFERENCES gemeenten(id),
        subject_id uuid NOT NULL REFERENCES subjects(id),
        scope text NOT NULL,
        granted_to text NOT NULL,
        granted_by text NOT NULL,
        note text,
        recorded_by text NOT NULL,
        granted_at timestamptz NOT NULL,
        valid_until timestamptz,
        withdrawn_at timestamptz
      );
      CREATE INDEX consents_subject_scope ON consents (subject_id, scope);

      CREATE TABLE cases (
        id uuid PRIMARY KEY,
        gemeente text NOT NULL REFERENCES gemeenten(id),
        workflow text NOT NULL,
        workflow_version int NOT NULL,
        subject_id uuid NOT NULL REFERENCES subjects(id),
        snapshot jsonb NOT NULL,
        state_value text NOT NULL,
        regie_role text NOT NULL,
        regie_holder text,
        ave_level int,
        version int NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX cases_list ON cases (gemeente, workflow, state_value);
      CREATE INDEX cases_regie_holder ON cases (gemeente, regie_holder);
      CREATE INDEX cases_subject ON cases (gemeente, subject_id);
      CREATE INDEX cases_created ON cases (gemeente, created_at, id);

      CREATE TABLE case_history (
        id bigserial PRIMARY KEY,
        gemeente text NOT NULL,
        case_id uuid NOT NULL REFERENCES cases(id),
        seq int NOT NULL,
        type text NOT NULL,
        data jsonb NOT NULL,
        actor text NOT NULL,
        at timestamptz NOT NULL,
        from_state text,
        to_state text NOT NULL,
        causation_id text,
        UNIQUE (case_id, seq)
      );
      CREATE INDEX case_history_type_at ON case_history (gemeente, type, at);
      -- History is append-only: no UPDATE or DELETE, whatever the application does.
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$;
      CREATE TRIGGER case_history_append_only BEFORE UPDATE OR DELETE ON case_history
        FOR EACH ROW EXECUTE FUNCTION refuse_change();

      CREATE TABLE deadlines (
        id uuid PRIMARY KEY,
        gemeente text NOT NULL,
        case_id uuid NOT NULL REFERENCES cases(id),
        key text NOT NULL,
        name text NOT NULL,
        law text,
        party text NOT NULL CHECK (party IN ('gemeente', 'inwoner')),
        anchor timestamptz NOT NULL,
        term jsonb NOT NULL,
        atw boolean NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'met', 'missed', 'cancelled')),
        due_date date,
        due_at timestamptz NOT NULL,
        remind_at timestamptz,
        reminded_at timestamptz,
        met_at timestamptz,
        missed_at timestamptz,
        cancelled_at timestamptz,
        suspended_at timestamptz,
        suspended_days int NOT NULL DEFAULT 0,
        extended_days int NOT NULL DEFAULT 0,
        token int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL
      );
      -- One running deadline per key per case; a closed one stays as a record.
      CREATE UNIQUE INDEX deadlines_one_pending ON deadlines (case_id, key) WHERE status = 'pending';
      CREATE INDEX deadlines_case ON deadlines (case_id);
      CREATE INDEX deadlines_pending_due ON deadlines (due_at) WHERE status = 'pending' AND suspended_at IS NULL;
      CREATE INDEX deadlines_pending_remind ON deadlines (remind_at)
        WHERE status = 'pending' AND suspended_at IS NULL AND reminded_at IS NULL;
      CREATE INDEX deadlines_status_due ON deadlines (gemeente, status, due_at);

      CREATE TABLE notifications (
        id uuid PRIMARY KEY,
        gemeente text NOT NULL,
        recipient text NOT NULL,
        kind text NOT NULL,
        case_id uuid,
        deadline_id uuid,
        message text NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz
      );
      CREATE INDEX notifications_recipient ON notifications (gemeente, recipient, created_at);
      -- A deadline reminds or reports a miss once, however often its trigger is delivered.
      CREATE UNIQUE INDEX notifications_once ON notifications (deadline_id, kind, recipient) WHERE deadline_id IS NOT NULL;

      CREATE TABLE idempotency_keys (
        case_id uuid NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        status int NOT NULL,
        response jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (case_id, key)
      );

      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        kind text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE clock (
        id int PRIMARY KEY CHECK (id = 1),
        now timestamptz NOT NULL
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE clock, outbox, idempotency_keys, notifications, deadlines, case_history, cases, consents,
        subjects, gemeenten;
      DROP FUNCTION refuse_change();
    `);
  }
}
