/**
 * The messages of the signed-in user (reminders, passed terms, escalations), and whether they read them. Read or
 * unread is per user: a message to the team's teamleider is read by each teamleider for themselves.
 */
import { Injectable, NotFoundException } from '@nestjs/common';
import { Clock } from '@regie/engine';
import { NotificationsRepository, type NotificationReader, TenantDatabase } from '@regie/persistence';
import { type Principal, ontvangersVan } from '../auth/auth';
import { parse, uuidParam } from '../http/zod';

/** The user's own messages, and those for their role in their team (a teamleider's escalations). */
function reader(p: Principal): NotificationReader {
  return {
    user: p.user,
    // their own, the team's teamleider's, their mandate level's (auth.ts)
    recipients: ontvangersVan(p),
  };
}

@Injectable()
export class NotificationsService {
  constructor(
    private readonly tenant: TenantDatabase,
    private readonly notifications: NotificationsRepository,
    private readonly clock: Clock,
  ) {}

  list(p: Principal) {
    return this.notifications.list(this.tenant.current(), reader(p));
  }

  /** Read from now on (a second time keeps the first moment); 404 for a message that is not the user's. */
  async markRead(p: Principal, id: string) {
    const found = await this.notifications.markRead(
      this.tenant.current(),
      reader(p),
      parse(uuidParam, id, 'id'),
      await this.clock.now(),
    );
    return found ?? notFound(id);
  }

  /** Unread again; 404 for a message that is not the user's. */
  async markUnread(p: Principal, id: string) {
    const found = await this.notifications.markUnread(
      this.tenant.current(),
      reader(p),
      parse(uuidParam, id, 'id'),
    );
    return found ?? notFound(id);
  }

  /** Every message of the user read; how many were unread. */
  async markAllRead(p: Principal) {
    return {
      gelezen: await this.notifications.markAllRead(this.tenant.current(), reader(p), await this.clock.now()),
    };
  }
}

function notFound(id: string): never {
  throw new NotFoundException(`Bericht ${id} bestaat niet of is niet voor jou`);
}
