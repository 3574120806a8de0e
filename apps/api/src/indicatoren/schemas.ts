/** The report's OpenAPI schema, over the lists of libs/sociaal-domein/src/indicatoren/types.ts. */
import { BRONNEN, EENHEDEN, REEKSEN, UITSPLITSINGEN } from '@regie/sociaal-domein';
import { z } from 'zod';

const eenheid = z.enum(EENHEDEN);
const uitsplitsing = z.enum(UITSPLITSINGEN);
const reeksPer = z.enum(REEKSEN);

export const indicatorCelSchema = z
  .object({
    waarde: z
      .number()
      .nullable()
      .describe(
        'het getal (eurocent bij een bedrag, procent met één decimaal); null als onderdrukt of niet beschikbaar',
      ),
    weergave: z
      .string()
      .describe('zoals een tabel het toont: "1.234", "< 5", "€ 1.234,56", "45,5%", "nog niet beschikbaar"'),
    basis: z
      .number()
      .int()
      .nullable()
      .describe('op hoeveel inwoners (of casussen) het getal rust; null als onderdrukt of niet beschikbaar'),
    onderdrukt: z.boolean().describe('minder dan 5 inwoners, of af te leiden uit een totaal'),
  })
  .meta({ id: 'IndicatorCel' });

export const indicatorUitkomstSchema = z
  .object({
    key: z.string().describe('bron en nummer, bijv. "almelo 4.1.1"'),
    bron: z.enum(BRONNEN),
    nummer: z.string(),
    naam: z.string().describe('de naam zoals gepubliceerd'),
    definitie: z.string(),
    berekening: z.string().describe('hoe Regie het uit de historie berekent'),
    eenheid,
    soort: z
      .enum(['stroom', 'stand'])
      .describe('stroom: over de periode; stand: aan het eind van de laatste dag'),
    optelbaar: z.boolean().describe('of de cellen van een uitsplitsing en de reeks optellen tot de waarde'),
    reeks: z.union([reeksPer, z.null()]).describe('de reeks in de periode: per maand, per kwartaal of geen'),
    nietBeschikbaar: z.string().optional().describe('waarom de indicator (nog) niet beschikbaar is'),
    status: z.enum(['beschikbaar', 'nog niet beschikbaar']),
    waarde: indicatorCelSchema,
    uitsplitsingen: z.array(
      z
        .object({
          naar: uitsplitsing,
          cellen: z.array(z.object({ label: z.string(), cel: indicatorCelSchema }).strict()),
        })
        .strict(),
    ),
    punten: z.array(
      z
        .object({
          periode: z.string().describe('"2026-03" (maand) of "2026-K1" (kwartaal)'),
          van: z.iso.date(),
          tot: z.iso.date(),
          cel: indicatorCelSchema,
        })
        .strict(),
    ),
  })
  .strict()
  .meta({ id: 'IndicatorUitkomst' });

export const indicatorRapportSchema = z
  .object({
    gemeente: z.string(),
    van: z.iso.date(),
    tot: z.iso.date(),
    indicatoren: z.array(indicatorUitkomstSchema),
  })
  .strict()
  .meta({ id: 'IndicatorRapport' });
