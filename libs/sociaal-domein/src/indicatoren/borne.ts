/**
 * Borne's Monitor Sociaal Domein: per product group the unique clients, the providers, and where costs are
 * recorded the total amount and the average per unique client. All four read one family (running voorzieningen).
 */
import { type Maat, enkel, gemiddeldPerClient, telMaat, uitTelling } from './bouw';
import type { CatalogusItem } from './familie';
import { LOPEND } from './familien';
import type { IndicatorEenheid } from './types';

export const PRODUCTGROEPEN = ['Hulp bij huishouden', 'Wmo individueel', 'Wmo groep', 'Jeugd'] as const;

const GROEPERING =
  'Productgroep: Jeugd (Jeugdwet); binnen de Wmo Hulp bij huishouden (product met "huishoud"), Wmo groep (product met "groep" of "dagbesteding") en anders Wmo individueel.';

const GEEN_TARIEF =
  'Geen van de voorzieningen in de periode heeft een tarief: Regie kent de kosten niet (tarief en eenheid per voorziening, migratie 023).';

const PERIODE =
  'Vastgelegde voorzieningen die op enige dag in de periode liepen (startdatum op of voor de laatste dag, geen einddatum of een einddatum op of na de eerste dag).';

function perGroep(
  nummer: string,
  naam: string,
  definitie: string,
  berekening: string,
  eenheid: IndicatorEenheid,
  maat: Maat,
  optelbaar: boolean,
  kosten = false,
): CatalogusItem {
  return {
    key: `borne ${nummer}`,
    bron: 'borne',
    nummer,
    naam,
    definitie,
    berekening: `${PERIODE} ${berekening} ${GROEPERING}`,
    eenheid,
    soort: 'stroom',
    uitsplitsingen: ['productgroep'],
    reeks: null,
    optelbaar,
    rekenwijze: LOPEND((r, c) => {
      // an amount only where costs are recorded: without any tariff in the period a total of 0 would mislead
      if (kosten && !r.some((x) => x.naar === 'tarief'))
        return { ...enkel(0, eenheid), nietBeschikbaar: GEEN_TARIEF };
      return uitTelling(r, c.from, c.to, maat, {
        uitsplitsingen: [{ naar: 'productgroep', dim: 'productgroep', vast: PRODUCTGROEPEN }],
      });
    }),
  };
}

export const BORNE: CatalogusItem[] = [
  perGroep(
    'unieke-clienten',
    'Aantal unieke cliënten',
    'Het aantal unieke cliënten met een voorziening in de periode, per productgroep.',
    'Unieke inwoners; een cliënt met voorzieningen in twee groepen telt in beide, in het totaal één keer.',
    'inwoners',
    telMaat('inwoners', 'inwoners'),
    false,
  ),
  perGroep(
    'aanbieders',
    'Aantal aanbieders',
    'Het aantal verschillende aanbieders dat in de periode een voorziening leverde, per productgroep.',
    'Verschillende aanbieders (naam zoals vastgelegd).',
    'aanbieders',
    telMaat('aanbieders', 'aanbieders'),
    false,
  ),
  perGroep(
    'totaal-bedrag',
    'Totaal bedrag',
    'De kosten van de voorzieningen in de periode, per productgroep, in hele eurocenten.',
    'Per voorziening het tarief maal de geleverde eenheden in de periode: per stuk eenmaal (als de voorziening in de periode start, maal het volume), per etmaal elke dag, per week elke 7 dagen, per uur het volume (uren per week) elke 7 dagen; afgerond op hele centen per voorziening. Een voorziening zonder tarief telt niet mee.',
    'eurocent',
    telMaat('centen', 'eurocent'),
    true,
    true,
  ),
  perGroep(
    'gemiddeld-per-client',
    'Gemiddeld per unieke cliënt',
    'Het totaal bedrag gedeeld door het aantal unieke cliënten, per productgroep.',
    'Totaal bedrag / aantal unieke cliënten, afgerond op hele centen.',
    'eurocent',
    gemiddeldPerClient,
    false,
    true,
  ),
];
