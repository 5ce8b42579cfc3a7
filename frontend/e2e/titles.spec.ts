import { createProductThroughApi, deskLamp, registerThroughApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { heading, newUser, signInThroughUi, uniqueWord } from './support/ui.js';

test.describe('the tab’s title', () => {
  test('when a visitor goes from page to page, then each names itself in the title, a product by its name', async ({ page, request }) => {
    const word = uniqueWord();
    const lamp = deskLamp(word);
    const id = await createProductThroughApi(request, await registerThroughApi(request, newUser('seller')), lamp);

    await page.goto(`/?q=${word}`);
    await expect(page).toHaveTitle('Catalogue · Shelfwise');
    await page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: lamp.name, exact: true }).click();
    await expect(page).toHaveURL(`/products/${id}`);
    await expect(page).toHaveTitle(`${lamp.name} · Shelfwise`);

    await page.goto('/login');
    await expect(page).toHaveTitle('Sign in · Shelfwise');
    await page.goto('/register');
    await expect(page).toHaveTitle('Create an account · Shelfwise');
    await page.goto('/forgot-password');
    await expect(page).toHaveTitle('Forgot your password? · Shelfwise');
    await page.goto('/no-such-page');
    await expect(heading(page, 'Page not found')).toBeVisible();
    await expect(page).toHaveTitle('Page not found · Shelfwise');
  });

  test('when a seller opens their products, a product’s form and their account, then each names itself in the title', async ({ page, request }) => {
    const seller = newUser('seller');
    const lamp = deskLamp(uniqueWord());
    const id = await createProductThroughApi(request, await registerThroughApi(request, seller), lamp);
    await signInThroughUi(page, seller, '/my/products');
    await expect(page).toHaveTitle('My products · Shelfwise');

    await page.getByRole('link', { name: `Edit ${lamp.name}`, exact: true }).click();
    await expect(page).toHaveURL(`/my/products/${id}/edit`);
    await expect(page).toHaveTitle(`Edit ${lamp.name} · Shelfwise`);
    await page.goto('/my/products/new');
    await expect(page).toHaveTitle('New product · Shelfwise');
    await page.goto('/account');
    await expect(page).toHaveTitle('Your account · Shelfwise');
  });
});
