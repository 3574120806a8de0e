// Tests read clocks in UTC whatever the machine's zone, as in jest.config.js.
process.env.TZ = 'UTC';

/**
 * The fault suite (`npm run test:faults`): its own Postgres and Redis, real API and worker processes from dist/,
 * faults injected one scenario at a time. Scenarios share those servers and restart or empty them on purpose, so
 * they never run in parallel.
 */
const [unit] = require('./jest.config.js').projects; // compiled and resolved as the main suite's files

module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/faults/**/*.fault.ts'],
  transform: unit.transform,
  transformIgnorePatterns: unit.transformIgnorePatterns,
  moduleNameMapper: unit.moduleNameMapper,
  globalSetup: '<rootDir>/test/faults/harness/global-setup.ts',
  globalTeardown: '<rootDir>/test/faults/harness/global-teardown.ts',
  maxWorkers: 1,
  verbose: true,
  // a scenario runs its load and faults in beforeAll: minutes, not seconds, on a busy 2-core machine
  testTimeout: 180_000,
};
