/**
 * The OpenAPI document of the API, built once when the application starts: served at `/api/v1/openapi.json` and
 * shown by Swagger UI at `/docs`. Paths are relative to the one server, `/api/v1`.
 *
 * The zod schemas are its single source. Nest's explorer reads the routes and the decorators of docs.ts and
 * zod.ts (which refer to named schemas); `complete` then puts every named zod schema (`.meta({ id })`) into
 * `components.schemas`, adds the union of every workflow's events (schemas/events.ts), and adds to each operation
 * what every route shares: its security, the problems any route can answer with, and the headers' real
 * optionality.
 */
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { WorkflowRegistry } from '@regie/engine';
import { workflows } from '@regie/workflows';
import type { AnyWorkflowDefinition } from '@regie/workflows/workflow';
import { z } from 'zod';
import { API_CONTACT, API_PREFIX, API_VERSION } from './api-version';
import { PUBLIC_EXTENSION, problemResponse } from './schemas/docs';
import { eventComponents } from './schemas/events';
import './schemas/responses';
import { requestSchemaIds, withoutSchemaKeyword } from './zod';

export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Regie API')
    .setDescription(
      'Klantreizen van het sociaal domein: inwoners, casussen, events, termijnen, voorzieningen en de klok. ' +
        'Fouten komen als application/problem+json (RFC 9457).',
    )
    .setVersion(API_VERSION)
    .setLicense('EUPL-1.2', 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12')
    .addServer(`/${API_PREFIX}`)
    .addBearerAuth()
    .build();
  // /core/doc-openapi-contact asks for all three
  config.info.contact = API_CONTACT;
  const document = SwaggerModule.createDocument(app, config, { ignoreGlobalPrefix: true });
  // the workflows the runtime registers (libs/runtime): built here too, so a preview application serves
  return complete(document, new WorkflowRegistry(workflows).current());
}

type Json = Record<string, unknown>;

/** Every named zod schema, as zod reads it (request bodies) or writes it (everything else). */
export function namedSchemas(): Record<string, Json> {
  const render = (io: 'input' | 'output') =>
    z.toJSONSchema(z.globalRegistry, {
      target: 'openapi-3.0',
      io,
      unrepresentable: 'any',
      uri: (id) => `#/components/schemas/${id}`,
    }).schemas as Record<string, Json>;
  const inputs = render('input');
  const outputs = render('output');
  return Object.fromEntries(
    Object.keys(outputs)
      .sort()
      .map((id) => [id, tidy(requestSchemaIds.has(id) ? inputs[id] : outputs[id]) as Json]),
  );
}

/**
 * What JSON Schema says and an OpenAPI 3.0 schema may not or need not: `$id` (zod names each schema of a registry
 * by it; the component's name says it), and the bounds zod gives every integer (the safe integers of JavaScript).
 */
function tidy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(tidy);
  if (!value || typeof value !== 'object') return value;
  const safeBound = (k: string, v: unknown) =>
    (k === 'minimum' && v === Number.MIN_SAFE_INTEGER) || (k === 'maximum' && v === Number.MAX_SAFE_INTEGER);
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k, v]) => k !== '$id' && !safeBound(k, v))
      .map(([k, v]) => [k, tidy(v)]),
  );
}

/** Problems every operation can answer with (the rate limit, a failure of the server, Postgres away). */
const EVERY_OPERATION = [429, 500, 503];
/** Problems every operation with a body can answer with. */
const WITH_BODY = [413, 415];

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Json;
  description?: string;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
  security?: Record<string, string[]>[];
  [extension: string]: unknown;
}

/**
 * One parameter per name and place (a header's name in any case): the declared one with its description wins over
 * what Nest inferred from `@Headers()`; optional unless declared required, path parameters always required.
 */
function parameters(params: Parameter[]): Parameter[] {
  const byKey = new Map<string, Parameter>();
  for (const p of params) {
    const key = `${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`;
    if (byKey.get(key)?.description && !p.description) continue;
    byKey.set(key, {
      ...p,
      schema: p.schema ?? { type: 'string' },
      required: p.in === 'path' || p.required === true,
    });
  }
  return [...byKey.values()];
}

/** Every answer carries the version of the contract (api-version.ts, app.ts). */
const API_VERSION_HEADER = {
  description: 'de versie van het API-contract (semver), bijvoorbeeld 1.0.0',
  schema: { type: 'string', example: API_VERSION },
};

/** The document itself, which app.ts serves beside the routes. */
const DOCUMENT_PATH = {
  get: {
    operationId: 'openApiDocument',
    summary: 'Dit OpenAPI-document',
    description: 'Het OpenAPI-document van de API, zonder token op te halen.',
    tags: ['openapi'],
    security: [],
    responses: {
      '200': {
        description: 'Het OpenAPI-document',
        headers: {
          'Access-Control-Allow-Origin': {
            description: 'het document is openbaar: elke origin mag het lezen',
            schema: { type: 'string', enum: ['*'] },
          },
        },
        content: { 'application/json': { schema: { type: 'object', additionalProperties: true } } },
      },
    },
  },
};

/** The document `createDocument` built, made complete: named schemas, the event union, shared answers. */
export function complete(document: OpenAPIObject, workflows: AnyWorkflowDefinition[]): OpenAPIObject {
  const schemas = { ...namedSchemas(), ...(tidy(eventComponents(workflows)) as Record<string, Json>) };
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...schemas } };
  document.paths['/openapi.json'] ??= structuredClone(DOCUMENT_PATH) as (typeof document.paths)[string];
  const tags = new Set<string>();
  for (const path of Object.values(document.paths)) {
    for (const [method, value] of Object.entries(path)) {
      if (!['get', 'put', 'post', 'delete', 'patch'].includes(method)) continue;
      const op = value as Operation;
      if (op[PUBLIC_EXTENSION]) {
        op.security = [];
        delete op[PUBLIC_EXTENSION];
      }
      const statuses = [
        ...(op.security?.length ? [401] : []),
        ...(op.requestBody ? WITH_BODY : []),
        ...EVERY_OPERATION,
      ];
      for (const status of statuses) op.responses[String(status)] ??= problemResponse(status);
      for (const tag of (op.tags as string[] | undefined) ?? []) tags.add(tag);
      if (op.parameters) op.parameters = parameters(op.parameters);
      // a problem is always application/problem+json, whatever the success answer is
      for (const [status, response] of Object.entries(op.responses)) {
        const answer = response as Json;
        op.responses[status] = {
          ...answer,
          ...(Number(status) >= 400 ? { content: problemResponse(Number(status)).content } : {}),
          headers: { ...(answer.headers as Json | undefined), 'API-Version': API_VERSION_HEADER },
        };
      }
    }
  }
  document.tags = [...tags].sort().map((name) => document.tags?.find((t) => t.name === name) ?? { name });
  return withoutSchemaKeyword(document);
}
