import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An inwoner or a huishouden. Personal data lives here and nowhere else (never in Redis, jobs or logs). */
@Entity('subjects')
@Index(['gemeente'])
export class SubjectEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') gemeente: string;
  @Column('text') kind: 'inwoner' | 'huishouden';
  @Column('text') name: string;
  @Column('date', { name: 'birth_date', nullable: true }) birthDate: string | null;
  @Column('text', { nullable: true }) bsn: string | null;
  @Column('uuid', { array: true }) members: string[];
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
