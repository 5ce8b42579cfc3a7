import { defineConfig } from 'vitest/config';

// End-to-end: Debian's Chromium (playwright-core) against the built SPA served by the real API,
// on a private PostgreSQL and Redis that e2e/global-setup.ts starts once per run.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    // One browser and one API server per run, and a busy machine: files one after another.
    fileParallelism: false,
    pool: 'forks',
    // A browser journey waits on real servers; the setup also builds the SPA.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    teardownTimeout: 60_000,
    // expect.poll waits on the page like Playwright's own waits (the default 1 s is too short here).
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
