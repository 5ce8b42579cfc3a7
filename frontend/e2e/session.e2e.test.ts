import type { Request } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.js';
import { SHORT_TOKEN_TTL_SECONDS } from './support/settings.js';
import { heading, myProductRowLink, newUser, openNewProductForm, registerThroughUi, signOutButton, submitNewProduct, uniqueWord } from './support/ui.js';

const { openTab } = useBrowser();

describe('a session in the browser', () => {
  it('when a signed-in user reloads a page, then they are still signed in on that page', async () => {
    const baseUrl = inject('baseUrl');
    const user = newUser('reloader');
    const { page } = await openTab('user', []);
    await registerThroughUi(page, baseUrl, user);
    await page.getByRole('banner').getByRole('link', { name: user.name, exact: true }).click();
    await page.waitForURL(`${baseUrl}/account`);
    await page.getByText(user.email, { exact: true }).waitFor();

    // The access token lives in memory only: the reload loses it and the refresh cookie restores it.
    const restored = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/auth/refresh');
    await page.reload();
    expect((await restored).status()).toBe(200);
    await heading(page, 'Your account').waitFor();
    await page.getByText(user.email, { exact: true }).waitFor();
    await signOutButton(page).waitFor();
    expect(new URL(page.url()).pathname).toBe('/account');
  });

  it('when the access token has expired, then the next request refreshes it and succeeds without the user noticing', async () => {
    // This server's access tokens live SHORT_TOKEN_TTL_SECONDS; its refresh tokens the usual week.
    const baseUrl = inject('shortTokenBaseUrl');
    const user = newUser('patient');
    const name = `Tea caddy ${uniqueWord()}`;
    const { page, guard } = await openTab('user', []);
    await registerThroughUi(page, baseUrl, user);
    const form = await openNewProductForm(page, {
      name,
      description: 'Filled in, then left open until the access token expired.',
      sku: `TEA-${uniqueWord()}`,
      price: '12.00',
      currency: 'EUR',
      stock: '3',
      status: 'draft',
    });

    await page.waitForTimeout(SHORT_TOKEN_TTL_SECONDS * 1_000 + 1_500);
    const requests: Request[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) requests.push(request);
    });
    guard.allow({
      method: 'POST',
      status: 401,
      path: /^\/api\/v1\/products$/,
      why: 'the access token expired while the form was open; the client refreshes it and sends the request again',
    });
    await submitNewProduct(page, baseUrl, form, name);

    // What happened underneath: refused as expired, one refresh, the same request again.
    const calls = await Promise.all(
      requests.map(async (r) => `${r.method()} ${new URL(r.url()).pathname} ${(await r.response())?.status()}`),
    );
    const writes = calls.filter((call) => call.startsWith('POST '));
    expect(writes).toEqual(['POST /api/v1/products 401', 'POST /api/v1/auth/refresh 200', 'POST /api/v1/products 201']);
    const [first, , retry] = requests.filter((r) => r.method() === 'POST');
    expect(await retry!.headerValue('idempotency-key')).toBe(await first!.headerValue('idempotency-key'));
    expect(await retry!.headerValue('authorization')).not.toBe(await first!.headerValue('authorization'));

    // Still signed in, on the page the user expected, the product created once.
    expect(new URL(page.url()).pathname).toBe('/my/products');
    await signOutButton(page).waitFor();
    expect(await page.getByText('Your session has expired', { exact: false }).count()).toBe(0);
    expect(await myProductRowLink(page, name).count()).toBe(1);
  });
});
