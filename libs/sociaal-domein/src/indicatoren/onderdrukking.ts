/**
 * Suppression as CBS and the monitors do it: no cell resting on 1 to 4 inwoners is shown ("< 5"), and where the
 * cells of a breakdown or series add up to a shown total, a lone hidden cell is not left derivable (total minus
 * the others): then the smallest other shown cell is hidden too. Zero is shown: it identifies nobody, and
 * hiding it would make every empty period look like a small one.
 */
import type { IndicatorCel, IndicatorRapport, IndicatorUitkomst } from './types';

export const ONDERDRUKT = '< 5';
export const DREMPEL = 5;

/** Whether a cell on its own must be hidden. */
export function teKlein(cel: IndicatorCel): boolean {
  return cel.basis !== null && cel.basis > 0 && cel.basis < DREMPEL;
}

export function verborgen(): IndicatorCel {
  return { waarde: null, weergave: ONDERDRUKT, basis: null, onderdrukt: true };
}

/** Primary suppression: the cell, or hidden when it is too small on its own. */
function primair(cel: IndicatorCel): IndicatorCel {
  return teKlein(cel) ? verborgen() : cel;
}

/**
 * Secondary suppression of cells that add up to `totaal`. A zero is shown, so a reader knows every hidden cell is
 * at least 1; the hidden cells are then derivable when only one is hidden (total minus the others) or when their
 * sum equals their number (each must be 1). While that is so and the total is shown, the shown non-zero cell with
 * the smallest basis is hidden too (the least information lost). Returns new cells; `nogDerivabel` tells the caller
 * to hide the total when no cell was left to hide.
 */
export function secundair(totaal: IndicatorCel, cellen: IndicatorCel[]): IndicatorCel[] {
  return secundairMet(totaal, cellen).cellen;
}

function secundairMet(totaal: IndicatorCel, cellen: IndicatorCel[]) {
  const uit = cellen.map(primair);
  if (totaal.onderdrukt || teKlein(totaal) || totaal.waarde === null)
    return { cellen: uit, nogDerivabel: false };
  const zichtbaar = (c: IndicatorCel) => c.waarde ?? 0;
  for (;;) {
    const verborgenAantal = uit.filter((c) => c.onderdrukt).length;
    const verborgenSom = totaal.waarde - uit.reduce((s, c) => s + (c.onderdrukt ? 0 : zichtbaar(c)), 0);
    if (verborgenAantal === 0 || (verborgenAantal >= 2 && verborgenSom !== verborgenAantal))
      return { cellen: uit, nogDerivabel: false };
    let kandidaat = -1;
    uit.forEach((c, i) => {
      if (c.onderdrukt || !c.waarde) return;
      if (kandidaat < 0 || (c.basis ?? Infinity) < (uit[kandidaat]!.basis ?? Infinity)) kandidaat = i;
    });
    if (kandidaat < 0) return { cellen: uit, nogDerivabel: true };
    uit[kandidaat] = verborgen();
  }
}

/**
 * One indicator suppressed: its value, then each breakdown and the series against it. Where a breakdown's hidden
 * cells would still follow from the total (no shown cell left to hide), the total is hidden as well.
 */
export function onderdrukIndicator(u: IndicatorUitkomst): IndicatorUitkomst {
  if (u.status !== 'beschikbaar') return u;
  let waarde = primair(u.waarde);
  const groepen = [...u.uitsplitsingen.map((s) => s.cellen.map((c) => c.cel)), u.punten.map((p) => p.cel)];
  const nieuw = groepen.map((cellen) =>
    u.optelbaar ? secundairMet(waarde, cellen) : { cellen: cellen.map(primair), nogDerivabel: false },
  );
  if (nieuw.some((g) => g.nogDerivabel)) waarde = verborgen();
  return {
    ...u,
    waarde,
    uitsplitsingen: u.uitsplitsingen.map((s, i) => ({
      ...s,
      cellen: s.cellen.map((c, j) => ({ ...c, cel: nieuw[i]!.cellen[j]! })),
    })),
    punten: u.punten.map((p, j) => ({ ...p, cel: nieuw[nieuw.length - 1]!.cellen[j]! })),
  };
}

export function onderdrukRapport(r: IndicatorRapport): IndicatorRapport {
  return { ...r, indicatoren: r.indicatoren.map(onderdrukIndicator) };
}
