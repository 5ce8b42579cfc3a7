// The export operations, each response checked against the OpenAPI document by contractClient
// (see openapi-contract.test.ts for the rest of the API): the CSV, its headers, the refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, uniqueEmail } from './auth-support.js';
import { contractClient, unexercised } from './openapi-support.js';
import { createTestApp, type TestApp } from './support/app.js';

let t: TestApp;
let api: ReturnType<typeof contractClient>;
beforeAll(async () => {
  t = await createTestApp();
  api = contractClient(t.app);
});
afterAll(() => t.close());

async function register() {
  const email = uniqueEmail('export-contract');
  expect((await api.call('post', '/api/v1/auth/register', { body: { email, password: PASSWORD, name: 'Contract' } })).status).toBe(202);
  const login = await api.call('post', '/api/v1/auth/login', { body: { email, password: PASSWORD } });
  return login.body.accessToken as string;
}

describe('export', () => {
  it('when products are exported and exports refused, then each answer matches the document', async () => {
    const token = await register();
    const outsider = await register();
    const slug = (await api.call('post', '/api/v1/workspaces', { token, body: { name: 'Export Tea' } })).body.slug as string;
    const body = { name: '=cmd|calc', sku: 'EXP-1', price: '3.20', status: 'active', tags: ['green'] };
    expect((await api.call('post', `/api/v1/workspaces/${slug}/products`, { token, body })).status).toBe(201);

    const all = await api.call('get', '/api/v1/products/export.csv?sort=name', { token });
    expect(all.status).toBe(200);
    expect(all.text).toContain("'=cmd|calc");
    expect((await api.call('get', '/api/v1/products/export.csv?owner=me&status=draft', { token })).status).toBe(200);
    expect((await api.call('get', '/api/v1/products/export.csv?limit=5', { token })).status).toBe(400);
    expect((await api.call('get', '/api/v1/products/export.csv?tags=never-seen', { token })).status).toBe(400);
    expect((await api.call('get', '/api/v1/products/export.csv?status=draft', { token })).status).toBe(403);
    expect((await api.call('get', '/api/v1/products/export.csv')).status).toBe(401);

    const at = `/api/v1/workspaces/${slug}/products/export.csv`;
    const workspace = await api.call('get', `${at}?tags=green&status=active`, { token });
    expect(workspace.status).toBe(200);
    expect(workspace.headers['x-total-count']).toBe('1');
    expect((await api.call('get', `${at}?category=no-such-category`, { token })).status).toBe(400);
    expect((await api.call('get', at, { token: outsider })).status).toBe(404);
    expect((await api.call('get', at)).status).toBe(401);
  });

  it('when the file has run, then every export operation was seen answering 2xx', () => {
    expect(unexercised(api, (op) => op.tags.includes('export'))).toEqual([]);
  });
});
