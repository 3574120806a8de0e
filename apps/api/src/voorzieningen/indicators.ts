/**
 * Indicators computed from history (counts only). Almelo 3.4C.1 follows workflows/transitie18/indicator.ts: a
 * transitie18 case counts in the period in which its beschermd_wonen follow-on first became `actief`.
 */
import type { IndicatorsRepository } from '@regie/persistence';

export interface Indicator {
  key: string;
  name: string;
  value(indicators: IndicatorsRepository, gemeente: string, from: Date, to: Date): Promise<number>;
}

export const INDICATOREN: Indicator[] = [
  {
    key: 'almelo 3.4C.1',
    name: 'Aantal jongeren (18+) van Jw-voorziening naar BW',
    value: (indicators, gemeente, from, to) => indicators.transitie18NaarBeschermdWonen(gemeente, from, to),
  },
];
