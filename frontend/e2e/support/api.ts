import { type APIRequestContext, type APIResponse, expect } from '@playwright/test';
import type { ProductInput, TestUser } from './ui.js';

/*
 * Arranging through the API: what a test is not about (the account, the product it edits) is made
 * in one request, so each test stands alone without walking through the forms other tests cover.
 * `request` is Playwright's fixture: the test's baseURL, its own cookie jar, not the page's.
 */

async function json<T>(response: APIResponse, expectedStatus: number): Promise<T> {
  expect(response.status(), `${response.url()} answered ${response.status()}: ${await response.text()}`).toBe(expectedStatus);
  return (await response.json()) as T;
}

const bearer = (accessToken: string) => ({ authorization: `Bearer ${accessToken}` });

/**
 * Registers `user` and signs in through the API (a sign-up itself issues no tokens); returns an
 * access token to arrange more with. The browser still has to sign in.
 */
export async function registerThroughApi(request: APIRequestContext, user: TestUser): Promise<string> {
  const registered = await request.post('/api/v1/auth/register', { data: { name: user.name, email: user.email, password: user.password } });
  await json<{ message: string }>(registered, 202);
  const signedIn = await request.post('/api/v1/auth/login', { data: { email: user.email, password: user.password } });
  const { accessToken } = await json<{ accessToken: string }>(signedIn, 200);
  return accessToken;
}

/** Creates a product owned by the holder of `accessToken`; returns its id. */
export async function createProductThroughApi(request: APIRequestContext, accessToken: string, product: ProductInput): Promise<string> {
  const response = await request.post('/api/v1/products', {
    headers: bearer(accessToken),
    data: { ...product, stock: Number(product.stock) },
  });
  const { id } = await json<{ id: string }>(response, 201);
  return id;
}

/** An active product whose name, description and SKU carry `word` (active: the public catalogue lists it). */
export function deskLamp(word: string): ProductInput {
  return {
    name: `Desk lamp ${word}`,
    description: `Brass desk lamp, ${word} edition.`,
    sku: `LAMP-${word}`,
    price: '19.99',
    currency: 'EUR',
    stock: '5',
    status: 'active',
  };
}

/** A shared workspace owned by the holder of `accessToken`; returns its slug. */
export async function createWorkspaceThroughApi(request: APIRequestContext, accessToken: string, name: string, slug: string): Promise<string> {
  const response = await request.post('/api/v1/workspaces', { headers: bearer(accessToken), data: { name, slug } });
  return (await json<{ slug: string }>(response, 201)).slug;
}

/** A product of the workspace `slug`, created by the holder of `accessToken`; returns its id. */
export async function createWorkspaceProductThroughApi(request: APIRequestContext, accessToken: string, slug: string, product: ProductInput): Promise<string> {
  const response = await request.post(`/api/v1/workspaces/${slug}/products`, { headers: bearer(accessToken), data: { ...product, stock: Number(product.stock) } });
  return (await json<{ id: string }>(response, 201)).id;
}

/** A link invitation (no address) to `slug` with `role`; returns the path and query of its link (/invitations/accept?token=…). */
export async function invitationLinkThroughApi(request: APIRequestContext, accessToken: string, slug: string, role: 'admin' | 'editor' | 'viewer'): Promise<string> {
  const response = await request.post(`/api/v1/workspaces/${slug}/invitations`, { headers: bearer(accessToken), data: { role } });
  const { url } = await json<{ url: string }>(response, 201);
  const link = new URL(url);
  return link.pathname + link.search;
}

/** Adds a picture (PNG bytes) to a product through the API; returns the product's images after it. */
export async function uploadImageThroughApi(
  request: APIRequestContext,
  accessToken: string,
  productId: string,
  png: Buffer,
): Promise<Array<{ id: string; url: string }>> {
  const response = await request.post(`/api/v1/products/${productId}/images`, {
    headers: bearer(accessToken),
    multipart: { file: { name: 'picture.png', mimeType: 'image/png', buffer: png } },
  });
  return (await json<{ product: { images: Array<{ id: string; url: string }> } }>(response, 201)).product.images;
}
