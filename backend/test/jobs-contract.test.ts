// The jobs and bulk operations, each response checked against the OpenAPI document by contractClient
// (openapi-contract.test.ts has the rest of the API). No job workers: jobs stay queued, so cancel
// answers 202 and the cancelled bulk edit (finished) can be undone.
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
  const email = uniqueEmail('jobs-contract');
  expect((await api.call('post', '/api/v1/auth/register', { body: { email, password: PASSWORD, name: 'Contract' } })).status).toBe(202);
  return (await api.call('post', '/api/v1/auth/login', { body: { email, password: PASSWORD } })).body.accessToken as string;
}

describe('jobs and bulk edits', () => {
  it('when a bulk edit is started, listed, read, paged, cancelled and undone, and refused, then each answer matches the document', async () => {
    const token = await register();
    const stranger = await register();
    const slug = (await api.call('post', '/api/v1/workspaces', { token, body: { name: 'Jobs Tea' } })).body.slug as string;
    const product = (await api.call('post', `/api/v1/workspaces/${slug}/products`, { token, body: { name: 'Tin', sku: 'JOB-1', price: '3.00' } })).body as { id: string; version: number };

    const bulk = `/api/v1/workspaces/${slug}/products/bulk`;
    const started = await api.call('post', bulk, { token, body: { selection: { ids: [{ id: product.id, version: product.version }] }, action: { type: 'stock', op: 'add', amount: 2 } } });
    expect(started.status).toBe(202);
    const id = started.body.job.id as string;
    expect((await api.call('post', bulk, { token, body: { selection: { filter: { status: 'draft', tags: 'tea' } }, action: { type: 'set_status', status: 'active' } } })).status).toBe(400);
    expect((await api.call('post', bulk, { token, body: { selection: { filter: { status: 'draft' } }, action: { type: 'tags', add: ['tea'] } } })).status).toBe(202);
    expect((await api.call('post', bulk, { token, body: { selection: { ids: [] }, action: { type: 'trash' } } })).status).toBe(400);
    expect((await api.call('post', bulk, { token: stranger, body: { selection: { ids: [{ id: product.id, version: 1 }] }, action: { type: 'trash' } } })).status).toBe(404);

    expect((await api.call('get', `/api/v1/jobs?workspace=${slug}&limit=1`, { token })).body.nextCursor).toEqual(expect.any(String));
    expect((await api.call('get', '/api/v1/jobs?state=queued&kind=bulk_edit', { token })).body.data).toHaveLength(2);
    expect((await api.call('get', '/api/v1/jobs?cursor=nope', { token })).status).toBe(400);
    expect((await api.call('get', `/api/v1/jobs/${id}`, { token })).body).toMatchObject({ state: 'queued', total: 1 });
    expect((await api.call('get', `/api/v1/jobs/${id}`, { token: stranger })).status).toBe(404);
    expect((await api.call('get', `/api/v1/jobs/${id}/rows?limit=10`, { token })).body.data).toEqual([]);
    expect((await api.call('get', `/api/v1/jobs/${id}/rows?cursor=nope`, { token })).status).toBe(400);
    expect((await api.call('post', `/api/v1/jobs/${id}/undo`, { token })).status).toBe(409);

    expect((await api.call('post', `/api/v1/jobs/${id}/cancel`, { token })).body.state).toBe('cancelled');
    expect((await api.call('post', `/api/v1/jobs/${id}/cancel`, { token })).status).toBe(409);
    const undo = await api.call('post', `/api/v1/jobs/${id}/undo`, { token });
    expect(undo.status).toBe(202);
    expect(undo.body.job).toMatchObject({ kind: 'bulk_undo', total: 0 });
    expect((await api.call('post', `/api/v1/jobs/${id}/undo`, { token: stranger })).status).toBe(404);
    expect((await api.call('get', '/api/v1/jobs')).status).toBe(401);
  });

  it('when the file has run, then every jobs and bulk operation was seen answering 2xx', () => {
    expect(unexercised(api, (op) => op.tags.includes('jobs') || op.tags.includes('bulk'))).toEqual([]);
  });
});
