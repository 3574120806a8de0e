/** Per-gemeente workflow rules and their append-only history. */
import type { DataSource } from 'typeorm';
import { sqlFor } from '../tenant';

export interface WorkflowConfigRow {
  workflow: string;
  config: unknown;
  version: number;
  changed_by: string;
  changed_at: Date;
}

export interface WorkflowConfigVersion {
  version: number;
  config: unknown;
  changedBy: string;
  changedAt: Date;
}

export class WorkflowConfigRepository {
  constructor(private readonly ds: DataSource) {}

  list(gemeente: string): Promise<WorkflowConfigRow[]> {
    return sqlFor(this.ds).query(`SELECT * FROM workflow_config WHERE gemeente = $1`, [gemeente]);
  }

  /** The rules a gemeente set for a workflow, or null when it set none. */
  async current(gemeente: string, workflow: string): Promise<unknown> {
    const rows: { config: unknown }[] = await sqlFor(this.ds).query(
      `SELECT config FROM workflow_config WHERE gemeente = $1 AND workflow = $2`,
      [gemeente, workflow],
    );
    return rows[0]?.config ?? null;
  }

  history(gemeente: string, workflow: string): Promise<WorkflowConfigVersion[]> {
    return sqlFor(this.ds).query(
      `SELECT version, config, changed_by AS "changedBy", changed_at AS "changedAt" FROM workflow_config_history
       WHERE gemeente = $1 AND workflow = $2 ORDER BY version`,
      [gemeente, workflow],
    );
  }

  /** Sets the rules (version + 1) and appends them to the history; returns the new version. */
  async change(
    gemeente: string,
    workflow: string,
    config: unknown,
    changedBy: string,
    at: Date,
  ): Promise<number> {
    const sql = sqlFor(this.ds);
    const [row]: { version: number }[] = await sql.query(
      `INSERT INTO workflow_config (gemeente, workflow, config, version, changed_by, changed_at)
       VALUES ($1, $2, $3, 1, $4, $5)
       ON CONFLICT (gemeente, workflow) DO UPDATE SET config = EXCLUDED.config,
         version = workflow_config.version + 1, changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at
       RETURNING version`,
      [gemeente, workflow, config, changedBy, at],
    );
    await sql.query(
      `INSERT INTO workflow_config_history (gemeente, workflow, version, config, changed_by, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [gemeente, workflow, row.version, config, changedBy, at],
    );
    return row.version;
  }
}
