/**
 * Bearer tokens. In dev/test mode (AUTH_MODE=dev) the API signs its own tokens with AUTH_SECRET; production
 * validation against an OIDC issuer comes with the roles issue. Tokens carry ids and roles, never personal data.
 */
import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  SetMetadata,
  UnauthorizedException,
  createParamDecorator,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { SignJWT, jwtVerify } from 'jose';
import { z } from 'zod';

export const ROLES = ['intaker', 'procesmanager', 'teamleider', 'beleid', 'admin'] as const;

export const principalSchema = z
  .object({
    user: z
      .string()
      .min(1)
      .max(100)
      .regex(/^[\w.@-]+$/, 'letters, cijfers en . _ @ -'),
    roles: z.array(z.enum(ROLES)).min(1),
    gemeente: z
      .string()
      .min(1)
      .max(50)
      .regex(/^[a-z0-9-]+$/, 'kleine letters, cijfers en -'),
    team: z.string().min(1).max(100).optional(),
  })
  .strict();
export type Principal = z.infer<typeof principalSchema>;

export function authMode(): 'dev' | 'oidc' {
  return process.env.AUTH_MODE === 'dev' ? 'dev' : 'oidc';
}

function secret(): Uint8Array {
  return new TextEncoder().encode(process.env.AUTH_SECRET ?? 'regie-dev-secret-change-me');
}

export async function signDevToken(p: Principal): Promise<string> {
  return new SignJWT({ roles: p.roles, gemeente: p.gemeente, ...(p.team ? { team: p.team } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(p.user)
    .setIssuedAt()
    .setExpirationTime('12h')
    .sign(secret());
}

export async function verifyToken(token: string): Promise<Principal> {
  if (authMode() !== 'dev') throw new UnauthorizedException('OIDC-validatie is nog niet ingericht');
  const { payload } = await jwtVerify(token, secret(), { algorithms: ['HS256'] });
  const parsed = principalSchema.safeParse({
    user: payload.sub,
    roles: payload.roles,
    gemeente: payload.gemeente,
    ...(payload.team ? { team: payload.team } : {}),
  });
  if (!parsed.success) throw new UnauthorizedException('Token mist gebruiker, rollen of gemeente');
  return parsed.data;
}

const PUBLIC = 'regie:public';
/** Marks a route that needs no token. */
export const Public = () => SetMetadata(PUBLIC, true);

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, [ctx.getHandler(), ctx.getClass()])) return true;
    const req = ctx.switchToHttp().getRequest<{ headers: Record<string, string>; principal?: Principal }>();
    const header = req.headers.authorization ?? '';
    const match = /^Bearer (.+)$/.exec(header);
    if (!match) throw new UnauthorizedException('Log in: stuur Authorization: Bearer <token>');
    try {
      req.principal = await verifyToken(match[1]);
    } catch (err) {
      if (err instanceof UnauthorizedException) throw err;
      throw new UnauthorizedException('Token ongeldig of verlopen');
    }
    return true;
  }
}

/** The authenticated user of this request. */
export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal =>
    ctx.switchToHttp().getRequest<{ principal: Principal }>().principal,
);
