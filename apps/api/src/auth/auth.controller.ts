import { Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodBody } from '../http/zod';
import { DevModeGuard, type Principal, Public, principalSchema } from './auth';
import { AuthService } from './auth.service';

@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Dev/test mode only: a token for any user, roles and gemeente; the gemeente is created when new. */
  @Public()
  @Post('dev-token')
  @HttpCode(200)
  @UseGuards(DevModeGuard)
  devToken(@ZodBody(principalSchema) principal: Principal): Promise<{ token: string }> {
    return this.auth.devToken(principal);
  }
}
