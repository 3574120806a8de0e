/**
 * The contract test: every response the API sends in the end-to-end tests is checked against the OpenAPI
 * document the same code serves. The operation is found by method and path template (the server's path, e.g.
 * `/api/v1`, before the document's path), then the status (exact, `4XX`, or `default`), then the media type;
 * a JSON body (`application/json`, `application/problem+json`, any `+json`) is validated against its schema with
 * ajv: JSON Schema 2020-12 for an OpenAPI 3.1 document, draft-07 with OpenAPI's `nullable` for 3.0. An
 * undocumented path, method, status or media type, a body where none is documented, or a body its schema refuses
 * (a field a closed schema does not name, a wrong type, a missing required field) is a violation. Event streams
 * and other non-JSON bodies are checked for their status and media type only.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** One response as the server sent it. */
export interface Exchange {
  method: string;
  /** the request's URL as the server saw it: path and query */
  url: string;
  status: number;
  contentType?: string;
  /** the body's bytes; undefined for a stream that was not read to its end */
  body?: Buffer;
}

type Json = Record<string, unknown>;
interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  params: number;
  operation: Json;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const DOCUMENT_ID = 'regie-openapi.json';
/** OpenAPI's keywords that are no JSON Schema validation; `discriminator` only names what `oneOf` checks anyway */
const ANNOTATIONS = new Set(['discriminator', 'example', 'xml', 'externalDocs']);
/** keywords whose keys are names, each with a schema */
const NAMED = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

export class Contract {
  private readonly routes: Route[] = [];
  /** the path prefixes of the document's servers: a response outside them is none of the API's (static files) */
  private readonly bases: string[];
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();
  /** a path the document does not have is answered with 404 as a Problem (when the document names one) */
  private readonly notFound?: { mediaType: string; schema: Json };
  /** the names of the document's schemas (`components.schemas`) */
  private readonly schemaNames: Set<string>;

