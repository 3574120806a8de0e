import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indicators (issue #13): a voorziening's tariff, so Borne's "Totaal bedrag" and "Gemiddeld per unieke cliënt" come
 * out of the records (whole eurocents per uur, week, etmaal or stuk; the volume was already there), and indexes for
 * the indicator families that read history by workflow and period.
 */
export class IndicatorKosten1763900000023 implements MigrationInterface {
  name = 'IndicatorKosten1763900000023';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE voorzieningen
        ADD COLUMN tarief_centen bigint CHECK (tarief_centen IS NULL OR tarief_centen >= 0),
        ADD COLUMN tarief_eenheid text CHECK (tarief_eenheid IN ('uur', 'week', 'etmaal', 'stuk')),
        ADD CONSTRAINT voorzieningen_tarief_compleet CHECK ((tarief_centen IS NULL) = (tarief_eenheid IS NULL));
      -- the running voorzieningen of a period
      CREATE INDEX voorzieningen_periode ON voorzieningen (gemeente, startdatum, einddatum);
      -- a case's history in order (ends, triage, aanvragen) and the deadlines due in a period
      CREATE INDEX deadlines_gemeente_due_date ON deadlines (gemeente, due_date) WHERE party = 'gemeente';
      CREATE INDEX case_history_to_state ON case_history (gemeente, to_state, at)
        WHERE to_state IN ('afgesloten', 'ingetrokken', 'geen_hulp', 'verwezen', 'beeindigd', 'hiaat');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX case_history_to_state;
      DROP INDEX deadlines_gemeente_due_date;
      DROP INDEX voorzieningen_periode;
      ALTER TABLE voorzieningen DROP CONSTRAINT voorzieningen_tarief_compleet,
        DROP COLUMN tarief_eenheid, DROP COLUMN tarief_centen;
    `);
  }
}
