import type { APIRequestContext } from '@playwright/test';
import { createProductThroughApi, deskLamp, registerThroughApi, uploadImageThroughApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { gradientPng } from './support/images.js';
import { layoutShiftSoFar, scrollThroughAndWaitForPictures, withNetworkLatency } from './support/layout.js';
import { newUser, signInThroughUi, type TestUser, uniqueWord } from './support/ui.js';

/** The API's first page is 20 products: more than that, so "Load more" is offered too. */
const PRODUCTS = 24;

/**
 * A seller with PRODUCTS active lamps whose texts carry `word`; returns the seller. Two of three
 * have a picture, of shapes that differ from the card's box (landscape, portrait), the others none.
 */
async function catalogueOfLamps(request: APIRequestContext, word: string): Promise<TestUser> {
  const seller = newUser('seller');
  const token = await registerThroughApi(request, seller);
  const landscape = gradientPng(900, 500);
  const portrait = gradientPng(400, 700);
  for (let n = 1; n <= PRODUCTS; n++) {
    const lamp = deskLamp(word);
    const id = await createProductThroughApi(request, token, { ...lamp, name: `${lamp.name} ${n}`, sku: `${lamp.sku}-${n}` });
    if (n % 3 !== 0) await uploadImageThroughApi(request, token, id, n % 2 ? landscape : portrait);
  }
  return seller;
}

/** The issue's bar: cumulative layout shift under 0.1 (Core Web Vitals' "good"). */
const GOOD_CLS = 0.1;
/** A slow phone network's round trip: long enough for every loading state to be painted. */
const LATENCY_MS = 700;

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
]) {
  test.describe(`the catalogue at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('when a visitor opens a search, loads more, and the cards and pictures arrive, then the page does not shift (CLS < 0.1)', async ({ page, request }) => {
      const word = uniqueWord();
      await catalogueOfLamps(request, word);
      await withNetworkLatency(page, LATENCY_MS);

      await page.goto(`/?q=${word}`);
      const cards = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
      await expect(cards).toHaveCount(20);
      await scrollThroughAndWaitForPictures(page);
      // The next page arrives well after the click (whose own 500 ms do not count): its cards must take reserved places.
      await page.getByRole('button', { name: 'Load more' }).click();
      await expect(cards).toHaveCount(PRODUCTS);
      await scrollThroughAndWaitForPictures(page);

      const cls = await layoutShiftSoFar(page);
      expect(cls.total, JSON.stringify(cls.shifts, null, 2)).toBeLessThan(GOOD_CLS);
    });
  });
}

test.describe('the catalogue at 375 px, signed in', () => {
  test('when a signed-in seller reloads a search, then neither the header nor the cards shift the page (CLS < 0.1)', async ({ page, request }) => {
    const word = uniqueWord();
    const seller = await catalogueOfLamps(request, word);
    // Signed in on a wide screen, where the form's helper finds the header's links without the menu.
    await signInThroughUi(page, seller, `/?q=${word}`);
    await page.setViewportSize({ width: 375, height: 812 });

    await withNetworkLatency(page, LATENCY_MS);
    // A reload restores the session from the cookie while the catalogue loads.
    await page.reload();
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem')).toHaveCount(20);
    await scrollThroughAndWaitForPictures(page);

    const cls = await layoutShiftSoFar(page);
    expect(cls.total, JSON.stringify(cls.shifts, null, 2)).toBeLessThan(GOOD_CLS);
  });
});
