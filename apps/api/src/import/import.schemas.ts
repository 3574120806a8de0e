/** The query and the answer of POST /api/v1/import (docs/import.md), as zod: the OpenAPI document is built from them. */
import { SOORTEN } from '@regie/sociaal-domein';
import { z } from 'zod';

const boolParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export const importQuery = z
  .object({
    soort: z
      .enum(SOORTEN)
      .optional()
      .describe('de soort rijen in het bestand; zonder: de regel "# soort: ..." bovenaan het bestand'),
    dryRun: boolParam
      .optional()
      .describe('true: niets schrijven, per rij zeggen wat er zou gebeuren (rijenRapport)'),
    allesOfNiets: boolParam
      .optional()
      .describe('true: schrijf niets zodra één rij wordt afgewezen; anders landen de goede rijen'),
  })
  .strict();

/** The body: one CSV file of one kind (docs/import.md). */
export const importCsv = z
  .string()
  .describe(
    'Eén CSV-bestand van één soort (docs/import.md): een kopregel met de kolomnamen, dan één rij per regel; ' +
      'gescheiden door ; , of een tab (zoals de kopregel), UTF-8. Bovenaan mag "# soort: <soort>" staan.',
  )
  .meta({ id: 'ImportCsv' });

const uitkomst = z.enum(['nieuw', 'ongewijzigd', 'afgewezen']);

export const importResultSchema = z
  .object({
    soort: z.enum(SOORTEN),
    dryRun: z.boolean(),
    allesOfNiets: z.boolean(),
    rijen: z.number().int().describe('datarijen in het bestand (zonder kopregel, commentaar en lege regels)'),
    geland: z.number().int().describe('nieuwe rijen die zijn vastgelegd (bij een dry run: zouden worden)'),
    ongewijzigd: z.number().int().describe('rijen die al in Regie staan: er veranderde niets'),
    afgewezen: z.number().int(),
    geschreven: z
      .boolean()
      .describe(
        'of er iets is geschreven: false bij een dry run, en bij alles-of-niets met een afgewezen rij',
      ),
    afwijzingen: z
      .array(
        z.object({
          rij: z.number().int().describe('het regelnummer in het bestand (1 is de eerste regel)'),
          reden: z.string(),
        }),
      )
      .describe('de afgewezen rijen met hun reden, zonder BSN of naam'),
    rijenRapport: z
      .array(
        z.object({
          rij: z.number().int(),
          uitkomst,
          reden: z.string().optional(),
        }),
      )
      .optional()
      .describe(
        'bij een dry run, en bij alles-of-niets met een afgewezen rij: wat er met elke rij zou gebeuren',
      ),
    gevolgen: z.object({
      herindicaties: z
        .number()
        .int()
        .describe('herindicaties geopend voor lopende voorzieningen met een einddatum'),
      transities18: z
        .number()
        .int()
        .describe('18-/18+-overgangen gestart voor jongeren met een Jeugdwet-voorziening'),
      casussen: z.number().int().describe('meldingen, aanvragen en AVE-trajecten gestart'),
    }),
  })
  .meta({ id: 'ImportResult' });
