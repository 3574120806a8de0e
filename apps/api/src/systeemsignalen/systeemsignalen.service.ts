/**
 * Systeemsignalen for policy: the list, one signal with its history, and beleid's change of
 * status and reply. Every request runs under row-level security (the tenant interceptor); the repository queries
 * on its tenant handle. What is answered is the signal only, never the case it came from.
 */
import { Injectable } from '@nestjs/common';
import { Clock, InvalidData, NotFound, VersionConflict } from '@regie/engine';
import { SysteemsignalenRepository, TenantDatabase, type SysteemsignaalRow } from '@regie/persistence';
import { z } from 'zod';
import type { Principal } from '../auth/auth';
import { ifMatchVersion, parse } from '../http/zod';
import type { systeemsignaalPatch, systeemsignaalQuery } from './systeemsignalen.schemas';

const ifMatch = ifMatchVersion('If-Match is de versie van het signaal, bijvoorbeeld "2"');

function view(s: SysteemsignaalRow) {
  return {
    id: s.id,
    soort: s.soort,
    signaal: s.signaal,
    voorstel: s.voorstel,
    gesignaleerdOp: new Date(s.gesignaleerdOp).toISOString(),
    status: s.status,
    reactie: s.reactie,
    gewijzigdDoor: s.gewijzigdDoor,
    gewijzigdOp: s.gewijzigdOp === null ? null : new Date(s.gewijzigdOp).toISOString(),
    versie: s.versie,
  };
}

@Injectable()
export class SysteemsignalenService {
  constructor(
    private readonly signalen: SysteemsignalenRepository,
    private readonly tenant: TenantDatabase,
    private readonly clock: Clock,
  ) {}

  async list(q: z.infer<typeof systeemsignaalQuery>) {
    const rows = await this.signalen.list(this.tenant.current(), q.status);
    return { items: rows.map(view) };
  }

  async detail(id: string) {
    const s = await this.found(id);
    const historie = await this.signalen.historie(this.tenant.current(), id);
    return {
      ...view(s),
      historie: historie.map((h) => ({
        at: new Date(h.at).toISOString(),
        actor: h.actor,
        statusVan: h.statusVan,
        statusNaar: h.statusNaar,
        reactie: h.reactie,
      })),
    };
  }

  /**
   * Beleid sets the status and/or replies. Afgehandeld needs a reply (in this change or an earlier one): the
   * professionals who raised it learn what policy did with it. With If-Match only when the signal still has that
   * version; without, on the version read here (a change meanwhile is a 409 either way, never lost).
   */
  async change(user: Principal, id: string, body: z.infer<typeof systeemsignaalPatch>, version?: string) {
    const s = await this.found(id);
    const versie = version === undefined ? s.versie : parse(ifMatch, version, 'If-Match');
    if (versie !== s.versie) throw this.conflict(s.versie);
    if ((body.status ?? s.status) === 'afgehandeld' && !(body.reactie ?? s.reactie)) {
      throw new InvalidData('Een afgehandeld signaal heeft een reactie van beleid', [
        { field: 'reactie', message: 'verplicht bij status afgehandeld' },
      ]);
    }
    const changed = await this.signalen.change(this.tenant.current(), id, {
      ...body,
      actor: user.user,
      at: await this.clock.now(),
      versie,
    });
    if (!changed) throw this.conflict(s.versie);
    return view(changed);
  }

  private async found(id: string): Promise<SysteemsignaalRow> {
    const s = await this.signalen.find(this.tenant.current(), id);
    if (!s) throw new NotFound(`Systeemsignaal ${id} bestaat niet`);
    return s;
  }

  private conflict(versie: number) {
    return new VersionConflict(
      `Het signaal is intussen gewijzigd (nu versie ${versie}); lees het opnieuw en probeer het dan nog eens`,
    );
  }
}
