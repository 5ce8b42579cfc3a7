import { test as base, type Page } from '@playwright/test';
import { ConsoleGuard, type ExpectedRefusal } from './console-guard.js';
import { SERVER_URL_VARIABLES, type ServerName } from './settings.js';

export { expect } from '@playwright/test';

export interface Tab {
  page: Page;
  guard: ConsoleGuard;
}

interface Fixtures {
  /** Which API server the test's pages and `request` talk to: `test.use({ server: 'shortToken' })`. */
  server: ServerName;
  /** The console guard of the built-in `page`: `guard.allow(...)` announces a refusal it will meet. */
  guard: ConsoleGuard;
  /**
   * A page in a new browser context (no cookies: another person, or another device of the same one),
   * with the same options as `page` and its own guard. `label` names it in failure reports.
   */
  openTab: (label: string, expected?: readonly ExpectedRefusal[]) => Promise<Tab>;
  tabGuards: Map<string, { page: Page; guard: ConsoleGuard }>;
}

/**
 * Playwright's test with the Shelfwise fixtures. Every page of a test is guarded: an uncaught
 * exception, a console error or an HTTP refusal the test did not announce fails the test after it
 * ran; a failed test gets a transcript of each page (beside the trace and screenshots the config keeps).
 */
export const test = base.extend<Fixtures>({
  server: ['main', { option: true }],

  baseURL: async ({ server }, use) => {
    const url = process.env[SERVER_URL_VARIABLES[server]];
    if (!url) throw new Error(`${SERVER_URL_VARIABLES[server]} is not set: run the tests with playwright test (e2e/global-setup.ts sets it)`);
    await use(url);
  },

  tabGuards: [
    async ({}, use, testInfo) => {
      const guards = new Map<string, { page: Page; guard: ConsoleGuard }>();
      await use(guards);
      const problems = [...guards].flatMap(([label, { guard }]) => guard.problems().map((problem) => `[${label}] ${problem}`));
      if (testInfo.status !== testInfo.expectedStatus || problems.length > 0) {
        for (const [label, { page, guard }] of guards) {
          await testInfo.attach(`transcript of ${label}`, { body: [`url: ${page.url()}`, ...guard.transcript].join('\n'), contentType: 'text/plain' });
        }
      }
      if (problems.length > 0) throw new Error(`The browser reported problems:\n${problems.join('\n')}`);
    },
    { auto: true, box: true },
  ],

  guard: [
    async ({ page, tabGuards }, use) => {
      const guard = new ConsoleGuard(page, []);
      tabGuards.set('page', { page, guard });
      await use(guard);
    },
    { auto: true },
  ],

  openTab: async ({ browser, tabGuards }, use) => {
    const contexts: Array<{ close(): Promise<void> }> = [];
    await use(async (label, expected = []) => {
      if (tabGuards.has(label)) throw new Error(`openTab(): a tab is already labelled "${label}"`);
      // browser.newContext() inside a test gets the config's `use` options, baseURL and tracing too.
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      const guard = new ConsoleGuard(page, expected);
      tabGuards.set(label, { page, guard });
      return { page, guard };
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});
