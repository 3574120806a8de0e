/** Dutch words for a monitor's periods, moments, units and sources: 1 januari 2026, K1 2026, inwoners. */
import { datumVoluit } from '@regie/calendar';
import type { IndicatorCel, IndicatorEenheid, IndicatorUitkomst } from '@regie/sociaal-domein';

/** "1 januari 2026 tot en met 31 maart 2026" */
export function periodeTekst(van: string, tot: string): string {
  return `${datumVoluit(van)} tot en met ${datumVoluit(tot)}`;
}

const MOMENT = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

/** An instant in Amsterdam time: "1 februari 2026 om 06:30". */
export function momentTekst(iso: string): string {
  return MOMENT.format(new Date(iso));
}

const MAAND = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A series point's period as a reader names it: "2026-K1" -> "K1 2026", "2026-03" -> "maart 2026". */
export function puntLabel(periode: string): string {
  const kwartaal = /^(\d{4})-K([1-4])$/.exec(periode);
  if (kwartaal) return `K${kwartaal[2]} ${kwartaal[1]}`;
  if (/^\d{4}-\d{2}$/.test(periode)) return MAAND.format(new Date(`${periode}-01T00:00:00Z`));
  return periode;
}

const EENHEID: Record<IndicatorEenheid, string> = {
  inwoners: 'inwoners',
  huishoudens: 'huishoudens',
  casussen: 'casussen',
  meldingen: 'meldingen',
  voorzieningen: 'voorzieningen',
  aanbieders: 'aanbieders',
  eurocent: 'euro',
  procent: 'procent',
  dagen: 'dagen',
};

export function eenheidTekst(eenheid: IndicatorEenheid): string {
  return EENHEID[eenheid] ?? eenheid;
}

const BRON: Record<string, string> = {
  almelo: 'Almelo (actieplan)',
  twenterand: 'Twenterand (begroting)',
  borne: 'Borne (Monitor Sociaal Domein)',
  regie: 'Regie: doorlooptijden en termijnen',
};

/** The heading a source's indicators are reported under. */
export function bronTekst(bron: string): string {
  return BRON[bron] ?? bron;
}

/** The number a chart plots for a cell: euros for cents; 0 for a hidden or missing cell (its label says which). */
export function plotWaarde(cel: IndicatorCel, eenheid: IndicatorEenheid): number {
  if (cel.waarde === null) return 0;
  return eenheid === 'eurocent' ? cel.waarde / 100 : cel.waarde;
}

/** How it is computed and what it counts, in one explanation. */
export function uitlegTekst(i: IndicatorUitkomst): string[] {
  const delen = [i.definitie, i.berekening];
  delen.push(
    i.soort === 'stand'
      ? 'Een stand aan het eind van de laatste dag van de periode.'
      : 'Een stroom: wat in de periode gebeurde.',
  );
  if (i.nietBeschikbaar) delen.push(`Nog niet beschikbaar: ${i.nietBeschikbaar}`);
  return delen.filter((d) => d.trim() !== '');
}
