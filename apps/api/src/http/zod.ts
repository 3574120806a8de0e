import { Body, type PipeTransform, Query } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
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

/**
 * The ids of the named schemas that describe what clients send (request bodies): the OpenAPI document renders
 * them as zod parses input (defaults optional, coercions as their input); every other named schema as output.
 */
export const requestSchemaIds = new Set<string>();

/** The component name of a schema (its `.meta({ id })`), if it has one. */
export function schemaId(schema: z.ZodType): string | undefined {
  const id = z.globalRegistry.get(schema)?.id;
  return typeof id === 'string' ? id : undefined;
}

/** A reference to a named schema's component in the OpenAPI document. */
export function componentRef(id: string): { $ref: string } {
  return { $ref: `#/components/schemas/${id}` };
}

/** The OpenAPI schema of a zod schema: a reference when it is named, the schema itself otherwise. */
export function openApiSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const id = schemaId(schema);
  return id ? componentRef(id) : openApiJson(schema, io);
}

/**
 * The request body, parsed with `schema`; the schema is also the body of the route in the OpenAPI document, or
 * `documented` when the document says more than the pipe checks (the events endpoint: the union of every event).
 */
export function ZodBody(
  schema: z.ZodType,
  documented: z.ZodType | { $ref: string } = schema,
): ParameterDecorator {
  const body = Body(new ZodPipe(schema));
  if (documented instanceof z.ZodType) {
    const id = schemaId(documented);
    if (id) requestSchemaIds.add(id);
  }
  const doc = ApiBody({
    required: true,
    schema: documented instanceof z.ZodType ? openApiSchema(documented, 'input') : documented,
  });
  return (target, key, index) => {
    body(target, key, index);
    if (key !== undefined) doc(target, key, Object.getOwnPropertyDescriptor(target, key)!);
  };
}

/** The object schema under refinements and the like, whose fields are the query parameters. */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  if (schema instanceof z.ZodObject) return schema.shape as Record<string, z.ZodType>;
  if (schema instanceof z.ZodPipe) return shapeOf(schema.in as z.ZodType);
  throw new Error('ZodQuery: een query is een object');
}

/** The query string, parsed with `schema`; each of its fields is a query parameter in the OpenAPI document. */
export function ZodQuery(schema: z.ZodType): ParameterDecorator {
  const query = Query(new ZodPipe(schema, 'query'));
  const docs = Object.entries(shapeOf(schema)).map(([name, field]) => {
    const { description, ...fieldSchema } = openApiJson(field, 'input');
    return ApiQuery({
      name,
      required: !field.safeParse(undefined).success,
      schema: fieldSchema,
      ...(typeof description === 'string' ? { description } : {}),
    });
  });
  return (target, key, index) => {
    query(target, key, index);
    if (key === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, key)!;
    for (const doc of docs) doc(target, key, descriptor);
  };
}

/** Drops the `$schema` keyword at every depth: OpenAPI 3.0 has none, and JSON Schema only wants it at the root. */
export function withoutSchemaKeyword<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutSchemaKeyword) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== '$schema')
        .map(([k, v]) => [k, withoutSchemaKeyword(v)]),
    ) as T;
  }
  return value;
}

/** The JSON Schema of a zod schema, as the API shows it in data (workflow events and input, configuration rules). */
export function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
}

/** No named schemas: a schema rendered on its own is rendered whole, whatever else has an id. */
const UNNAMED = z.registry<{ id?: string }>();

/**
 * The schema of a zod schema in the OpenAPI document (OpenAPI 3.0 dialect, no `$schema`), as zod reads input
 * (`io: 'input'`, what a client sends) or as it writes output (what the API answers).
 */
export function openApiJson(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  return withoutSchemaKeyword(
    z.toJSONSchema(schema, {
      unrepresentable: 'any',
      io,
      target: 'openapi-3.0',
      metadata: UNNAMED,
    }) as Record<string, unknown>,
  );
}

export const uuidParam = z.uuid({ message: 'moet een uuid zijn' });

/** A calendar date in a request (a query parameter or a body field), JJJJ-MM-DD. */
export const isoDatum = z.iso.date({ message: 'verwacht een datum JJJJ-MM-DD' });

/**
 * A query over a period, `from` to `to` both inclusive (JJJJ-MM-DD), then the route's own `fields`; a period that
 * ends before it begins is a 400 on `to`.
 */
export function periodeQuery<T extends z.ZodRawShape>(fields: T) {
  const query = z
    .object({
      from: isoDatum.describe('eerste dag van de periode (JJJJ-MM-DD)'),
      to: isoDatum.describe('laatste dag van de periode, inclusief (JJJJ-MM-DD)'),
      ...fields,
    })
    .strict();
  // zod cannot resolve the output of a generic shape: `from` and `to` are the two dates above
  return query.refine((q) => (q as { from: string }).from <= (q as { to: string }).to, {
    path: ['to'],
    message: 'de periode eindigt voor zij begint',
  });
}

/** An If-Match header holding a version (`3`, `"3"` or `W/"3"`), as that number; the message names what it versions. */
export function ifMatchVersion(message: string) {
  return z
    .string()
    .regex(/^(W\/)?"?\d+"?$/, message)
    .transform((v) => Number(v.replace(/\D/g, '')));
}

/** A workflow's name as a path parameter: lower case, digits and hyphens, as every registered workflow is named. */
export const WORKFLOW_NAAM = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const workflowNaam = z
  .string()
  .max(40, 'een workflownaam is hoogstens 40 tekens')
  .regex(
    WORKFLOW_NAAM,
    'moet een workflownaam zijn: kleine letters, cijfers en streepjes (bijvoorbeeld intake)',
  );

/**
 * The route's path parameter `key` that names a workflow, for `@Param(new ZodPipe(pathName('name'), 'pad'))`: a
 * malformed one is a 400 naming `key`, an unknown one the route's own 404.
 */
export function pathName(key: string) {
  return z.object({ [key]: workflowNaam }).transform((p) => p[key]);
}

/** The route's `id` path parameter for `@Param(new ZodPipe(pathId, 'pad'))`: a bad one is a 400 naming `id`. */
export const pathId = z.object({ id: uuidParam }).transform((p) => p.id);
