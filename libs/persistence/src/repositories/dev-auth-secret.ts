/** The dev-token signing secret of a demo or test database: drawn once, then the same for every API process. */
import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { SystemDb } from '../database';

/** One row for every gemeente: read as the owner at start-up, out of reach of a request's tenant connection. */
@Injectable()
export class DevAuthSecretRepository {
  /**
   * The stored secret, drawn and stored first when there is none. Two statements, not one: a statement's
   * snapshot would miss the row of a process that started at the same moment and won the insert, whereas the
   * SELECT after it sees that row, so processes starting together agree on one secret.
   */
  async ensure(db: SystemDb): Promise<string> {
    try {
      await db.sql
        .insertInto('dev_auth_secret')
        .values({ id: 1, secret: randomBytes(32).toString('base64url') })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      const row = await db.sql
        .selectFrom('dev_auth_secret')
        .select('secret')
        .where('id', '=', 1)
        .executeTakeFirstOrThrow();
      return row.secret;
    } catch (err) {
      // A query error may carry the statement and its parameters, the drawn secret among them: only its reason
      // goes on, not the error as a cause, so no log of the failure can show the secret.
      // eslint-disable-next-line preserve-caught-error -- see above: the cause would carry the secret
      throw new Error(
        `Het dev-tokengeheim kon niet uit de database worden gelezen: ${(err as Error).message}`,
      );
    }
  }
}
