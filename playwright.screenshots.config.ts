/**
 * The README's screenshots (docs/screenshots/*.png): the built web UI in Debian's Chromium against the product
 * the browser tests' global setup starts (its own database and ports, demo seed). After `npm run build`:
 * `npx playwright test -c playwright.screenshots.config.ts`.
 */
import { defineConfig } from '@playwright/test';
import config from './playwright.config';

export default defineConfig({
  ...config,
  testDir: 'test/screenshots',
  testMatch: '**/*.shots.ts',
  outputDir: 'test-results/screenshots',
  workers: 1,
  use: { ...config.use, viewport: { width: 1280, height: 900 }, screenshot: 'off', trace: 'off' },
});
