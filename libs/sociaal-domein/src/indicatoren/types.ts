/**
 * The indicator catalogue's types. An indicator is keyed by (bron, nummer): the same number means
 * different things in different documents. These types are the contract the API, the monitor and the CSV share;
 * change them only by adding optional fields.
 */

/** Whose document publishes the indicator; `regie` are the engine's own (what a procesmanager needs). */
export const BRONNEN = ['almelo', 'twenterand', 'borne', 'regie'] as const;
export type IndicatorBron = (typeof BRONNEN)[number];

/** What one unit of the value is. A count says what it counts: people are counted once however many cases. */
export const EENHEDEN = [
  'inwoners',
  'huishoudens',
  'casussen',
  'meldingen',
  'voorzieningen',
  'aanbieders',
  'eurocent',
  'procent',
  'dagen',
] as const;
export type IndicatorEenheid = (typeof EENHEDEN)[number];

/** The breakdowns a definition can name. */
export const UITSPLITSINGEN = [
  'voorziening',
  'productgroep',
  'aanbieder',
  'verwijzer',
  'wet',
  'team',
  'termijn',
  'niveau',
  'status',
  'soort',
] as const;
export type Uitsplitsing = (typeof UITSPLITSINGEN)[number];

export const REEKSEN = ['maand', 'kwartaal'] as const;
export type ReeksPer = (typeof REEKSEN)[number];

/** The static half of an indicator: what it is and how it is computed, in the words beleid reads. */
export interface IndicatorDefinitie {
  /** `${bron} ${nummer}`, e.g. `almelo 4.1.1`; stable, the API's `keys` */
  key: string;
  bron: IndicatorBron;
  nummer: string;
  /** the name as published (Dutch) */
  naam: string;
  /** what it means (Dutch) */
  definitie: string;
  /** how Regie computes it from its history (Dutch) */
  berekening: string;
  eenheid: IndicatorEenheid;
  /** a flow over the period, or a stock at the end of its last day */
  soort: 'stroom' | 'stand';
  uitsplitsingen: Uitsplitsing[];
  /** the series in the period, or none where a series says nothing (a median of medians) */
  reeks: ReeksPer | null;
  /**
   * Whether a breakdown's cells (and the series' points) add up to the value. Unique inwoners per voorziening do
   * not (one inwoner can have two); suppression needs to know, a total minus the other cells reveals only then.
   */
  optelbaar: boolean;
  /** set when the engine does not record what the indicator needs: the API says so instead of showing 0 */
  nietBeschikbaar?: string;
}

/**
 * One number as it leaves the API. `waarde` is null when suppressed or not available; `weergave` is the Dutch text
 * a table shows ("12", "< 5", "€ 1.234,56", "45,5%", "nog niet beschikbaar").
 */
export interface IndicatorCel {
  waarde: number | null;
  weergave: string;
  /**
   * How many inwoners (or cases, for a case count) the number rests on: what suppression looks at. For a count of
   * inwoners it is the count; for an amount, percentage or median the people it is computed over.
   */
  basis: number | null;
  onderdrukt: boolean;
}

export interface IndicatorUitsplitsing {
  naar: Uitsplitsing;
  cellen: { label: string; cel: IndicatorCel }[];
}

export interface IndicatorReekspunt {
  /** `2026-03` for a month, `2026-K1` for a quarter */
  periode: string;
  /** first and last day (inclusive, JJJJ-MM-DD) of the point, clipped to the asked period */
  van: string;
  tot: string;
  cel: IndicatorCel;
}

/** One indicator computed for a gemeente and a period. */
export interface IndicatorUitkomst extends Omit<IndicatorDefinitie, 'uitsplitsingen'> {
  status: 'beschikbaar' | 'nog niet beschikbaar';
  waarde: IndicatorCel;
  uitsplitsingen: IndicatorUitsplitsing[];
  punten: IndicatorReekspunt[];
}

/** What `compute` returns: the period (inclusive Amsterdam dates) and the indicators asked, in catalogue order. */
export interface IndicatorRapport {
  gemeente: string;
  van: string;
  tot: string;
  indicatoren: IndicatorUitkomst[];
}
