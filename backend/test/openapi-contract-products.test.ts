import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, uniqueEmail } from './auth-support.js';
import { contractClient, unexercised } from './openapi-support.js';
import { createTestApp, type TestApp } from './support/app.js';

// The products operations, each response checked against the OpenAPI document by contractClient
// (see openapi-contract.test.ts for the rest of the API).

let t: TestApp;
let api: ReturnType<typeof contractClient>;
beforeAll(async () => {
  t = await createTestApp();
  api = contractClient(t.app);
});
afterAll(() => t.close());

async function register() {
  const email = uniqueEmail();
  expect((await api.call('post', '/api/v1/auth/register', { body: { email, password: PASSWORD, name: 'Contract' } })).status).toBe(202);
  const login = await api.call('post', '/api/v1/auth/login', { body: { email, password: PASSWORD } });
  expect(login.status).toBe(200);
  return { accessToken: login.body.accessToken as string };
}

describe('products', () => {
  const lamp = (sku: string) => ({ name: 'Desk lamp', sku, price: '39.90', stock: 3, status: 'active' });

  it('when a product is created, listed, read, changed and deleted, then each answer matches the document', async () => {
    const owner = await register();
    const key = randomUUID();
    const created = await api.call('post', '/api/v1/products', { token: owner.accessToken, headers: { 'Idempotency-Key': key }, body: lamp('C-1') });
    expect(created.status).toBe(201);
    const replay = await api.call('post', '/api/v1/products', { token: owner.accessToken, headers: { 'Idempotency-Key': key }, body: lamp('C-1') });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    await api.call('post', '/api/v1/products', { token: owner.accessToken, body: { ...lamp('C-2'), status: 'draft', price: 12 } });
    const id = created.body.id as string;

    expect((await api.call('get', '/api/v1/products')).status).toBe(200);
    const mine = await api.call('get', '/api/v1/products?owner=me&limit=1&sort=price', { token: owner.accessToken });
    expect(mine.body.nextCursor).toEqual(expect.any(String));
    const next = await api.call('get', `/api/v1/products?owner=me&limit=1&sort=price&cursor=${encodeURIComponent(mine.body.nextCursor)}`, { token: owner.accessToken });
    expect(next.status).toBe(200);
    const again = await api.call('get', '/api/v1/products?owner=me&limit=1&sort=price', { token: owner.accessToken, headers: { 'If-None-Match': mine.headers.etag as string } });
    expect(again.status).toBe(304);

    const read = await api.call('get', `/api/v1/products/${id}`);
    expect(read.status).toBe(200);
    expect((await api.call('get', `/api/v1/products/${id}`, { headers: { 'If-None-Match': read.headers.etag as string } })).status).toBe(304);
    const changed = await api.call('patch', `/api/v1/products/${id}`, { token: owner.accessToken, headers: { 'If-Match': read.headers.etag as string }, body: { price: '34.9' } });
    expect(changed.status).toBe(200);
    const stale = { 'If-Match': read.headers.etag as string };
    expect((await api.call('patch', `/api/v1/products/${id}`, { token: owner.accessToken, headers: stale, body: { stock: 1 } })).status).toBe(412);
    expect((await api.call('delete', `/api/v1/products/${id}`, { token: owner.accessToken, headers: stale })).status).toBe(412);
    expect((await api.call('delete', `/api/v1/products/${id}`, { token: owner.accessToken, headers: { 'If-Match': changed.headers.etag as string } })).status).toBe(204);
    expect((await api.call('get', `/api/v1/products/${id}`)).status).toBe(404);
    const restored = await api.call('post', `/api/v1/products/${id}/restore`, { token: owner.accessToken });
    expect(restored.status).toBe(200);
    expect((await api.call('post', `/api/v1/products/${id}/restore`, { token: owner.accessToken })).status).toBe(409);
    expect((await api.call('delete', `/api/v1/products/${id}?permanent=true`, { token: owner.accessToken })).status).toBe(409);
    await api.call('delete', `/api/v1/products/${id}`, { token: owner.accessToken });
    expect((await api.call('delete', `/api/v1/products/${id}?permanent=true`, { token: owner.accessToken })).status).toBe(204);

    expect((await api.call('get', '/api/v1/products/facets?stock=in')).status).toBe(200);
    expect((await api.call('get', '/api/v1/products/facets?tags=no-such-tag-anywhere')).status).toBe(400);
    expect((await api.call('get', '/api/v1/products?category=no-such-category')).status).toBe(400);
  });

  it('when product requests are refused, then each problem matches the document', async () => {
    const owner = await register();
    const other = await register();
    const created = await api.call('post', '/api/v1/products', { token: owner.accessToken, body: lamp('R-1') });
    const id = created.body.id as string;
    const post = (body: unknown, headers: Record<string, string> = {}) => api.call('post', '/api/v1/products', { token: owner.accessToken, body, headers });
    expect((await post(lamp('R-1'))).status).toBe(409);
    expect((await post({ ...lamp('R-2'), price: '1.999', id })).status).toBe(400);
    expect((await post(lamp('R-3'), { 'Idempotency-Key': 'has spaces' })).status).toBe(400);
    await post(lamp('R-4'), { 'Idempotency-Key': 'k-1' });
    expect((await post(lamp('R-5'), { 'Idempotency-Key': 'k-1' })).status).toBe(422);
    expect((await api.call('post', '/api/v1/products', { body: lamp('R-6') })).status).toBe(401);

    expect((await api.call('get', '/api/v1/products?cursor=bogus')).status).toBe(400);
    expect((await api.call('get', '/api/v1/products?limit=0')).status).toBe(400);
    expect((await api.call('get', '/api/v1/products?status=draft', { token: other.accessToken })).status).toBe(403);
    expect((await api.call('get', '/api/v1/products?owner=me')).status).toBe(401);
    expect((await api.call('get', '/api/v1/products/not-a-uuid')).status).toBe(404);
    expect((await api.call('patch', `/api/v1/products/${id}`, { token: other.accessToken, body: { stock: 9 } })).status).toBe(403);
    expect((await api.call('patch', `/api/v1/products/${id}`, { token: owner.accessToken, body: {} })).status).toBe(400);
    await post(lamp('R-7'));
    expect((await api.call('patch', `/api/v1/products/${id}`, { token: owner.accessToken, body: { sku: 'R-7' } })).status).toBe(409);
    expect((await api.call('delete', `/api/v1/products/${id}`, { token: other.accessToken })).status).toBe(403);
    expect((await api.call('delete', `/api/v1/products/${randomUUID()}`, { token: owner.accessToken })).status).toBe(404);
  });
});

