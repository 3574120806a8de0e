/**
 * The report as GET /indicators answers it, over the lists of libs/sociaal-domein/src/indicatoren/types.ts, and
 * the mapping onto it. The answer is flat: an indicator, a breakdown's cell and a point of a series
 * each carry `waarde`, `weergave`, `onderdrukt` and `basis` themselves, so every client reads one shape and none
 * digs the number out of a nested cell. The monitor and the CSV keep the internal report (an `IndicatorCel` per
 * number); only the answer of the API is flattened, here.
 */
import {
  BRONNEN,
  EENHEDEN,
  type IndicatorCel,
  type IndicatorRapport,
  REEKSEN,
  UITSPLITSINGEN,
} from '@regie/sociaal-domein';
import { z } from 'zod';

/** The number, its text and its suppression: the same fields on an indicator, a breakdown's cell and a point. */
const celVelden = {
  waarde: z
    .number()
    .nullable()
    .describe(
      'het getal, in de eenheid van de indicator (eurocent bij een bedrag, procent met één decimaal); null als het onderdrukt is (weergave "< 5"), als de indicator niet beschikbaar is, of als er niets te berekenen valt (een aandeel of mediaan over niemand, weergave "-")',
    ),
  weergave: z
    .string()
    .describe(
      'de tekst om te tonen, zoals een tabel hem schrijft: "1.234", "< 5", "€ 1.234,56", "45,5%", "-", "nog niet beschikbaar"',
    ),
  onderdrukt: z
    .boolean()
    .describe(
      'true als het getal verborgen is omdat het op 1 tot 4 inwoners rust, of omdat het uit een totaal min de andere cellen zou volgen; waarde is dan null en weergave "< 5"',
    ),
  basis: z
    .number()
    .int()
    .nullable()
    .describe(
      'op hoeveel inwoners (of casussen) het getal rust, bij een aandeel de noemer; nooit 1 tot 4; null als onderdrukt of niet beschikbaar',
    ),
};

export const indicatorUitsplitsingCelSchema = z
  .object({ label: z.string().describe('de categorie, bijv. "Jeugd" of "wijkteam-noord"'), ...celVelden })
  .strict()
  .meta({ id: 'IndicatorUitsplitsingCel', description: 'één cel van een uitsplitsing' });

export const indicatorUitsplitsingSchema = z
  .object({
    naar: z.enum(UITSPLITSINGEN).describe('waarnaar de waarde is uitgesplitst'),
    cellen: z.array(indicatorUitsplitsingCelSchema).describe('een cel per categorie'),
  })
  .strict()
  .meta({ id: 'IndicatorUitsplitsing', description: 'de waarde uitgesplitst naar één kenmerk' });

export const indicatorReekspuntSchema = z
  .object({
    periode: z.string().describe('"2026-03" (maand) of "2026-K1" (kwartaal)'),
    van: z.iso.date().describe('eerste dag van het punt, niet voor de gevraagde periode'),
    tot: z.iso.date().describe('laatste dag van het punt (tot en met), niet na de gevraagde periode'),
    ...celVelden,
  })
  .strict()
  .meta({ id: 'IndicatorReekspunt', description: 'één punt van de reeks: een maand of kwartaal' });

export const indicatorUitkomstSchema = z
  .object({
    key: z.string().describe('bron en nummer, bijv. "almelo 4.1.1"; ook de naam in de parameter keys'),
    bron: z
      .enum(BRONNEN)
      .describe('wiens document de indicator publiceert; regie: een indicator van Regie zelf'),
    nummer: z.string().describe('het nummer in dat document'),
    naam: z.string().describe('de naam zoals gepubliceerd'),
    van: z.iso.date().describe('eerste dag van de periode van de waarde'),
    tot: z.iso.date().describe('laatste dag van de periode van de waarde (tot en met)'),
    ...celVelden,
    eenheid: z
      .enum(EENHEDEN)
      .describe(
        'waarin waarde telt (basis telt inwoners of casussen); eurocent: hele centen, procent: met één decimaal',
      ),
    status: z
      .enum(['beschikbaar', 'nog niet beschikbaar'])
      .describe('nog niet beschikbaar: Regie legt niet vast wat de indicator nodig heeft (waarde null)'),
    nietBeschikbaar: z.string().optional().describe('waarom de indicator (nog) niet beschikbaar is'),
    definitie: z.string().describe('wat de indicator betekent'),
    berekening: z.string().describe('hoe Regie het uit de historie berekent'),
    soort: z
      .enum(['stroom', 'stand'])
      .describe('stroom: over de periode; stand: aan het eind van de laatste dag'),
    optelbaar: z.boolean().describe('of de cellen van een uitsplitsing en de reeks optellen tot de waarde'),
    reeks: z
      .union([z.enum(REEKSEN), z.null()])
      .describe('de reeks in de periode: per maand, per kwartaal of geen'),
    uitsplitsingen: z
      .array(indicatorUitsplitsingSchema)
      .describe('de waarde uitgesplitst; leeg zonder uitsplitsing of als de indicator niet beschikbaar is'),
    punten: z
      .array(indicatorReekspuntSchema)
      .describe('de reeks, in de volgorde van de tijd; leeg zonder reeks'),
  })
  .strict()
  .meta({ id: 'IndicatorUitkomst', description: 'één indicator over de periode, onderdrukt voor beleid' });

export const indicatorRapportSchema = z
  .object({
    gemeente: z.string().describe('de gemeente van de gebruiker: alleen haar inwoners tellen mee'),
    van: z.iso.date().describe('eerste dag van de gevraagde periode (Amsterdamse datum)'),
    tot: z.iso.date().describe('laatste dag van de gevraagde periode (tot en met)'),
    indicatoren: z.array(indicatorUitkomstSchema).describe('in de volgorde van de catalogus'),
  })
  .strict()
  .meta({ id: 'IndicatorRapport' });

export type IndicatorRapportAntwoord = z.output<typeof indicatorRapportSchema>;

/** Named one by one: a field the internal cell gains later does not leave through the API unnoticed. */
function cel({ waarde, weergave, onderdrukt, basis }: IndicatorCel) {
  return { waarde, weergave, onderdrukt, basis };
}

/** The internal (already suppressed) report in the shape the API documents. */
export function rapportAntwoord(r: IndicatorRapport): IndicatorRapportAntwoord {
  return {
    gemeente: r.gemeente,
    van: r.van,
    tot: r.tot,
    indicatoren: r.indicatoren.map((i) => ({
      key: i.key,
      bron: i.bron,
      nummer: i.nummer,
      naam: i.naam,
      van: r.van,
      tot: r.tot,
      ...cel(i.waarde),
      eenheid: i.eenheid,
      status: i.status,
      ...(i.nietBeschikbaar === undefined ? {} : { nietBeschikbaar: i.nietBeschikbaar }),
      definitie: i.definitie,
      berekening: i.berekening,
      soort: i.soort,
      optelbaar: i.optelbaar,
      reeks: i.reeks,
      uitsplitsingen: i.uitsplitsingen.map((u) => ({
        naar: u.naar,
        cellen: u.cellen.map((c) => ({ label: c.label, ...cel(c.cel) })),
      })),
      punten: i.punten.map((p) => ({ periode: p.periode, van: p.van, tot: p.tot, ...cel(p.cel) })),
    })),
  };
}
