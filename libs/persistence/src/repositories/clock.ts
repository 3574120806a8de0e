/** The manual clock's row: the one "now" every API and worker process shares while time stands still. */
import type { DataSource } from 'typeorm';

/** Something that happened after a moment the manual clock was to be set back to: what, its kind, id and time. */
export interface LaterHappening {
  /** the table: `case_history`, `case`, `deadline`, `notification`, `subject`, `consent`, ... */
  what: string;
  /** the event type, workflow, status, kind or scope */
  kind: string;
  id: string;
  at: Date;
}

/** One row for every gemeente: read and moved on the pool, not through a request's tenant connection. */
export class ClockRepository {
  constructor(private readonly ds: DataSource) {}

  /** The manual clock's time, or null before it was first set. */
  async read(): Promise<Date | null> {
    const rows: { now: Date }[] = await this.ds.query(`SELECT now FROM clock WHERE id = 1`);
    return rows.length ? rows[0].now : null;
  }

  /** Starts the clock at `at` unless another process started it first. */
  async init(at: Date): Promise<void> {
    await this.ds.query(`INSERT INTO clock (id, now) VALUES (1, $1) ON CONFLICT (id) DO NOTHING`, [at]);
  }

  /**
   * Sets the clock back to `to`, in one statement, unless anything happened after that moment: a case step in the
   * history, a case written, a deadline reminded, met, missed or cancelled, a notification, a subject, consent or
   * voorziening recorded, a gemeente's rules changed (every one stamped by this clock). Then the clock stays and
   * the answer says what happened last after `to`, and how many such things there are; ids and kinds only.
   */
  async rewind(to: Date): Promise<{ now: Date | null; later: LaterHappening | null; count: number }> {
    const rows: { now: Date | null; later: LaterHappening | null; count: string }[] = await this.ds.query(
      `WITH later AS (
         SELECT 'case_history' AS what, type AS kind, case_id::text AS id, at FROM case_history WHERE at > $1
         UNION ALL SELECT 'case', workflow, id::text, updated_at FROM cases WHERE updated_at > $1
         UNION ALL SELECT 'deadline', status, id::text,
             GREATEST(reminded_at, met_at, missed_at, cancelled_at, created_at) FROM deadlines
           WHERE GREATEST(reminded_at, met_at, missed_at, cancelled_at, created_at) > $1
         UNION ALL SELECT 'notification', kind, id::text, created_at FROM notifications WHERE created_at > $1
         UNION ALL SELECT 'subject', kind, id::text, created_at FROM subjects WHERE created_at > $1
         UNION ALL SELECT 'consent', scope, id::text, GREATEST(granted_at, withdrawn_at) FROM consents
           WHERE GREATEST(granted_at, withdrawn_at) > $1
         UNION ALL SELECT 'voorziening', wet, id::text, created_at FROM voorzieningen WHERE created_at > $1
         UNION ALL SELECT 'workflow_config', workflow, gemeente, changed_at FROM workflow_config_history
           WHERE changed_at > $1),
       u AS (UPDATE clock SET now = $1 WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM later) RETURNING now)
       SELECT (SELECT now FROM u) AS now, (SELECT count(*) FROM later) AS count,
         (SELECT row_to_json(l) FROM (SELECT * FROM later ORDER BY at DESC LIMIT 1) l) AS later`,
      [to],
    );
    const row = rows[0];
    return {
      now: row.now,
      later: row.later ? { ...row.later, at: new Date(row.later.at) } : null,
      count: Number(row.count),
    };
  }

  /** Moves the clock to `to` unless it is already later (it never runs backwards); returns its time. */
  async advance(to: Date): Promise<Date> {
    const rows: { now: Date }[] = await this.ds.query(
      `INSERT INTO clock (id, now) VALUES (1, $1)
       ON CONFLICT (id) DO UPDATE SET now = GREATEST(clock.now, EXCLUDED.now) RETURNING now`,
      [to],
    );
    return rows[0].now;
  }
}
