/* global require, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Runs a TypeScript file of this repository with plain Node: `node -r ./scripts/ts-register.cjs file.ts`.
 * Compiles each .ts file on load with @swc/core (the options jest uses, from scripts/swc-options.cjs) and resolves
 * the @regie/* paths of tsconfig.json. No type check: tsc does that.
 */
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');
const { transformSync } = require('@swc/core');
const swcOptions = require('./swc-options.cjs');

const root = path.resolve(__dirname, '..');
const { paths } = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8')).compilerOptions;
const aliases = Object.entries(paths).map(([pattern, [target]]) => ({
  prefix: pattern.replace(/\*$/, ''),
  wildcard: pattern.endsWith('*'),
  target: path.join(root, target.replace(/\*$/, '')),
}));

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  for (const { prefix, wildcard, target } of aliases) {
    if (wildcard ? request.startsWith(prefix) : request === prefix) {
      return resolveFilename.call(this, wildcard ? target + request.slice(prefix.length) : target, ...rest);
    }
  }
  return resolveFilename.call(this, request, ...rest);
};

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...swcOptions, filename });
  module._compile(code, filename);
};
