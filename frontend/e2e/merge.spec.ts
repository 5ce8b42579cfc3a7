import { createProductThroughApi, deskLamp, registerThroughApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { field, newUser, productForm, signInThroughUi, toast, uniqueWord } from './support/ui.js';

test.describe('two people edit one product', () => {
  test('when the second save meets the first one’s change, then the fields only one changed merge, the field both changed is chosen, and the product keeps both changes', async ({
    page,
    guard,
    openTab,
    request,
  }) => {
    const seller = newUser('seller');
    const lamp = deskLamp(uniqueWord());
    const id = await createProductThroughApi(request, await registerThroughApi(request, seller), lamp);
    // Both open the form on version 1.
    await signInThroughUi(page, seller, `/my/products/${id}/edit`);
    const mine = productForm(page);
    await expect(field(mine, 'Name')).toHaveValue(lamp.name);
    const other = await openTab('other person');
    await signInThroughUi(other.page, seller, `/my/products/${id}/edit`);
    const theirs = productForm(other.page);
    await expect(field(theirs, 'Name')).toHaveValue(lamp.name);

    // The other saves first: a new stock and a new name.
    await field(theirs, 'Stock').fill('9');
    await field(theirs, 'Name').fill(`${lamp.name} (theirs)`);
    await theirs.getByRole('button', { name: 'Save changes' }).click();
    await expect(toast(other.page, `“${lamp.name} (theirs)” was saved.`)).toBeVisible();

    // This one changed the price and the name too.
    await field(mine, 'Price').fill('24.50');
    await field(mine, 'Name').fill(`${lamp.name} (mine)`);
    guard.allow({ method: 'PATCH', status: 412, path: new RegExp(`^/api/v1/products/${id}$`), why: 'saved on version 1 after the other person made version 2' });
    await mine.getByRole('button', { name: 'Save changes' }).click();

    await expect(mine.getByRole('alert')).toContainText('This product was changed elsewhere');
    await expect(mine.getByRole('list', { name: 'Merged from the other change:' })).toContainText('Stock: 5 → 9');
    await expect(field(mine, 'Stock')).toHaveValue('9');
    await expect(field(mine, 'Price')).toHaveValue('24.50');
    await expect(mine.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    const name = mine.getByRole('group', { name: 'Name: changed on both sides' });
    await name.getByRole('radio', { name: `Keep mine: ${lamp.name} (mine)` }).check();
    await mine.getByRole('button', { name: 'Save changes' }).click();

    await expect(toast(page, `“${lamp.name} (mine)” was saved.`)).toBeVisible();
    await expect(page).toHaveURL('/my/products');
    const saved = (await (await request.get(`/api/v1/products/${id}`)).json()) as { name: string; price: string; stock: number; version: number };
    expect(saved).toMatchObject({ name: `${lamp.name} (mine)`, price: '24.50', stock: 9, version: 3 });
    // The other person's page shows both changes once reloaded.
    await other.page.goto(`/products/${id}`);
    const article = other.page.getByRole('article');
    await expect(article.getByRole('heading', { name: `${lamp.name} (mine)` })).toBeVisible();
    await expect(article.getByText('€24.50')).toBeVisible();
    await expect(article.getByText(/^9 in stock/)).toBeVisible();
  });
});
