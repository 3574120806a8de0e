/**
 * Computes a report: each family of indicators asks the repository once (one aggregate query) and the catalogue
 * turns the rows into cells. Nothing here counts; every figure comes from the history the repository reads.
 */
import type { IndicatorStatementsRepository, TenantDb } from '@regie/persistence';
import { CATALOGUS } from './catalogus';
import { nietBeschikbaar } from './opmaak';
import { onderdrukRapport } from './onderdrukking';
import type { IndicatorRapport, IndicatorUitkomst } from './types';

export class OnbekendeIndicator extends Error {
  constructor(readonly keys: string[]) {
    super(`onbekende indicator: ${keys.join(', ')}`);
  }
}

/** The keys of the catalogue that are not in it (empty: all known). */
export function onbekendeKeys(keys: string[]): string[] {
  const bekend = new Set(CATALOGUS.map((d) => d.key));
  return keys.filter((k) => !bekend.has(k));
}

/**
 * Where a report's families run, always under the gemeente's row level security: the caller's tenant connection
 * (a request's: the families take turns on it), or `open`, which runs work on a tenant connection of the gemeente
 * opened for it (system work such as the monthly monitor: each family gets its own, so they run side by side).
 */
export type RapportVerbinding =
  TenantDb | { gemeente: string; open: <T>(work: (db: TenantDb) => Promise<T>) => Promise<T> };

/** Runs work on `db` one piece after the other: a connection runs one transaction at a time. */
function opDeBeurt(db: TenantDb): <T>(work: (db: TenantDb) => Promise<T>) => Promise<T> {
  let vorige: Promise<unknown> = Promise.resolve();
  return (work) => {
    const beurt = vorige.then(() => work(db));
    vorige = beurt.catch(() => undefined);
    return beurt;
  };
}

/**
 * The report of the verbinding's gemeente over [from, to] (inclusive dates), unsuppressed. Each family asked runs
 * once; with `open` each on a connection of its own, so the families' queries run side by side.
 */
export async function berekenRapport(
  repo: IndicatorStatementsRepository,
  verbinding: RapportVerbinding,
  from: string,
  to: string,
  keys?: string[],
): Promise<IndicatorRapport> {
  const onbekend = onbekendeKeys(keys ?? []);
  if (onbekend.length) throw new OnbekendeIndicator(onbekend);
  const gevraagd = keys ? CATALOGUS.filter((d) => keys.includes(d.key)) : CATALOGUS;
  const { gemeente } = verbinding;
  const draai = 'open' in verbinding ? verbinding.open : opDeBeurt(verbinding);
  // a family's query runs once for all its indicators asked, all families started before any is awaited
  const families = new Map<string, Promise<unknown>>();
  for (const { rekenwijze: r, nietBeschikbaar } of gevraagd)
    if (r && !nietBeschikbaar && !families.has(r.familie))
      families.set(
        r.familie,
        draai((db) => r.lees(repo, db, from, to)),
      );
  // a failed family must not leave the others' rejections unhandled
  await Promise.allSettled(families.values());
  const indicatoren: IndicatorUitkomst[] = [];
  for (const d of gevraagd) {
    const { rekenwijze, ...definitie } = d;
    const uitkomst =
      rekenwijze && !definitie.nietBeschikbaar
        ? rekenwijze.uit(await families.get(rekenwijze.familie)!, { from, to })
        : null;
    if (!uitkomst || uitkomst.nietBeschikbaar) {
      indicatoren.push({
        ...definitie,
        ...(uitkomst?.nietBeschikbaar ? { nietBeschikbaar: uitkomst.nietBeschikbaar } : {}),
        status: 'nog niet beschikbaar',
        waarde: nietBeschikbaar(),
        uitsplitsingen: [],
        punten: [],
      });
      continue;
    }
    indicatoren.push({ ...definitie, status: 'beschikbaar', ...uitkomst });
  }
  return { gemeente, van: from, tot: to, indicatoren };
}

export { onderdrukRapport };
