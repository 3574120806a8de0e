import { Injectable } from '@nestjs/common';
import { sqlFor } from '@regie/persistence';
import { DataSource } from 'typeorm';
import { type Principal, signDevToken } from './auth';

@Injectable()
export class AuthService {
  constructor(private readonly db: DataSource) {}

  /** A dev token for any user, roles and gemeente; the gemeente is created when new. */
  async devToken(principal: Principal): Promise<{ token: string }> {
    await sqlFor(this.db).query(
      `INSERT INTO gemeenten (id, name) VALUES ($1, $1) ON CONFLICT (id) DO NOTHING`,
      [principal.gemeente],
    );
    return { token: await signDevToken(principal) };
  }
}
