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
  /** AES-256-GCM (libs/persistence/src/bsn.ts); never returned by the API */
  @Column('text', { name: 'bsn_encrypted', nullable: true }) bsnEncrypted: string | null;
  @Column('text', { name: 'bsn_hash', nullable: true }) bsnHash: string | null;
  @Column('uuid', { array: true }) members: string[];
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
