import { deskLamp, registerThroughApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { myProductRowLink, newUser, openNewProductForm, signInThroughUi, toast, uniqueWord } from './support/ui.js';

test.describe('one click, one product', () => {
  test('when a seller double-clicks “Create product”, then exactly one product is made and the form reports success, not a duplicate SKU', async ({
    page,
    request,
  }) => {
    const seller = newUser('seller');
    const token = await registerThroughApi(request, seller);
    await signInThroughUi(page, seller, '/my/products');
    const lamp = deskLamp(uniqueWord());
    const form = await openNewProductForm(page, lamp);
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && /\/products$/.test(new URL(r.url()).pathname)) posts.push(r.headers()['idempotency-key'] ?? '');
    });

    await form.getByRole('button', { name: 'Create product' }).dblclick();

    await expect(toast(page, `“${lamp.name}” was created.`)).toBeVisible();
    await expect(page).toHaveURL('/my/products');
    await expect(myProductRowLink(page, lamp.name)).toBeVisible();
    await expect(page.getByText(/already have a product with this SKU/i)).toHaveCount(0);
    // However many requests the clicks made, they were one submission: one key.
    expect(posts.length).toBeGreaterThan(0);
    expect(new Set(posts).size).toBe(1);
    const mine = await request.get('/api/v1/products?owner=me&limit=100', { headers: { authorization: `Bearer ${token}` } });
    const { data } = (await mine.json()) as { data: Array<{ sku: string }> };
    expect(data.filter((p) => p.sku === lamp.sku)).toHaveLength(1);
  });
});
