// Tests read clocks in UTC whatever the machine's zone; Amsterdam dates come from libs/calendar explicitly.
process.env.TZ = 'UTC';

const { existsSync, readFileSync, readdirSync } = require('node:fs');
const { dirname, join, relative, resolve } = require('node:path');
const swc = require('./scripts/swc-options.cjs');

/** How the files are compiled and resolved: the same in both projects, and in jest.faults.config.js. */
const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', swc],
    // NestJS 12 and jose ship ES modules only; jest on Node 20 loads CommonJS, so they are compiled too.
    '^.+\\.m?js$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|jose|nestjs-pino|@scarf)/)'],
  moduleNameMapper: {
    '^@regie/(api-client|calendar|config|demo|engine|geld|persistence|runtime|scheduling|sociaal-domein)$':
      '<rootDir>/libs/$1/src',
    '^@regie/workflows$': '<rootDir>/workflows',
    '^@regie/workflows/(.*)$': '<rootDir>/workflows/$1',
  },
};

/**
 * Which spec files need Postgres and Redis, by a rule instead of a list: those that reach test/support/env.ts
 * (`useTestEnvironment`, which clones the template database) through their relative imports, directly or through a
 * harness (api-harness's `startApi`, engine-harness). `import type` loads nothing and does not count. Only files
 * under test/ are followed: nothing in apps, libs or workflows imports test/support.
 */
const ENV = join(__dirname, 'test', 'support', 'env.ts');
const TEST_DIR = join(__dirname, 'test');
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]|(?:import|require)\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function resolveImport(from, spec) {
  const target = resolve(dirname(from), spec);
  for (const candidate of [target, `${target}.ts`, join(target, 'index.ts')])
    if (candidate.endsWith('.ts') && existsSync(candidate)) return candidate;
  return null;
}

function needsServices(file, seen = new Set()) {
  if (file === ENV) return true;
  if (seen.has(file) || !file.startsWith(TEST_DIR)) return false;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(IMPORT)) {
    const target = resolveImport(file, m[1] ?? m[2]);
    if (target && needsServices(target, seen)) return true;
  }
  return false;
}

function specs() {
  const out = [];
  for (const top of ['apps', 'libs', 'workflows', 'test'])
    for (const entry of readdirSync(join(__dirname, top), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.spec.ts')) continue;
      const file = join(entry.parentPath ?? entry.path, entry.name);
      if (!file.includes(`${join('/', 'node_modules', '/')}`)) out.push(file);
    }
  return out.sort();
}

const all = specs();
const integration = all.filter((file) => needsServices(file));
const unit = all.filter((file) => !integration.includes(file));
const matching = (files) => files.map((file) => `<rootDir>/${relative(__dirname, file)}`);

/**
 * Two projects in one run, side by side on the same workers: `unit` needs no database or Redis (no global setup:
 * `npm run test:unit` is `jest --selectProjects unit`, with nothing listening), `integration` builds the migrated
 * template database once in its global setup and gives each worker its own clone and Redis index.
 */
module.exports = {
  testTimeout: 60000,
  projects: [
    { ...base, displayName: 'unit', testMatch: matching(unit) },
    {
      ...base,
      displayName: 'integration',
      testMatch: matching(integration),
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
