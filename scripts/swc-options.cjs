/* global module */
/**
 * The @swc/core options for this repository's TypeScript, shared by jest.config.js (through @swc/jest) and
 * scripts/ts-register.cjs: decorators with their metadata, as Nest needs; class names kept; CommonJS out.
 */
module.exports = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
