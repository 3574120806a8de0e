/** The dev-token signing secret of a demo or test database: drawn once, then the same for every API process. */
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** One row for every gemeente: read on the pool as the owner, never through a request's tenant connection. */
export class DevAuthSecretRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * The stored secret, drawn and stored first when there is none. Two statements, not one: a statement's
   * snapshot would miss the row of a process that started at the same moment and won the insert, whereas the
   * SELECT after it sees that row, so processes starting together agree on one secret.
   */
  async ensure(): Promise<string> {
    try {
      await this.ds.query(
        `INSERT INTO dev_auth_secret (id, secret) VALUES (1, $1) ON CONFLICT (id) DO NOTHING`,
        [randomBytes(32).toString('base64url')],
      );
      const rows: { secret: string }[] = await this.ds.query(
        `SELECT secret FROM dev_auth_secret WHERE id = 1`,
      );
      return rows[0].secret;
    } catch (err) {
      // TypeORM's query error carries the statement's parameters, the drawn secret among them: only its reason
      // goes on, not the error as a cause, so no log of the failure can show the secret.
      // eslint-disable-next-line preserve-caught-error -- see above: the cause would carry the secret
      throw new Error(
        `Het dev-tokengeheim kon niet uit de database worden gelezen: ${(err as Error).message}`,
      );
    }
  }
}
