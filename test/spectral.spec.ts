/**
 * The API Design Rules ruleset (.spectral.yaml) itself: a document that breaks each rule is caught by that rule,
 * with the ADR id in its message; one that keeps them passes without errors.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'regie-spectral-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Result {
  code: string;
  message: string;
  severity: number;
}

function lint(document: unknown): Result[] {
  const file = join(dir, `openapi-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(document));
  const args = ['lint', file, '--ruleset', join(root, '.spectral.yaml'), '--format', 'json', '--quiet'];
  let out: string;
  try {
    out = execFileSync(join(root, 'node_modules', '.bin', 'spectral'), args, { cwd: root, encoding: 'utf8' });
  } catch (err) {
    out = (err as { stdout: string }).stdout; // errors found: exit status 1, the results on stdout
  }
  return JSON.parse(out) as Result[];
}

const problem = {
  description: 'fout',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};
const versioned = (description: string, schema: unknown) => ({
  description,
  headers: { 'API-Version': { description: 'de versie', schema: { type: 'string' } } },
  content: { 'application/json': { schema } },
});

function good() {
  return {
    openapi: '3.0.3',
    info: {
      title: 'Regie API',
      description: 'test',
      version: '1.2.3',
      contact: { name: 'Regie', url: 'https://example.org', email: 'regie@example.org' },
    },
    servers: [{ url: '/api/v1' }],
    tags: [{ name: 'cases', description: 'casussen' }],
    paths: {
      '/openapi.json': {
        get: {
          operationId: 'openapi',
          description: 'dit document',
          tags: ['cases'],
          responses: {
            200: {
              ...versioned('het document', { type: 'object' }),
              headers: {
                'API-Version': { description: 'de versie', schema: { type: 'string' } },
                'Access-Control-Allow-Origin': { description: '*', schema: { type: 'string' } },
              },
            },
          },
        },
      },
      '/life-areas/{caseId}': {
        get: {
          operationId: 'lifeAreas',
          description: 'leefgebieden',
          tags: ['cases'],
          parameters: [
            { name: 'caseId', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'pageSize', in: 'query', schema: { type: 'integer' } },
          ],
          responses: {
            200: versioned('leefgebieden', { $ref: '#/components/schemas/LifeArea' }),
            404: problem,
          },
        },
      },
    },
    components: {
      schemas: {
        LifeArea: { type: 'object', properties: { lifeArea: { type: 'string' }, 0: { type: 'string' } } },
        Problem: { type: 'object', properties: { type: { type: 'string' }, title: { type: 'string' } } },
      },
    },
  };
}

describe('the API Design Rules ruleset', () => {
  it('passes a document that keeps the rules', () => {
    expect(lint(good()).filter((r) => r.severity === 0)).toEqual([]);
  });

  it('names the ADR rule each broken rule checks', () => {
    const bad = good() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    bad.openapi = '2.0';
    bad.info.version = '1';
    delete bad.info.contact;
    bad.servers = [{ url: 'http://example.org/api' }];
    const op = bad.paths['/life-areas/{caseId}'].get;
    bad.paths = {
      '/lifeAreas/{caseId}/': { get: op, head: op },
      '/other': {
        get: { ...op, operationId: 'other', parameters: [], responses: { 200: { description: 'x' } } },
      },
    };
    op.parameters[1].name = 'page_size';
    op.responses[404] = {
      description: 'fout',
      content: { 'application/json': { schema: { type: 'object' } } },
    };
    bad.components.schemas.life_area = { type: 'object', properties: { Life_Area: { type: 'string' } } };
    const errors = lint(bad).filter((r) => r.severity === 0);
    const fired = (code: string) => errors.filter((r) => r.code === code).map((r) => r.message);
    const expected: [string, string][] = [
      ['adr-doc-openapi', '/core/doc-openapi'],
      ['adr-doc-openapi-contact', '/core/doc-openapi-contact'],
      ['adr-semver', '/core/semver'],
      ['adr-uri-version', '/core/uri-version'],
      ['adr-servers-https', '/core/transport/tls'],
      ['adr-version-header', '/core/version-header'],
      ['adr-no-trailing-slash', '/core/no-trailing-slash'],
      ['adr-http-methods', '/core/http-methods'],
      ['adr-path-segments-kebab-case', '/core/naming-resources'],
      ['adr-query-keys-camel-case', '/core/naming-resources'],
      ['adr-property-camel-case', '/core/naming-resources'],
      ['adr-schema-names-pascal-case', '/core/naming-resources'],
      ['adr-problem-details', '/core/error-handling/problem-details'],
      ['adr-publish-openapi', '/core/publish-openapi'],
    ];
    for (const [code, id] of expected) {
      expect({ code, messages: fired(code) }).toEqual({
        code,
        messages: expect.arrayContaining([expect.stringContaining(id)]),
      });
    }
  });
});
