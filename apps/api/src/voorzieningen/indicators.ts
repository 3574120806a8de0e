/**
 * Indicators computed from history (counts only). Almelo 3.4C.1 follows workflows/transitie18/indicator.ts: a
 * transitie18 case counts in the period in which its beschermd_wonen follow-on first became `actief`. Almelo
 * 3.4C.2 is a stock, not a flow: the inwoners on the beschermd wonen wachtlijst at the end of the period's last day.
 * Small counts are shown as counts here; the screens suppress cells under 5 inwoners.
 */
import { localDate } from '@regie/calendar';
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
  {
    key: 'almelo 3.4C.2',
    name: 'Aantal inwoners op wachtlijst BW',
    // `to` is the start of the day after the period: the count at the end of its last day
    value: (indicators, gemeente, _from, to) =>
      indicators.bwWachtlijstAantal(gemeente, localDate(new Date(to.getTime() - 1))),
  },
];
