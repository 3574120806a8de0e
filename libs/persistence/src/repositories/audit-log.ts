/** The audit log table: append-only (a trigger refuses UPDATE and DELETE). */
import type { DataSource } from 'typeorm';
import { sqlFor } from '../tenant';

export interface AuditLogRow {
  gemeente: string;
  actor: string;
  roles: string[];
  action: string;
  recordType: string;
  recordId: string | null;
  records: string[];
  reason: string;
  status: number;
}

export interface AuditLogEntry {
  at: Date;
  actor: string;
  roles: string[];
  action: string;
  recordType: string;
  recordId: string | null;
  reason: string;
  status: number;
}

export class AuditLogRepository {
  constructor(private readonly ds: DataSource) {}

  async append(e: AuditLogRow): Promise<void> {
    await sqlFor(this.ds).query(
      `INSERT INTO audit_log (gemeente, actor, roles, action, record_type, record_id, records, reason, status)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
      [e.gemeente, e.actor, e.roles, e.action, e.recordType, e.recordId, e.records, e.reason, e.status],
    );
  }

  /** The entries about one record, oldest first. */
  forRecord(recordId: string): Promise<AuditLogEntry[]> {
    return sqlFor(this.ds).query(
      `SELECT at, actor, roles, action, record_type AS "recordType", record_id AS "recordId", reason, status
       FROM audit_log WHERE record_id = $1 OR $1 = ANY(records) ORDER BY id`,
      [recordId],
    );
  }
}
