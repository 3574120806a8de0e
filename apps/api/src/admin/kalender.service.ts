/**
 * The days equated with the feestdagen by Royal Decree (Atw art. 3) as data: the admin adds the days of a new
 * decree; every version is kept. The list is national: term arithmetic in every process counts with the newest
 * version (KalenderSync loads it; this process at once, the others on the notification).
 */
import { Injectable } from '@nestjs/common';
import { Clock } from '@regie/engine';
import { AtwKalenderRepository, type AtwKalenderVersion, TenantDatabase } from '@regie/persistence';
import { KalenderSync } from '@regie/runtime';
import { z } from 'zod';
import { isoDatum } from '../http/zod';
import type { Principal } from '../auth/auth';

export const kalenderChange = z
  .object({
    dagen: z
      .array(isoDatum)
      .max(1000)
      .refine((d) => new Set(d).size === d.length, 'een dag staat er dubbel in')
      .describe(
        'de volledige lijst van bij Koninklijk Besluit gelijkgestelde dagen (Atw art. 3) die vanaf nu geldt',
      ),
  })
  .strict()
  .meta({ id: 'AtwKalenderWijziging' });

function versieView(v: AtwKalenderVersion, vorige: AtwKalenderVersion | undefined) {
  const voor = new Set(vorige?.dagen ?? []);
  const na = new Set(v.dagen);
  return {
    version: v.version,
    dagen: v.dagen,
    toegevoegd: v.dagen.filter((d) => !voor.has(d)),
    verwijderd: [...voor].filter((d) => !na.has(d)).sort(),
    changedBy: v.changedBy,
    gemeente: v.gemeente,
    changedAt: new Date(v.changedAt).toISOString(),
  };
}

@Injectable()
export class KalenderService {
  constructor(
    private readonly repo: AtwKalenderRepository,
    private readonly tenant: TenantDatabase,
    private readonly clock: Clock,
    private readonly sync: KalenderSync,
  ) {}

  async get() {
    const rows = await this.repo.history(this.tenant.current());
    const geschiedenis = rows.map((v, i) => versieView(v, rows[i - 1]));
    const current = geschiedenis[geschiedenis.length - 1];
    return {
      version: current.version,
      dagen: current.dagen,
      changedBy: current.changedBy,
      changedAt: current.changedAt,
      geschiedenis,
    };
  }

  async change(user: Principal, { dagen }: z.infer<typeof kalenderChange>) {
    const sorted = [...dagen].sort();
    // the version names the admin's gemeente: the request's tenant
    await this.repo.change(this.tenant.current(), sorted, user.user, await this.clock.now());
    // this process counts with it before it answers; the others reload on the notification
    await this.sync.reload();
    return this.get();
  }
}
