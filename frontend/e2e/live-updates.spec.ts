import type { Page } from '@playwright/test';
import { createWorkspaceProductThroughApi, createWorkspaceThroughApi, deskLamp, invitationLinkThroughApi, registerThroughApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { field, heading, newUser, productForm, signInThroughUi, toast, uniqueWord } from './support/ui.js';

/** The person at `page` saves `changes` (label → value) in the product's edit form, as anyone would. */
async function saveInForm(page: Page, id: string, changes: Record<string, string>, savedName: string): Promise<void> {
  await page.goto(`/my/products/${id}/edit`);
  const form = productForm(page);
  for (const [label, value] of Object.entries(changes)) await field(form, label).fill(value);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(toast(page, `“${savedName}” was saved.`)).toBeVisible();
}

/** Set on the page once; still there later only if the page was never reloaded. */
const markPage = (page: Page) => page.evaluate(() => Object.assign(window, { liveMarker: 'not reloaded' }));
const markOf = (page: Page) => page.evaluate(() => (window as unknown as { liveMarker?: string }).liveMarker);

test.describe('live updates between two members of a workspace', () => {
  test('when one member edits a product, then the other’s list, product page and open edit form show it without a reload', async ({
    page,
    openTab,
    pageGuards,
    request,
  }) => {
    const owner = newUser('owner');
    const word = uniqueWord();
    const token = await registerThroughApi(request, owner);
    const shop = `Tea shop ${word}`;
    const slug = await createWorkspaceThroughApi(request, token, shop, `tea-${word}`);
    const lamp = deskLamp(word);
    const id = await createWorkspaceProductThroughApi(request, token, slug, lamp);
    const link = await invitationLinkThroughApi(request, token, slug, 'editor');

    // B, an editor of the shop, looks at its products in one tab and at the lamp's page in another.
    const editor = newUser('editor');
    await registerThroughApi(request, editor);
    const other = await openTab('editor');
    const b = other.page;
    await signInThroughUi(b, editor, link);
    await b.getByRole('region', { name: 'Invitation' }).getByRole('button', { name: 'Accept invitation' }).click();
    await expect(heading(b, `Products of ${shop}`)).toBeVisible();
    const list = b.getByRole('list', { name: `Products of ${shop}` });
    await expect(list.getByRole('link', { name: lamp.name, exact: true })).toBeVisible();
    const details = await b.context().newPage();
    pageGuards.watch('editor, product page', details);
    await details.goto(`/products/${id}`);
    const article = details.getByRole('article');
    await expect(article.getByRole('heading', { name: lamp.name })).toBeVisible();
    await expect(article.getByText('€19.99')).toBeVisible();
    await markPage(b);
    await markPage(details);

    // A, the owner, renames it: B's list and page show the new name.
    await signInThroughUi(page, owner, `/my/products/${id}/edit`);
    const renamed = `${lamp.name} in brass`;
    await saveInForm(page, id, { Name: renamed }, renamed);
    await expect(list.getByRole('link', { name: renamed, exact: true })).toBeVisible();
    await expect(article.getByRole('heading', { name: renamed })).toBeVisible();

    // A changes the price: B's product page shows it.
    await saveInForm(page, id, { Price: '24.50' }, renamed);
    await expect(article.getByText('€24.50')).toBeVisible();

    // B starts editing; A changes the stock: B's form says so at once and merges it on request.
    await list.getByRole('link', { name: renamed, exact: true }).click();
    await expect(b).toHaveURL(`/my/products/${id}/edit`);
    const form = productForm(b);
    await expect(field(form, 'Price')).toHaveValue('24.50');
    const description = `Brass desk lamp, ${word} edition, with a new shade.`;
    await field(form, 'Description').fill(description);
    await saveInForm(page, id, { Stock: '9' }, renamed);
    await expect(form.getByRole('alert')).toContainText('This product was changed by someone else');
    await form.getByRole('button', { name: 'Merge their changes' }).click();
    await expect(form.getByRole('list', { name: 'Merged from the other change:' })).toContainText('Stock: 5 → 9');
    await expect(field(form, 'Stock')).toHaveValue('9');
    await expect(field(form, 'Description')).toHaveValue(description);

    // B saves both changes on the version merged with.
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(toast(b, `“${renamed}” was saved.`)).toBeVisible();
    const saved = (await (await request.get(`/api/v1/products/${id}`)).json()) as { stock: number; description: string; price: string };
    expect(saved).toMatchObject({ stock: 9, price: '24.50', description });
    expect(await markOf(b)).toBe('not reloaded');
    expect(await markOf(details)).toBe('not reloaded');
  });
});
