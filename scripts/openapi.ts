/**
 * The OpenAPI document and the typed client, from the code, without a running server, Postgres or Redis:
 * builds the Nest application in preview mode (modules and controllers scanned, no provider started), writes the
 * document to dist/openapi.json (what Spectral lints, see .spectral.yaml) and generates the types of the client,
 * libs/api-client/src/schema.ts, with openapi-typescript.
 *
 *   node -r ./scripts/ts-register.cjs scripts/openapi.ts            writes both (`npm run openapi`)
 *   node -r ./scripts/ts-register.cjs scripts/openapi.ts --check    writes the document; fails when the
 *                                                                   committed client types differ (`npm test`)
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { AppModule } from '../apps/api/src/app.module';
import { API_PREFIX, UNVERSIONED_ROUTES } from '../apps/api/src/http/api-version';
import { openApiDocument } from '../apps/api/src/http/openapi';

const root = join(__dirname, '..');
export const DOCUMENT = join(root, 'dist', 'openapi.json');
export const CLIENT_TYPES = join(root, 'libs', 'api-client', 'src', 'schema.ts');

/** The document as the running API serves it at /api/v1/openapi.json. */
export async function buildDocument(): Promise<Record<string, unknown>> {
  const app = await NestFactory.create(AppModule, { preview: true, logger: false, abortOnError: false });
  // as createApi() does (apps/api/src/app.ts): the routes' prefix, which the document leaves to its server
  app.setGlobalPrefix(API_PREFIX, { exclude: UNVERSIONED_ROUTES });
  try {
    return JSON.parse(JSON.stringify(await openApiDocument(app)));
  } finally {
    await app.close();
  }
}

/** The TypeScript types of the document (paths, components, operations), formatted as the repository is. */
export async function clientTypes(document: Record<string, unknown>): Promise<string> {
  // openapi-typescript's own types of a document are stricter than Nest's; the shape is the same
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], {
    alphabetize: false,
    exportType: false,
  });
  const source =
    '// Generated from the OpenAPI document by `npm run openapi` (scripts/openapi.ts): do not edit. `npm test`\n' +
    '// fails when it differs from what the code documents.\n' +
    astToString(ast);
  const options = (await prettier.resolveConfig(CLIENT_TYPES)) ?? {};
  return prettier.format(source, { ...options, filepath: CLIENT_TYPES });
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const document = await buildDocument();
  mkdirSync(dirname(DOCUMENT), { recursive: true });
  writeFileSync(DOCUMENT, JSON.stringify(document, null, 2) + '\n');
  console.log(`OpenAPI-document: ${relative(root, DOCUMENT)}`);
  const types = await clientTypes(document);
  const target = relative(root, CLIENT_TYPES);
  if (check) {
    let current = '';
    try {
      current = readFileSync(CLIENT_TYPES, 'utf8');
    } catch {
      // missing: differs
    }
    if (current !== types) {
      console.error(
        `${target} volgt het OpenAPI-document niet meer: draai \`npm run openapi\` en commit het resultaat.`,
      );
      process.exit(1);
    }
    console.log(`Client-types: ${target} is bij`);
  } else {
    writeFileSync(CLIENT_TYPES, types);
    console.log(`Client-types: ${target}`);
  }
}

if (require.main === module) {
  main().catch((err: Error) => {
    console.error(err.stack ?? err.message);
    process.exit(1);
  });
}
