import { Injectable } from '@nestjs/common';
import { GemeentenRepository, asTenant } from '@regie/persistence';
import { DataSource } from 'typeorm';
import { DevTokens, type Principal } from './auth';

@Injectable()
export class AuthService {
  constructor(
    private readonly ds: DataSource,
    private readonly gemeenten: GemeentenRepository,
    private readonly tokens: DevTokens,
  ) {}

  /** A dev token for any user, roles and gemeente; the gemeente is created when new, under its own tenant. */
  async devToken(principal: Principal): Promise<{ token: string }> {
    await asTenant(this.ds, principal.gemeente, (db) => this.gemeenten.ensure(db));
    return { token: await this.tokens.sign(principal) };
  }
}
