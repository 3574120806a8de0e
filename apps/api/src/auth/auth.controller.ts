import { Body, Controller, ForbiddenException, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { jsonSchema, parse } from '../http/zod';
import { Public, authMode, principalSchema, signDevToken } from './auth';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly db: DataSource) {}

  /** Dev/test mode only: a token for any user, roles and gemeente; the gemeente is created when new. */
  @Public()
  @Post('dev-token')
  @HttpCode(200)
  @ApiBody({ schema: jsonSchema(principalSchema) })
  async devToken(@Body() body: unknown): Promise<{ token: string }> {
    if (authMode() !== 'dev') throw new ForbiddenException('Dev-tokens bestaan alleen met AUTH_MODE=dev');
    const principal = parse(principalSchema, body);
    await this.db.query(`INSERT INTO gemeenten (id, name) VALUES ($1, $1) ON CONFLICT (id) DO NOTHING`, [
      principal.gemeente,
    ]);
    return { token: await signDevToken(principal) };
  }
}
