import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/modules/auth/index.js';
import { PASSWORD, uniqueEmail } from './auth-support.js';
import { contractClient, unexercised } from './openapi-support.js';
import { createTestApp, type TestApp } from './support/app.js';

// The API-key operations, and API keys on the product routes, each response checked against the
// OpenAPI document by contractClient (see openapi-contract.test.ts for the rest of the API).

let t: TestApp;
let api: ReturnType<typeof contractClient>;
beforeAll(async () => {
  t = await createTestApp();
  api = contractClient(t.app);
});
afterAll(() => t.close());

async function signedIn(): Promise<string> {
  const email = uniqueEmail('keys-contract');
  await createUser({ prisma: t.db.prisma, auth: t.config.auth }, { email, password: PASSWORD, name: 'Contract' });
  const res = await api.call('post', '/api/v1/auth/login', { body: { email, password: PASSWORD } });
  return res.body.accessToken as string;
}

const KEYS = '/api/v1/auth/api-keys';
const lamp = { name: 'Desk lamp', sku: 'KEY-1', price: '39.90', stock: 3 };

describe('api keys', () => {
  it('when a key is created, listed, used, refused and revoked, then each answer matches the document', async () => {
    const token = await signedIn();
    const created = await api.call('post', KEYS, { token, body: { name: 'contract', scopes: ['products:read', 'products:write'], expiresInDays: 7 } });
    expect(created.status).toBe(201);
    const readOnly = await api.call('post', KEYS, { token, body: { name: 'reader', scopes: ['products:read'] } });
    expect((await api.call('post', KEYS, { token, body: { name: 'x', scopes: ['nope'] } })).status).toBe(400);
    expect((await api.call('get', KEYS, { token })).status).toBe(200);

    const key = created.body.key as string;
    expect((await api.call('post', '/api/v1/products', { token: key, body: lamp })).status).toBe(201);
    expect((await api.call('get', '/api/v1/products?owner=me', { token: key })).status).toBe(200);
    expect((await api.call('post', '/api/v1/products', { token: readOnly.body.key, body: lamp })).status).toBe(403);
    expect((await api.call('get', '/api/v1/auth/me', { token: key })).status).toBe(403);
    expect((await api.call('get', KEYS, { token: key })).status).toBe(403);
    const forged = `sw_${randomBytes(9).toString('base64url')}_${randomBytes(32).toString('base64url')}`;
    expect((await api.call('get', '/api/v1/products', { token: forged })).status).toBe(401);

    expect((await api.call('delete', `${KEYS}/${created.body.id}`, { token })).status).toBe(204);
    expect((await api.call('get', '/api/v1/products', { token: key })).status).toBe(401);
    expect((await api.call('delete', `${KEYS}/${randomUUID()}`, { token })).status).toBe(404);
    expect((await api.call('delete', `${KEYS}/not-a-uuid`, { token })).status).toBe(400);
  });

  it('when the file has run, then every api-keys operation was seen answering 2xx', () => {
    expect(unexercised(api, (op) => op.tags.includes('api-keys'))).toEqual([]);
  });
});
