import { expect } from '@playwright/test';
import { MAIL_CATCHER_URL_VARIABLE } from './settings.js';

/** A message as the run's mail catcher (tools/devstack) lists it at /api/messages. */
interface CaughtMessage {
  to: string[];
  subject: string;
  text: string;
}

function catcherUrl(): string {
  const url = process.env[MAIL_CATCHER_URL_VARIABLE];
  if (!url) throw new Error(`${MAIL_CATCHER_URL_VARIABLE} is not set: run the specs through playwright.config.ts (global-setup.ts starts the catcher)`);
  return url;
}

/** The newest message to `address` whose subject matches, waiting for it to arrive (mail goes out from a job). */
export async function emailTo(address: string, subject: RegExp): Promise<CaughtMessage> {
  let found: CaughtMessage | undefined;
  await expect
    .poll(
      async () => {
        const messages = (await (await fetch(new URL('/api/messages', catcherUrl()))).json()) as CaughtMessage[];
        found = messages.find((m) => m.to.includes(address) && subject.test(m.subject));
        return found !== undefined;
      },
      { message: `an email to ${address} with a subject like ${subject}`, timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

/** The path and query (e.g. /reset-password?token=…) of the link the email's text names for `page`. */
export function linkIn(message: CaughtMessage, page: string): string {
  const match = new RegExp(`https?://[^/\\s]+(/${page}\\?token=[A-Za-z0-9_-]+)`).exec(message.text);
  if (!match) throw new Error(`no /${page} link in the email "${message.subject}":\n${message.text}`);
  return match[1]!;
}
