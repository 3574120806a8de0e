import { InvalidData, zodDetails } from '@regie/engine';
import { z } from 'zod';

// Professionals read these messages in the UI: zod's own Dutch texts ("Te klein: verwacht dat number >0 is").
z.config(z.locales.nl());

/** Parses request data with a zod schema; a mismatch is a 400 naming each field. */
export function parse<T extends z.ZodType>(schema: T, value: unknown, what = 'body'): z.infer<T> {
  const result = schema.safeParse(value ?? {});
  if (!result.success) {
    const details = zodDetails(result.error);
    throw new InvalidData(
      `Ongeldige ${what}: ${details.map((d) => `${d.field}: ${d.message}`).join('; ')}`,
      details,
    );
  }
  return result.data;
}

/** The JSON Schema of a zod schema, for OpenAPI. */
export function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
}

export const uuidParam = z.uuid({ message: 'moet een uuid zijn' });
