import { Module } from '@nestjs/common';
import { Audit } from './audit';
import { AuditInterceptor } from './audit.interceptor';

/** The audit log and its interceptor, for every feature module whose routes are audited. */
@Module({ providers: [Audit, AuditInterceptor], exports: [Audit, AuditInterceptor] })
export class AccessModule {}
