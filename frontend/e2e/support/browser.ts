import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { ConsoleGuard, type ExpectedRefusal } from './console-guard.js';
import { ARTIFACTS_DIR, CHROMIUM_PATH } from './settings.js';

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Tab {
  page: Page;
  context: BrowserContext;
  guard: ConsoleGuard;
}

interface Opened extends Tab {
  label: string;
}

/**
 * One Chromium per test file (launch() gives it a fresh temporary profile). Each test opens its own
 * contexts (separate cookie jars: separate people or devices). After each test: any console error,
 * uncaught exception or unannounced HTTP refusal fails it; a failed test leaves a screenshot and a
 * transcript of every open page in e2e/artifacts/.
 */
export function useBrowser() {
  let browser: Browser | undefined;
  const opened: Opened[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async ({ task }) => {
    const problems = opened.flatMap(({ label, guard }) => guard.problems().map((p) => `[${label}] ${p}`));
    try {
      if (task.result?.state === 'fail' || problems.length > 0) await saveArtifacts(task.name, opened);
    } finally {
      const contexts = new Set(opened.map((tab) => tab.context));
      opened.length = 0;
      await Promise.all([...contexts].map((context) => context.close().catch(() => {})));
    }
    if (problems.length > 0) throw new Error(`The browser reported problems:\n${problems.join('\n')}`);
  });

  return {
    /**
     * A new browser context (no cookies: another person, or another device of the same one) with
     * one page. `label` names it in failure reports; `expected` announces the refusals it will meet.
     */
    async openTab(label: string, expected: readonly ExpectedRefusal[] = []): Promise<Tab> {
      if (!browser) throw new Error('useBrowser(): the browser is not running (call it at the top of the test file)');
      // en-US: prices are asserted as the app formats them (Intl, browser locale).
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
      context.setDefaultTimeout(15_000);
      context.setDefaultNavigationTimeout(30_000);
      const page = await context.newPage();
      const tab = { page, context, guard: new ConsoleGuard(page, expected), label };
      opened.push(tab);
      return tab;
    },
  };
}

async function saveArtifacts(testName: string, tabs: readonly Opened[]): Promise<void> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const base = testName.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 80).toLowerCase();
  for (const { page, label, guard } of tabs) {
    const name = `${base}--${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
    const transcript = [`url: ${page.url()}`, ...guard.transcript].join('\n');
    await writeFile(join(ARTIFACTS_DIR, `${name}.log`), `${transcript}\n`);
    if (!page.isClosed()) {
      await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true, timeout: 10_000 }).catch((error: unknown) => {
        console.error(`could not save a screenshot of ${label}:`, error);
      });
    }
  }
  console.error(`e2e: screenshots and page transcripts of "${testName}" saved in ${ARTIFACTS_DIR}`);
}
