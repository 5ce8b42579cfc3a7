import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin, PASSWORD, uniqueEmail } from './auth-support.js';
import { contractClient, unexercised } from './openapi-support.js';
import { uniqueSku } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';

// The category and tag operations, each response checked against the OpenAPI document by
// contractClient (see openapi-contract.test.ts for the rest of the API).

let t: TestApp;
let api: ReturnType<typeof contractClient>;
beforeAll(async () => {
  t = await createTestApp();
  api = contractClient(t.app);
});
afterAll(() => t.close());

async function register() {
  const email = uniqueEmail('cat-contract');
  expect((await api.call('post', '/api/v1/auth/register', { body: { email, password: PASSWORD, name: 'Contract' } })).status).toBe(202);
  const login = await api.call('post', '/api/v1/auth/login', { body: { email, password: PASSWORD } });
  return { token: login.body.accessToken as string, userId: login.body.user.id as string };
}

describe('categories', () => {
  it('when a tree is built, read, changed and pruned, then each answer matches the document', async () => {
    const admin = (await createAdmin(t)).accessToken;
    const root = await api.call('post', '/api/v1/categories', { token: admin, body: { name: 'Contract Kitchen' } });
    expect(root.status).toBe(201);
    const child = await api.call('post', '/api/v1/categories', { token: admin, body: { name: 'Contract Teaware', parentId: root.body.id, position: 0 } });
    expect(child.body.path).toEqual([root.body.slug, child.body.slug]);
    const list = await api.call('get', '/api/v1/categories');
    expect(list.body.data.length).toBeGreaterThanOrEqual(2);
    expect((await api.call('get', '/api/v1/categories', { headers: { 'If-None-Match': list.headers.etag as string } })).status).toBe(304);
    const moved = await api.call('patch', `/api/v1/categories/${child.body.id}`, { token: admin, body: { name: 'Contract Teapots', parentId: null } });
    expect(moved.body).toMatchObject({ parentId: null, path: [child.body.slug] });
    expect((await api.call('delete', `/api/v1/categories/${child.body.id}`, { token: admin })).status).toBe(204);
  });

  it('when category requests are refused, then each problem matches the document', async () => {
    const admin = (await createAdmin(t)).accessToken;
    const user = await register();
    const parent = await api.call('post', '/api/v1/categories', { token: admin, body: { name: 'Contract Parent' } });
    const kid = await api.call('post', '/api/v1/categories', { token: admin, body: { name: 'Contract Kid', parentId: parent.body.id } });
    const at = (id: string) => `/api/v1/categories/${id}`;

    expect((await api.call('post', '/api/v1/categories', { body: { name: 'x' } })).status).toBe(401);
    expect((await api.call('post', '/api/v1/categories', { token: user.token, body: { name: 'x' } })).body.code).toBe('platform_admin_required');
    expect((await api.call('patch', at(kid.body.id), { token: user.token, body: { name: 'x' } })).status).toBe(403);
    expect((await api.call('delete', at(kid.body.id), { token: user.token })).status).toBe(403);
    expect((await api.call('post', '/api/v1/categories', { token: admin, body: { name: '' } })).body.code).toBe('validation_failed');
    expect((await api.call('post', '/api/v1/categories', { token: admin, body: { name: '茶' } })).body.code).toBe('category_slug_required');
    expect((await api.call('post', '/api/v1/categories', { token: admin, body: { name: 'x', slug: parent.body.slug } })).body.code).toBe('category_slug_taken');
    expect((await api.call('post', '/api/v1/categories', { token: admin, body: { name: 'x', parentId: randomUUID() } })).body.code).toBe('unknown_category');

    expect((await api.call('patch', at(parent.body.id), { token: admin, body: { parentId: kid.body.id } })).body.code).toBe('category_cycle');
    expect((await api.call('patch', at(kid.body.id), { token: admin, body: { slug: parent.body.slug } })).body.code).toBe('category_slug_taken');
    expect((await api.call('patch', at(kid.body.id), { token: admin, body: { parentId: randomUUID() } })).body.code).toBe('unknown_category');
    expect((await api.call('patch', at(randomUUID()), { token: admin, body: { name: 'x' } })).body.code).toBe('category_not_found');
    expect((await api.call('patch', at(kid.body.id), { token: admin, body: {} })).status).toBe(400);
    let deepest = kid.body.id as string;
    for (let level = 3; level <= 8; level++) {
      deepest = (await api.call('post', '/api/v1/categories', { token: admin, body: { name: `Contract level ${level}`, parentId: deepest } })).body.id as string;
    }
    expect((await api.call('post', '/api/v1/categories', { token: admin, body: { name: 'Contract level 9', parentId: deepest } })).body.code).toBe('category_too_deep');
    const branch = await api.call('post', '/api/v1/categories', { token: admin, body: { name: 'Contract branch' } });
    await api.call('post', '/api/v1/categories', { token: admin, body: { name: 'Contract leaf', parentId: branch.body.id } });
    expect((await api.call('patch', at(branch.body.id), { token: admin, body: { parentId: deepest } })).body.code).toBe('category_too_deep');

    expect((await api.call('delete', at(parent.body.id), { token: admin })).body.code).toBe('category_not_empty');
    expect((await api.call('delete', at(randomUUID()), { token: admin })).body.code).toBe('category_not_found');
    expect((await api.call('delete', at('not-a-uuid'), { token: admin })).status).toBe(400);
  });
});

describe('tags', () => {
  it('when a member autocompletes and others are refused, then each answer matches the document', async () => {
    const owner = await register();
    const outsider = await register();
    const workspace = await t.owner.prisma.workspace.findUniqueOrThrow({ where: { personalOwnerId: owner.userId } });
    await t.owner.prisma.product.create({
      data: { workspaceId: workspace.id, ownerId: owner.userId, name: 'Tagged', sku: uniqueSku(), price: '1.00', currency: 'EUR', tags: ['sencha', 'senbei'] },
    });
    const at = `/api/v1/workspaces/${workspace.slug}/tags`;
    expect((await api.call('get', `${at}?prefix=sen&limit=5`, { token: owner.token })).body.data).toEqual([{ name: 'senbei' }, { name: 'sencha' }]);
    expect((await api.call('get', at)).status).toBe(401);
    expect((await api.call('get', at, { token: outsider.token })).body.code).toBe('workspace_not_found');
    expect((await api.call('get', `${at}?limit=0`, { token: owner.token })).status).toBe(400);
  });
});

describe('coverage', () => {
  it('when the file has run, then every categories and tags operation was seen answering 2xx', () => {
    expect(unexercised(api, (op) => op.tags.includes('categories') || op.tags.includes('tags'))).toEqual([]);
  });
});
