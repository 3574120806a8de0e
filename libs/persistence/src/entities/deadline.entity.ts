import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type DeadlineStatus = 'pending' | 'met' | 'missed' | 'cancelled';

/**
 * A durable deadline: the source of truth for every legal term and review. Redis only holds a trigger for it;
 * `token` changes whenever the deadline is re-armed or closed, so a trigger armed earlier is recognised as stale.
 */
@Entity('deadlines')
@Index(['gemeente', 'status', 'dueAt'])
@Index(['caseId'])
export class DeadlineEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') gemeente: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('text') key: string;
  @Column('text') name: string;
  @Column('text', { nullable: true }) law: string | null;
  @Column('text') party: 'gemeente' | 'inwoner';
  @Column('timestamptz') anchor: Date;
  @Column('jsonb') term: { amount: number; unit: string };
  @Column('boolean') atw: boolean;
  @Column('text') status: DeadlineStatus;
  @Column('date', { name: 'due_date', nullable: true }) dueDate: string | null;
  @Column('timestamptz', { name: 'due_at' }) dueAt: Date;
  @Column('timestamptz', { name: 'remind_at', nullable: true }) remindAt: Date | null;
  @Column('timestamptz', { name: 'reminded_at', nullable: true }) remindedAt: Date | null;
  @Column('timestamptz', { name: 'met_at', nullable: true }) metAt: Date | null;
  @Column('timestamptz', { name: 'missed_at', nullable: true }) missedAt: Date | null;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt: Date | null;
  @Column('timestamptz', { name: 'suspended_at', nullable: true }) suspendedAt: Date | null;
  @Column('int', { name: 'suspended_days' }) suspendedDays: number;
  @Column('int', { name: 'extended_days' }) extendedDays: number;
  @Column('int') token: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
