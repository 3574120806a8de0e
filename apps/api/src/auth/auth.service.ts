import { Injectable } from '@nestjs/common';
import { GemeentenRepository } from '@regie/persistence';
import { DataSource } from 'typeorm';
import { type Principal, signDevToken } from './auth';

@Injectable()
export class AuthService {
  private readonly gemeenten: GemeentenRepository;

  constructor(db: DataSource) {
    this.gemeenten = new GemeentenRepository(db);
  }

  /** A dev token for any user, roles and gemeente; the gemeente is created when new. */
  async devToken(principal: Principal): Promise<{ token: string }> {
    await this.gemeenten.ensure(principal.gemeente);
    return { token: await signDevToken(principal) };
  }
}
