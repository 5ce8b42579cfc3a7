import { createProductThroughApi, deskLamp, registerThroughApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { newUser, signInThroughUi, toast, uniqueWord } from './support/ui.js';

test.describe('the focus', () => {
  test('when a keyboard user presses “Load more”, then the focus moves to the first product that arrived', async ({ page, request }) => {
    const word = uniqueWord();
    const token = await registerThroughApi(request, newUser('seller'));
    // The API's first page is 20: the 21st to 24th arrive with "Load more".
    for (let n = 1; n <= 24; n++) {
      const lamp = deskLamp(word);
      await createProductThroughApi(request, token, { ...lamp, name: `${lamp.name} ${n}`, sku: `${lamp.sku}-${n}` });
    }
    await page.goto(`/?q=${word}`);
    const cards = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
    await expect(cards).toHaveCount(20);

    const loadMore = page.getByRole('button', { name: 'Load more' });
    await loadMore.focus();
    await page.keyboard.press('Enter');

    await expect(cards).toHaveCount(24);
    await expect(cards.nth(20).getByRole('link')).toBeFocused();
    await expect(page.getByText('Showing 24 products — that is all.')).toBeVisible();
  });

  test('when a seller changes stock and status in place, then the focus stays on the control they used', async ({ page, request }) => {
    const seller = newUser('seller');
    const lamp = deskLamp(uniqueWord());
    await createProductThroughApi(request, await registerThroughApi(request, seller), lamp);
    await signInThroughUi(page, seller, '/my/products');
    const quick = page.getByRole('form', { name: `Quick update of ${lamp.name}` });

    // Enter in the stock field saves; the field keeps the focus and shows the saved value.
    const stock = quick.getByLabel('Stock', { exact: true });
    const update = quick.getByRole('button', { name: 'Update' });
    await stock.fill('9');
    await stock.press('Enter');
    await expect(toast(page, `“${lamp.name}” was updated.`)).toBeVisible();
    // Nothing left to save once the list shows the saved version.
    await expect(update).toHaveAttribute('aria-disabled', 'true');
    await expect(stock).toHaveValue('9');
    await expect(stock).toBeFocused();

    // A click on Update saves; the button keeps the focus, also once there is nothing left to save.
    await quick.getByLabel('Status', { exact: true }).selectOption('archived');
    await expect(update).toHaveAttribute('aria-disabled', 'false');
    await update.click();
    await expect(quick.getByLabel('Status', { exact: true })).toHaveValue('archived');
    await expect(update).toHaveAttribute('aria-disabled', 'true');
    await expect(update).toBeFocused();
  });
});
