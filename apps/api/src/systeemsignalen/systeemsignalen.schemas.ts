/**
 * What the systeemsignalen API reads and answers, as zod schemas: named components of the OpenAPI document. A
 * signal carries what a closing doorbraak said of the rule, process or agency that blocked the household, and
 * policy's answer; nothing of the case or the household (beleid never sees the case).
 */
import { SIGNAAL_STATUSSEN } from '@regie/persistence';
import { z } from 'zod';

const dateTime = z.iso.datetime({ offset: true });

export const signaalStatusSchema = z
  .enum(SIGNAAL_STATUSSEN)
  .describe('ontvangen (nieuw), in_behandeling (beleid pakt het op) of afgehandeld (met een reactie)')
  .meta({ id: 'SignaalStatus' });

export const systeemsignaalSchema = z
  .object({
    id: z.guid(),
    soort: z
      .enum(['regel', 'proces', 'instantie'])
      .describe('wat het huishouden blokkeerde: een regel, een proces of een instantie'),
    signaal: z.string().describe('de blokkade in woorden'),
    voorstel: z.string().describe('wat de professional voorstelt te veranderen'),
    gesignaleerdOp: dateTime.describe('wanneer de doorbraak met dit signaal werd afgesloten'),
    status: signaalStatusSchema,
    reactie: z.string().nullable().describe('het antwoord van beleid; null zolang er geen is'),
    gewijzigdDoor: z.string().nullable().describe('wie de status of reactie het laatst wijzigde'),
    gewijzigdOp: dateTime.nullable(),
    versie: z.number().int().min(1).describe('stijgt bij elke wijziging; stuur haar mee als If-Match'),
  })
  .strict()
  .meta({ id: 'Systeemsignaal' });

export const systeemsignaalListSchema = z
  .object({ items: z.array(systeemsignaalSchema).describe('de signalen, het nieuwste eerst') })
  .strict()
  .meta({ id: 'SysteemsignaalList' });

export const systeemsignaalWijzigingSchema = z
  .object({
    at: dateTime,
    actor: z.string().describe('wie het deed (system: de afsluiting van de doorbraak)'),
    // a union, not .nullable(): an OpenAPI 3.0 enum only admits null when it lists it
    statusVan: z
      .union([z.enum(SIGNAAL_STATUSSEN), z.null()])
      .describe('de status ervoor; null bij ontvangst'),
    statusNaar: signaalStatusSchema,
    reactie: z.string().nullable().describe('de reactie die met deze wijziging werd gegeven'),
  })
  .strict()
  .meta({ id: 'SysteemsignaalWijziging' });

export const systeemsignaalDetailSchema = systeemsignaalSchema
  .extend({
    historie: z
      .array(systeemsignaalWijzigingSchema)
      .describe('elke wijziging van status of reactie, de oudste eerst'),
  })
  .strict()
  .meta({ id: 'SysteemsignaalDetail' });

export const systeemsignaalQuery = z
  .object({ status: z.enum(SIGNAAL_STATUSSEN).optional().describe('alleen signalen met deze status') })
  .strict();

export const systeemsignaalPatch = z
  .object({
    status: signaalStatusSchema.optional(),
    reactie: z
      .string()
      .trim()
      .min(1, 'een reactie mag niet leeg zijn')
      .max(4000)
      .optional()
      .describe('het antwoord van beleid aan de professionals'),
  })
  .strict()
  .refine((b) => b.status !== undefined || b.reactie !== undefined, {
    message: 'geef een status, een reactie of beide',
    path: ['status'],
  })
  .meta({ id: 'SysteemsignaalWijzigen' });
