import { createProductThroughApi, deskLamp, registerThroughApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { field, newUser, productForm, signInThroughUi, toast, uniqueWord } from './support/ui.js';
import type { Page } from '@playwright/test';

async function editAndSave(page: Page, id: string, changes: Record<string, string>, savedName: string): Promise<void> {
  await page.goto(`/my/products/${id}/edit`);
  const form = productForm(page);
  await expect(field(form, 'Name')).not.toHaveValue('');
  for (const [label, value] of Object.entries(changes)) await field(form, label).fill(value);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(toast(page, `“${savedName}” was saved.`)).toBeVisible();
  await expect(page).toHaveURL('/my/products');
}

test.describe('a product’s history', () => {
  test('when a seller edits a product twice, then its page lists both changes with their diffs, and reverting to version 1 brings the fields back', async ({
    page,
    request,
  }) => {
    const seller = newUser('seller');
    const lamp = deskLamp(uniqueWord());
    const id = await createProductThroughApi(request, await registerThroughApi(request, seller), lamp);
    await signInThroughUi(page, seller, '/my/products');
    const renamed = `${lamp.name} XL`;
    await editAndSave(page, id, { Name: renamed, Price: '24.50' }, renamed);
    await editAndSave(page, id, { Stock: '7' }, renamed);

    await page.goto(`/products/${id}`);
    const history = page.getByRole('region', { name: 'History' });
    const entries = history.getByRole('list', { name: 'Changes, newest first' }).locator(':scope > li');
    await expect(entries).toHaveCount(3);
    await expect(entries.nth(0)).toContainText('Changed · version 3');
    await expect(entries.nth(0)).toContainText(`by ${seller.name}`);
    await expect(entries.nth(0).getByRole('list', { name: 'Changes of version 3' })).toHaveText('Stock: 5 → 7');
    await expect(entries.nth(1)).toContainText(`Name: ${lamp.name} → ${renamed}`);
    await expect(entries.nth(1)).toContainText('Price: 19.99 → 24.50');
    await expect(entries.nth(2)).toContainText('Created · version 1');

    await entries.nth(2).getByRole('button', { name: 'Revert to version 1' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Revert to version 1?' });
    const changes = dialog.getByRole('list', { name: 'What the revert changes' });
    await expect(changes).toContainText(`Name: ${renamed} → ${lamp.name}`);
    await expect(changes).toContainText('Price: 24.50 → 19.99');
    await expect(changes).toContainText('Stock: 7 → 5');
    await dialog.getByRole('button', { name: 'Revert' }).click();

    await expect(toast(page, `“${lamp.name}” was reverted to version 1.`)).toBeVisible();
    const article = page.getByRole('article');
    await expect(article.getByRole('heading', { name: lamp.name, exact: true })).toBeVisible();
    await expect(article.getByText('€19.99')).toBeVisible();
    await expect(article.getByText('5 in stock')).toBeVisible();
    await expect(entries).toHaveCount(4);
    await expect(entries.nth(0)).toContainText('Reverted to version 1 · version 4');
    const saved = (await (await request.get(`/api/v1/products/${id}`)).json()) as { name: string; price: string; stock: number };
    expect(saved).toMatchObject({ name: lamp.name, price: '19.99', stock: 5 });
  });

  test('when a visitor outside the workspace opens the product, then there is no history to see', async ({ page, request }) => {
    const seller = newUser('seller');
    const lamp = deskLamp(uniqueWord());
    const id = await createProductThroughApi(request, await registerThroughApi(request, seller), lamp);

    await page.goto(`/products/${id}`);

    await expect(page.getByRole('article').getByRole('heading', { name: lamp.name, exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'History' })).toHaveCount(0);
  });
});
