/**
 * The monitor over a period (computed now, from history) and the stored monthly monitors, rendered as HTML or PDF.
 * Beleid only; aggregates only (the catalogue's report, suppressed).
 */
import { Injectable } from '@nestjs/common';
import { Clock, NotFound } from '@regie/engine';
import { MonitorsRepository, TenantDatabase } from '@regie/persistence';
import type { Principal } from '../auth/auth';
import { IndicatorsService } from '../indicatoren/indicatoren.service';
import { monitorHtml } from './html';
import type { MonitorInhoud } from '@regie/sociaal-domein';
import { monitorPdf } from './pdf';
import { periodeTekst } from './weergave';

export type Formaat = 'html' | 'pdf';

export interface Weergave {
  contentType: string;
  body: string | Buffer;
  bestand: string;
}

export async function weergeven(inhoud: MonitorInhoud, formaat: Formaat, naam: string): Promise<Weergave> {
  if (formaat === 'pdf')
    return { contentType: 'application/pdf', body: await monitorPdf(inhoud), bestand: `${naam}.pdf` };
  return { contentType: 'text/html; charset=utf-8', body: monitorHtml(inhoud), bestand: `${naam}.html` };
}

@Injectable()
export class MonitorService {
  constructor(
    private readonly monitors: MonitorsRepository,
    private readonly tenant: TenantDatabase,
    private readonly clock: Clock,
    private readonly indicatoren: IndicatorsService,
  ) {}

  /** The monitor of the user's gemeente over [from, to], computed now. */
  async periode(user: Principal, from: string, to: string, formaat: Formaat): Promise<Weergave> {
    const rapport = await this.indicatoren.compute(from, to);
    const inhoud: MonitorInhoud = {
      titel: 'Monitor Sociaal Domein',
      berekendOp: (await this.clock.now()).toISOString(),
      delen: [{ titel: `Periode ${periodeTekst(from, to)}`, rapport }],
    };
    return weergeven(inhoud, formaat, `monitor-${user.gemeente}-${from}-${to}`);
  }

  async lijst() {
    const rows = await this.monitors.lijst(this.tenant.current());
    return {
      items: rows.map((r) => ({
        id: r.id,
        maand: r.maand,
        van: r.van,
        tot: r.tot,
        jaarVan: `${r.maand.slice(0, 4)}-01-01`,
        gemaaktOp: new Date(r.gemaaktOp).toISOString(),
      })),
    };
  }

  /** A stored monthly monitor, rendered from what the worker stored; 404 for another gemeente's or none. */
  async opgeslagen(user: Principal, id: string, formaat: Formaat): Promise<Weergave> {
    const m = await this.monitors.vind<MonitorInhoud>(this.tenant.current(), id);
    if (!m) throw new NotFound(`Maandmonitor ${id} bestaat niet`);
    return weergeven(m.inhoud, formaat, `maandmonitor-${user.gemeente}-${m.maand}`);
  }
}
