import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A message for one professional (a reminder, a missed term). Carries ids, not personal data. */
@Entity('notifications')
@Index(['gemeente', 'recipient', 'createdAt'])
export class NotificationEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') gemeente: string;
  @Column('text') recipient: string;
  @Column('text') kind: string;
  @Column('uuid', { name: 'case_id', nullable: true }) caseId: string | null;
  @Column('uuid', { name: 'deadline_id', nullable: true }) deadlineId: string | null;
  @Column('text') message: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt: Date | null;
}
