/**
 * The body of `POST /cases/{id}/events` in the OpenAPI document: a union, discriminated on `type`, over every event
 * of every registered workflow (its newest version) and the engine's own term events. Each variant is generated
 * from the event's own zod schema (`def.events[type].schema`, TERM_EVENTS[type].schema), with `type` beside its
 * fields and, on events that share the inwoner's situation, the optional `wettelijkeGrondslag` the sociaal
 * domein's consent policy accepts instead of a recorded consent. The pipe of the route keeps checking only `type`; the engine validates the rest.
 */
import { TERM_EVENTS } from '@regie/engine';
import { WETTELIJKE_GRONDSLAGEN, asDomainDefinition } from '@regie/workflows/sociaal-domein';
import type { AnyWorkflowDefinition } from '@regie/workflows/workflow';
import type { z } from 'zod';
import { componentRef, openApiJson } from '../zod';

export const CASE_EVENT = 'CaseEvent';

type Schema = Record<string, unknown>;

/** `TRIAGE_AFGEROND` -> `TriageAfgerond`, `transitie18` -> `Transitie18`. */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1).toLowerCase())
    .join('');
}

interface Variant {
  type: string;
  /** its component name */
  name: string;
  schema: Schema;
}

/** The event's schema with `type` (and `wettelijkeGrondslag` when it shares) among its properties. */
function variantSchema(type: string, data: z.ZodType, title: string, sharing: boolean): Schema {
  const json = openApiJson(data, 'input');
  const own: Record<string, Schema> = { type: { type: 'string', enum: [type] } };
  if (sharing) {
    own.wettelijkeGrondslag = {
      type: 'string',
      enum: [...WETTELIJKE_GRONDSLAGEN],
      description: 'de wettelijke grondslag om te delen zonder toestemming van de inwoner',
    };
  }
  if (json.type === 'object' && !('allOf' in json) && !('anyOf' in json) && !('oneOf' in json)) {
    const properties = (json.properties ?? {}) as Record<string, Schema>;
    const required = (json.required ?? []) as string[];
    return {
      title,
      ...json,
      properties: { ...own, ...properties },
      required: ['type', ...required.filter((r) => r !== 'type')],
    };
  }
  // not a plain object schema: the event's fields beside `type` (never met today; kept correct, if less exact)
  return {
    title,
    allOf: [
      { type: 'object', properties: own, required: ['type'] },
      { ...json, additionalProperties: undefined },
    ],
  };
}

/**
 * The components of the union: one per event of each workflow (`IntakeTriageAfgerondEvent`), one per term event
 * (`TermijnOpschortenEvent`), one for each type several workflows share with their own schemas
 * (`RegieOvergedragenEvent`: any of `IntakeRegieOvergedragenEvent`, `AveRegieOvergedragenEvent`, ...), and
 * `CaseEvent` itself.
 */
export function eventComponents(definitions: AnyWorkflowDefinition[]): Record<string, Schema> {
  const byType = new Map<string, Variant[]>();
  const add = (v: Variant) => byType.set(v.type, [...(byType.get(v.type) ?? []), v]);
  for (const def of definitions) {
    for (const [type, spec] of Object.entries(asDomainDefinition(def).events)) {
      add({
        type,
        name: `${pascalCase(def.name)}${pascalCase(type)}Event`,
        schema: {
          ...variantSchema(type, spec.schema, spec.title, spec.sharing !== undefined),
          description: `${spec.title} (workflow ${def.name})`,
        },
      });
    }
  }
  for (const [type, spec] of Object.entries(TERM_EVENTS)) {
    add({
      type,
      name: `${pascalCase(type)}Event`,
      schema: {
        ...variantSchema(type, spec.schema, spec.title, false),
        description: `${spec.title} (elke workflow)`,
      },
    });
  }

  const components: Record<string, Schema> = {};
  const mapping: Record<string, string> = {};
  for (const [type, variants] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    for (const v of variants) components[v.name] = v.schema;
    if (variants.length === 1) {
      mapping[type] = componentRef(variants[0].name).$ref;
      continue;
    }
    const shared = `${pascalCase(type)}Event`;
    components[shared] = {
      type: 'object',
      description: `${type}: de gegevens hangen af van de workflow van de casus`,
      properties: { type: { type: 'string', enum: [type] } },
      required: ['type'],
      anyOf: variants.map((v) => componentRef(v.name)),
    };
    mapping[type] = componentRef(shared).$ref;
  }
  components[CASE_EVENT] = {
    description:
      'Een event voor de casus: `type` en de gegevens die dat event van de workflow van de casus vraagt. ' +
      'Welke events nu mogelijk zijn staat in allowedEvents van de casus.',
    type: 'object',
    properties: { type: { type: 'string', enum: Object.keys(mapping), description: 'het soort event' } },
    required: ['type'],
    oneOf: [...new Set(Object.values(mapping))].map(($ref) => ({ $ref })),
    discriminator: { propertyName: 'type', mapping },
  };
  return components;
}
