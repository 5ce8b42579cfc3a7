import type { APIRequestContext } from '@playwright/test';
import { createProductThroughApi, deskLamp, registerThroughApi, uploadImageThroughApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { gradientPng } from './support/images.js';
import { newUser, type ProductInput, signInThroughUi, type TestUser, uniqueWord } from './support/ui.js';

const VARIANT_URL = /^\/api\/v1\/images\/[0-9a-f]{64}-\d+\.webp$/;

async function sellerWithLamp(request: APIRequestContext): Promise<{ seller: TestUser; token: string; lamp: ProductInput; word: string; id: string }> {
  const seller = newUser('seller');
  const word = uniqueWord();
  const lamp = deskLamp(word);
  const token = await registerThroughApi(request, seller);
  return { seller, token, lamp, word, id: await createProductThroughApi(request, token, lamp) };
}

test.describe('product pictures', () => {
  test('when a seller uploads a picture on the product’s form, then it becomes the primary picture and shows on its card in the catalogue', async ({ page, request }) => {
    const { seller, lamp, word, id } = await sellerWithLamp(request);
    await signInThroughUi(page, seller, `/my/products/${id}/edit`);
    const pictures = page.getByRole('region', { name: 'Pictures' });

    await pictures.getByLabel('Choose pictures').setInputFiles({ name: 'lamp.png', mimeType: 'image/png', buffer: gradientPng(800, 600) });

    const list = pictures.getByRole('list', { name: 'Pictures of the product' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list.getByText('Primary')).toBeVisible();
    await expect(pictures.getByRole('list', { name: 'Uploads' })).toHaveCount(0);

    await page.goto(`/?q=${word}`);
    const card = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').filter({ hasText: lamp.name });
    const picture = card.locator('img');
    await expect(picture).toHaveAttribute('loading', 'lazy');
    await expect(picture).toHaveAttribute('srcset', /160w/);
    expect(new URL((await picture.getAttribute('src'))!, page.url()).pathname).toMatch(VARIANT_URL);
    // Decoded by the browser: the bytes at the URL are a picture.
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

    await card.getByRole('link', { name: lamp.name, exact: true }).click();
    await expect(page.getByRole('article').getByRole('img', { name: lamp.name, exact: true })).toBeVisible();
  });

  test('when a seller makes the second picture primary and deletes the other, then the card shows it, and a file that is no picture is refused with the API’s reason', async ({
    page,
    request,
    guard,
  }) => {
    const { seller, token, lamp, word, id } = await sellerWithLamp(request);
    await uploadImageThroughApi(request, token, id, gradientPng(640, 480));
    const images = await uploadImageThroughApi(request, token, id, gradientPng(480, 640));
    await signInThroughUi(page, seller, `/my/products/${id}/edit`);
    const pictures = page.getByRole('region', { name: 'Pictures' });
    const list = pictures.getByRole('list', { name: 'Pictures of the product' });
    await expect(list.getByRole('listitem')).toHaveCount(2);

    await pictures.getByRole('button', { name: 'Make picture 2 primary' }).click();
    await expect(list.getByRole('listitem').first().getByRole('img')).toHaveAttribute('src', images[1]!.url);
    await pictures.getByRole('button', { name: 'Delete picture 2' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(1);

    guard.allow({ method: 'POST', status: 415, path: new RegExp(`^/api/v1/products/${id}/images$`), why: 'a text file named .png is no picture' });
    await pictures.getByLabel('Choose pictures').setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not a picture at all') });
    await expect(pictures.getByRole('alert')).toContainText('notes.png:');
    await expect(list.getByRole('listitem')).toHaveCount(1);

    await page.goto(`/?q=${word}`);
    const card = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').filter({ hasText: lamp.name });
    await expect(card.locator('img')).toHaveAttribute('src', images[1]!.url);
  });

  test('when a seller drops two files on the pictures, then each gets its own progress bar and both are added in order', async ({ page, request }) => {
    const { seller, id } = await sellerWithLamp(request);
    await signInThroughUi(page, seller, `/my/products/${id}/edit`);
    const pictures = page.getByRole('region', { name: 'Pictures' });
    // The first upload is held until both bars have been seen.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/api/v1/products/${id}/images`, async (route) => {
      if (route.request().method() === 'POST') await held;
      await route.fallback();
    });

    const files = [
      { name: 'first.png', bytes: [...gradientPng(300, 200)] },
      { name: 'second.png', bytes: [...gradientPng(200, 300)] },
    ];
    const dataTransfer = await page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const file of list) transfer.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: 'image/png' }));
      return transfer;
    }, files);
    await pictures.getByText('Drop pictures here, or').locator('..').dispatchEvent('drop', { dataTransfer });

    const uploads = pictures.getByRole('list', { name: 'Uploads' });
    await expect(uploads.getByRole('progressbar', { name: 'Uploading first.png' })).toBeVisible();
    await expect(uploads.getByRole('progressbar', { name: 'Waiting to upload second.png' })).toBeVisible();
    release();

    const list = pictures.getByRole('list', { name: 'Pictures of the product' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(uploads).toHaveCount(0);
    // In the order dropped: the first file (landscape) is the primary picture.
    await expect(list.getByRole('listitem').first().getByRole('img')).toHaveAttribute('width', '300');
  });
});
