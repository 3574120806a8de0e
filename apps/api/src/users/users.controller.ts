/** The users a professional can choose, e.g. as the new regie holder of a case. */
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CaseWorker } from '../access/roles';
import { CurrentUser, type Principal } from '../auth/auth';
import { ApiProblems, ApiResult } from '../http/schemas/docs';
import { ZodQuery } from '../http/zod';
import { UsersService, userListQuery, userListSchema } from './users';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @CaseWorker()
  @ApiResult(userListSchema, { description: 'De bekende gebruikers, op naam' })
  @ApiProblems(400, 403)
  @ApiOperation({
    summary: 'Gebruikers van de gemeente of een team',
    description:
      'De bekende medewerkers van de gemeente, of van één team (team=), om uit te kiezen, bijvoorbeeld als nieuwe regiehouder. In de demo (AUTH_MODE=dev) de demogebruikers met hun rollen en teams; anders wie de regie heeft over een casus van de gemeente.',
  })
  list(@CurrentUser() user: Principal, @ZodQuery(userListQuery) query: z.infer<typeof userListQuery>) {
    return this.users.list(user, query);
  }
}
