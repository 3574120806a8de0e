import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Toestemming of an inwoner to share their situation with a party, for one scope. */
@Entity('consents')
@Index(['subjectId', 'scope'])
export class ConsentEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') gemeente: string;
  @Column('uuid', { name: 'subject_id' }) subjectId: string;
  @Column('text') scope: string;
  @Column('text', { name: 'granted_to' }) grantedTo: string;
  @Column('text', { name: 'granted_by' }) grantedBy: string;
  @Column('text', { nullable: true }) note: string | null;
  @Column('text', { name: 'recorded_by' }) recordedBy: string;
  @Column('timestamptz', { name: 'granted_at' }) grantedAt: Date;
  @Column('timestamptz', { name: 'valid_until', nullable: true }) validUntil: Date | null;
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true }) withdrawnAt: Date | null;
}
