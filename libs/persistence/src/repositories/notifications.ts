/**
 * Messages (herinneringen, verlopen termijnen, escalaties) and whether each reader has read them. A message goes to
 * a user or to a role in a team (`teamleider:<team>`); read or not is per reader (notification_reads), so one
 * teamleider reading the team's message leaves it unread for the other.
 */
import type { DataSource } from 'typeorm';
import { sqlFor } from '../tenant';

export interface NotificationEntry {
  id: string;
  kind: string;
  recipient: string;
  caseId: string | null;
  deadlineId: string | null;
  message: string;
  createdAt: Date;
  /** when this reader read it; null while unread */
  readAt: Date | null;
}

/** Who reads: the user, and the recipients they read for (themselves, and e.g. `teamleider:<team>`). */
export interface NotificationReader {
  gemeente: string;
  user: string;
  recipients: string[];
}

const COLUMNS = `n.id, n.kind, n.recipient, n.case_id AS "caseId", n.deadline_id AS "deadlineId", n.message,
  n.created_at AS "createdAt", r.read_at AS "readAt"`;

export class NotificationsRepository {
  constructor(private readonly ds: DataSource) {}

  /** The latest `limit` messages to the reader, newest first, and how many of all their messages are unread. */
  async list(who: NotificationReader, limit = 200): Promise<{ items: NotificationEntry[]; unread: number }> {
    const sql = sqlFor(this.ds);
    const items: NotificationEntry[] = await sql.query(
      `SELECT ${COLUMNS} FROM notifications n
       LEFT JOIN notification_reads r ON r.notification_id = n.id AND r.reader = $3
       WHERE n.gemeente = $1 AND n.recipient = ANY($2) ORDER BY n.created_at DESC, n.id LIMIT $4`,
      [who.gemeente, who.recipients, who.user, limit],
    );
    const [count]: { unread: number }[] = await sql.query(
      `SELECT count(*)::int AS unread FROM notifications n
       WHERE n.gemeente = $1 AND n.recipient = ANY($2)
         AND NOT EXISTS (SELECT 1 FROM notification_reads r WHERE r.notification_id = n.id AND r.reader = $3)`,
      [who.gemeente, who.recipients, who.user],
    );
    return { items, unread: count?.unread ?? 0 };
  }

  /** The message to the reader with this id, with their read state; undefined when it is not theirs. */
  async find(who: NotificationReader, id: string): Promise<NotificationEntry | undefined> {
    const rows: NotificationEntry[] = await sqlFor(this.ds).query(
      `SELECT ${COLUMNS} FROM notifications n
       LEFT JOIN notification_reads r ON r.notification_id = n.id AND r.reader = $3
       WHERE n.gemeente = $1 AND n.recipient = ANY($2) AND n.id = $4`,
      [who.gemeente, who.recipients, who.user, id],
    );
    return rows[0];
  }

  /**
   * Marks the message read by the reader at `at` (a second time keeps the first moment); undefined when it is not
   * theirs.
   */
  async markRead(who: NotificationReader, id: string, at: Date): Promise<NotificationEntry | undefined> {
    await sqlFor(this.ds).query(
      `INSERT INTO notification_reads (notification_id, reader, gemeente, read_at)
       SELECT n.id, $3, n.gemeente, $5 FROM notifications n
       WHERE n.gemeente = $1 AND n.recipient = ANY($2) AND n.id = $4
       ON CONFLICT (notification_id, reader) DO NOTHING`,
      [who.gemeente, who.recipients, who.user, id, at],
    );
    return this.find(who, id);
  }

  /** Marks the message unread again for the reader; undefined when it is not theirs. */
  async markUnread(who: NotificationReader, id: string): Promise<NotificationEntry | undefined> {
    await sqlFor(this.ds).query(
      `DELETE FROM notification_reads r USING notifications n
       WHERE r.notification_id = n.id AND r.reader = $3
         AND n.gemeente = $1 AND n.recipient = ANY($2) AND n.id = $4`,
      [who.gemeente, who.recipients, who.user, id],
    );
    return this.find(who, id);
  }

  /** Marks every unread message of the reader read at `at`; returns how many were unread. */
  async markAllRead(who: NotificationReader, at: Date): Promise<number> {
    const rows: unknown[] = await sqlFor(this.ds).query(
      `INSERT INTO notification_reads (notification_id, reader, gemeente, read_at)
       SELECT n.id, $3, n.gemeente, $4 FROM notifications n
       WHERE n.gemeente = $1 AND n.recipient = ANY($2)
       ON CONFLICT (notification_id, reader) DO NOTHING
       RETURNING notification_id`,
      [who.gemeente, who.recipients, who.user, at],
    );
    return rows.length;
  }
}
