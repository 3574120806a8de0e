/**
 * Decorators that document a route in the OpenAPI document from the zod schemas: what it answers
 * (`@ApiResult(caseViewSchema)`), the problems it can answer with (`@ApiProblems(400, 404)`), its typed path
 * parameters (`@ApiUuidParam('id')`), and that it needs no token (`@ApiPublic()`). What every route shares (401 on
 * routes that need a token, 429, 500, 503; 413 and 415 on routes with a body) openapi.ts adds to every operation.
 */
import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiParam, ApiProduces, ApiResponse } from '@nestjs/swagger';
import type { z } from 'zod';
import { PROBLEM_CONTENT_TYPE } from '../problem';
import { WORKFLOW_NAAM, componentRef, openApiSchema } from '../zod';

/** Marks an operation that needs no token; openapi.ts turns it into `security: []`. */
export const PUBLIC_EXTENSION = 'x-regie-public';

/** What each documented status means, in the document's own words. */
export const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld)',
  401: 'Niet ingelogd: geen of een ongeldig token',
  403: 'Geen toegang: de rol of het team van de gebruiker staat dit niet toe',
  404: 'Niet gevonden (of niet zichtbaar voor deze gemeente)',
  409: 'Conflict: de casus veranderde intussen (If-Match), of de Idempotency-Key hoort bij een ander verzoek',
  413: 'De body is te groot',
  415: 'De body is geen JSON',
  422: 'Niet verwerkbaar: het event of de start is nu niet mogelijk (allowedEvents zegt wat wel kan), of toestemming ontbreekt',
  429: 'Te veel verzoeken; probeer het later opnieuw',
  500: 'Er ging iets mis aan de kant van de server',
  503: 'De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw',
};

/** The `Problem` answers of an operation, one per status. */
export function problemResponse(status: number) {
  return {
    description: PROBLEM_DESCRIPTIONS[status] ?? 'Probleem',
    content: { [PROBLEM_CONTENT_TYPE]: { schema: componentRef('Problem') } },
  };
}

/** The problems this route answers with beside the ones every route shares (see openapi.ts). */
export function ApiProblems(...statuses: number[]): MethodDecorator {
  return applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, ...problemResponse(status) })),
  ) as MethodDecorator;
}

/** The JSON body of the route's success answer, a named schema. */
export function ApiResult(
  schema: z.ZodType,
  options: { status?: number; description?: string } = {},
): MethodDecorator {
  const status = options.status ?? 200;
  return ApiResponse({
    status,
    description: options.description ?? (status === 201 ? 'Aangemaakt' : 'OK'),
    content: { 'application/json': { schema: openApiSchema(schema, 'output') } },
  }) as MethodDecorator;
}

/** A success answer that is not JSON (a diagram, a stream), with its content type. */
export function ApiTextResult(contentType: string, description: string): MethodDecorator {
  return applyDecorators(
    ApiProduces(contentType),
    ApiResponse({ status: 200, description, content: { [contentType]: { schema: { type: 'string' } } } }),
  ) as MethodDecorator;
}

/** A path parameter that is a uuid. */
export function ApiUuidParam(name = 'id', description?: string): MethodDecorator {
  return ApiParam({
    name,
    required: true,
    schema: { type: 'string', format: 'uuid' },
    ...(description ? { description } : {}),
  }) as MethodDecorator;
}

/** A path parameter that names a workflow (checked by `pathName`, http/zod.ts). */
export function ApiNameParam(name: string, description: string): MethodDecorator {
  return ApiParam({
    name,
    required: true,
    schema: { type: 'string', maxLength: 40, pattern: WORKFLOW_NAAM.source },
    description,
  }) as MethodDecorator;
}

/** The route needs no token. */
export function ApiPublic(): MethodDecorator {
  return ApiExtension(PUBLIC_EXTENSION, true) as MethodDecorator;
}
