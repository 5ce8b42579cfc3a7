import { test as base, type Page } from '@playwright/test';
import { ConsoleGuard, type ExpectedRefusal } from './console-guard.js';
import { SERVER_URL_VARIABLES, type ServerName } from './settings.js';

export { expect } from '@playwright/test';

interface Tab {
  page: Page;
  guard: ConsoleGuard;
}

/** The guards of every page a test opened, by the label failure reports name them with. */
class PageGuards {
  private readonly tabs = new Map<string, Tab>();

  watch(label: string, page: Page, expected: readonly ExpectedRefusal[] = []): ConsoleGuard {
    if (this.tabs.has(label)) throw new Error(`a tab is already labelled "${label}"`);
    const guard = new ConsoleGuard(page, expected);
    this.tabs.set(label, { page, guard });
    return guard;
  }

  guardOf(page: Page): ConsoleGuard {
    const tab = [...this.tabs.values()].find((candidate) => candidate.page === page);
    if (!tab) throw new Error('this page is not watched');
    return tab.guard;
  }

  problems(): string[] {
    return [...this.tabs].flatMap(([label, { guard }]) => guard.problems().map((problem) => `[${label}] ${problem}`));
  }

  transcripts(): Array<{ label: string; text: string }> {
    return [...this.tabs].map(([label, { page, guard }]) => ({ label, text: [`url: ${page.url()}`, ...guard.transcript].join('\n') }));
  }
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
  pageGuards: PageGuards;
}

/**
 * Playwright's test with the Shelfwise fixtures. Every page of a test is guarded: an uncaught
 * exception, a console error or an HTTP refusal the test did not announce fails the test after it
 * ran; a failed test gets a transcript of each page beside the trace and screenshots the config keeps.
 */
export const test = base.extend<Fixtures>({
  server: ['main', { option: true }],

  baseURL: async ({ server }, use) => {
    const url = process.env[SERVER_URL_VARIABLES[server]];
    if (!url) throw new Error(`${SERVER_URL_VARIABLES[server]} is not set: run the tests with playwright test (e2e/global-setup.ts sets it)`);
    await use(url);
  },

  // Auto: a test that never names `guard` is guarded all the same.
  pageGuards: [
    async ({ page }, use, testInfo) => {
      const guards = new PageGuards();
      guards.watch('page', page);
      await use(guards);
      const problems = guards.problems();
      if (testInfo.status !== testInfo.expectedStatus || problems.length > 0) {
        for (const { label, text } of guards.transcripts()) {
          await testInfo.attach(`transcript of ${label}`, { body: text, contentType: 'text/plain' });
        }
      }
      if (problems.length > 0) throw new Error(`The browser reported problems:\n${problems.join('\n')}`);
    },
    { auto: true, box: true },
  ],

  guard: async ({ pageGuards, page }, use) => {
    await use(pageGuards.guardOf(page));
  },

  openTab: async ({ browser, pageGuards }, use) => {
    const contexts: Array<{ close(): Promise<void> }> = [];
    await use(async (label, expected = []) => {
      // browser.newContext() inside a test gets the config's `use` options, the baseURL and tracing too.
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      return { page, guard: pageGuards.watch(label, page, expected) };
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});
