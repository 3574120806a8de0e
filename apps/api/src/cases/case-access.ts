/**
 * Routes on one case (`/api/v1/cases/:id/...`). `@CaseRoute(audit)`, for reads: lets case workers in (RolesGuard),
 * then, inside the caller's tenant scope and before the body is parsed, loads the case and checks that the caller
 * may see it (404 when hidden, 403 recorded as `geweigerd` when not theirs), and records the audit entry with the
 * reason it found. The handler receives the case with `@VisibleCase()`.
 *
 * `@CaseCommand(audit)`, for a command the engine carries out on the case: the same case workers, an id that is a
 * uuid and an Idempotency-Key, checked before the body; the case is not loaded here. The engine's command loads it
 * once and checks there, on that row, that the caller may see it (`@CaseAccessRule()`, the same answers), and
 * writes the audit entry with its step (`@StepAudit()`).
 */
import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  UseInterceptors,
  applyDecorators,
  createParamDecorator,
} from '@nestjs/common';
import type { CaseScope, CaseView } from '@regie/engine';
import { type Observable, from, mergeMap } from 'rxjs';
import { AuditInterceptor, type AuditSpec, AuditSpecOf } from '../access/audit.interceptor';
import { type AccessRequest, CaseWorker } from '../access/roles';
import { InvalidRequest, parse, uuidParam } from '../http/zod';
import { type CaseAccess, CasesService, whyVisible } from './cases.service';

interface CaseRequest extends AccessRequest {
  params: Record<string, string>;
  headers: Record<string, string | undefined>;
  caseAccess?: CaseAccess;
}

@Injectable()
export class CaseAccessInterceptor implements NestInterceptor {
  constructor(private readonly cases: CasesService) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<CaseRequest>();
    return from(this.cases.visible(req.principal!, req.params.id)).pipe(
      mergeMap((access) => {
        req.caseAccess = access;
        req.accessReason = access.reason;
        return next.handle();
      }),
    );
  }
}

/** A route on one visible case, audited as `audit` says. */
export const CaseRoute = (audit: AuditSpec<unknown>) =>
  applyDecorators(CaseWorker(), AuditSpecOf(audit), UseInterceptors(CaseAccessInterceptor, AuditInterceptor));

/** The case of this route, loaded and checked by the CaseAccessInterceptor. */
export const VisibleCase = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): CaseView =>
    ctx.switchToHttp().getRequest<CaseRequest>().caseAccess!.view,
);

/** The id of the case of this route, for its audit entry. */
export const caseId = ({ req }: { req: AccessRequest }) => (req as CaseRequest).caseAccess?.view.id;

/** What a command on a case needs before its body is read: a case id that is a uuid, and an Idempotency-Key. */
@Injectable()
export class CaseCommandInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<CaseRequest>();
    // outside the AuditInterceptor: neither is a command, so neither is recorded
    parse(uuidParam, req.params.id, 'id');
    if (req.headers['idempotency-key'] === undefined)
      throw new InvalidRequest('Header Idempotency-Key ontbreekt', [{ field: 'Idempotency-Key' }]);
    return next.handle();
  }
}

/** A command on one case that the engine carries out and audits with its step (`audit` without `recordId`). */
export const CaseCommand = (audit: Omit<AuditSpec<unknown>, 'recordId' | 'records' | 'inStep'>) =>
  applyDecorators(
    CaseWorker(),
    AuditSpecOf({ ...audit, recordId: ({ params }) => params.id, inStep: true }),
    UseInterceptors(CaseCommandInterceptor, AuditInterceptor),
  );

/**
 * Who may act on the case of this command, for the engine to ask of the case as it loads it: the reason the caller
 * may see it (kept on the request for the audit entry of a refusal), or null when they may not.
 */
export const CaseAccessRule = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): ((c: CaseScope) => string | null) => {
    const req = ctx.switchToHttp().getRequest<CaseRequest>();
    return (c) => {
      const why = whyVisible(req.principal!, c);
      if (why) req.accessReason = why;
      return why;
    };
  },
);
