import { Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, ApiPublic, ApiResult } from '../http/schemas/docs';
import { devTokenSchema } from '../http/schemas/responses';
import { ZodBody } from '../http/zod';
import { DevModeGuard, type Principal, Public, principalSchema } from './auth';
import { AuthService } from './auth.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Dev/test mode only: a token for any user, roles and gemeente; the gemeente is created when new. */
  @Public()
  @Post('dev-token')
  @HttpCode(200)
  @UseGuards(DevModeGuard)
  @ApiPublic()
  @ApiResult(devTokenSchema, { description: 'Een token voor deze gebruiker (alleen in dev- en testmodus)' })
  @ApiProblems(400, 403)
  @ApiOperation({
    summary: 'Een dev-token',
    description:
      'Alleen met AUTH_MODE=dev: een token voor elke gebruiker, rollen en gemeente; een nieuwe gemeente wordt aangemaakt.',
  })
  devToken(@ZodBody(principalSchema) principal: Principal): Promise<{ token: string }> {
    return this.auth.devToken(principal);
  }
}
