import type { Request } from '@playwright/test';
import { registerThroughApi } from './support/api.js';
import { emailTo, linkIn } from './support/mailbox.js';
import { expect, test } from './support/fixtures.js';
import { SHORT_TOKEN_TTL_SECONDS } from './support/settings.js';
import {
  heading,
  mainNavLink,
  myProductRowLink,
  newUser,
  openNewProductForm,
  registerThroughUi,
  signInLink,
  signInThroughUi,
  signOutButton,
  submitNewProduct,
  toast,
  uniqueWord,
} from './support/ui.js';

test.describe('a session in the browser', () => {
  test('when a person registers through the form and follows the emailed link, then the address is confirmed and they can sign in to their empty product list', async ({ page }) => {
    const user = newUser('registrant');
    await registerThroughUi(page, user);
    await expect(page.getByText(user.email)).toBeVisible();

    await page.goto(linkIn(await emailTo(user.email, /^Confirm your email address/), 'verify-email'));
    await expect(page.getByText(`Your email address ${user.email} is confirmed.`)).toBeVisible();
    await signInThroughUi(page, user, '/my/products');
    await expect(page.getByText('You have no products yet.')).toBeVisible();
  });

  test('when a registered person signs in from a link to a protected page, then they land signed in on that page', async ({ page, request }) => {
    const user = newUser('returning');
    await registerThroughApi(request, user);

    await signInThroughUi(page, user, '/account');

    await expect(heading(page, 'Your account')).toBeVisible();
    await expect(page.getByText(user.email, { exact: true }).first()).toBeVisible();
  });

  test('when a signed-in user reloads a page, then they are still signed in on that page', async ({ page, request }) => {
    const user = newUser('reloader');
    await registerThroughApi(request, user);
    await signInThroughUi(page, user, '/my/products');
    await page.getByRole('banner').getByRole('link', { name: user.name, exact: true }).click();
    await expect(page).toHaveURL('/account');
    await expect(page.getByText(user.email, { exact: true }).first()).toBeVisible();

    // The access token lives in memory only: the reload loses it and the refresh cookie restores it.
    const restored = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/auth/refresh');
    await page.reload();
    expect((await restored).status()).toBe(200);
    await expect(heading(page, 'Your account')).toBeVisible();
    await expect(page.getByText(user.email, { exact: true }).first()).toBeVisible();
    await expect(signOutButton(page)).toBeVisible();
    await expect(page).toHaveURL('/account');
  });

  test('when a person signs out, then the session is over, not just hidden: a reload does not restore it', async ({ page, request }) => {
    const user = newUser('leaver');
    await registerThroughApi(request, user);
    await signInThroughUi(page, user, '/my/products');

    await signOutButton(page).click();

    await expect(toast(page, 'You are signed out.')).toBeVisible();
    await expect(page).toHaveURL('/');
    await expect(signInLink(page)).toBeVisible();
    await page.reload();
    await expect(signInLink(page)).toBeVisible();
    await expect(mainNavLink(page, 'Catalogue')).toBeVisible();
    await expect(mainNavLink(page, 'My products')).toHaveCount(0);
  });

  test('when the password is changed on one device, then the other device’s next step lands on sign-in saying the password was changed', async ({
    page,
    openTab,
    request,
  }) => {
    const user = newUser('renewer');
    await registerThroughApi(request, user);
    const other = await openTab('other device', [
      {
        method: 'GET',
        status: 401,
        path: /^\/api\/v1\/workspaces(\/[^/]+\/products(\/facets)?)?$/,
        why: 'the password change on the first device ended this session (My products lists the workspaces, then the current one’s products and their filter counts)',
      },
      { method: 'POST', status: 401, path: /^\/api\/v1\/auth\/refresh$/, why: 'the ended session cannot be refreshed either' },
    ]);
    await signInThroughUi(other.page, user, '/account');
    await signInThroughUi(page, user, '/account');

    const form = page.getByRole('form', { name: 'Change password' });
    const renewed = `${user.password}-renewed`;
    await form.getByLabel('Current password', { exact: true }).fill(user.password);
    await form.getByLabel('New password', { exact: true }).fill(renewed);
    await form.getByLabel('Confirm new password', { exact: true }).fill(renewed);
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(toast(page, 'Your password was changed.')).toBeVisible();

    await mainNavLink(other.page, 'My products').click();

    await expect(heading(other.page, 'Sign in')).toBeVisible();
    await expect(other.page.getByText('You were signed out because your password was changed.', { exact: true })).toBeVisible();
    await expect(other.page).toHaveURL('/login?next=%2Fmy%2Fproducts&reason=password_changed');
    // The device that changed the password is still signed in.
    await expect(signOutButton(page)).toBeVisible();
  });

  test.describe('on a server whose access tokens expire after a few seconds', () => {
    // This server's access tokens live SHORT_TOKEN_TTL_SECONDS; its refresh tokens the usual week.
    test.use({ server: 'shortToken' });

    test('when the access token has expired, then the next request refreshes it and succeeds without the user noticing', async ({ page, guard, request }) => {
      const name = `Tea caddy ${uniqueWord()}`;
      const patient = newUser('patient');
      await registerThroughApi(request, patient);
      await signInThroughUi(page, patient, '/my/products');
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
        path: /^\/api\/v1\/workspaces\/[^/]+\/products$/,
        why: 'the access token expired while the form was open; the client refreshes it and sends the request again',
      });
      await submitNewProduct(page, form, name);

      // What happened underneath: refused as expired, one refresh, the same request again.
      const calls = await Promise.all(
        requests.map(async (r) => `${r.method()} ${new URL(r.url()).pathname} ${(await r.response())?.status()}`),
      );
      // The product goes to the current workspace, the personal one, under its slug.
      const writes = calls.filter((call) => call.startsWith('POST ')).map((call) => call.replace(/\/workspaces\/[^/]+\//, '/workspaces/:slug/'));
      expect(writes).toEqual(['POST /api/v1/workspaces/:slug/products 401', 'POST /api/v1/auth/refresh 200', 'POST /api/v1/workspaces/:slug/products 201']);
      const [first, , retry] = requests.filter((r) => r.method() === 'POST');
      expect(await retry!.headerValue('idempotency-key')).toBe(await first!.headerValue('idempotency-key'));
      expect(await retry!.headerValue('authorization')).not.toBe(await first!.headerValue('authorization'));

      // Still signed in, on the page the user expected, the product created once.
      await expect(page).toHaveURL('/my/products');
      await expect(signOutButton(page)).toBeVisible();
      await expect(page.getByText('Your session ended', { exact: false })).toHaveCount(0);
      await expect(myProductRowLink(page, name)).toHaveCount(1);
    });
  });
});
