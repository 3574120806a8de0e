/**
 * Who may call a route, declared on it: `@CaseWorker()` for case content, `@Roles([...], what)` for the rest.
 * The RolesGuard runs after the AuthGuard and refuses with 403 and the same Dutch message the checks in
 * access.ts give; for case workers it keeps the audit reason ("medewerker (intaker)") on the request.
 * Checks that depend on the record (team, regie holder) are not per route and stay with the record.
 */
import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Principal } from '../auth/auth';
import { requireCaseWorker, requireRole } from './access';

const CASE_WORKER = 'regie:case-worker';
const ROLES = 'regie:roles';

interface RoleRule {
  roles: readonly Principal['roles'][number][];
  what: string;
}

/** The route is for the professionals who work cases (intaker, procesmanager, teamleider). */
export const CaseWorker = () => SetMetadata(CASE_WORKER, true);

/** The route is for these roles only; `what` names it in the refusal ("Het auditlog is voorbehouden aan: ..."). */
export const Roles = (roles: RoleRule['roles'], what: string) => SetMetadata(ROLES, { roles, what });

/** What the guards learned about the request: who, and why they may (the reason the audit log records). */
export interface AccessRequest {
  principal?: Principal;
  accessReason?: string;
}

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    const targets = [ctx.getHandler(), ctx.getClass()];
    const rule = this.reflector.getAllAndOverride<RoleRule | undefined>(ROLES, targets);
    const caseWorker = this.reflector.getAllAndOverride<boolean | undefined>(CASE_WORKER, targets);
    if (!rule && !caseWorker) return true;
    const req = ctx.switchToHttp().getRequest<AccessRequest>();
    const p = req.principal!; // the AuthGuard ran first; a public route declares no roles
    if (rule) requireRole(p, rule.roles, rule.what);
    if (caseWorker) req.accessReason = requireCaseWorker(p);
    return true;
  }
}
