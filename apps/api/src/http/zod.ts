import { Body, type PipeTransform, Query } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import { InvalidData, zodDetails } from '@regie/engine';
import { z } from 'zod';

// Professionals read these messages in the UI: zod's own Dutch texts ("Te klein: verwacht dat number >0 is").
z.config(z.locales.nl());

/**
 * Request data that does not have the shape a route accepts: a 400 like any InvalidData, but raised before the
 * command runs, so the audit log does not count it as a refused command.
 */
export class InvalidRequest extends InvalidData {}

type Checked<T> =
  { ok: true; data: T } | { ok: false; message: string; details: ReturnType<typeof zodDetails> };

function check<T extends z.ZodType>(schema: T, value: unknown, what: string): Checked<z.infer<T>> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return { ok: true, data: result.data };
  const details = zodDetails(result.error);
  return {
    ok: false,
    message: `Ongeldige ${what}: ${details.map((d) => `${d.field}: ${d.message}`).join('; ')}`,
    details,
  };
}

/** Parses request data with a zod schema; a mismatch is a 400 naming each field. */
export function parse<T extends z.ZodType>(schema: T, value: unknown, what = 'body'): z.infer<T> {
  const result = check(schema, value, what);
  if (!result.ok) throw new InvalidData(result.message, result.details);
  return result.data;
}

/** `parse` as a Nest pipe: the handler receives the parsed value, or the request ends in the same 400. */
export class ZodPipe<T extends z.ZodType> implements PipeTransform<unknown, z.infer<T>> {
  constructor(
    private readonly schema: T,
    private readonly what = 'body',
  ) {}

  transform(value: unknown): z.infer<T> {
    const result = check(this.schema, value, this.what);
    if (!result.ok) throw new InvalidRequest(result.message, result.details);
    return result.data;
  }
}

/** The request body, parsed with `schema`; the schema is also the body of the route in the OpenAPI document. */
export function ZodBody(schema: z.ZodType): ParameterDecorator {
  const body = Body(new ZodPipe(schema));
  const doc = ApiBody({ schema: jsonSchema(schema) });
  return (target, key, index) => {
    body(target, key, index);
    if (key !== undefined) doc(target, key, Object.getOwnPropertyDescriptor(target, key)!);
  };
}

/** The query string, parsed with `schema`. */
export function ZodQuery(schema: z.ZodType): ParameterDecorator {
  return Query(new ZodPipe(schema, 'query'));
}

/** The JSON Schema of a zod schema, for OpenAPI. */
export function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
}

export const uuidParam = z.uuid({ message: 'moet een uuid zijn' });
