/**
 * Browser tests (issue 10): the built web UI in Debian's Chromium against the real API and worker, started by
 * test/browser/support/global-setup.ts on a database, ports and Redis keys of their own. `npm run build` first
 * (scripts/test.sh does); `npm run test:browser` runs them alone. Traces and screenshots of failures land in
 * test-results/.
 */
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Debian's package: Playwright's own browsers cannot be downloaded everywhere; CHROMIUM overrides. */
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** The built web UI (npm run build, or the build REGIE_BROWSER_DIST names), which the API serves at / */
const WEB_DIST = join(process.env.REGIE_BROWSER_DIST ?? join(__dirname, 'dist'), 'apps', 'web', 'index.html');

// Checked where the run starts; workers load this file too, while a rebuild may have emptied dist/ (the global
// setup runs the product from a copy).
const inWorker = process.env.TEST_WORKER_INDEX !== undefined;
if (!inWorker && !existsSync(WEB_DIST))
  throw new Error(`De web-UI is niet gebouwd (${WEB_DIST} ontbreekt): draai eerst npm run build.`);
if (!inWorker && !existsSync(chromium))
  throw new Error(
    `Chromium ontbreekt (${chromium}): apt-get install chromium, of zet CHROMIUM op een Chromium.`,
  );

export default defineConfig({
  testDir: 'test/browser',
  // *.spec.ts belongs to jest (jest.config.js testMatch)
  testMatch: '**/*.browser.ts',
  outputDir: 'test-results',
  globalSetup: './test/browser/support/global-setup.ts',
  // One product with one manual clock: two workers share it, so tests must not move the clock
  workers: 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'line',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromium },
  },
});
