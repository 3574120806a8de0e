import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the indicator catalogue (issue #13), measured with EXPLAIN (ANALYZE, BUFFERS) on the bench's gemeente of
 * 200,000 inwoners and about 1,000,000 history rows. The history is written in time order over all cases, so the rows
 * of one event type or one journey lie on nearly every page of case_history: each family read most of the table.
 * These indexes carry what the families read, so the reads are index-only scans of a few compact entries:
 * - the history's unique (case_id, seq) key also carries gemeente, at, type and to_state: a case's course (the AVE
 *   stays, whether a case had ended, a doorbraak case's state) is read from the key alone, and the key stays one
 *   index on the write path (the constraint keeps its name, which the engine recognises a lost race by);
 * - the events a family counts per period (CASE_GESTART, TRIAGE_GESTART, BESLUIT_GENOMEN by gemeente and instant)
 *   and the aanvragen a besluit's laws come from (by case), with the columns read;
 * - the cases of a workflow with their subject, team and creation, and the AVE acceptance deadlines of a gemeente.
 */
export class IndicatorIndexes1763900000027 implements MigrationInterface {
  name = 'IndicatorIndexes1763900000027';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNIQUE INDEX case_history_case_seq ON case_history (case_id, seq) INCLUDE (gemeente, at, type, to_state);
      ALTER TABLE case_history DROP CONSTRAINT case_history_case_id_seq_key,
        ADD CONSTRAINT case_history_case_id_seq_key UNIQUE USING INDEX case_history_case_seq;
      CREATE INDEX case_history_gestart ON case_history (gemeente, at) INCLUDE (case_id, data)
        WHERE type = 'CASE_GESTART';
      CREATE INDEX case_history_triage ON case_history (gemeente, at) INCLUDE (case_id) WHERE type = 'TRIAGE_GESTART';
      CREATE INDEX case_history_besluit ON case_history (gemeente, at) INCLUDE (case_id, seq, data)
        WHERE type = 'BESLUIT_GENOMEN';
      CREATE INDEX case_history_aanvraag ON case_history (case_id, seq) INCLUDE (gemeente, data)
        WHERE type = 'AANVRAAG_INGEDIEND';
      CREATE INDEX cases_workflow ON cases (gemeente, workflow) INCLUDE (id, subject_id, team, created_at);
      CREATE INDEX deadlines_regie_acceptatie ON deadlines (gemeente, created_at) INCLUDE (case_id, met_at, cancelled_at)
        WHERE key = 'regie_acceptatie';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX deadlines_regie_acceptatie;
      DROP INDEX cases_workflow;
      DROP INDEX case_history_aanvraag;
      DROP INDEX case_history_besluit;
      DROP INDEX case_history_triage;
      DROP INDEX case_history_gestart;
      CREATE UNIQUE INDEX case_history_case_seq ON case_history (case_id, seq);
      ALTER TABLE case_history DROP CONSTRAINT case_history_case_id_seq_key,
        ADD CONSTRAINT case_history_case_id_seq_key UNIQUE USING INDEX case_history_case_seq;
    `);
  }
}
