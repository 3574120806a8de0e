/** The Atw calendar's equated days (Atw art. 3) as data: read and changed by the admin, with every version kept. */
import { Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Audited } from '../access/audit.interceptor';
import { Roles } from '../access/roles';
import { CurrentUser, type Principal } from '../auth/auth';
import { ApiProblems, ApiResult } from '../http/schemas/docs';
import { atwKalenderSchema } from '../http/schemas/responses';
import { ZodBody } from '../http/zod';
import { KalenderService, kalenderChange } from './kalender.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/kalender')
export class KalenderController {
  constructor(private readonly kalender: KalenderService) {}

  @Get()
  @Roles(['admin'], 'De Atw-kalender')
  @ApiResult(atwKalenderSchema, {
    description: 'De gelijkgestelde dagen die gelden, met elke eerdere versie',
  })
  @ApiProblems(403)
  @ApiOperation({
    summary: 'De Atw-kalender',
    description:
      'De dagen die bij Koninklijk Besluit met de algemeen erkende feestdagen zijn gelijkgesteld (Algemene termijnenwet art. 3), met de geschiedenis: wie, wanneer, welke dagen (alleen de admin).',
  })
  get() {
    return this.kalender.get();
  }

  @Put()
  @Roles(['admin'], 'De Atw-kalender wijzigen')
  @Audited({ action: 'command', recordType: 'config', reason: 'beheerder' })
  @ApiResult(atwKalenderSchema, { description: 'De lijst die nu geldt, met de geschiedenis' })
  @ApiProblems(400, 403)
  @ApiOperation({
    summary: 'De Atw-kalender wijzigen',
    description:
      'Een nieuwe lijst gelijkgestelde dagen, bijvoorbeeld na een nieuw Koninklijk Besluit (alleen de admin). Termijnen die daarna worden berekend tellen ermee; een termijn die al loopt houdt zijn einddatum.',
  })
  change(@CurrentUser() user: Principal, @ZodBody(kalenderChange) body: z.infer<typeof kalenderChange>) {
    return this.kalender.change(user, body);
  }
}
