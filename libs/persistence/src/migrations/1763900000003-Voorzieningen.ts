import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Voorzieningen as records of their own (issue #5): what was granted to whom, under which law, by which case.
 * A row is written once per granting case when its inzet starts (the engine's `recordVoorziening` effect).
 */
export class Voorzieningen1763900000003 implements MigrationInterface {
  name = 'Voorzieningen1763900000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE voorzieningen (
        id uuid PRIMARY KEY,
        gemeente text NOT NULL REFERENCES gemeenten(id),
        subject_id uuid NOT NULL REFERENCES subjects(id),
        -- the case that granted it; one voorziening per granting case (the effect may run more than once)
        case_id uuid NOT NULL UNIQUE REFERENCES cases(id),
        wet text NOT NULL,
        product text NOT NULL,
        aanbieder text NOT NULL,
        volume_aantal numeric NOT NULL,
        volume_eenheid text NOT NULL,
        startdatum date NOT NULL,
        einddatum date,
        -- jeugd-ggz moves to the Zorgverzekeringswet at 18 (transitie18)
        ggz boolean NOT NULL DEFAULT false,
        -- the granting case's owner (regie holder) and team: the follow-up acts on their behalf
        eigenaar text NOT NULL,
        team text,
        herindicatie_case_id uuid REFERENCES cases(id),
        created_at timestamptz NOT NULL,
        CHECK (einddatum IS NULL OR einddatum >= startdatum)
      );
      CREATE INDEX voorzieningen_subject ON voorzieningen (gemeente, subject_id, startdatum);
      -- The daily enrolment scan: running Jeugdwet voorzieningen.
      CREATE INDEX voorzieningen_jeugdwet ON voorzieningen (einddatum, startdatum) INCLUDE (subject_id)
        WHERE wet = 'Jeugdwet';
      -- ... joined to youths in an age band, and to their transition cases.
      CREATE INDEX subjects_birth_date ON subjects (birth_date) WHERE birth_date IS NOT NULL;
      CREATE INDEX cases_subject_workflow ON cases (subject_id, workflow);

      GRANT SELECT, INSERT, UPDATE ON voorzieningen TO regie_app;
      ALTER TABLE voorzieningen ENABLE ROW LEVEL SECURITY;
      CREATE POLICY voorzieningen_gemeente ON voorzieningen TO regie_app
        USING (gemeente = current_setting('regie.gemeente', true))
        WITH CHECK (gemeente = current_setting('regie.gemeente', true));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE voorzieningen;
      DROP INDEX cases_subject_workflow;
      DROP INDEX subjects_birth_date;
    `);
  }
}
