/**
 * Bearer tokens. In production (the default) they are OIDC JWTs, validated against the configured issuer's JWKS,
 * audience and expiry, with user, roles, gemeente and team from their claims. In dev/test mode (AUTH_MODE=dev)
 * the API signs its own tokens with AUTH_SECRET, or when that is not set with the secret its database keeps
 * (drawn by the first API process to start): every API process on the database accepts the others' tokens, and a
 * restart keeps people logged in. Either is read once, when the API starts (DevTokens). Tokens carry ids and
 * roles, never personal data.
 */
import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  SetMetadata,
  UnauthorizedException,
  createParamDecorator,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { config } from '@regie/config';
import type { DevAuthSecretRepository, SystemDatabase } from '@regie/persistence';
import { type JWTPayload, SignJWT, createRemoteJWKSet, jwtVerify } from 'jose';
import { ROLES } from '@regie/workflows/sociaal-domein';
import { MANDAAT_ONTVANGER } from '@regie/workflows/workflow';
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
    /** the mandate level the user decides with (a doorbraak's plan), e.g. `manager_sociaal_domein` */
    mandaat: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,49}$/, 'kleine letters, cijfers en _')
      .optional()
      .describe('het mandaatniveau waarmee de gebruiker besluit, bijv. teamleider of manager_sociaal_domein'),
  })
  .strict()
  .meta({ id: 'DevTokenRequest' });
export type Principal = z.infer<typeof principalSchema>;

/** The claim that carries the user's mandate level; absent for users who take no decisions that need one. */
export const MANDAAT_CLAIM = 'mandaat';

/**
 * Whose messages the user reads: their own, the teamleider's of their team (escalations), and those to every
 * holder of their mandate level (a doorbraak decision whose term passed at the level below).
 */
export function ontvangersVan(p: Principal): string[] {
  return [
    p.user,
    ...(p.roles.includes('teamleider') && p.team ? [`teamleider:${p.team}`] : []),
    ...(p.mandaat ? [`${MANDAAT_ONTVANGER}${p.mandaat}`] : []),
    // what goes to beleid as a whole (the monthly monitor is ready: apps/worker/src/maandmonitor.ts)
    ...(p.roles.includes('beleid') ? ['rol:beleid'] : []),
  ];
}

export function authMode(): 'dev' | 'oidc' {
  return config().authMode;
}

/**
 * Signs and checks this API's dev tokens with the key it read when it started (see `devTokens`); without a key
 * (AUTH_MODE=oidc) it signs nothing and accepts nothing.
 */
export class DevTokens {
  // A true private field: the key shows in no dump, log line or JSON of this object.
  readonly #key: Uint8Array | null;

  constructor(secret: string | null) {
    this.#key = secret === null ? null : new TextEncoder().encode(secret);
  }

  async sign(p: Principal): Promise<string> {
    return new SignJWT({
      roles: p.roles,
      gemeente: p.gemeente,
      ...(p.team ? { team: p.team } : {}),
      ...(p.mandaat ? { [MANDAAT_CLAIM]: p.mandaat } : {}),
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(p.user)
      .setIssuedAt()
      .setExpirationTime('12h')
      .sign(this.key());
  }

  async verify(token: string): Promise<JWTPayload> {
    return (await jwtVerify(token, this.key(), { algorithms: ['HS256'] })).payload;
  }

  private key(): Uint8Array {
    if (!this.#key) throw new UnauthorizedException('Dev-tokens bestaan alleen met AUTH_MODE=dev');
    return this.#key;
  }
}

/**
 * The API's dev tokens, once at start rather than per request: AUTH_SECRET when set, else the database's secret
 * (read as the owner: the tenant role cannot see it). Outside AUTH_MODE=dev the database is not asked.
 */
export async function devTokens(
  system: SystemDatabase,
  secrets: DevAuthSecretRepository,
): Promise<DevTokens> {
  const { authMode, authSecret } = config();
  if (authMode !== 'dev') return new DevTokens(null);
  return new DevTokens(authSecret ?? (await secrets.ensure(system.handle)));
}

let jwks: { url: string; set: ReturnType<typeof createRemoteJWKSet> } | null = null;
function issuerKeys(url: string) {
  if (jwks?.url !== url) jwks = { url, set: createRemoteJWKSet(new URL(url)) };
  return jwks.set;
}

/** Dev tokens are signed by this API; OIDC tokens by the configured issuer, whose keys come from its JWKS. */
export async function verifyToken(token: string, dev: DevTokens): Promise<Principal> {
  const auth = config();
  let payload: JWTPayload;
  if (auth.authMode === 'dev') {
    payload = await dev.verify(token);
  } else {
    // present: the API does not start without them outside dev mode (config({ verifiesTokens: true }))
    if (!auth.oidcJwksUrl) throw new UnauthorizedException('Geen OIDC-uitgever ingesteld');
    ({ payload } = await jwtVerify(token, issuerKeys(auth.oidcJwksUrl), {
      issuer: auth.oidcIssuer,
      audience: auth.oidcAudience,
    }));
  }
  const team = payload[auth.oidcTeamClaim];
  const mandaat = payload[MANDAAT_CLAIM];
  const parsed = principalSchema.safeParse({
    user: payload.sub,
    roles: payload[auth.oidcRolesClaim],
    gemeente: payload[auth.oidcGemeenteClaim],
    ...(team ? { team } : {}),
    ...(mandaat ? { mandaat } : {}),
  });
  if (!parsed.success) throw new UnauthorizedException('Token mist gebruiker, rollen of gemeente');
  return parsed.data;
}

const PUBLIC = 'regie:public';
/** Marks a route that needs no token. */
export const Public = () => SetMetadata(PUBLIC, true);

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly dev: DevTokens,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, [ctx.getHandler(), ctx.getClass()])) return true;
    const req = ctx.switchToHttp().getRequest<{ headers: Record<string, string>; principal?: Principal }>();
    const header = req.headers.authorization ?? '';
    const match = /^Bearer (.+)$/.exec(header);
    if (!match) throw new UnauthorizedException('Log in: stuur Authorization: Bearer <token>');
    try {
      req.principal = await verifyToken(match[1], this.dev);
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

/** Routes that exist only in dev/test mode (AUTH_MODE=dev): 403 otherwise, before the request is read. */
@Injectable()
export class DevModeGuard implements CanActivate {
  canActivate(): boolean {
    if (authMode() !== 'dev') throw new ForbiddenException('Dev-tokens bestaan alleen met AUTH_MODE=dev');
    return true;
  }
}
