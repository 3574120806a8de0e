import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Effects (a transition's request of another case) wait here from the moment the outbox relay hands them to the
 * `effects` queue until a worker has carried them out: Postgres stays the truth, so an effect whose job Redis lost
 * is armed again by the worker's sweep, and one that is done is gone (its row is deleted in the same step). The id
 * is the outbox row's, so the effect's idempotency keys stay the same however often it is moved or retried. Only
 * the relay and the worker use this table (as the owner, like the sweep): the API's role gets no access.
 */
export class Effects1763900000006 implements MigrationInterface {
  name = 'Effects1763900000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE effects (
        id bigint PRIMARY KEY,
        gemeente text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- a worker carrying it out holds it until then; a worker that died lets it go when the lease ends
        lease_until timestamptz,
        attempts int NOT NULL DEFAULT 0
      );
      ALTER TABLE effects ENABLE ROW LEVEL SECURITY;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE effects`);
  }
}
