/**
 * Indicators computed from history. Almelo 3.4C.1 follows workflows/transitie18/indicator.ts: a transitie18 case
 * counts in the period in which its beschermd_wonen follow-on first became `actief`. Almelo 3.4C.2 is a stock, not
 * a flow: the inwoners on the beschermd wonen wachtlijst at the end of the period's last day. Almelo 3.4A.1 and
 * 3.4B.1 count the doorbraak cases that ran in the period and whose analysis named a Jeugdwet (3.4A.1) or a Wmo
 * (3.4B.1) agency or provision; a case counts once however often it was analysed. The realised savings of the
 * Doorbraakmethode are summed per classification (situationeel, structureel, incidenteel, as Borne reports them)
 * in whole eurocents, from each case's latest evaluation in the period, with the number of cases summed over.
 * Small counts are shown as counts here; the screens suppress cells under 5 inwoners (an amount: under 5 cases).
 */
import { localDate } from '@regie/calendar';
import type { IndicatorsRepository } from '@regie/persistence';

/** An amount rather than a count: its unit, and how many cases it is summed over. */
export interface Bedrag {
  value: number;
  eenheid: 'eurocent';
  casussen: number;
}

export interface Indicator {
  key: string;
  name: string;
  value(indicators: IndicatorsRepository, gemeente: string, from: Date, to: Date): Promise<number | Bedrag>;
}

/** One indicator per classification of realised savings; each reads the sums of all three (one small query). */
const besparing = (soort: 'situationeel' | 'structureel' | 'incidenteel'): Indicator => ({
  key: `doorbraak besparing ${soort}`,
  name: `Gerealiseerde besparing per jaar in de Doorbraakmethode, ${soort}`,
  value: async (indicators, gemeente, from, to) => {
    const per = (await indicators.doorbraakBesparingen(gemeente, from, to)).find((b) => b.soort === soort);
    return { value: per?.centen ?? 0, eenheid: 'eurocent', casussen: per?.casussen ?? 0 };
  },
});

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
  {
    key: 'almelo 3.4A.1',
    name: 'Aantal trajecten met jeugdhulp in Doorbraakmethode',
    value: (indicators, gemeente, from, to) => indicators.doorbraakMetWet(gemeente, 'Jeugdwet', from, to),
  },
  {
    key: 'almelo 3.4B.1',
    name: 'Aantal trajecten met voorziening Wmo in Doorbraakmethode',
    value: (indicators, gemeente, from, to) => indicators.doorbraakMetWet(gemeente, 'Wmo', from, to),
  },
  besparing('situationeel'),
  besparing('structureel'),
  besparing('incidenteel'),
];
