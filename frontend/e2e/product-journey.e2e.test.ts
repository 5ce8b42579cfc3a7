import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.js';
import {
  createProductThroughUi,
  field,
  heading,
  mainNavLink,
  myProductRowLink,
  newUser,
  productForm,
  registerThroughUi,
  signInLink,
  signInThroughUi,
  signOutButton,
  toast,
  uniqueWord,
} from './support/ui.js';

const { openTab } = useBrowser();
const baseUrl = inject('baseUrl');

describe('a seller in the browser', () => {
  it('when they register, create, find, edit, meet a concurrent edit, delete and sign out, then every step works with no console errors', async () => {
    const owner = newUser('owner');
    const word = uniqueWord();
    const name = `Desk lamp ${word}`;
    const description = `Brass desk lamp, ${word} edition.`;
    const { page, guard } = await openTab('first device', []);

    // Register: the app signs the new user in and shows their (empty) products.
    await registerThroughUi(page, baseUrl, owner);
    await page.getByText('You have no products yet.').waitFor();

    // Create it active: the public catalogue (and so its search) lists active products only.
    const id = await createProductThroughUi(page, baseUrl, {
      name,
      description,
      sku: `LAMP-${word}`,
      price: '19.99',
      currency: 'EUR',
      stock: '5',
      status: 'active',
    });

    // Find it by search in the catalogue, then open it.
    await mainNavLink(page, 'Catalogue').click();
    await heading(page, 'Catalogue').waitFor();
    const searched = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/products' && new URL(r.url()).searchParams.get('q') === word);
    await page.getByRole('searchbox', { name: 'Search' }).fill(word);
    expect((await searched).status()).toBe(200);
    await page.waitForURL((url) => url.searchParams.get('q') === word);
    const results = page.getByRole('list', { name: 'Search results' });
    await expect.poll(() => results.getByRole('heading').allTextContents()).toEqual([name]);
    await results.getByRole('link', { name, exact: true }).click();
    await page.waitForURL(`${baseUrl}/products/${id}`);
    const details = page.getByRole('article');
    await details.getByRole('heading', { name, exact: true }).waitFor();
    await details.getByText('€19.99', { exact: true }).waitFor();

    // Edit it: name and price.
    const renamed = `${name} XL`;
    await mainNavLink(page, 'My products').click();
    await page.getByRole('link', { name: `Edit ${name}`, exact: true }).click();
    await page.waitForURL(`${baseUrl}/my/products/${id}/edit`);
    const form = productForm(page);
    await expect.poll(() => field(form, 'Name').inputValue()).toBe(name);
    await field(form, 'Name').fill(renamed);
    await field(form, 'Price').fill('24.50');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await toast(page, `“${renamed}” was saved.`).waitFor();
    await page.waitForURL(`${baseUrl}/my/products`);
    await myProductRowLink(page, renamed).waitFor();
    await page.getByRole('list', { name: 'My products' }).getByText(/€24\.50/).waitFor();

    // The first device opens the edit form: it holds the current version's ETag...
    await page.getByRole('link', { name: `Edit ${renamed}`, exact: true }).click();
    await expect.poll(() => field(form, 'Name').inputValue()).toBe(renamed);
    // ...while the same person, signed in on a second device, changes the stock.
    const second = await openTab('second device', []);
    await signInThroughUi(second.page, baseUrl, owner, `/my/products/${id}/edit`);
    const secondForm = productForm(second.page);
    await expect.poll(() => field(secondForm, 'Stock').inputValue()).toBe('5');
    await field(secondForm, 'Stock').fill('9');
    await secondForm.getByRole('button', { name: 'Save changes' }).click();
    await toast(second.page, `“${renamed}” was saved.`).waitFor();

    // Saving the stale form is refused (412) and says so; nothing is overwritten.
    guard.allow({
      method: 'PATCH',
      status: 412,
      path: new RegExp(`^/api/v1/products/${id}$`),
      why: 'the form was based on a version the second device replaced: its If-Match no longer matches',
    });
    await field(form, 'Description').fill('Changed on the first device.');
    const refused = page.waitForResponse((r) => r.request().method() === 'PATCH' && new URL(r.url()).pathname === `/api/v1/products/${id}`);
    await form.getByRole('button', { name: 'Save changes' }).click();
    expect((await refused).status()).toBe(412);
    const conflict = form.getByRole('alert');
    await conflict.getByText('This product was changed elsewhere').waitFor();
    expect(await form.getByRole('button', { name: 'Save changes' }).isDisabled()).toBe(true);
    // "Reload product" brings the second device's version into the form.
    await conflict.getByRole('button', { name: 'Reload product' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await field(form, 'Stock').inputValue()).toBe('9');
    expect(await field(form, 'Description').inputValue()).toBe(description);
    expect(await form.getByRole('button', { name: 'Save changes' }).isEnabled()).toBe(true);

    // Delete it, after confirming.
    await form.getByRole('button', { name: `Delete ${renamed}`, exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: `Delete “${renamed}”?` });
    await dialog.getByRole('button', { name: 'Delete product' }).click();
    await toast(page, `“${renamed}” was deleted.`).waitFor();
    await page.waitForURL(`${baseUrl}/my/products`);
    await page.getByText('You have no products yet.').waitFor();
    expect((await fetch(`${baseUrl}/api/v1/products/${id}`)).status).toBe(404);

    // Sign out: the session is over, not just hidden (a reload does not restore it).
    await signOutButton(page).click();
    await toast(page, 'You are signed out.').waitFor();
    await page.waitForURL(`${baseUrl}/`);
    await signInLink(page).waitFor();
    await page.reload();
    await signInLink(page).waitFor();
    await mainNavLink(page, 'Catalogue').waitFor();
    expect(await mainNavLink(page, 'My products').count()).toBe(0);
  });
});
