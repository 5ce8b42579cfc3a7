// Memberships are cached (60 s, dropped at every change made through the API). A change made behind
// the cache's back (another instance that could not reach Redis, a script) is caught by the
// database's own check: the caller gets a clear refusal, never a 500, and the next request is decided afresh.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { bearer, createWorkspace, memberWithRole, productBody, registerUser } from './workspaces-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { SESSION_STATE_CACHE_SECONDS: '60' } });
});
afterAll(() => t.close());

describe('a role changed behind the cache', () => {
  it('when an editor was made a viewer outside the API, then a create is refused with 403 and the next request knows the new role', async () => {
    const owner = await registerUser(t.app);
    const ws = await createWorkspace(t.app, owner);
    const editor = await memberWithRole(t.app, owner, ws.slug, 'editor');
    const product = await request(t.app).post(`/api/v1/workspaces/${ws.slug}/products`).set(bearer(editor.accessToken)).send(productBody());
    expect(product.status).toBe(201);
    await t.owner.prisma.membership.update({ where: { workspaceId_userId: { workspaceId: ws.id, userId: editor.userId } }, data: { role: 'viewer' } });

    const create = await request(t.app).post(`/api/v1/workspaces/${ws.slug}/products`).set(bearer(editor.accessToken)).send(productBody());
    expectProblem(create, 403, 'insufficient_workspace_role');
    const again = await request(t.app).get(`/api/v1/workspaces/${ws.slug}`).set(bearer(editor.accessToken));
    expect(again.body.role).toBe('viewer');
    expect(await t.owner.prisma.product.count({ where: { workspaceId: ws.id } })).toBe(1);
  });

  it('when the role changed before an edit, then 403 rather than a 412 that would send the user to reload', async () => {
    const owner = await registerUser(t.app);
    const ws = await createWorkspace(t.app, owner);
    const editor = await memberWithRole(t.app, owner, ws.slug, 'editor');
    const product = await request(t.app).post(`/api/v1/workspaces/${ws.slug}/products`).set(bearer(editor.accessToken)).send(productBody());
    await t.owner.prisma.membership.update({ where: { workspaceId_userId: { workspaceId: ws.id, userId: editor.userId } }, data: { role: 'viewer' } });

    const edit = await request(t.app).patch(`/api/v1/products/${product.body.id}`).set(bearer(editor.accessToken)).set('If-Match', String(product.headers.etag)).send({ stock: 9 });
    expectProblem(edit, 403, 'insufficient_workspace_role');
    expect((await t.owner.prisma.product.findUniqueOrThrow({ where: { id: product.body.id } })).stock).toBe(0);
  });

  it('when the user row was deleted while their workspaces were cached, then a create answers 401 session_revoked', async () => {
    const user = await registerUser(t.app);
    expect((await request(t.app).get('/api/v1/workspaces').set(bearer(user.accessToken))).status).toBe(200);
    await t.owner.prisma.user.delete({ where: { id: user.userId } });
    const res = await request(t.app).post('/api/v1/products').set(bearer(user.accessToken)).send(productBody());
    expectProblem(res, 401, 'session_revoked');
  });
});
