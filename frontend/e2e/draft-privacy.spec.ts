import type { APIRequestContext, Page } from '@playwright/test';
import { createProductThroughApi, registerThroughApi } from './support/api.js';
import type { ExpectedRefusal } from './support/console-guard.js';
import { expect, test } from './support/fixtures.js';
import { newUser, productForm, signInThroughUi, type TestUser, toast, uniqueWord } from './support/ui.js';

interface Draft {
  owner: TestUser;
  id: string;
  name: string;
  word: string;
}

/** An owner (registered through the API) with one draft product. */
async function ownerWithDraft(request: APIRequestContext): Promise<Draft> {
  const owner = newUser('owner');
  const word = uniqueWord();
  const name = `Prototype kettle ${word}`;
  const token = await registerThroughApi(request, owner);
  const id = await createProductThroughApi(request, token, {
    name,
    description: 'Not for sale yet.',
    sku: `KETTLE-${word}`,
    price: '49.00',
    currency: 'EUR',
    stock: '0',
    status: 'draft',
  });
  return { owner, id, name, word };
}

const draftNotFound = (id: string): ExpectedRefusal => ({
  method: 'GET',
  status: 404,
  path: new RegExp(`^/api/v1/products/${id}$`),
  why: 'a draft is answered as "not found" to anyone but its owner and admins',
});

/** The `page` signed in as a new user who owns nothing. */
async function signInStranger(page: Page, request: APIRequestContext): Promise<void> {
  const stranger = newUser('stranger');
  await registerThroughApi(request, stranger);
  await signInThroughUi(page, stranger, '/');
}

/** Opens the catalogue searched for `word` straight from the URL (a fresh load, nothing cached). */
async function searchCatalogue(page: Page, word: string): Promise<void> {
  const searched = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/products' && new URL(r.url()).searchParams.get('q') === word);
  await page.goto(`/?q=${word}`);
  expect((await searched).status()).toBe(200);
}

test.describe('someone else’s draft product', () => {
  test('when another user opens a draft’s address, then it is not found and its name is not shown', async ({ page, guard, openTab, request }) => {
    const draft = await ownerWithDraft(request);
    // Control: the address is right, and its owner sees the draft there.
    const owner = await openTab('owner');
    await signInThroughUi(owner.page, draft.owner, `/products/${draft.id}`);
    await expect(owner.page.getByRole('article').getByRole('heading', { name: draft.name, exact: true })).toBeVisible();
    await signInStranger(page, request);
    guard.allow(draftNotFound(draft.id));

    await page.goto(`/products/${draft.id}`);

    await expect(page.getByText('This product does not exist, or it is not available.', { exact: true })).toBeVisible();
    await expect(page.getByText(draft.name)).toHaveCount(0);
  });

  test('when another user opens a draft’s edit page, then it is not found and no form is shown', async ({ page, guard, openTab, request }) => {
    const draft = await ownerWithDraft(request);
    // Control: the address is right, and its owner gets the form there.
    const owner = await openTab('owner');
    await signInThroughUi(owner.page, draft.owner, `/my/products/${draft.id}/edit`);
    await expect(productForm(owner.page).getByLabel('Name', { exact: true })).toHaveValue(draft.name);
    await signInStranger(page, request);
    guard.allow(draftNotFound(draft.id));

    await page.goto(`/my/products/${draft.id}/edit`);

    await expect(page.getByText('This product does not exist, or you cannot see it.', { exact: true })).toBeVisible();
    await expect(productForm(page)).toHaveCount(0);
  });

  test('when another user searches the catalogue for a draft’s word, then nothing matches until its owner publishes it', async ({ page, openTab, request }) => {
    const draft = await ownerWithDraft(request);
    await signInStranger(page, request);

    await searchCatalogue(page, draft.word);

    await expect(page.getByText('No products match your search.', { exact: true })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Search results' })).toHaveCount(0);

    // Control: once the owner publishes it, the same search finds it, so the search was not what hid it.
    const owner = await openTab('owner');
    await signInThroughUi(owner.page, draft.owner, '/my/products');
    const quickUpdate = owner.page.getByRole('form', { name: `Quick update of ${draft.name}` });
    await quickUpdate.getByLabel('Status', { exact: true }).selectOption('active');
    await quickUpdate.getByRole('button', { name: 'Update' }).click();
    await expect(toast(owner.page, `“${draft.name}” was updated.`)).toBeVisible();
    await searchCatalogue(page, draft.word);
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('heading')).toHaveText([draft.name]);
  });
});
