/**
 * The audit log: every read of a case, subject or history and every command, with who, which record, when and
 * why it was allowed. Append-only in the database (a trigger refuses UPDATE and DELETE).
 */
import { Injectable } from '@nestjs/common';
import { sqlFor } from '@regie/persistence';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/auth';

export interface AuditEntry {
  action: 'read' | 'list' | 'command';
  recordType: 'case' | 'subject' | 'history' | 'consent' | 'deadline' | 'audit' | 'config';
  recordId?: string | null;
  records?: string[];
  reason: string;
  status?: number;
}

@Injectable()
export class Audit {
  constructor(private readonly db: DataSource) {}

  async record(p: Principal, e: AuditEntry): Promise<void> {
    await sqlFor(this.db).query(
      `INSERT INTO audit_log (gemeente, actor, roles, action, record_type, record_id, records, reason, status)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
      [
        p.gemeente,
        p.user,
        p.roles,
        e.action,
        e.recordType,
        e.recordId ?? null,
        e.records ?? [],
        e.reason,
        e.status ?? 200,
      ],
    );
  }

  async forCase(caseId: string) {
    return sqlFor(this.db).query(
      `SELECT at, actor, roles, action, record_type AS "recordType", record_id AS "recordId", reason, status
       FROM audit_log WHERE record_id = $1 OR $1 = ANY(records) ORDER BY id`,
      [caseId],
    );
  }
}
