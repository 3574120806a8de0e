/**
 * Voorzieningen of a subject, the worklist of the current user, and the BW wachtlijst.
 * Every request runs under row-level security (the tenant interceptor): the repositories query on its tenant handle.
 */
import { Injectable } from '@nestjs/common';
import { daysBetween, localDate, startOfLocalDay } from '@regie/calendar';
import { Clock, WorkflowRegistry } from '@regie/engine';
import { bwWachtlijst, worklistFor, worklistTaken } from '@regie/sociaal-domein';
import {
  IndicatorStatementsRepository,
  TenantDatabase,
  VoorzieningenRepository,
  WorklistRepository,
  type VoorzieningRow,
} from '@regie/persistence';
import { z } from 'zod';
import type { Principal } from '../auth/auth';
import { isoDatum } from '../http/zod';
import { SubjectsService } from '../subjects/subjects.service';

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

export const worklistQuery = z
  .object({
    dueBefore: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(200),
  })
  .strict();

export const wachtlijstQuery = z
  .object({
    /** the day to look at (the list at its end); default: today */
    peildatum: isoDatum.optional(),
  })
  .strict();

@Injectable()
export class VoorzieningenService {
  constructor(
    private readonly records: VoorzieningenRepository,
    private readonly clock: Clock,
    private readonly subjects: SubjectsService,
    private readonly worklistRows: WorklistRepository,
    private readonly counts: IndicatorStatementsRepository,
    private readonly tenant: TenantDatabase,
    private readonly registry: WorkflowRegistry,
  ) {}

  /** The voorzieningen granted to an inwoner, newest first. */
  async voorzieningen(id: string) {
    await this.subjects.find(id);
    const rows = await this.records.forSubject(this.tenant.current(), id);
    const vandaag = localDate(await this.clock.now());
    return { items: rows.map((r) => voorzieningView(r, vandaag)) };
  }

  /** What is due for the current user: their terms and open herindicatie tasks, by due date. */
  async worklist(user: Principal, q: z.infer<typeof worklistQuery>) {
    const dueBefore = q.dueBefore
      ? q.dueBefore.length === 10
        ? startOfLocalDay(q.dueBefore)
        : new Date(q.dueBefore)
      : undefined;
    const now = await this.clock.now();
    const items = await worklistFor(
      this.worklistRows,
      worklistTaken(this.registry),
      this.tenant.current(),
      user.user,
      now,
      {
        dueBefore,
        limit: q.limit,
      },
    );
    return { items };
  }

  /** Who waits for beschermd wonen at the end of the peildatum (default today), the longest waiting first. */
  async bwWachtlijst(q: z.infer<typeof wachtlijstQuery>) {
    const peildatum = q.peildatum ?? localDate(await this.clock.now());
    const rows = await bwWachtlijst(this.counts, this.tenant.current(), peildatum);
    const items = rows.map((r) => ({
      caseId: r.caseId,
      subjectId: r.subjectId,
      sinds: r.sinds,
      wachtdagen: daysBetween(r.sinds, peildatum),
      grond: r.grond as 'toegekend' | 'voorlopig_noodzakelijk',
      overbrugging: r.overbrugging as 'maatschappelijke_opvang' | '24_uursopvang' | 'thuis',
      aveNiveau: r.aveNiveau === null ? null : Number(r.aveNiveau),
      regieHolder: r.regieHolder,
    }));
    return { peildatum, aantal: new Set(items.map((i) => i.subjectId)).size, items };
  }
}
