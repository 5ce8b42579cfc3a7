import type { Page } from '@playwright/test';

/**
 * A refusal the test provokes on purpose. Chromium logs every fetch/XHR answered with a 4xx as a
 * console error ("Failed to load resource: the server responded with a status of 412 ..."), even
 * when the app handles it; only these, each with the reason it is expected, are let through.
 */
export interface ExpectedRefusal {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  status: number;
  /** Matched against the URL's path only (no query string). */
  path: RegExp;
  why: string;
}

const FAILED_RESOURCE = /^Failed to load resource: the server responded with a status of (\d{3})\b/;

interface Refused {
  method: string;
  status: number;
  url: string;
}

/**
 * Records what would make a person see a broken page: uncaught exceptions, console errors, and any
 * HTTP refusal (4xx/5xx) the test did not announce. problems() lists what is not allowed.
 */
export class ConsoleGuard {
  private readonly allowed: ExpectedRefusal[] = [];
  private readonly errors: Array<{ text: string; url: string }> = [];
  private readonly uncaught: string[] = [];
  private readonly refused: Refused[] = [];
  /** Everything the page logged, for the artifacts of a failed test. */
  readonly transcript: string[] = [];

  constructor(page: Page, expected: readonly ExpectedRefusal[]) {
    this.allowed.push(...expected);
    page.on('console', (message) => {
      const url = message.location().url;
      this.transcript.push(`console.${message.type()}: ${message.text()}${url ? ` (${url})` : ''}`);
      if (message.type() === 'error') this.errors.push({ text: message.text(), url });
    });
    page.on('pageerror', (error) => {
      this.transcript.push(`pageerror: ${error.stack ?? error.message}`);
      this.uncaught.push(error.stack ?? error.message);
    });
    page.on('response', (response) => {
      if (response.status() < 400) return;
      const refused = { method: response.request().method(), status: response.status(), url: response.url() };
      this.transcript.push(`HTTP ${refused.status} for ${refused.method} ${refused.url}`);
      this.refused.push(refused);
    });
  }

  /** Announces a refusal the test is about to provoke on this page. */
  allow(...expected: ExpectedRefusal[]): void {
    this.allowed.push(...expected);
  }

  problems(): string[] {
    const problems = this.uncaught.map((stack) => `uncaught exception: ${stack}`);
    for (const r of this.refused) {
      if (!this.isAllowed(r.method, r.status, r.url)) problems.push(`unexpected HTTP ${r.status} for ${r.method} ${r.url}`);
    }
    for (const { text, url } of this.errors) {
      const status = Number(FAILED_RESOURCE.exec(text)?.[1]);
      // The method is not in the console line: it must be the log of a refusal that was allowed above.
      const logsAllowedRefusal =
        status > 0 && this.refused.some((r) => r.url === url && r.status === status && this.isAllowed(r.method, r.status, r.url));
      if (!logsAllowedRefusal) problems.push(`console error: ${text}${url ? ` (${url})` : ''}`);
    }
    return problems;
  }

  private isAllowed(method: string, status: number, url: string): boolean {
    const path = new URL(url).pathname;
    return this.allowed.some((a) => a.method === method && a.status === status && a.path.test(path));
  }
}
