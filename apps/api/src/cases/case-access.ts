/**
 * Routes on one case (`/api/v1/cases/:id/...`): `@CaseRoute(audit)` lets case workers in (RolesGuard), then, inside
 * the caller's tenant scope and before the body is parsed, loads the case and checks that the caller may see it
 * (404 when hidden, 403 recorded as `geweigerd` when not theirs), and records the audit entry with the reason
 * it found. The handler receives the case with `@VisibleCase()`.
 */
import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UseInterceptors,
  applyDecorators,
  createParamDecorator,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { CaseView } from '@regie/engine';
import { type Observable, from, mergeMap } from 'rxjs';
import { AuditInterceptor, type AuditSpec, AuditSpecOf } from '../access/audit.interceptor';
import { type AccessRequest, CaseWorker } from '../access/roles';
import { type CaseAccess, CasesService } from './cases.service';

const COMMAND = 'regie:case-command';

interface CaseRequest extends AccessRequest {
  params: Record<string, string>;
  headers: Record<string, string | undefined>;
  caseAccess?: CaseAccess;
}

@Injectable()
export class CaseAccessInterceptor implements NestInterceptor {
  constructor(
    private readonly cases: CasesService,
    private readonly reflector: Reflector,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<CaseRequest>();
    return from(this.cases.visible(req.principal!, req.params.id)).pipe(
      mergeMap((access) => {
        req.caseAccess = access;
        req.accessReason = access.reason;
        if (this.reflector.get<boolean | undefined>(COMMAND, ctx.getHandler())) {
          this.cases.requireIdempotencyKey(req.headers['idempotency-key']);
        }
        return next.handle();
      }),
    );
  }
}

/** A route on one visible case, audited as `audit` says; `command` routes also need an Idempotency-Key. */
export const CaseRoute = (audit: AuditSpec<unknown>, options: { command?: boolean } = {}) =>
  applyDecorators(
    CaseWorker(),
    AuditSpecOf(audit),
    SetMetadata(COMMAND, options.command ?? false),
    UseInterceptors(CaseAccessInterceptor, AuditInterceptor),
  );

/** The case of this route, loaded and checked by the CaseAccessInterceptor. */
export const VisibleCase = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): CaseView =>
    ctx.switchToHttp().getRequest<CaseRequest>().caseAccess!.view,
);

/** The id of the case of this route, for its audit entry. */
export const caseId = ({ req }: { req: AccessRequest }) => (req as CaseRequest).caseAccess?.view.id;
