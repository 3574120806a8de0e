/** The audit log table: append-only (a trigger refuses UPDATE and DELETE). */
import { Injectable } from '@nestjs/common';
import type { Db, TenantDb } from '../database';

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

@Injectable()
export class AuditLogRepository {
  /**
   * Appends an entry; `Db`: a request records its reads and commands under its tenant, and an engine command sent
   * by system work (an effect repeated) records its own under the handle it runs on. The entry names its gemeente.
   */
  async append(db: Db, e: AuditLogRow): Promise<void> {
    await db.sql
      .insertInto('audit_log')
      .values({
        gemeente: e.gemeente,
        actor: e.actor,
        roles: e.roles,
        action: e.action,
        record_type: e.recordType,
        record_id: e.recordId,
        records: e.records,
        reason: e.reason,
        status: e.status,
      })
      .execute();
  }

  /** The entries of the caller's gemeente about one record, oldest first. */
  forRecord(db: TenantDb, recordId: string): Promise<AuditLogEntry[]> {
    return db.sql
      .selectFrom('audit_log')
      .select([
        'at',
        'actor',
        'roles',
        'action',
        'record_type as recordType',
        'record_id as recordId',
        'reason',
        'status',
      ])
      .where((eb) => eb.or([eb('record_id', '=', recordId), eb(eb.val(recordId), '=', eb.fn.any('records'))]))
      .orderBy('id')
      .execute();
  }
}
