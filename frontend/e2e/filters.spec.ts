import { createProductThroughApi, deskLamp, registerThroughApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { field, newUser, openNewProductForm, signInThroughUi, submitNewProduct, uniqueWord } from './support/ui.js';

test.describe('filters and counts', () => {
  test('when a visitor filters a search by stock and currency, then each option says how many it leaves and the count follows', async ({ page, request }) => {
    const word = uniqueWord();
    const token = await registerThroughApi(request, newUser('seller'));
    const lamp = deskLamp(word);
    const products = [
      { ...lamp, name: `${lamp.name} plenty`, sku: `${lamp.sku}-1`, stock: '10' },
      { ...lamp, name: `${lamp.name} few`, sku: `${lamp.sku}-2`, stock: '2', lowStockThreshold: 5 },
      { ...lamp, name: `${lamp.name} none`, sku: `${lamp.sku}-3`, stock: '0', currency: 'USD' },
    ];
    for (const product of products) await createProductThroughApi(request, token, product);

    await page.goto(`/?q=${word}`);
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(page.getByText('3 products', { exact: true })).toBeVisible();
    await expect(page.getByRole('option', { name: 'Low stock (1)' })).toBeAttached();
    await expect(page.getByRole('option', { name: 'EUR (2)' })).toBeAttached();

    await page.getByLabel('Stock', { exact: true }).selectOption('low');
    await expect(results.getByRole('heading')).toHaveText([`${lamp.name} few`]);
    await expect(results.getByText('Only 2 left')).toBeVisible();
    await expect(page.getByText('1 product', { exact: true })).toBeVisible();

    await page.getByLabel('Stock', { exact: true }).selectOption('');
    await expect(page.getByLabel('Min price')).toBeDisabled();
    await page.getByLabel('Currency', { exact: true }).selectOption('USD');
    await expect(results.getByRole('heading')).toHaveText([`${lamp.name} none`]);
    await expect(page).toHaveURL((url) => url.searchParams.get('currency') === 'USD');
    await expect(page.getByLabel('Min price')).toBeEnabled();
  });

  test('when a seller types the start of a tag the workspace has, then it is suggested, chosen with the keyboard, and saved with the product', async ({ page, request }) => {
    const seller = newUser('seller');
    const word = uniqueWord();
    const tag = `tea ${word}`;
    const token = await registerThroughApi(request, seller);
    await createProductThroughApi(request, token, { ...deskLamp(word), sku: `OLD-${word}`, tags: [tag] });
    await signInThroughUi(page, seller, '/my/products');
    const lamp = { ...deskLamp(uniqueWord()), status: 'active' as const };
    const form = await openNewProductForm(page, lamp);

    const tags = field(form, 'Tags');
    await tags.fill(`TEA ${word.slice(0, 4)}`);
    await expect(form.getByRole('option', { name: tag })).toBeVisible();
    await tags.press('ArrowDown');
    await tags.press('Enter');
    await tags.fill('Brass   Lamps');
    await tags.press(',');
    await expect(form.getByRole('list', { name: 'Tags of the product' }).getByRole('listitem')).toHaveText([`${tag}×`, 'brass lamps×']);

    const id = await submitNewProduct(page, form, lamp.name);
    const saved = (await (await request.get(`/api/v1/products/${id}`)).json()) as { tags: string[] };
    expect(saved.tags).toEqual([tag, 'brass lamps']);
  });

  test('when a seller filters their products by tags, all or any, then the tags show their counts and the list and its count follow', async ({ page, request }) => {
    const seller = newUser('seller');
    const word = uniqueWord();
    const token = await registerThroughApi(request, seller);
    const lamp = deskLamp(word);
    await createProductThroughApi(request, token, { ...lamp, name: `${lamp.name} A`, sku: `${lamp.sku}-A`, tags: ['brass', 'desk'] });
    await createProductThroughApi(request, token, { ...lamp, name: `${lamp.name} B`, sku: `${lamp.sku}-B`, tags: ['brass'] });
    await createProductThroughApi(request, token, { ...lamp, name: `${lamp.name} C`, sku: `${lamp.sku}-C`, tags: ['desk'] });
    await signInThroughUi(page, seller, '/my/products');
    const list = page.getByRole('list', { name: 'My products' });
    await expect(page.getByText('3 products', { exact: true })).toBeVisible();
    const tagFilter = page.getByRole('group', { name: 'Tags' });

    await tagFilter.getByRole('button', { name: 'brass 2' }).click();
    await expect(list.getByRole('heading')).toHaveText([`${lamp.name} B`, `${lamp.name} A`]);
    await tagFilter.getByRole('button', { name: /^desk/ }).click();
    await expect(list.getByRole('heading')).toHaveText([`${lamp.name} A`]);
    await expect(page.getByText('1 product', { exact: true })).toBeVisible();

    await tagFilter.getByLabel('Any of them (not all)').check();
    await expect(list.getByRole('heading')).toHaveCount(3);
    await expect(page).toHaveURL((url) => url.searchParams.get('tags') === 'brass,desk' && url.searchParams.get('tagMatch') === 'any');
  });
});
