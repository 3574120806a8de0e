/**
 * Messages (herinneringen, verlopen termijnen, escalaties) and whether each reader has read them. A message goes to
 * a user or to a role in a team (`teamleider:<team>`); read or not is per reader (notification_reads), so one
 * teamleider reading the team's message leaves it unread for the other.
 */
import { Injectable } from '@nestjs/common';
import type { TenantDb } from '../database';

/** Who reads, in the handle's gemeente: the user, and the recipients they read for (themselves, `teamleider:<team>`). */
export interface NotificationReader {
  user: string;
  recipients: string[];
}

export type NotificationEntry = NonNullable<Awaited<ReturnType<NotificationsRepository['find']>>>;

@Injectable()
export class NotificationsRepository {
  /** The reader's messages in the caller's gemeente, with their read state (`readAt` null while unread). */
  private entries(db: TenantDb, who: NotificationReader) {
    return db.sql
      .selectFrom('notifications as n')
      .leftJoin('notification_reads as r', (join) =>
        join.onRef('r.notification_id', '=', 'n.id').on('r.reader', '=', who.user),
      )
      .select([
        'n.id',
        'n.kind',
        'n.recipient',
        'n.case_id as caseId',
        'n.deadline_id as deadlineId',
        'n.message',
        'n.created_at as createdAt',
        'r.read_at as readAt',
      ])
      .where('n.gemeente', '=', db.gemeente)
      .where((eb) => eb('n.recipient', '=', eb.fn.any(eb.val(who.recipients))));
  }

  /** The latest `limit` messages to the reader, newest first, and how many of all their messages are unread. */
  async list(db: TenantDb, who: NotificationReader, limit = 200) {
    const items = await this.entries(db, who)
      .orderBy('n.created_at', 'desc')
      .orderBy('n.id')
      .limit(limit)
      .execute();
    const count = await db.sql
      .selectFrom('notifications as n')
      .select((eb) => eb.cast<number>(eb.fn.countAll(), 'integer').as('unread'))
      .where('n.gemeente', '=', db.gemeente)
      .where((eb) => eb('n.recipient', '=', eb.fn.any(eb.val(who.recipients))))
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('notification_reads as r')
              .select(eb.lit(1).as('one'))
              .whereRef('r.notification_id', '=', 'n.id')
              .where('r.reader', '=', who.user),
          ),
        ),
      )
      .executeTakeFirst();
    return { items, unread: count?.unread ?? 0 };
  }

  /** The message to the reader with this id, with their read state; undefined when it is not theirs. */
  find(db: TenantDb, who: NotificationReader, id: string) {
    return this.entries(db, who).where('n.id', '=', id).executeTakeFirst();
  }

  /**
   * Marks the message read by the reader at `at` (a second time keeps the first moment); undefined when it is not
   * theirs.
   */
  async markRead(
    db: TenantDb,
    who: NotificationReader,
    id: string,
    at: Date,
  ): Promise<NotificationEntry | undefined> {
    await this.read(db, who, at, id);
    return this.find(db, who, id);
  }

  /** Marks the message unread again for the reader; undefined when it is not theirs. */
  async markUnread(
    db: TenantDb,
    who: NotificationReader,
    id: string,
  ): Promise<NotificationEntry | undefined> {
    await db.sql
      .deleteFrom('notification_reads as r')
      .using('notifications as n')
      .whereRef('r.notification_id', '=', 'n.id')
      .where('r.reader', '=', who.user)
      .where('n.gemeente', '=', db.gemeente)
      .where((eb) => eb('n.recipient', '=', eb.fn.any(eb.val(who.recipients))))
      .where('n.id', '=', id)
      .execute();
    return this.find(db, who, id);
  }

  /** Marks every unread message of the reader read at `at`; returns how many were unread. */
  async markAllRead(db: TenantDb, who: NotificationReader, at: Date): Promise<number> {
    return (await this.read(db, who, at)).length;
  }

  /** Reads the reader's messages (the one with `id`, or all) at `at`; a second read keeps the first moment. */
  private read(db: TenantDb, who: NotificationReader, at: Date, id?: string) {
    return db.sql
      .insertInto('notification_reads')
      .columns(['notification_id', 'reader', 'gemeente', 'read_at'])
      .expression((eb) =>
        eb
          .selectFrom('notifications as n')
          .select(['n.id', eb.val(who.user).as('reader'), 'n.gemeente', eb.val(at).as('read_at')])
          .where('n.gemeente', '=', db.gemeente)
          .where((eb) => eb('n.recipient', '=', eb.fn.any(eb.val(who.recipients))))
          .$if(id !== undefined, (qb) => qb.where('n.id', '=', id!)),
      )
      .onConflict((oc) => oc.columns(['notification_id', 'reader']).doNothing())
      .returning('notification_id')
      .execute();
  }
}
