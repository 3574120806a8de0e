/** Cells and their Dutch text: 1.234 inwoners, € 1.234,56, 45,5%, 12 dagen. */
import { euro } from '@regie/geld';
import type { IndicatorCel, IndicatorEenheid } from './types';

export const NIET_BESCHIKBAAR = 'nog niet beschikbaar';

const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** Dutch text of a value in its unit; amounts are whole eurocents. */
export function weergave(waarde: number, eenheid: IndicatorEenheid): string {
  if (eenheid === 'eurocent') return euro(waarde);
  if (eenheid === 'procent') return `${getal.format(waarde)}%`;
  return getal.format(waarde);
}

/**
 * A cell of `waarde` resting on `basis` people (or cases). For a count of people the basis is the count itself;
 * pass it explicitly for amounts, shares and durations.
 */
export function cel(waarde: number, eenheid: IndicatorEenheid, basis: number = waarde): IndicatorCel {
  return { waarde, weergave: weergave(waarde, eenheid), basis, onderdrukt: false };
}

/** A share or a median over nobody has no value; it is not a zero. */
export function leeg(): IndicatorCel {
  return { waarde: null, weergave: '-', basis: 0, onderdrukt: false };
}

export function nietBeschikbaar(): IndicatorCel {
  return { waarde: null, weergave: NIET_BESCHIKBAAR, basis: null, onderdrukt: false };
}

/** Share in percent with one decimal, rounded half up: `teller` of `noemer`. */
export function aandeel(teller: number, noemer: number): IndicatorCel {
  if (noemer === 0) return leeg();
  return cel(Math.round((teller * 1000) / noemer) / 10, 'procent', noemer);
}
