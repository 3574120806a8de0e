/**
 * The known users of the gemeente (or one team), for pickers such as "Nieuwe regiehouder". In dev mode
 * (AUTH_MODE=dev) they are the demo's users (libs/demo) with their roles and teams; with OIDC the
 * identity provider knows the users, and the API only knows those who hold regie of a case of the gemeente.
 */
import { Injectable } from '@nestjs/common';
import { RegieHoldersRepository, TenantDatabase } from '@regie/persistence';
import { z } from 'zod';
import { authMode, type Principal } from '../auth/auth';
import { DEMO_TEAM, DEMO_USERS } from '@regie/demo';

export const userListQuery = z
  .object({
    team: z.string().max(100).optional().describe('alleen de gebruikers van dit team'),
  })
  .strict();

export const userSchema = z
  .object({
    user: z.string().describe('de gebruikersnaam, zoals regie en termijnen die noemen'),
    roles: z.array(z.string()).describe('de rollen; leeg als de API ze niet kent'),
    team: z.string().nullable(),
  })
  .meta({ id: 'User' });

export const userListSchema = z.object({ items: z.array(userSchema) }).meta({ id: 'UserList' });

type User = z.infer<typeof userSchema>;

/** The demo login's user with mandate level manager_sociaal_domein (apps/web/src/screens/Login.tsx). */
export const DEMO_MANAGER = 'manager1';

/** The demo's case workers (beleid and beheer hold no regie, so they are no choice in a picker). */
export const DEMO_ACCOUNTS: User[] = [
  { user: DEMO_USERS.intaker, roles: ['intaker'], team: DEMO_TEAM },
  { user: DEMO_USERS.schuldenspecialist, roles: ['intaker'], team: DEMO_TEAM },
  { user: DEMO_USERS.wijkcoach, roles: ['intaker'], team: DEMO_TEAM },
  { user: DEMO_USERS.teamleider, roles: ['teamleider'], team: DEMO_TEAM },
  // the demo's manager sociaal domein (its mandate decides doorbraak plans up to € 25.000; Login.tsx)
  { user: DEMO_MANAGER, roles: ['teamleider'], team: DEMO_TEAM },
  { user: DEMO_USERS.procesmanager, roles: ['procesmanager'], team: null },
];

@Injectable()
export class UsersService {
  constructor(
    private readonly tenant: TenantDatabase,
    private readonly holders: RegieHoldersRepository,
  ) {}

  async list(_p: Principal, q: z.infer<typeof userListQuery>): Promise<{ items: User[] }> {
    if (authMode() === 'dev') {
      return { items: DEMO_ACCOUNTS.filter((u) => q.team === undefined || u.team === q.team) };
    }
    const rows = await this.holders.list(this.tenant.current(), q.team);
    return { items: rows.map((r) => ({ user: r.user, roles: [], team: r.team })) };
  }
}
