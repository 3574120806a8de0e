/**
 * The audit log: every read of a case, subject or history and every command, with who, which record, when and
 * why it was allowed. Append-only in the database (a trigger refuses UPDATE and DELETE).
 */
import { Injectable } from '@nestjs/common';
import { AuditLogRepository, TenantDatabase } from '@regie/persistence';
import type { Principal } from '../auth/auth';

export interface AuditEntry {
  action: 'read' | 'list' | 'command';
  recordType:
    | 'case'
    | 'subject'
    | 'history'
    | 'consent'
    | 'deadline'
    | 'audit'
    | 'config'
    | 'import'
    | 'systeemsignaal';
  recordId?: string | null;
  records?: string[];
  reason: string;
  status?: number;
}

@Injectable()
export class Audit {
  constructor(
    private readonly log: AuditLogRepository,
    private readonly tenant: TenantDatabase,
  ) {}

  /** Records under the request's gemeente: the entry is the caller's, in their tenant. */
  async record(p: Principal, e: AuditEntry): Promise<void> {
    await this.log.append(this.tenant.current(), {
      gemeente: p.gemeente,
      actor: p.user,
      roles: p.roles,
      action: e.action,
      recordType: e.recordType,
      recordId: e.recordId ?? null,
      records: e.records ?? [],
      reason: e.reason,
      status: e.status ?? 200,
    });
  }

  async forCase(caseId: string) {
    return this.log.forRecord(this.tenant.current(), caseId);
  }
}
