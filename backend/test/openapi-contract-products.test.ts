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

describe('coverage', () => {
  it('when the file has run, then every products operation was seen answering 2xx', () => {
    expect(unexercised(api, (op) => op.tags.includes('products'))).toEqual([]);
  });
});
