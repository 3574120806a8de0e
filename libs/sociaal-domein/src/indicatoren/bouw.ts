/** Turning a family's aggregated rows into an indicator's cells: pure functions, no counting of their own. */
import { addDays, addMonths } from '@regie/calendar';
import type { CatalogusItem, Uitkomst } from './familie';
import { cel, leeg } from './opmaak';
import type {
  IndicatorCel,
  IndicatorEenheid,
  IndicatorReekspunt,
  IndicatorUitsplitsing,
  ReeksPer,
  Uitsplitsing,
} from './types';

import type { TellingRij, StandRij } from './lezen';

export type { DoorlooptijdRij, StandRij, TellingRij, TermijnRij } from './lezen';

/** The months or quarters of [from, to], each clipped to it: `2026-03` or `2026-K1`. */
export function perioden(
  from: string,
  to: string,
  per: ReeksPer,
): { periode: string; van: string; tot: string }[] {
  const uit: { periode: string; van: string; tot: string }[] = [];
  const stap = per === 'maand' ? 1 : 3;
  const eerste = Number(from.slice(5, 7));
  const beginMaand = per === 'kwartaal' ? eerste - ((eerste - 1) % 3) : eerste;
  for (
    let van = `${from.slice(0, 5)}${String(beginMaand).padStart(2, '0')}-01`;
    van <= to;
    van = addMonths(van, stap)
  ) {
    const laatste = addDays(addMonths(van, stap), -1);
    const periode =
      per === 'maand'
        ? van.slice(0, 7)
        : `${van.slice(0, 4)}-K${Math.floor((Number(van.slice(5, 7)) - 1) / 3) + 1}`;
    uit.push({ periode, van: van < from ? from : van, tot: laatste > to ? to : laatste });
  }
  return uit;
}

/** What a cell of a count family shows: a measure of the row, resting on the row's inwoners. */
export type Maat = (r: TellingRij) => IndicatorCel;

export const telMaat =
  (veld: 'inwoners' | 'casussen' | 'aantal' | 'aanbieders' | 'centen', eenheid: IndicatorEenheid): Maat =>
  (r) =>
    cel(r[veld], eenheid, r.inwoners);

/** The average amount per unique client, in whole cents (half a cent up). */
export const gemiddeldPerClient: Maat = (r) =>
  r.inwoners === 0 ? leeg() : cel(Math.round(r.centen / r.inwoners), 'eurocent', r.inwoners);

const NUL: TellingRij = {
  naar: '',
  label: null,
  inwoners: 0,
  casussen: 0,
  aantal: 0,
  centen: 0,
  aanbieders: 0,
};

/**
 * An indicator from a count family: the total row, each breakdown (`naar` the catalogue's name, `dim` the family's
 * column; `vast` labels that are always shown, also at zero), and the series per month or quarter with zeros.
 */
export function uitTelling(
  rijen: TellingRij[],
  from: string,
  to: string,
  maat: Maat,
  opties: {
    uitsplitsingen?: { naar: Uitsplitsing; dim: string; vast?: readonly string[] }[];
    reeks?: ReeksPer | null;
    /** the row of the value when it is not the family's total (a subset of its facts) */
    totaal?: { naar: string; label: string };
    /** the breakdown column holding the series when it is not the family's own months */
    reeksDim?: string;
  } = {},
): Uitkomst {
  const vind = (naar: string, label: string | null) =>
    rijen.find((r) => r.naar === naar && r.label === label) ?? { ...NUL, naar, label };
  const uitsplitsingen: IndicatorUitsplitsing[] = (opties.uitsplitsingen ?? []).map((u) => {
    const labels = [
      ...(u.vast ?? []),
      ...rijen
        .filter((r) => r.naar === u.dim && r.label !== null && !(u.vast ?? []).includes(r.label))
        .map((r) => r.label!)
        .sort((a, b) => a.localeCompare(b, 'nl')),
    ];
    return { naar: u.naar, cellen: labels.map((label) => ({ label, cel: maat(vind(u.dim, label)) })) };
  });
  const punten: IndicatorReekspunt[] = opties.reeks
    ? perioden(from, to, opties.reeks).map((p) => ({
        ...p,
        cel: maat(vind(opties.reeksDim ?? opties.reeks!, p.periode)),
      }))
    : [];
  const totaal = opties.totaal ? vind(opties.totaal.naar, opties.totaal.label) : vind('totaal', null);
  return { waarde: maat(totaal), uitsplitsingen, punten };
}

/** A journey family's figure `naar`: its total (the row without label, or the sum of its labelled rows). */
export function standTotaal(rijen: StandRij[], naar: string): number {
  const eigen = rijen.filter((r) => r.naar === naar);
  const totaal = eigen.find((r) => r.label === null);
  return totaal ? totaal.aantal : eigen.reduce((s, r) => s + r.aantal, 0);
}

/** The labelled rows of figure `naar` as a breakdown, `vast` labels always shown. */
export function standCellen(
  rijen: StandRij[],
  naar: string,
  waarde: (r: StandRij) => IndicatorCel,
  vast: readonly string[] = [],
): IndicatorUitsplitsing['cellen'] {
  const eigen = rijen.filter((r) => r.naar === naar && r.label !== null);
  const labels = [
    ...vast,
    ...eigen
      .map((r) => r.label!)
      .filter((l) => !vast.includes(l))
      .sort(),
  ];
  return labels.map((label) => {
    const r = eigen.find((x) => x.label === label) ?? { naar, label, aantal: 0, dagen: null };
    return { label, cel: waarde(r) };
  });
}

/** An indicator without breakdown or series. */
export const VAST: Pick<CatalogusItem, 'reeks' | 'optelbaar' | 'uitsplitsingen'> = {
  reeks: null,
  optelbaar: false,
  uitsplitsingen: [],
};

/** A single number resting on itself (a count of people or cases); no breakdown, no series. */
export const enkel = (waarde: number, eenheid: IndicatorEenheid): Uitkomst => ({
  waarde: cel(waarde, eenheid),
  uitsplitsingen: [],
  punten: [],
});
