import { Injectable } from '@nestjs/common';
import { GemeentenRepository } from '@regie/persistence';
import { DataSource } from 'typeorm';
import { DevTokens, type Principal } from './auth';

@Injectable()
export class AuthService {
  private readonly gemeenten: GemeentenRepository;

  constructor(
    db: DataSource,
    private readonly tokens: DevTokens,
  ) {
    this.gemeenten = new GemeentenRepository(db);
  }

  /** A dev token for any user, roles and gemeente; the gemeente is created when new. */
  async devToken(principal: Principal): Promise<{ token: string }> {
    await this.gemeenten.ensure(principal.gemeente);
    return { token: await this.tokens.sign(principal) };
  }
}
