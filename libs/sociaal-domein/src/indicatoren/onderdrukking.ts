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

/**
 * Secondary suppression of cells that add up to `totaal`: while the total is shown and exactly one non-zero cell
 * is hidden, hide the shown cell with the smallest basis (the least information lost). Returns new cells.
 */
export function secundair(totaal: IndicatorCel, cellen: IndicatorCel[]): IndicatorCel[] {
  const uit = cellen.map((c) => (teKlein(c) ? verborgen() : c));
  if (totaal.onderdrukt || teKlein(totaal)) return uit;
  for (;;) {
    const verborgenAantal = uit.filter((c) => c.onderdrukt).length;
    if (verborgenAantal !== 1) return uit;
    let kandidaat = -1;
    uit.forEach((c, i) => {
      if (c.onderdrukt || c.waarde === null || c.waarde === 0) return;
      if (kandidaat < 0 || (c.basis ?? Infinity) < (uit[kandidaat]!.basis ?? Infinity)) kandidaat = i;
    });
    // no other non-zero cell: the hidden one equals the total, which is then hidden by the caller
    if (kandidaat < 0) return uit;
    uit[kandidaat] = verborgen();
  }
}

/** One indicator suppressed: its value, then each breakdown and the series against it. */
export function onderdrukIndicator(u: IndicatorUitkomst): IndicatorUitkomst {
  if (u.status !== 'beschikbaar') return u;
  let waarde = teKlein(u.waarde) ? verborgen() : u.waarde;
  const groepen = [...u.uitsplitsingen.map((s) => s.cellen.map((c) => c.cel)), u.punten.map((p) => p.cel)];
  const nieuw = groepen.map((cellen) => (u.optelbaar ? secundair(waarde, cellen) : cellen.map(primair)));
  // a hidden cell with every other cell zero equals the total: the total goes too
  if (
    u.optelbaar &&
    !waarde.onderdrukt &&
    nieuw.some(
      (cellen) =>
        cellen.filter((c) => c.onderdrukt).length === 1 &&
        cellen.every((c) => c.onderdrukt || c.waarde === 0),
    )
  )
    waarde = verborgen();
  return {
    ...u,
    waarde,
    uitsplitsingen: u.uitsplitsingen.map((s, i) => ({
      ...s,
      cellen: s.cellen.map((c, j) => ({ ...c, cel: nieuw[i]![j]! })),
    })),
    punten: u.punten.map((p, j) => ({ ...p, cel: nieuw[nieuw.length - 1]![j]! })),
  };
}

function primair(cel: IndicatorCel): IndicatorCel {
  return teKlein(cel) ? verborgen() : cel;
}

export function onderdrukRapport(r: IndicatorRapport): IndicatorRapport {
  return { ...r, indicatoren: r.indicatoren.map(onderdrukIndicator) };
}
