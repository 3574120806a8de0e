/**
 * Bearer tokens. In production (the default) they are OIDC JWTs, validated against the configured issuer's JWKS,
 * audience and expiry, with user, roles, gemeente and team from their claims. In dev/test mode (AUTH_MODE=dev)
 * the API signs its own tokens with AUTH_SECRET. Tokens carry ids and roles, never personal data.
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
import { type JWTPayload, SignJWT, createRemoteJWKSet, jwtVerify } from 'jose';
import { ROLES } from '@regie/workflows/workflow';
import { z } from 'zod';

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

export function authMode(env: NodeJS.ProcessEnv = process.env): 'dev' | 'oidc' {
  return env.AUTH_MODE === 'dev' ? 'dev' : 'oidc';
}

/** Refuses a configuration that would let anyone mint tokens in production, or validate none. */
export function assertAuthConfiguration(env: NodeJS.ProcessEnv = process.env): void {
  if (env.AUTH_MODE === 'dev' && env.NODE_ENV === 'production') {
    throw new Error('AUTH_MODE=dev is niet toegestaan met NODE_ENV=production');
  }
  if (authMode(env) === 'oidc') {
    const missing = ['OIDC_ISSUER', 'OIDC_AUDIENCE', 'OIDC_JWKS_URL'].filter((k) => !env[k]);
    if (missing.length)
      throw new Error(`OIDC-configuratie ontbreekt: ${missing.join(', ')} (of zet AUTH_MODE=dev)`);
  }
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

let jwks: { url: string; set: ReturnType<typeof createRemoteJWKSet> } | null = null;
function issuerKeys(url: string) {
  if (jwks?.url !== url) jwks = { url, set: createRemoteJWKSet(new URL(url)) };
  return jwks.set;
}

/** Dev tokens are signed by this API; OIDC tokens by the configured issuer, whose keys come from its JWKS. */
export async function verifyToken(token: string): Promise<Principal> {
  let payload: JWTPayload;
  if (authMode() === 'dev') {
    ({ payload } = await jwtVerify(token, secret(), { algorithms: ['HS256'] }));
  } else {
    ({ payload } = await jwtVerify(token, issuerKeys(process.env.OIDC_JWKS_URL!), {
      issuer: process.env.OIDC_ISSUER,
      audience: process.env.OIDC_AUDIENCE,
    }));
  }
  const claim = (name: string, fallback: string) => payload[process.env[name] ?? fallback];
  const parsed = principalSchema.safeParse({
    user: payload.sub,
    roles: claim('OIDC_ROLES_CLAIM', 'roles'),
    gemeente: claim('OIDC_GEMEENTE_CLAIM', 'gemeente'),
    ...(claim('OIDC_TEAM_CLAIM', 'team') ? { team: claim('OIDC_TEAM_CLAIM', 'team') } : {}),
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
