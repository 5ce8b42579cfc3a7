import { createProductThroughApi, deskLamp, registerThroughApi } from './support/api.js';
import { makePlatformAdmin } from './support/admin.js';
import { expect, test } from './support/fixtures.js';
import { field, heading, newUser, productForm, signInThroughUi, toast, uniqueWord } from './support/ui.js';

test.describe('categories', () => {
  test('when a platform admin builds a branch of the tree, a seller files a product in it and a visitor browses down to it, then the catalogue shows it with the counts', async ({
    page,
    request,
    guard,
    openTab,
  }) => {
    const word = uniqueWord();
    const admin = newUser('admin');
    await registerThroughApi(request, admin);
    await makePlatformAdmin(admin.email);
    await signInThroughUi(page, admin, '/admin/categories');
    await expect(heading(page, 'Categories')).toBeVisible();
    await expect(page).toHaveTitle('Categories · Shelfwise');

    // A root, and a child inside it, renamed after.
    const create = page.getByRole('form', { name: 'New category' });
    await create.getByLabel('New category').fill(`Lighting ${word}`);
    await create.getByRole('button', { name: 'Create' }).click();
    await expect(toast(page, `“Lighting ${word}” was created.`)).toBeVisible();
    await create.getByLabel('New category').fill(`Desk lamps ${word}`);
    await create.getByLabel('Inside').selectOption({ label: `Lighting ${word}` });
    await create.getByRole('button', { name: 'Create' }).click();
    await expect(toast(page, `“Desk lamps ${word}” was created.`)).toBeVisible();
    const tree = page.getByRole('list', { name: 'Category tree' });
    await tree.getByRole('button', { name: `Rename Desk lamps ${word}` }).click();
    const rename = tree.getByRole('form', { name: `Rename Desk lamps ${word}` });
    await rename.getByLabel('Name').fill(`Desk lights ${word}`);
    await rename.getByRole('button', { name: 'Save' }).click();
    await expect(toast(page, `Renamed to “Desk lights ${word}”.`)).toBeVisible();

    // A category never goes inside its own subtree: the move offers neither itself nor its child.
    await tree.getByRole('button', { name: `Move Lighting ${word}` }).click();
    const move = tree.getByRole('form', { name: `Move Lighting ${word}` });
    await expect(move.getByRole('option', { name: new RegExp(`Desk lights ${word}`) })).toHaveCount(0);
    await move.getByRole('button', { name: 'Cancel' }).click();

    // Not empty: refused with the API's reason.
    guard.allow({ method: 'DELETE', status: 409, path: /^\/api\/v1\/categories\/[^/]+$/, why: 'a category with a subcategory is not empty' });
    await tree.getByRole('button', { name: `Delete Lighting ${word}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete category' }).click();
    await expect(page.getByRole('region', { name: 'Notifications' }).getByRole('alert')).toBeVisible();

    // A seller files a product under the child with the form's picker.
    const seller = newUser('seller');
    const lamp = deskLamp(word);
    const id = await createProductThroughApi(request, await registerThroughApi(request, seller), lamp);
    const sellerTab = await openTab('seller');
    await signInThroughUi(sellerTab.page, seller, `/my/products/${id}/edit`);
    const form = productForm(sellerTab.page);
    await expect(field(form, 'Name')).toHaveValue(lamp.name);
    await form.getByRole('group', { name: 'Categories' }).getByLabel(`Desk lights ${word}`).check();
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(toast(sellerTab.page, `“${lamp.name}” was saved.`)).toBeVisible();

    // A visitor goes down the tree from the roots to the child.
    const visitor = await openTab('visitor');
    await visitor.page.goto(`/?q=${word}`);
    const browser = visitor.page.getByRole('navigation', { name: 'Categories' });
    await browser.getByRole('button', { name: `Lighting ${word} 1` }).click();
    await expect(visitor.page).toHaveURL((url) => url.searchParams.has('category'));
    await browser.getByRole('button', { name: `Desk lights ${word} 1` }).click();
    await expect(browser.getByRole('button', { name: `Desk lights ${word}`, exact: true })).toHaveAttribute('aria-current', 'true');
    await expect(visitor.page.getByRole('list', { name: 'Search results' }).getByRole('heading')).toHaveText([lamp.name]);
    await expect(visitor.page.getByText('1 product', { exact: true })).toBeVisible();
    await browser.getByRole('button', { name: 'All categories' }).click();
    await expect(visitor.page).toHaveURL((url) => !url.searchParams.has('category'));
  });
});
