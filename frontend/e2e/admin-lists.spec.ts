import { makePlatformAdmin } from './support/admin.js';
import { createProductThroughApi, deskLamp, registerThroughApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { heading, newUser, signInThroughUi, uniqueWord, type TestUser } from './support/ui.js';

/** A person whose name starts with `first` and holds `word`, so a search finds exactly the test's people. */
function person(role: string, first: string, word: string): TestUser {
  const user = newUser(role);
  return { ...user, name: `${first} ${word}`, email: user.email.replace('@', `.${word}@`) };
}

test.describe('the admins’ lists', () => {
  test('when a platform admin searches All products, then each owner is shown by name, and a click lists that owner’s products alone', async ({ page, request }) => {
    const word = uniqueWord();
    const ada = person('owner', 'Ada', word);
    const bob = person('owner', 'Bob', word);
    await createProductThroughApi(request, await registerThroughApi(request, ada), { ...deskLamp(word), name: `Ada lamp ${word}`, sku: `ADA-${word}` });
    await createProductThroughApi(request, await registerThroughApi(request, bob), { ...deskLamp(word), name: `Bob lamp ${word}`, sku: `BOB-${word}` });
    const admin = newUser('admin');
    await registerThroughApi(request, admin);
    await makePlatformAdmin(admin.email);

    await signInThroughUi(page, admin, `/admin/products?q=${word}`);
    await expect(heading(page, 'All products')).toBeVisible();
    const table = page.getByRole('table', { name: 'All products' });
    const adaRow = table.getByRole('row', { name: new RegExp(`Ada lamp ${word}`) });
    const bobRow = table.getByRole('row', { name: new RegExp(`Bob lamp ${word}`) });
    await expect(adaRow.getByRole('button', { name: ada.name })).toBeVisible();
    await expect(bobRow.getByRole('button', { name: bob.name })).toBeVisible();

    await bobRow.getByRole('button', { name: bob.name }).click();
    await expect(page.getByText(`Owner ${bob.name}`)).toBeVisible();
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await expect(bobRow).toBeVisible();
  });

  test('when a platform admin searches Users and clicks the Name and Email headers, then the matches are ordered by them both ways', async ({ page, request }) => {
    const word = uniqueWord();
    // Names and emails in opposite orders, so each header's order is told apart from the other's.
    const zoe = { ...person('zoe', 'Zoe', word), email: `a-${word}-zoe@example.com` };
    const amy = { ...person('amy', 'Amy', word), email: `z-${word}-amy@example.com` };
    await registerThroughApi(request, zoe);
    await registerThroughApi(request, amy);
    const admin = newUser('admin');
    await registerThroughApi(request, admin);
    await makePlatformAdmin(admin.email);

    await signInThroughUi(page, admin, '/admin/users');
    await page.getByLabel('Search', { exact: true }).fill(word.toUpperCase());
    const names = page.getByRole('table', { name: 'Users' }).locator('tbody th');
    // Newest first by default: Amy signed up last.
    await expect(names).toHaveText([amy.name, zoe.name]);
    await expect(page).toHaveURL(`/admin/users?q=${word.toUpperCase()}`);

    const nameHeader = page.getByRole('columnheader', { name: /Name/ });
    await nameHeader.getByRole('button').click();
    await expect(names).toHaveText([amy.name, zoe.name]);
    await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    await nameHeader.getByRole('button').click();
    await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(names).toHaveText([zoe.name, amy.name]);

    const emailHeader = page.getByRole('columnheader', { name: /Email/ });
    await emailHeader.getByRole('button').click();
    await expect(emailHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(nameHeader).not.toHaveAttribute('aria-sort');
    await expect(names).toHaveText([zoe.name, amy.name]);
    await expect(page).toHaveURL(`/admin/users?q=${word.toUpperCase()}&sort=email`);

    // Reloaded, the list is the same search in the same order.
    await page.reload();
    await expect(page.getByLabel('Search', { exact: true })).toHaveValue(word.toUpperCase());
    await expect(names).toHaveText([zoe.name, amy.name]);
  });
});
