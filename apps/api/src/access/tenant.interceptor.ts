import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { asTenant } from '@regie/persistence';
import { type Observable, from, lastValueFrom } from 'rxjs';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/auth';

const SYSTEM = 'regie:system-scope';
/** A route that acts for every gemeente (the manual clock): it runs without row-level security. */
export const SystemScope = () => SetMetadata(SYSTEM, true);

/** Runs each authenticated request on a connection that row-level security confines to the caller's gemeente. */
@Injectable()
export class TenantInterceptor implements NestInterceptor {
  constructor(
    private readonly db: DataSource,
    private readonly reflector: Reflector,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const principal = ctx.switchToHttp().getRequest<{ principal?: Principal }>().principal;
    if (!principal || this.reflector.getAllAndOverride<boolean>(SYSTEM, [ctx.getHandler(), ctx.getClass()])) {
      return next.handle();
    }
    return from(
      asTenant(this.db, principal.gemeente, () => lastValueFrom(next.handle(), { defaultValue: undefined })),
    );
  }
}
