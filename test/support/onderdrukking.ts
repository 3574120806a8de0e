/**
 * What the suppression tests read from a report: whether a hidden cell follows from what is shown. Shared by the
 * pure test of the function (indicators-onderdrukking-puur.spec.ts) and the test of the API's answer.
 */
import type { IndicatorCel } from '@regie/sociaal-domein';

/** A number with its suppression: an internal cell, or an indicator or cell of the API's flat answer. */
export type Getoond = Pick<IndicatorCel, 'waarde' | 'onderdrukt'>;

/** Whether some hidden cell's value follows from what is shown (the cells add up to the total). */
export function afleidbaar(totaal: Getoond, cellen: Getoond[]): boolean {
  if (totaal.onderdrukt) return false;
  const verborgen = cellen.filter((c) => c.onderdrukt).length;
  const som = totaal.waarde! - cellen.reduce((s, c) => s + (c.onderdrukt ? 0 : c.waarde!), 0);
  return verborgen === 1 || (verborgen > 1 && som === verborgen);
}
