// Tests read clocks in UTC whatever the machine's zone; Amsterdam dates come from libs/calendar explicitly.
process.env.TZ = 'UTC';

const swc = require('./scripts/swc-options.cjs');

/** One jest run for unit, integration and end-to-end tests; each worker gets its own database and Redis index. */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs,workflows,test}/**/*.spec.ts'],
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
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
};
