import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monthly monitors (issue #13 item 5): the worker computes, on the first working day of a month, the monitor of
 * the previous month and of the year to date, and stores it here for beleid. One per gemeente per month (the
 * unique key makes a second run, on a second worker or a retry, a no-op). `inhoud` holds aggregates only, as the
 * API renders them (counts, amounts, "< 5"): never a person.
 */
export class Monitors1763900000025 implements MigrationInterface {
  name = 'Monitors1763900000025';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE monitors (
        id uuid PRIMARY KEY,
        gemeente text NOT NULL REFERENCES gemeenten(id),
        soort text NOT NULL CHECK (soort IN ('maand')),
        -- the month reported on, YYYY-MM
        maand text NOT NULL CHECK (maand ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        -- the month itself, Amsterdam dates inclusive; the year to date runs from 1 January to its end
        van date NOT NULL,
        tot date NOT NULL,
        inhoud jsonb NOT NULL,
        gemaakt_op timestamptz NOT NULL,
        UNIQUE (gemeente, soort, maand)
      );
      GRANT SELECT, INSERT ON monitors TO regie_app;
      ALTER TABLE monitors ENABLE ROW LEVEL SECURITY;
      CREATE POLICY monitors_gemeente ON monitors TO regie_app
        USING (gemeente = current_setting('regie.gemeente', true))
        WITH CHECK (gemeente = current_setting('regie.gemeente', true));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE monitors`);
  }
}