  constructor(document: Json) {
    const openapi = String(document.openapi ?? '');
    this.ajv = openapi.startsWith('3.1')
      ? new Ajv2020({ strict: false, allErrors: true, logger: false })
      : new Ajv({ strict: false, allErrors: true, logger: false });
    addFormats(this.ajv);
    const components = (document.components ?? {}) as Record<string, unknown>;
    this.ajv.addSchema({
      $id: DOCUMENT_ID,
      components: Object.fromEntries(
        Object.entries(components).map(([kind, named]) => [kind, withoutAnnotations(named, true)]),
      ),
    });
    const schemas = (components.schemas ?? {}) as Record<string, unknown>;
    this.schemaNames = new Set(Object.keys(schemas));
    this.notFound = schemas.Problem
      ? { mediaType: 'application/problem+json', schema: { $ref: '#/components/schemas/Problem' } }
      : undefined;
    const servers = serverPaths(document.servers);
    this.bases = servers;
    for (const [template, item] of Object.entries((document.paths ?? {}) as Record<string, Json>)) {
      const prefixes = item.servers ? serverPaths(item.servers) : servers;
      for (const prefix of prefixes) {
        const full = prefix + template;
        const parts = full.split(/(\{[^}]+\})/);
        const pattern = new RegExp(
          // a parameter's value may be empty: `/subjects//consents` is `/subjects/{id}/consents` with id ''
          '^' + parts.map((p) => (p.startsWith('{') ? '[^/]*' : escapeRegExp(p))).join('') + '$',
        );
        for (const method of METHODS) {
          const operation = item[method] as Json | undefined;
          if (operation) {
            this.routes.push({
              method,
              template: full,
              pattern,
              params: parts.filter((p) => p.startsWith('{')).length,
              operation,
            });
          }
        }
      }
    }
    // a literal segment wins over a parameter: /cases/board before /cases/{id}
    this.routes.sort((a, b) => a.params - b.params);
  }

  /** What is wrong with this response by the document: empty when it conforms. */
  check(exchange: Exchange): string[] {
    const method = exchange.method.toLowerCase();
    const path = exchange.url.split('?')[0].replace(/(.)\/+$/, '$1');
    const where = `${exchange.method.toUpperCase()} ${path} → ${exchange.status}`;
    const matches = this.routes.filter((r) => r.pattern.test(path));
    if (matches.length === 0) {
      if (!this.bases.some((base) => path === base || path.startsWith(base + '/'))) return [];
      // what the API says of a path it does not have: 404 as a problem, nothing else
      if (exchange.status === 404 && this.notFound) {
        return this.checkBody(
          where,
          'een onbekend pad 404',
          this.notFound.mediaType,
          this.notFound.schema,
          exchange,
        );
      }
      return [`${where}: het pad staat niet in het document`];
    }
    const route = matches.find((r) => r.method === method);
    if (!route) return [`${where}: de methode staat niet in het document voor ${matches[0].template}`];
    const operation = `${exchange.method.toUpperCase()} ${route.template}`;
    const responses = (route.operation.responses ?? {}) as Record<string, Json>;
    const status = String(exchange.status);
    const key = [status, `${status[0]}XX`, `${status[0]}xx`, 'default'].find((k) => responses[k]);
    if (!key) return [`${where}: status ${status} staat niet in het document bij ${operation}`];
    const response = responses[key];
    const hasBody = exchange.body === undefined || exchange.body.length > 0;
    const content = response.content as Record<string, Json> | undefined;
    if (!content || Object.keys(content).length === 0) {
      return hasBody && exchange.contentType
        ? [`${where}: een body (${exchange.contentType}) waar ${operation} ${key} geen inhoud documenteert`]
        : [];
    }
    if (!hasBody) return [];
    const mediaType = (exchange.contentType ?? '').split(';')[0].trim().toLowerCase();
    const documented = Object.keys(content).find((m) => mediaMatches(m, mediaType));
    if (!documented) {
      return [
        `${where}: media type ${mediaType || '(geen)'} staat niet in het document ` +
          `(${Object.keys(content).join(', ')}) bij ${operation} ${key}`,
      ];
    }
    return this.checkBody(where, `${operation} ${key}`, documented, content[documented].schema, exchange);
  }

  private checkBody(
    where: string,
    response: string,
    mediaType: string,
    schema: unknown,
    exchange: Exchange,
  ): string[] {
    const actual = (exchange.contentType ?? '').split(';')[0].trim().toLowerCase();
    if (!mediaMatches(mediaType, actual)) {
      return [`${where}: media type ${actual || '(geen)'} is niet ${mediaType} (${response})`];
    }
    if (!schema || !isJson(actual) || exchange.body === undefined) return [];
    let body: unknown;
    try {
      body = JSON.parse(exchange.body.toString('utf8'));
    } catch {
      return [`${where}: de body is geen JSON, terwijl ${actual} dat belooft`];
    }
    const validate = this.validator(`${response} ${mediaType}`, schema as Json);
    if (validate(body)) return [];
    return [`${where}: de body past niet op het schema van ${response}: ${errorsOf(validate)}`];
  }

  /**
   * What is wrong with a value by one named schema of the document (`components.schemas[name]`): empty when it
   * conforms. For a part of an answer the answer's own schema leaves open, such as a case's `context`, whose
   * shape per workflow the document names beside it.
   */
  checkComponent(name: string, value: unknown): string[] {
    if (!this.schemaNames.has(name)) return [`component ${name} staat niet in het document`];
    const validate = this.validator(`component ${name}`, { $ref: `#/components/schemas/${name}` });
    if (validate(value)) return [];
    return [`de waarde past niet op component ${name}: ${errorsOf(validate)}`];
  }

  private validator(key: string, schema: Json): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(withoutAnnotations(schema) as Json);
      this.validators.set(key, validate);
    }
    return validate;
  }
}

/** The first few errors of a failed validation, each with where in the value it is. */
function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .slice(0, 5)
    .map((e) => {
      const extra = 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : '';
      return `${e.instancePath || '/'} ${e.message}${extra}`;
    })
    .join('; ');
}

function serverPaths(servers: unknown): string[] {
  const list = Array.isArray(servers) && servers.length > 0 ? (servers as { url: string }[]) : [{ url: '/' }];
  return list.map((s) => new URL(s.url, 'http://localhost').pathname.replace(/\/+$/, ''));
}

function mediaMatches(documented: string, actual: string): boolean {
  const d = documented.split(';')[0].trim().toLowerCase();
  if (d === actual || d === '*/*') return true;
  return d.endsWith('/*') && actual.startsWith(d.slice(0, -1));
}

function isJson(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

/** A copy without OpenAPI's annotations and with references into the document registered with ajv. */
function withoutAnnotations(value: unknown, names = false): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutAnnotations(v));
  if (value === null || typeof value !== 'object') return value;
  const copy: Json = {};
  for (const [k, v] of Object.entries(value as Json)) {
    if (names) {
      // the keys are names (of properties, of schemas), each with a schema: keep every name
      copy[k] = withoutAnnotations(v);
    } else if (k === '$ref' && typeof v === 'string' && v.startsWith('#/')) {
      copy[k] = DOCUMENT_ID + v;
    } else if (!ANNOTATIONS.has(k)) {
      copy[k] = withoutAnnotations(v, NAMED.has(k));
    }
  }
  return copy;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
