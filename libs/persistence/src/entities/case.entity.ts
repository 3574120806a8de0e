import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One running journey. `snapshot` is the machine's persisted snapshot; `version` guards every write
 * (optimistic concurrency, checked by hand in the UPDATE's WHERE: TypeORM's VersionColumn does not).
 */
@Entity('cases')
@Index(['gemeente', 'workflow', 'stateValue'])
@Index(['gemeente', 'regieHolder'])
@Index(['gemeente', 'subjectId'])
export class CaseEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') gemeente: string;
  @Column('text') workflow: string;
  @Column('int', { name: 'workflow_version' }) workflowVersion: number;
  @Column('uuid', { name: 'subject_id' }) subjectId: string;
  @Column('jsonb') snapshot: Record<string, unknown>;
  @Column('text', { name: 'state_value' }) stateValue: string;
  @Column('text', { nullable: true }) team: string | null;
  @Column('text', { name: 'regie_role' }) regieRole: string;
  @Column('text', { name: 'regie_holder', nullable: true }) regieHolder: string | null;
  @Column('int', { name: 'ave_level', nullable: true }) aveLevel: number | null;
  @Column('int') version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
