/**
 * The monthly monitor: on the first working day of a month (Amsterdam; weekends and the
 * holidays of the Atw calendar, libs/calendar, are no working days) the worker computes, per gemeente, the
 * indicator report of the previous month and of the year to date, stores it (table monitors) and tells beleid it
 * is ready (a notification to the role `beleid` of the gemeente).
 *
 * A PeriodicJob (libs/scheduling), not a BullMQ job scheduler: a BullMQ scheduler lives only in Redis, so a Redis that loses its keys (a FLUSHALL, a failover without
 * persistence) would stop the monitor silently. The periodic job is claimed in Postgres with a lease, so one
 * worker runs it. It runs every morning rather than on a cron for "the first working day", which cron cannot say:
 * each run makes the previous month's monitor of every gemeente that has none yet, from the first working day on;
 * a morning with nothing to make costs one statement.
 * So a month is made once (the unique key of monitors, and the check before computing), and a morning missed
 * because no worker ran is made up on the next morning a worker does.
 * System work that stores each gemeente's monitor under that gemeente's tenant handle (`SystemDatabase.asTenant`):
 * the indicators it computes and the monitor it stores are one gemeente's under row level security.
 */
import { type Kalender, addDays, datumVoluit, localDate } from '@regie/calendar';
import type { Clock } from '@regie/engine';
import type { PeriodicJob } from '@regie/scheduling';
import { randomUUID } from 'node:crypto';
import { type MonitorInhoud, berekenRapport, onderdrukRapport } from '../indicatoren';
import type { DomainRecords } from '../records';

/**
 * Every morning at 06:30 Amsterdam time; the run itself decides whether the first working day has come. Not only
 * on a month's first mornings: a worker first started later in the month (or a demo whose clock starts there) makes
 * the month's monitor the next morning, since its first run is scheduled from the moment it starts.
 */
const MAANDMONITOR_PATROON = '30 6 * * *';

/** The notification's recipient: every user with the role beleid reads it (ontvangersVan, apps/api/src/auth). */
const MAANDMONITOR_ONTVANGER = 'rol:beleid';

/** The first working day of the month `maand` (JJJJ-MM): the first after the previous month's last day. */
function eersteWerkdag(maand: string, kalender: Kalender): string {
  return kalender.addWerkdagen(addDays(`${maand}-01`, -1), 1);
}

/** The month the monitor of `vandaag` reports on (the previous month), its days and the year to date. */
function verslagperiode(vandaag: string): {
  maand: string;
  van: string;
  tot: string;
  jaarVan: string;
} {
  const tot = addDays(`${vandaag.slice(0, 7)}-01`, -1);
  const maand = tot.slice(0, 7);
  return { maand, van: `${maand}-01`, tot, jaarVan: `${maand.slice(0, 4)}-01-01` };
}

export class Maandmonitor {
  constructor(
    private readonly records: DomainRecords,
    private readonly clock: Clock,
    private readonly kalender: Kalender,
  ) {}

  /** Makes the previous month's monitor of each gemeente that lacks it; a summary of counts for the log. */
  async run(): Promise<string> {
    const nu = await this.clock.now();
    const vandaag = localDate(nu);
    const eerste = eersteWerkdag(vandaag.slice(0, 7), this.kalender);
    if (vandaag < eerste) return `nog niet: de eerste werkdag is ${eerste}`;
    const p = verslagperiode(vandaag);
    let gemaakt = 0;
    let bestond = 0;
    const { system, gemeenten, indicatorStatements, monitors } = this.records;
    for (const { id: gemeente, heeft } of await gemeenten.metMonitor(system.handle, 'maand', p.maand)) {
      if (heeft) {
        bestond++;
        continue;
      }
      const stored = await system.asTenant(gemeente, async (db) => {
        if (await monitors.bestaat(db, p.maand)) return false;
        // each family of the report on a tenant connection of its own, side by side
        const rapport = (van: string) =>
          berekenRapport(
            indicatorStatements,
            { gemeente, open: (work) => system.asTenant(gemeente, work) },
            van,
            p.tot,
          );
        const maandRapport = onderdrukRapport(await rapport(p.van));
        const jaarRapport = onderdrukRapport(await rapport(p.jaarVan));
        const naam = datumVoluit(p.van).replace(/^1 /, '');
        const inhoud: MonitorInhoud = {
          titel: `Maandmonitor ${naam}`,
          berekendOp: nu.toISOString(),
          delen: [
            { titel: `De maand ${naam}`, rapport: maandRapport },
            { titel: `Het jaar tot en met ${naam}`, rapport: jaarRapport },
          ],
        };
        return monitors.opslaan(db, {
          id: randomUUID(),
          maand: p.maand,
          van: p.van,
          tot: p.tot,
          inhoud,
          gemaaktOp: nu,
          ontvanger: MAANDMONITOR_ONTVANGER,
          bericht: `De maandmonitor van ${naam} staat klaar: de maand en het jaar tot en met ${naam}.`,
        });
      });
      if (stored) gemaakt++;
      else bestond++;
    }
    return `maandmonitor ${p.maand}: ${gemaakt} gemaakt, ${bestond} bestond al`;
  }
}

export function maandmonitorJob(records: DomainRecords, clock: Clock, kalender: Kalender): PeriodicJob {
  const monitor = new Maandmonitor(records, clock, kalender);
  return { name: 'maandmonitor', pattern: MAANDMONITOR_PATROON, run: () => monitor.run() };
}
