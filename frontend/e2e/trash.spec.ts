import { createProductThroughApi, deskLamp, registerThroughApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { heading, myProductRowLink, newUser, signInThroughUi, toast, uniqueWord } from './support/ui.js';

test.describe('the trash', () => {
  test('when a seller deletes a product from the list, then Undo brings it back; deleted again, the trash restores it', async ({ page, request }) => {
    const seller = newUser('seller');
    const lamp = deskLamp(uniqueWord());
    await createProductThroughApi(request, await registerThroughApi(request, seller), lamp);
    await signInThroughUi(page, seller, '/my/products');
    const deleteButton = page.getByRole('button', { name: `Delete ${lamp.name}`, exact: true });

    await deleteButton.click();
    const moved = page.getByRole('region', { name: 'Notifications' }).getByRole('status').filter({ hasText: `“${lamp.name}” was moved to the trash.` });
    await expect(moved).toBeVisible();
    await expect(myProductRowLink(page, lamp.name)).toHaveCount(0);
    // The only row went: the focus is on the page's heading, not on the body.
    await expect(heading(page, 'My products')).toBeFocused();
    await moved.getByRole('button', { name: 'Undo' }).click();
    await expect(toast(page, `“${lamp.name}” was restored.`)).toBeVisible();
    await expect(myProductRowLink(page, lamp.name)).toBeVisible();

    await deleteButton.click();
    await expect(myProductRowLink(page, lamp.name)).toHaveCount(0);
    await page.getByRole('link', { name: 'Trash', exact: true }).click();
    await expect(heading(page, 'Trash')).toBeVisible();
    await expect(page).toHaveTitle('Trash · Shelfwise');
    const trash = page.getByRole('list', { name: 'Trash' });
    await expect(trash.getByRole('heading', { name: lamp.name, exact: true })).toBeVisible();
    await expect(trash.getByText(/gone for good on/)).toBeVisible();

    await trash.getByRole('button', { name: `Restore ${lamp.name}`, exact: true }).click();
    await expect(toast(page, `“${lamp.name}” was restored.`)).toBeVisible();
    await expect(page.getByText('The trash is empty.')).toBeVisible();
    // Its row is gone: the focus went to the page's heading, not to the body.
    await expect(heading(page, 'Trash')).toBeFocused();
    await page.getByRole('link', { name: 'Back to my products' }).click();
    await expect(myProductRowLink(page, lamp.name)).toBeVisible();
  });

  test('when a seller deletes a trashed product forever and confirms, then it is gone from the trash and from the API', async ({ page, request }) => {
    const seller = newUser('seller');
    const lamp = deskLamp(uniqueWord());
    const token = await registerThroughApi(request, seller);
    const id = await createProductThroughApi(request, token, lamp);
    const etag = (await request.get(`/api/v1/products/${id}`, { headers: { authorization: `Bearer ${token}` } })).headers().etag!;
    expect((await request.delete(`/api/v1/products/${id}`, { headers: { authorization: `Bearer ${token}`, 'if-match': etag } })).status()).toBe(204);
    await signInThroughUi(page, seller, '/my/products/trash');
    const trash = page.getByRole('list', { name: 'Trash' });

    await trash.getByRole('button', { name: `Delete ${lamp.name} forever`, exact: true }).click();
    await page.getByRole('alertdialog', { name: `Delete “${lamp.name}” forever?` }).getByRole('button', { name: 'Delete forever' }).click();

    await expect(toast(page, `“${lamp.name}” was deleted for good.`)).toBeVisible();
    await expect(page.getByText('The trash is empty.')).toBeVisible();
    await expect(heading(page, 'Trash')).toBeFocused();
    expect((await request.get(`/api/v1/products/${id}`, { headers: { authorization: `Bearer ${token}` } })).status()).toBe(404);
  });
});
