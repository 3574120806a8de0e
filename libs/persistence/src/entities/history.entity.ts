import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** Append-only: who did what to a case, when, and from which state to which. `seq` is the case version it made. */
@Entity('case_history')
@Unique(['caseId', 'seq'])
export class HistoryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('text') gemeente: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('int') seq: number;
  @Column('text') type: string;
  @Column('jsonb') data: Record<string, unknown>;
  @Column('text') actor: string;
  @Column('timestamptz') at: Date;
  @Column('text', { name: 'from_state', nullable: true }) fromState: string | null;
  @Column('text', { name: 'to_state' }) toState: string;
  @Column('text', { name: 'causation_id', nullable: true }) causationId: string | null;
}
