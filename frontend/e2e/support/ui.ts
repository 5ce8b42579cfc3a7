import { randomBytes, randomInt } from 'node:crypto';
import { expect, type Locator, type Page } from '@playwright/test';

export interface TestUser {
  name: string;
  email: string;
  password: string;
}

/** A person nobody else in the run uses: the servers are shared by every test. */
export function newUser(role: string): TestUser {
  const id = randomBytes(4).toString('hex');
  return { name: `E2E ${role} ${id}`, email: `e2e-${role}-${id}@example.com`, password: `shelf-${id}-lantern` };
}

/**
 * A word no other product contains, of letters only so the full-text search treats it as one word.
 * The catalogue search matches prefixes, so it must also not start another product's word.
 */
export function uniqueWord(): string {
  return Array.from({ length: 10 }, () => String.fromCharCode(97 + randomInt(26))).join('');
}

export const heading = (page: Page, name: string): Locator => page.getByRole('heading', { level: 1, name, exact: true });

export const toast = (page: Page, text: string): Locator =>
  page.getByRole('region', { name: 'Notifications' }).getByText(text, { exact: true });

const header = (page: Page): Locator => page.getByRole('banner');

/** The header shows "Sign in" once the page knows there is no session (not while it is still asking). */
export const signInLink = (page: Page): Locator => header(page).getByRole('link', { name: 'Sign in', exact: true });

export const signOutButton = (page: Page): Locator => header(page).getByRole('button', { name: 'Sign out', exact: true });

export const mainNavLink = (page: Page, name: string): Locator =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

/*
 * Paths are relative: the page's context resolves them against the test's baseURL (the API server
 * of its `server` option, see fixtures.ts).
 */

/** Fills in and sends the sign-up form; the page then asks the person to check their inbox (no sign-in yet). */
export async function registerThroughUi(page: Page, user: TestUser): Promise<void> {
  await page.goto('/register');
  // Submitting before the page's own session probe has answered would race it.
  await expect(signInLink(page)).toBeVisible();
  const form = page.getByRole('form', { name: 'Create account' });
  await form.getByLabel('Name', { exact: true }).fill(user.name);
  await form.getByLabel('Email', { exact: true }).fill(user.email);
  await form.getByLabel('Password', { exact: true }).fill(user.password);
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
}

/** Sign in through the form, starting from `/login?next=<next>`; the app then shows `next`. */
export async function signInThroughUi(page: Page, user: TestUser, next: string): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await expect(signInLink(page)).toBeVisible();
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email', { exact: true }).fill(user.email);
  await form.getByLabel('Password', { exact: true }).fill(user.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(next);
  await expect(signOutButton(page)).toBeVisible();
}

export interface ProductInput {
  name: string;
  description: string;
  sku: string;
  price: string;
  currency: string;
  stock: string;
  status: 'draft' | 'active' | 'archived';
  /** Made through the API only (the form's fields are the ones above). */
  lowStockThreshold?: number;
  tags?: string[];
}

/** From "My products": "New product", then every field of the form filled in (not submitted). */
export async function openNewProductForm(page: Page, product: ProductInput): Promise<Locator> {
  await page.getByRole('link', { name: 'New product', exact: true }).click();
  await expect(heading(page, 'New product')).toBeVisible();
  const form = productForm(page);
  await field(form, 'Name').fill(product.name);
  await field(form, 'Description').fill(product.description);
  await field(form, 'SKU').fill(product.sku);
  await field(form, 'Status').selectOption(product.status);
  await field(form, 'Price').fill(product.price);
  await field(form, 'Currency').fill(product.currency);
  await field(form, 'Stock').fill(product.stock);
  return form;
}

/** Submits the new-product form; the app confirms and returns to "My products". Returns the new id. */
export async function submitNewProduct(page: Page, form: Locator, name: string): Promise<string> {
  // Created in the current workspace, the personal one unless the test switched.
  const created = page.waitForResponse(
    (r) => r.request().method() === 'POST' && /^\/api\/v1\/workspaces\/[^/]+\/products$/.test(new URL(r.url()).pathname) && r.status() === 201,
  );
  await form.getByRole('button', { name: 'Create product' }).click();
  const { id } = (await (await created).json()) as { id: string };
  await expect(toast(page, `“${name}” was created.`)).toBeVisible();
  await expect(page).toHaveURL('/my/products');
  await expect(myProductRowLink(page, name)).toBeVisible();
  return id;
}

export async function createProductThroughUi(page: Page, product: ProductInput): Promise<string> {
  return submitNewProduct(page, await openNewProductForm(page, product), product.name);
}

export const myProductRowLink = (page: Page, name: string): Locator =>
  page.getByRole('list', { name: 'My products' }).getByRole('link', { name, exact: true });

export const productForm = (page: Page): Locator => page.getByRole('form', { name: 'Product' });

export const field = (form: Locator, label: string): Locator => form.getByLabel(label, { exact: true });
