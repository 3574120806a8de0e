/**
 * `test` and `expect` for the browser tests: `baseURL` is the product the global setup started (its port is
 * chosen at run time, so it cannot be written in the config).
 */
import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

export const test = base.extend({
  // Playwright reads a fixture's dependencies from its first parameter: an empty pattern means none
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => {
    const url = process.env.REGIE_BROWSER_URL;
    if (!url) throw new Error('REGIE_BROWSER_URL ontbreekt: draai de browsertests met npx playwright test');
    await use(url);
  },
});
