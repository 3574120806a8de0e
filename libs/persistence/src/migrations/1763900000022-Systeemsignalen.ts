import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Systeemsignalen (issue #12 item 7): a doorbraak that closes names the rule, process or agency that blocked the
 * household, with a proposal, for policy. One signal per case (the effect that records it runs at least once).
 * The row carries the signal and nothing else of the case: beleid reads it and answers it, never the case. Every
 * change of status or reply is kept, append-only, in `systeemsignaal_historie` (who, when, from what to what).
 */
export class Systeemsignalen1763900000022 implements MigrationInterface {
  name = 'Systeemsignalen1763900000022';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE systeemsignalen (
        id uuid PRIMARY KEY,
        gemeente text NOT NULL REFERENCES gemeenten(id),
        -- the doorbraak that sent it: one signal per case; never shown to beleid
        case_id uuid NOT NULL UNIQUE REFERENCES cases(id),
        soort text NOT NULL CHECK (soort IN ('regel', 'proces', 'instantie')),
        signaal text NOT NULL,
        voorstel text NOT NULL,
        -- when the case closed with it
        gesignaleerd_op timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'ontvangen'
          CHECK (status IN ('ontvangen', 'in_behandeling', 'afgehandeld')),
        reactie text,
        gewijzigd_door text,
        gewijzigd_op timestamptz,
        -- raised with every change: a client that read version n may ask to change only version n
        versie int NOT NULL DEFAULT 1
      );
      CREATE INDEX systeemsignalen_status ON systeemsignalen (gemeente, status, gesignaleerd_op);

      CREATE TABLE systeemsignaal_historie (
        id bigserial PRIMARY KEY,
        gemeente text NOT NULL,
        signaal_id uuid NOT NULL REFERENCES systeemsignalen(id),
        at timestamptz NOT NULL,
        actor text NOT NULL,
        status_van text,
        status_naar text NOT NULL,
        reactie text
      );
      CREATE INDEX systeemsignaal_historie_signaal ON systeemsignaal_historie (gemeente, signaal_id, id);
      CREATE TRIGGER systeemsignaal_historie_append_only BEFORE UPDATE OR DELETE ON systeemsignaal_historie
        FOR EACH ROW EXECUTE FUNCTION refuse_change();

      GRANT SELECT, INSERT, UPDATE ON systeemsignalen TO regie_app;
      GRANT SELECT, INSERT ON systeemsignaal_historie TO regie_app;
      GRANT USAGE, SELECT ON SEQUENCE systeemsignaal_historie_id_seq TO regie_app;
    `);
    for (const table of ['systeemsignalen', 'systeemsignaal_historie']) {
      await q.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        CREATE POLICY ${table}_gemeente ON ${table} TO regie_app
          USING (gemeente = current_setting('regie.gemeente', true))
          WITH CHECK (gemeente = current_setting('regie.gemeente', true));
      `);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE systeemsignaal_historie, systeemsignalen`);
  }
}
