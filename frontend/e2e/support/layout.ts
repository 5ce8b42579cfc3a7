import type { Page } from '@playwright/test';

/** What moved, as the browser reported it: enough to find the element in a failure message. */
interface LayoutShift {
  value: number;
  at: number;
  sources: string[];
}

export interface LayoutShiftReport {
  /** The sum of every shift not caused by the person's own input (hadRecentInput false). */
  total: number;
  shifts: LayoutShift[];
}

/**
 * Cumulative layout shift so far, from the browser's own layout-shift entries (buffered, so also
 * those from before this call), summed where the shift did not follow input within 500 ms.
 */
export async function layoutShiftSoFar(page: Page): Promise<LayoutShiftReport> {
  return page.evaluate(
    () =>
      new Promise<LayoutShiftReport>((resolve) => {
        interface Entry extends PerformanceEntry {
          value: number;
          hadRecentInput: boolean;
          sources: Array<{ node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }>;
        }
        const entries: Entry[] = [];
        const observer = new PerformanceObserver((list) => entries.push(...(list.getEntries() as Entry[])));
        observer.observe({ type: 'layout-shift', buffered: true });
        const describe = (node: Node | null | undefined) => {
          if (!(node instanceof Element)) return node?.nodeName ?? '(removed)';
          const text = (node.textContent ?? '').trim().slice(0, 40);
          return `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''} “${text}”`;
        };
        const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
        // Buffered entries arrive in a task after observe(); a frame later they have all been delivered.
        setTimeout(() => {
          entries.push(...(observer.takeRecords() as Entry[]));
          observer.disconnect();
          const counted = entries.filter((entry) => !entry.hadRecentInput);
          resolve({
            total: counted.reduce((sum, entry) => sum + entry.value, 0),
            shifts: counted.map((entry) => ({
              value: Number(entry.value.toFixed(4)),
              at: Math.round(entry.startTime),
              sources: entry.sources.map((s) => `${describe(s.node)}: ${rect(s.previousRect)} → ${rect(s.currentRect)}`),
            })),
          });
        }, 100);
      }),
  );
}

/** Resolves once every picture on the page has loaded (or failed), after scrolling through it so lazy ones start. */
export async function scrollThroughAndWaitForPictures(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const viewport = page.viewportSize()?.height ?? 800;
  for (let y = 0; y <= height; y += Math.round(viewport / 2)) {
    await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
    await page.waitForTimeout(50);
  }
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  // Two frames: a layout caused by the last picture has been made and reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Answers from the API (and its pictures) arrive `ms` later, as over a real network: on loopback they
 * come before the first paint, and a page that shifts when content arrives would not show it.
 */
export async function withNetworkLatency(page: Page, ms: number): Promise<void> {
  await page.route('**/api/v1/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.fallback();
  });
}

/** How wide the page is laid out: wider than the viewport means the person has to scroll sideways. */
export const pageScrollWidth = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth);