describe('products of a workspace', () => {
  const lamp = (sku: string, status = 'active') => ({ name: 'Desk lamp', sku, price: '39.90', stock: 3, status });

  /** A workspace of `owner`'s with `viewer` in it as a viewer (by a link invitation). */
  async function sharedWorkspace(owner: { accessToken: string }, viewer: { accessToken: string }) {
    const workspace = await api.call('post', '/api/v1/workspaces', { token: owner.accessToken, body: { name: 'Contract shop' } });
    expect(workspace.status).toBe(201);
    const slug = workspace.body.slug as string;
    const invited = await api.call('post', `/api/v1/workspaces/${slug}/invitations`, { token: owner.accessToken, body: { role: 'viewer' } });
    const token = new URL(invited.body.url as string).searchParams.get('token');
    expect((await api.call('post', '/api/v1/invitations/accept', { token: viewer.accessToken, body: { token } })).status).toBe(200);
    return `/api/v1/workspaces/${slug}/products`;
  }

  it('when a member creates, lists, reads, changes and deletes a workspace product, then each answer matches the document', async () => {
    const [owner, viewer] = [await register(), await register()];
    const base = await sharedWorkspace(owner, viewer);
    const key = randomUUID();
    const created = await api.call('post', base, { token: owner.accessToken, headers: { 'Idempotency-Key': key }, body: lamp('W-1') });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`${base}/${created.body.id}`);
    const replay = await api.call('post', base, { token: owner.accessToken, headers: { 'Idempotency-Key': key }, body: lamp('W-1') });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    await api.call('post', base, { token: owner.accessToken, body: lamp('W-2', 'draft') });
    const id = created.body.id as string;

    const page = await api.call('get', `${base}?limit=1&sort=price`, { token: viewer.accessToken });
    expect(page.body.data[0].workspaceId).toBe(created.body.workspaceId);
    expect((await api.call('get', `${base}?limit=1&sort=price&cursor=${encodeURIComponent(page.body.nextCursor)}`, { token: viewer.accessToken })).status).toBe(200);
    expect((await api.call('get', `${base}?status=draft`, { token: viewer.accessToken })).body.data).toHaveLength(1);
    expect((await api.call('get', `${base}?limit=1&sort=price`, { token: viewer.accessToken, headers: { 'If-None-Match': page.headers.etag as string } })).status).toBe(304);

    const read = await api.call('get', `${base}/${id}`, { token: viewer.accessToken });
    expect(read.status).toBe(200);
    expect((await api.call('get', `${base}/${id}`, { token: viewer.accessToken, headers: { 'If-None-Match': read.headers.etag as string } })).status).toBe(304);
    const changed = await api.call('patch', `${base}/${id}`, { token: owner.accessToken, headers: { 'If-Match': read.headers.etag as string }, body: { stock: 9 } });
    expect(changed.status).toBe(200);
    expect((await api.call('patch', `${base}/${id}`, { token: owner.accessToken, headers: { 'If-Match': read.headers.etag as string }, body: { stock: 1 } })).status).toBe(412);
    expect((await api.call('delete', `${base}/${id}`, { token: owner.accessToken, headers: { 'If-Match': read.headers.etag as string } })).status).toBe(412);
    expect((await api.call('delete', `${base}/${id}`, { token: owner.accessToken, headers: { 'If-Match': changed.headers.etag as string } })).status).toBe(204);
    expect((await api.call('get', `${base}?trashed=true`, { token: viewer.accessToken })).body.data).toHaveLength(1);
    expect((await api.call('get', `${base}/facets?trashed=true`, { token: viewer.accessToken })).body.total).toEqual({ count: 1, exact: true });
    expect((await api.call('post', `${base}/${id}/restore`, { token: viewer.accessToken })).status).toBe(403);
    expect((await api.call('post', `${base}/${id}/restore`, { token: owner.accessToken })).status).toBe(200);
    expect((await api.call('patch', `${base}/${id}`, { token: owner.accessToken, body: { tags: ['Desk', 'lamp'], lowStockThreshold: 5 } })).body.tags).toEqual(['desk', 'lamp']);
    expect((await api.call('get', `${base}?tags=desk&tagMatch=any`, { token: viewer.accessToken })).body.data).toHaveLength(1);
    expect((await api.call('get', `${base}?tags=sofa`, { token: viewer.accessToken })).status).toBe(400);
  });

  it('when workspace product requests are refused, then each problem matches the document', async () => {
    const [owner, viewer, outsider] = [await register(), await register(), await register()];
    const base = await sharedWorkspace(owner, viewer);
    const id = (await api.call('post', base, { token: owner.accessToken, body: lamp('X-1') })).body.id as string;
    const elsewhere = (await api.call('post', '/api/v1/products', { token: owner.accessToken, body: lamp('X-2') })).body.id as string;

    expect((await api.call('post', base, { token: viewer.accessToken, body: lamp('X-3') })).body.code).toBe('insufficient_workspace_role');
    expect((await api.call('patch', `${base}/${id}`, { token: viewer.accessToken, body: { stock: 1 } })).status).toBe(403);
    expect((await api.call('delete', `${base}/${id}`, { token: viewer.accessToken })).status).toBe(403);
    expect((await api.call('patch', `/api/v1/products/${id}`, { token: viewer.accessToken, body: { stock: 1 } })).body.code).toBe('insufficient_workspace_role');
    expect((await api.call('delete', `/api/v1/products/${id}`, { token: viewer.accessToken })).status).toBe(403);
    expect((await api.call('post', base, { token: owner.accessToken, body: lamp('X-1') })).body.code).toBe('duplicate_sku');
    expect((await api.call('patch', `${base}/${id}`, { token: owner.accessToken, body: { price: 'free' } })).status).toBe(400);

    expect((await api.call('get', `${base}/${elsewhere}`, { token: owner.accessToken })).body.code).toBe('product_not_found');
    expect((await api.call('patch', `${base}/${elsewhere}`, { token: owner.accessToken, body: { stock: 1 } })).status).toBe(404);
    expect((await api.call('delete', `${base}/${elsewhere}`, { token: owner.accessToken })).status).toBe(404);
    expect((await api.call('get', `${base}/not-a-uuid`, { token: owner.accessToken })).status).toBe(404);
    expect((await api.call('get', base, { token: outsider.accessToken })).body.code).toBe('workspace_not_found');
    expect((await api.call('post', base, { token: outsider.accessToken, body: lamp('X-4') })).status).toBe(404);
    expect((await api.call('get', base)).status).toBe(401);
    // are active: the public catalogue has a second page at least.
    const publicCursor = (await api.call('get', '/api/v1/products?limit=1')).body.nextCursor as string;
    expect((await api.call('get', `${base}?cursor=${encodeURIComponent(publicCursor)}`, { token: owner.accessToken })).body.code).toBe('invalid_cursor');
    expect((await api.call('get', `${base}?owner=me`, { token: owner.accessToken })).status).toBe(400);
  });
});

describe('coverage', () => {
  it('when the file has run, then every products operation was seen answering 2xx', () => {
    expect(unexercised(api, (op) => op.tags.includes('products'))).toEqual([]);
  });
});
