/**
 * The audit log, declared on the route: `@Audited({ action, recordType, recordId | records })` records who read
 * or did what, with the reason the guards found, once the handler has answered. A command the engine carries out
 * (`inStep: true`) is not recorded here: its handler hands the entry to the engine (`@StepAudit()`), which writes
 * it with the command's step, in the same statement. A command whose handler the engine refuses (`refusals: true`)
 * is recorded too, with status 400; a request refused before it runs (bad shape, no access, a record that is not
 * there) is not a command and is not recorded here.
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
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { type CommandAudit, EngineError, NotFound } from '@regie/engine';
import { type Observable, catchError, from, mergeMap, throwError } from 'rxjs';
import { InvalidRequest } from '../http/zod';
import { Audit, type AuditEntry } from './audit';
import type { AccessRequest } from './roles';

/** What an audit entry is derived from: the handler's answer and the request. */
export interface AuditSource<R = unknown> {
  result: R;
  params: Record<string, string>;
  req: AccessRequest;
}

export interface AuditSpec<R = unknown> {
  action: AuditEntry['action'];
  recordType: AuditEntry['recordType'];
  recordId?(a: AuditSource<R>): string | null | undefined;
  records?(a: AuditSource<R>): string[];
  /** a fixed reason; otherwise the one the guards found */
  reason?: string;
  /** a refused command (an engine error from the handler) is recorded with status 400 */
  refusals?: boolean;
  /** the engine writes the entry with the command's step (the record: the case); see `@StepAudit()` */
  inStep?: boolean;
}

/** The request as the audit interceptor leaves it for the handler of an `inStep` route. */
interface AuditedRequest extends AccessRequest {
  method: string;
  params: Record<string, string>;
  stepAudit?: CommandAudit;
}

const AUDIT = 'regie:audit';

function auditSpec(reflector: Reflector, ctx: ExecutionContext): AuditSpec | undefined {
  return reflector.get<AuditSpec | undefined>(AUDIT, ctx.getHandler());
}

/** Records each successful call of this route in the audit log. */
export const Audited = <R = unknown>(spec: AuditSpec<R>) =>
  applyDecorators(SetMetadata(AUDIT, spec), UseInterceptors(AuditInterceptor));

/**
 * The audit entry of an `inStep` route's command, for the engine to write with its step: the route's action and
 * record type, the status of its answer and the reason the guards found (a command on a case finds its own).
 */
export const StepAudit = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): CommandAudit =>
    ctx.switchToHttp().getRequest<AuditedRequest>().stepAudit!,
);

/** The spec alone, for decorators that place the AuditInterceptor themselves (after the case access check). */
export const AuditSpecOf = <R = unknown>(spec: AuditSpec<R>) => SetMetadata(AUDIT, spec);

/** The id of the record the handler answered with. */
export const answeredId = ({ result }: AuditSource<{ id: string }>) => result.id;
/** A route parameter, as the client sent it. */
export const routeParam =
  (name: string) =>
  ({ params }: AuditSource) =>
    params[name];

@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly audit: Audit,
    private readonly reflector: Reflector,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = auditSpec(this.reflector, ctx);
    if (!spec) return next.handle();
    const req = ctx.switchToHttp().getRequest<AuditedRequest>();
    const status =
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, ctx.getHandler()) ??
      (req.method === 'POST' ? 201 : 200);
    if (spec.inStep) {
      req.stepAudit = {
        action: spec.action,
        recordType: spec.recordType,
        status,
        reason: spec.reason ?? req.accessReason ?? '',
      };
    }
    const record = (result: unknown, status: number) =>
      this.audit.record(req.principal!, {
        action: spec.action,
        recordType: spec.recordType,
        recordId: spec.recordId?.({ result, params: req.params, req }),
        records: spec.records?.({ result, params: req.params, req }),
        reason: spec.reason ?? req.accessReason ?? '',
        status,
      });
    return next.handle().pipe(
      mergeMap(async (result) => {
        if (!spec.inStep) await record(result, status);
        return result;
      }),
      catchError((err: unknown) => {
        // a case that is not there (or in another gemeente) is no command on it, as a request of the wrong shape
        const notACommand = err instanceof InvalidRequest || err instanceof NotFound;
        if (!spec.refusals || !(err instanceof EngineError) || notACommand) {
          return throwError(() => err);
        }
        return from(record(undefined, 400)).pipe(mergeMap(() => throwError(() => err)));
      }),
    );
  }
}
