/**
 * Voorzieningen of a subject, the worklist of the current user, and the indicators beleid reads (issue #5).
 * Every request runs under row-level security (the tenant interceptor); queries go through `sqlFor`.
 */
import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { addDays, localDate, startOfLocalDay } from '@regie/calendar';
import { Clock, worklistFor } from '@regie/engine';
import { sqlFor } from '@regie/persistence';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { requireCaseWorker, requireRole } from '../access/access';
import { Audit } from '../access/audit';
import { findSubject } from '../subjects/subjects.controller';
import { CurrentUser, type Principal } from '../auth/auth';
import { parse } from '../http/zod';
import { INDICATOREN } from './indicators';

interface VoorzieningRow {
  id: string;
  subject_id: string;
  case_id: string;
  wet: string;
  product: string;
  aanbieder: string;
  volume_aantal: string;
  volume_eenheid: string;
  startdatum: string;
  einddatum: string | null;
  ggz: boolean;
  eigenaar: string;
  team: string | null;
  herindicatie_case_id: string | null;
  created_at: Date;
}

function voorzieningView(v: VoorzieningRow, vandaag: string) {
  return {
    id: v.id,
    subjectId: v.subject_id,
    caseId: v.case_id,
    wet: v.wet,
    product: v.product,
    aanbieder: v.aanbieder,
    volume: { aantal: Number(v.volume_aantal), eenheid: v.volume_eenheid },
    startdatum: v.startdatum,
    einddatum: v.einddatum,
    ggz: v.ggz,
    actief: v.startdatum <= vandaag && (v.einddatum === null || v.einddatum >= vandaag),
    eigenaar: v.eigenaar,
    herindicatieCaseId: v.herindicatie_case_id,
    createdAt: new Date(v.created_at).toISOString(),
  };
}

const worklistQuery = z
  .object({
    dueBefore: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(200),
  })
  .strict();

const indicatorQuery = z
  .object({
    from: z.iso.date({ message: 'verwacht een datum JJJJ-MM-DD' }),
    to: z.iso.date({ message: 'verwacht een datum JJJJ-MM-DD' }),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .strict()
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'de periode eindigt voor zij begint' });

@ApiTags('voorzieningen')
@ApiBearerAuth()
@Controller('api')
export class VoorzieningenController {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: Audit,
  ) {}

  private sql() {
    return sqlFor(this.db);
  }

  /** The voorzieningen granted to an inwoner, newest first. */
  @Get('subjects/:id/voorzieningen')
  async voorzieningen(@CurrentUser() user: Principal, @Param('id') id: string) {
    const reason = requireCaseWorker(user);
    await findSubject(this.sql(), user.gemeente, id);
    const rows: VoorzieningRow[] = await this.sql().query(
      `SELECT * FROM voorzieningen WHERE gemeente = $1 AND subject_id = $2 ORDER BY startdatum DESC, created_at DESC`,
      [user.gemeente, id],
    );
    await this.audit.record(user, { action: 'read', recordType: 'subject', recordId: id, reason });
    const vandaag = localDate(await this.clock.now());
    return { items: rows.map((r) => voorzieningView(r, vandaag)) };
  }

  /** What is due for the current user: their terms and open herindicatie tasks, by due date. */
  @Get('worklist')
  async worklist(@CurrentUser() user: Principal, @Query() query: unknown) {
    const reason = requireCaseWorker(user);
    const q = parse(worklistQuery, query, 'query');
    const dueBefore = q.dueBefore
      ? q.dueBefore.length === 10
        ? startOfLocalDay(q.dueBefore)
        : new Date(q.dueBefore)
      : undefined;
    const items = await worklistFor(this.sql(), user.user, await this.clock.now(), {
      dueBefore,
      limit: q.limit,
    });
    await this.audit.record(user, {
      action: 'list',
      recordType: 'deadline',
      records: [...new Set(items.map((i) => i.caseId))],
      reason,
    });
    return { items };
  }

  /** Counts over a period (from and to inclusive, Amsterdam dates); never a person. */
  @Get('indicators')
  @Header('Cache-Control', 'no-store')
  async indicators(
    @CurrentUser() user: Principal,
    @Query() query: unknown,
    @Res({ passthrough: true }) res: Response,
  ) {
    requireRole(user, ['beleid'], 'Indicatoren inzien');
    const q = parse(indicatorQuery, query, 'query');
    const van = startOfLocalDay(q.from);
    const tot = startOfLocalDay(addDays(q.to, 1));
    const result = [];
    for (const ind of INDICATOREN) {
      result.push({
        key: ind.key,
        name: ind.name,
        value: await ind.value(this.sql(), user.gemeente, van, tot),
      });
    }
    if (q.format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      const cell = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
      return ['key,name,value', ...result.map((r) => [r.key, r.name, r.value].map(cell).join(','))].join(
        '\n',
      );
    }
    return result;
  }
}
