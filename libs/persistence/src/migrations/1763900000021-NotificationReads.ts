import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read and unread messages (issue 10), per user: a message to a team's teamleider (`teamleider:<team>`) reaches
 * every teamleider of that team, and each reads it for themselves. So not a column of the message (its unused
 * `read_at` goes) but a row per reader, in the message's gemeente under row-level security.
 */
export class NotificationReads1763900000021 implements MigrationInterface {
  name = 'NotificationReads1763900000021';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_reads (
        notification_id uuid NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
        reader text NOT NULL,
        gemeente text NOT NULL,
        read_at timestamptz NOT NULL,
        PRIMARY KEY (notification_id, reader)
      );
      INSERT INTO notification_reads (notification_id, reader, gemeente, read_at)
        SELECT id, recipient, gemeente, read_at FROM notifications
        WHERE read_at IS NOT NULL AND recipient NOT LIKE '%:%';
      ALTER TABLE notifications DROP COLUMN read_at;
      GRANT SELECT, INSERT, DELETE ON notification_reads TO regie_app;
      ALTER TABLE notification_reads ENABLE ROW LEVEL SECURITY;
      CREATE POLICY notification_reads_gemeente ON notification_reads TO regie_app
        USING (gemeente = current_setting('regie.gemeente', true))
        WITH CHECK (gemeente = current_setting('regie.gemeente', true));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notifications ADD COLUMN read_at timestamptz;
      UPDATE notifications n SET read_at = r.read_at
        FROM notification_reads r WHERE r.notification_id = n.id AND r.reader = n.recipient;
      DROP TABLE notification_reads;
    `);
  }
}
