import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH } from './e2e/support/settings.js';

// End-to-end: Debian's Chromium against the built SPA served by the real API, on a private
// PostgreSQL and Redis that e2e/global-setup.ts starts once per run (see e2e/README.md).
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  // Emptied by Playwright at the start of each run; kept (git-ignored) for the failed tests only.
  outputDir: 'e2e/artifacts/results',
  reporter: [['list'], ['html', { outputFolder: 'e2e/artifacts/report', open: 'never' }]],
  // One browser beside two API servers, PostgreSQL and Redis on a 2-core machine.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // A browser test waits on real servers (the expiry test sleeps past a 5 s token lifetime).
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    trace: 'retain-on-failure',
    screenshot: { mode: 'only-on-failure', fullPage: true },
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    // en-US: prices are asserted as the app formats them (Intl, browser locale).
    locale: 'en-US',
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 900 },
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        headless: true,
        launchOptions: {
          // `npx playwright install` is not used: its browsers are not on this machine.
          executablePath: CHROMIUM_PATH,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
});
