import { createProductThroughApi, deskLamp, registerThroughApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { heading, newUser, uniqueWord } from './support/ui.js';

test.describe('the public catalogue', () => {
  test('when a visitor searches for a word of an active product, then it is the one result and opens its details with the price', async ({ page, request }) => {
    const word = uniqueWord();
    const lamp = deskLamp(word);
    const sellerToken = await registerThroughApi(request, newUser('seller'));
    const id = await createProductThroughApi(request, sellerToken, lamp);
    await page.goto('/');
    await expect(heading(page, 'Catalogue')).toBeVisible();

    const searched = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/products' && new URL(r.url()).searchParams.get('q') === word);
    await page.getByRole('searchbox', { name: 'Search' }).fill(word);

    expect((await searched).status()).toBe(200);
    await expect(page).toHaveURL((url) => url.searchParams.get('q') === word);
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('heading')).toHaveText([lamp.name]);
    await results.getByRole('link', { name: lamp.name, exact: true }).click();
    await expect(page).toHaveURL(`/products/${id}`);
    const details = page.getByRole('article');
    await expect(details.getByRole('heading', { name: lamp.name, exact: true })).toBeVisible();
    // Formatted by the browser's locale (en-US in playwright.config.ts).
    await expect(details.getByText('€19.99', { exact: true })).toBeVisible();
  });
});
