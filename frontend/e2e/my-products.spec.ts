import { createProductThroughApi, deskLamp, registerThroughApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import {
  createProductThroughUi,
  field,
  mainNavLink,
  myProductRowLink,
  newUser,
  type ProductInput,
  productForm,
  signInThroughUi,
  toast,
  uniqueWord,
  type TestUser,
} from './support/ui.js';
import type { APIRequestContext } from '@playwright/test';

/** A seller (registered through the API) who owns one desk lamp; the browser is not signed in yet. */
async function sellerWithLamp(request: APIRequestContext): Promise<{ seller: TestUser; lamp: ProductInput; id: string }> {
  const seller = newUser('seller');
  const lamp = deskLamp(uniqueWord());
  const id = await createProductThroughApi(request, await registerThroughApi(request, seller), lamp);
  return { seller, lamp, id };
}

test.describe('a seller’s own products in the browser', () => {
  test('when a seller creates an active product through the form, then it is confirmed and listed among their products', async ({ page, request }) => {
    const seller = newUser('seller');
    await registerThroughApi(request, seller);
    await signInThroughUi(page, seller, '/my/products');
    await expect(page.getByText('You have no products yet.')).toBeVisible();

    // createProductThroughUi waits for the 201, the confirmation and the product's row in the list.
    const id = await createProductThroughUi(page, deskLamp(uniqueWord()));

    expect((await request.get(`/api/v1/products/${id}`)).status()).toBe(200);
  });

  test('when a seller changes a product’s name and price, then the change is confirmed and their list shows both', async ({ page, request }) => {
    const { seller, lamp, id } = await sellerWithLamp(request);
    const renamed = `${lamp.name} XL`;
    await signInThroughUi(page, seller, '/');
    await mainNavLink(page, 'My products').click();
    await page.getByRole('link', { name: `Edit ${lamp.name}`, exact: true }).click();
    await expect(page).toHaveURL(`/my/products/${id}/edit`);
    const form = productForm(page);
    await expect(field(form, 'Name')).toHaveValue(lamp.name);

    await field(form, 'Name').fill(renamed);
    await field(form, 'Price').fill('24.50');
    await form.getByRole('button', { name: 'Save changes' }).click();

    await expect(toast(page, `“${renamed}” was saved.`)).toBeVisible();
    await expect(page).toHaveURL('/my/products');
    await expect(myProductRowLink(page, renamed)).toBeVisible();
    await expect(page.getByRole('list', { name: 'My products' }).getByText(/€24\.50/)).toBeVisible();
  });

  test('when the product changed on another device after the form opened, then saving merges that change in, keeps the typing, and the next save keeps both', async ({
    page,
    guard,
    openTab,
    request,
  }) => {
    const { seller, lamp, id } = await sellerWithLamp(request);
    // The first device opens the edit form: it holds the current version's ETag...
    await signInThroughUi(page, seller, `/my/products/${id}/edit`);
    const form = productForm(page);
    await expect(field(form, 'Name')).toHaveValue(lamp.name);
    // ...while the same person, signed in on a second device, changes the stock.
    const second = await openTab('second device');
    await signInThroughUi(second.page, seller, `/my/products/${id}/edit`);
    const secondForm = productForm(second.page);
    await expect(field(secondForm, 'Stock')).toHaveValue('5');
    await field(secondForm, 'Stock').fill('9');
    await secondForm.getByRole('button', { name: 'Save changes' }).click();
    await expect(toast(second.page, `“${lamp.name}” was saved.`)).toBeVisible();

    guard.allow({
      method: 'PATCH',
      status: 412,
      path: new RegExp(`^/api/v1/products/${id}$`),
      why: 'the form was based on a version the second device replaced: its If-Match no longer matches',
    });
    await field(form, 'Description').fill('Changed on the first device.');
    const refused = page.waitForResponse((r) => r.request().method() === 'PATCH' && new URL(r.url()).pathname === `/api/v1/products/${id}`);
    await form.getByRole('button', { name: 'Save changes' }).click();

    // Refused (412) and said so; the other device's stock is merged in, the typing kept.
    expect((await refused).status()).toBe(412);
    await expect(form.getByRole('alert')).toContainText('This product was changed elsewhere');
    await expect(form.getByRole('list', { name: 'Merged from the other change:' })).toContainText('Stock: 5 → 9');
    await expect(field(form, 'Stock')).toHaveValue('9');
    await expect(field(form, 'Description')).toHaveValue('Changed on the first device.');
    await form.getByRole('button', { name: 'Save changes' }).click();

    await expect(toast(page, `“${lamp.name}” was saved.`)).toBeVisible();
    const saved = (await (await request.get(`/api/v1/products/${id}`)).json()) as { stock: number; description: string };
    expect(saved).toMatchObject({ stock: 9, description: 'Changed on the first device.' });
  });

  test('when a seller deletes a product, then it moves to the trash, gone from their list and from the public API', async ({ page, request }) => {
    const { seller, lamp, id } = await sellerWithLamp(request);
    await signInThroughUi(page, seller, `/my/products/${id}/edit`);
    const form = productForm(page);
    await expect(field(form, 'Name')).toHaveValue(lamp.name);

    await form.getByRole('button', { name: `Delete ${lamp.name}`, exact: true }).click();

    await expect(toast(page, `“${lamp.name}” was moved to the trash.`)).toBeVisible();
    await expect(page).toHaveURL('/my/products');
    await expect(page.getByText('You have no products yet.')).toBeVisible();
    expect((await request.get(`/api/v1/products/${id}`)).status()).toBe(404);
  });
});
