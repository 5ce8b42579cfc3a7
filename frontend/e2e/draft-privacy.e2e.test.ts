import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.js';
import { createProductThroughUi, newUser, registerThroughUi, toast, uniqueWord } from './support/ui.js';

const { openTab } = useBrowser();
const baseUrl = inject('baseUrl');

/** Opens the catalogue searched for `word` straight from the URL (a fresh load, nothing cached). */
async function searchCatalogue(page: Page, word: string): Promise<void> {
  const searched = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/products' && new URL(r.url()).searchParams.get('q') === word);
  await page.goto(`${baseUrl}/?q=${word}`);
  expect((await searched).status()).toBe(200);
}

/** The names the catalogue shows; [] once it says nothing matched; null while it is still loading. */
async function shownResults(page: Page): Promise<string[] | null> {
  if (await page.getByText('No products match your search.', { exact: true }).isVisible()) return [];
  const results = page.getByRole('list', { name: 'Search results' });
  return (await results.isVisible()) ? results.getByRole('heading').allTextContents() : null;
}

describe('a draft product', () => {
  it('when another user looks for someone else’s draft, then it is not found by address nor in the catalogue', async () => {
    const word = uniqueWord();
    const name = `Prototype kettle ${word}`;
    const owner = await openTab('owner', []);
    await registerThroughUi(owner.page, baseUrl, newUser('owner'));
    const id = await createProductThroughUi(owner.page, baseUrl, {
      name,
      description: 'Not for sale yet.',
      sku: `KETTLE-${word}`,
      price: '49.00',
      currency: 'EUR',
      stock: '0',
      status: 'draft',
    });
    // Control: the address is right, and its owner sees the draft there.
    await owner.page.goto(`${baseUrl}/products/${id}`);
    await owner.page.getByRole('article').getByRole('heading', { name, exact: true }).waitFor();

    const notFound = {
      method: 'GET',
      status: 404,
      path: new RegExp(`^/api/v1/products/${id}$`),
      why: 'a draft is answered as "not found" to anyone but its owner and admins',
    } as const;
    const stranger = await openTab('stranger', [notFound]);
    await registerThroughUi(stranger.page, baseUrl, newUser('stranger'));

    await stranger.page.goto(`${baseUrl}/products/${id}`);
    await stranger.page.getByText('This product does not exist, or it is not available.', { exact: true }).waitFor();
    expect(await stranger.page.getByText(name).count()).toBe(0);

    await stranger.page.goto(`${baseUrl}/my/products/${id}/edit`);
    await stranger.page.getByText('This product does not exist, or you cannot see it.', { exact: true }).waitFor();
    expect(await stranger.page.getByRole('form', { name: 'Product' }).count()).toBe(0);

    await searchCatalogue(stranger.page, word);
    await expect.poll(() => shownResults(stranger.page)).toEqual([]);

    // Control: once the owner publishes it, the same search finds it, so the search was not what hid it.
    const quickUpdate = owner.page.getByRole('form', { name: `Quick update of ${name}` });
    await owner.page.goto(`${baseUrl}/my/products`);
    await quickUpdate.getByLabel('Status', { exact: true }).selectOption('active');
    await quickUpdate.getByRole('button', { name: 'Update' }).click();
    await toast(owner.page, `“${name}” was updated.`).waitFor();
    await searchCatalogue(stranger.page, word);
    await expect.poll(() => shownResults(stranger.page)).toEqual([name]);
  });
});
