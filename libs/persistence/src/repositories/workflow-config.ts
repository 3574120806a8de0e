/** Per-gemeente workflow rules and their append-only history. */
import { Injectable } from '@nestjs/common';
import type { Selectable } from 'kysely';
import { type Db, type TenantDb, transaction } from '../database';
import type { Json, WorkflowConfig, WorkflowConfigHistory } from '../schema';

export type WorkflowConfigRow = Selectable<WorkflowConfig>;

export type WorkflowConfigVersion = Pick<Selectable<WorkflowConfigHistory>, 'version' | 'config'> & {
  changedBy: string;
  changedAt: Date;
};

/**
 * The admin reads and changes the rules of the caller's gemeente (`TenantDb`); a new case reads the rules of its
 * gemeente on whatever handle its start runs (`Db`: a request, or system work such as an effect or an import).
 */
@Injectable()
export class WorkflowConfigRepository {
  /** The rules the caller's gemeente set, one row per workflow. */
  list(db: TenantDb): Promise<WorkflowConfigRow[]> {
    return db.sql.selectFrom('workflow_config').selectAll().where('gemeente', '=', db.gemeente).execute();
  }

  /** The rules a gemeente set for a workflow, or null when it set none. */
  async current(db: Db, gemeente: string, workflow: string): Promise<unknown> {
    const row = await db.sql
      .selectFrom('workflow_config')
      .select('config')
      .where('gemeente', '=', gemeente)
      .where('workflow', '=', workflow)
      .executeTakeFirst();
    return row?.config ?? null;
  }

  /** Every version of the caller's gemeente's rules for a workflow, the oldest first. */
  history(db: TenantDb, workflow: string): Promise<WorkflowConfigVersion[]> {
    return db.sql
      .selectFrom('workflow_config_history')
      .select(['version', 'config', 'changed_by as changedBy', 'changed_at as changedAt'])
      .where('gemeente', '=', db.gemeente)
      .where('workflow', '=', workflow)
      .orderBy('version')
      .execute();
  }

  /**
   * Sets the caller's gemeente's rules (version + 1) and appends them to the history, in one transaction; returns
   * the new version.
   */
  change(
    db: TenantDb,
    workflow: string,
    rules: Record<string, unknown>,
    changedBy: string,
    at: Date,
  ): Promise<number> {
    // checked against the workflow's rules schema (zod), so JSON through and through
    const config = rules as Json;
    return transaction(db, async (tx) => {
      const row = await tx.sql
        .insertInto('workflow_config')
        .values({
          gemeente: tx.gemeente,
          workflow,
          config,
          version: 1,
          changed_by: changedBy,
          changed_at: at,
        })
        .onConflict((oc) =>
          oc.columns(['gemeente', 'workflow']).doUpdateSet((eb) => ({
            config: eb.ref('excluded.config'),
            version: eb('workflow_config.version', '+', 1),
            changed_by: eb.ref('excluded.changed_by'),
            changed_at: eb.ref('excluded.changed_at'),
          })),
        )
        .returning('version')
        .executeTakeFirstOrThrow();
      await tx.sql
        .insertInto('workflow_config_history')
        .values({
          gemeente: tx.gemeente,
          workflow,
          version: row.version,
          config,
          changed_by: changedBy,
          changed_at: at,
        })
        .execute();
      return row.version;
    });
  }
}
