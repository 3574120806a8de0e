import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The days equated with the feestdagen by Royal Decree (Algemene termijnenwet art. 3) as data: every version of
 * the list, append-only, the newest in force. The list is national (a decree binds every gemeente), so the table
 * has no gemeente column and no row-level security; the change records who changed it from which gemeente.
 * Seeded with the list libs/calendar knew (GELIJKGESTELDE_DAGEN). A change is announced on `regie_kalender`, so
 * every process reloads its calendar.
 */
export class AtwKalender1763900000009 implements MigrationInterface {
  name = 'AtwKalender1763900000009';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE atw_kalender (
        version int PRIMARY KEY,
        dagen date[] NOT NULL,
        changed_by text NOT NULL,
        gemeente text,
        changed_at timestamptz NOT NULL
      );
      INSERT INTO atw_kalender (version, dagen, changed_by, gemeente, changed_at)
      VALUES (1, ARRAY['2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26']::date[],
              'systeem', NULL, now());
      GRANT SELECT, INSERT ON atw_kalender TO regie_app;
      CREATE FUNCTION atw_kalender_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('regie_kalender', NEW.version::text);
        RETURN NEW;
      END $$;
      CREATE TRIGGER atw_kalender_changed AFTER INSERT ON atw_kalender
        FOR EACH ROW EXECUTE FUNCTION atw_kalender_changed();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE atw_kalender;
      DROP FUNCTION atw_kalender_changed();
    `);
  }
}
