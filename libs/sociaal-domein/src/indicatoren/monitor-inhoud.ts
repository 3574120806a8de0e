/**
 * What a monitor shows, as data: the indicator report of the catalogue (berekenRapport, suppressed)
 * over each of its parts, with the moment it was computed. Aggregates only, never a person: this is what the
 * monthly monitor stores (as JSON) and what the HTML and PDF are rendered from, so a stored monitor renders the
 * same numbers however often it is opened.
 *
 * The renderers know nothing of particular indicators: every indicator in the report becomes a table row, an
 * explanation, a chart of its series and tables of its breakdowns, so a new indicator in the catalogue appears in
 * the monitor without a change here. The series are the catalogue's own (per quarter or month, as its definition
 * says), suppressed together with the total: a series computed here per quarter could give a hidden cell away as
 * the total minus the other quarters.
 */
import type { IndicatorRapport } from './types';

/** One part of a monitor: the monthly monitor has the month and the year to date. */
export interface MonitorDeel {
  titel: string;
  rapport: IndicatorRapport;
}

export interface MonitorInhoud {
  titel: string;
  /** when it was computed (ISO instant) */
  berekendOp: string;
  delen: MonitorDeel[];
}
