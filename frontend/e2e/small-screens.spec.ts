import type { Locator, Page } from '@playwright/test';
import { createProductThroughApi, deskLamp, registerThroughApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { pageScrollWidth } from './support/layout.js';
import { field, heading, myProductRowLink, newUser, productForm, signInThroughUi, uniqueWord } from './support/ui.js';

const PHONE = { width: 375, height: 812 };

/** The bounding boxes of the controls a person can see in the header (links, buttons, selects). */
async function visibleHeaderControls(page: Page): Promise<Array<{ name: string; top: number; bottom: number; right: number }>> {
  const controls = page.getByRole('banner').locator('a, button, select');
  const boxes = [];
  for (const control of await controls.all()) {
    if (!(await control.isVisible())) continue;
    const box = (await control.boundingBox())!;
    boxes.push({ name: (await control.textContent()) ?? '', top: box.y, bottom: box.y + box.height, right: box.x + box.width });
  }
  return boxes;
}

/** One row: every control's box overlaps the band where all of them are, and none leaves the screen. */
async function expectHeaderOnOneRow(page: Page): Promise<void> {
  const boxes = await visibleHeaderControls(page);
  expect(boxes.length).toBeGreaterThan(1);
  const lowestTop = Math.max(...boxes.map((b) => b.top));
  const highestBottom = Math.min(...boxes.map((b) => b.bottom));
  expect(lowestTop, JSON.stringify(boxes)).toBeLessThan(highestBottom);
  for (const box of boxes) expect(box.right, box.name).toBeLessThanOrEqual(PHONE.width);
}

const rightEdge = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return box.x + box.width;
};

test.describe('on a 375 px phone', () => {
  test('when a product has a long unbroken name and SKU, then its page, the catalogue, My products and its form stay 375 px wide and its row keeps its controls on screen', async ({
    page,
    request,
  }) => {
    const word = uniqueWord();
    const seller = newUser('seller');
    const token = await registerThroughApi(request, seller);
    // The API's limits: 200 characters of name, 64 of SKU; no space a browser could break at.
    const name = `${'Supercalifragilisticexpialidocious'.repeat(5)}${word}`.slice(0, 200);
    const lamp = { ...deskLamp(word), name, sku: `LAMP-${word}-${'X'.repeat(64)}`.slice(0, 64) };
    const id = await createProductThroughApi(request, token, lamp);
    await signInThroughUi(page, seller, '/my/products');
    await page.setViewportSize(PHONE);

    await page.goto(`/products/${id}`);
    await expect(page.getByRole('article').getByRole('heading', { name, exact: true })).toBeVisible();
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(PHONE.width);

    await page.goto(`/?q=${word}`);
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link', { name, exact: true })).toBeVisible();
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(PHONE.width);

    await page.goto('/my/products');
    await expect(myProductRowLink(page, name)).toBeVisible();
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    const row = page.getByRole('form', { name: `Quick update of ${name}` });
    expect(await rightEdge(row.getByRole('button', { name: 'Update' }))).toBeLessThanOrEqual(PHONE.width);
    expect(await rightEdge(page.getByRole('button', { name: `Delete ${name}`, exact: true }))).toBeLessThanOrEqual(PHONE.width);

    await page.goto(`/my/products/${id}/edit`);
    await expect(field(productForm(page), 'Name')).toHaveValue(name);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
  });

  test('when a visitor opens the catalogue, then the header is one row of controls and “Menu” opens sign-in', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/');
    await expect(heading(page, 'Catalogue')).toBeVisible();

    await expectHeaderOnOneRow(page);

    const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('banner').getByRole('link', { name: 'Sign in', exact: true }).click();
    await expect(heading(page, 'Sign in')).toBeVisible();
    // Navigating closed the menu.
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in', exact: true })).toBeHidden();
  });

  test('when a signed-in member with a long name and workspace opens a page, then the header is one row of controls and “Menu” holds the links, the switcher and Sign out', async ({
    page,
    request,
  }) => {
    const seller = { ...newUser('seller'), name: `Bartholomew-Maximilian ${'Featherstonehaugh'.repeat(3)}` };
    await registerThroughApi(request, seller);
    await signInThroughUi(page, seller, '/my/products');
    await page.setViewportSize(PHONE);
    await page.reload();
    await expect(heading(page, 'My products')).toBeVisible();

    await expectHeaderOnOneRow(page);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(PHONE.width);

    const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
    await menu.click();
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('combobox', { name: 'Workspace' })).toBeVisible();
    await expect(banner.getByRole('button', { name: 'Sign out' })).toBeVisible();
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    // Escape closes it and gives the focus back to its button.
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await menu.click();
    await banner.getByRole('link', { name: 'Catalogue', exact: true }).click();
    await expect(heading(page, 'Catalogue')).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });
});
