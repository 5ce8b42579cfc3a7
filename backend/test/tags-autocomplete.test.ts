// GET /workspaces/:slug/tags: the tags a workspace's products use, by prefix, for its members only.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, uniqueSku } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { bearer, createWorkspace, memberWithRole, registerUser, type Session, type WorkspaceBody } from './workspaces-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A product with these (already normalised) tags, written as a script would: the trigger records them in Tag. */
async function productTagged(workspace: WorkspaceBody, owner: Session, tags: string[]): Promise<void> {
  await t.owner.prisma.product.create({
    data: { workspaceId: workspace.id, ownerId: owner.userId, name: 'Tagged', sku: uniqueSku(), price: '5.00', currency: 'EUR', tags },
  });
}

const suggest = (who: Session | string, slug: string, query: Record<string, string | number> = {}) =>
  request(t.app).get(`/api/v1/workspaces/${slug}/tags`).query(query).set(bearer(typeof who === 'string' ? who : who.accessToken));

const names = (res: { body: { data: Array<{ name: string }> } }) => res.body.data.map((d) => d.name);

describe('autocompleting tags', () => {
  it("when a member types a prefix, then the workspace's tags that start with it come alphabetically, and no other workspace's", async () => {
    const owner = await registerUser(t.app);
    const workspace = await createWorkspace(t.app, owner);
    const other = await createWorkspace(t.app, owner);
    await productTagged(workspace, owner, ['teapot', 'tea', 'green tea']);
    await productTagged(workspace, owner, ['tea cosy', 'teak']);
    await productTagged(other, owner, ['teal']);

    const res = await suggest(owner, workspace.slug, { prefix: 'tea' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ data: [{ name: 'tea' }, { name: 'tea cosy' }, { name: 'teak' }, { name: 'teapot' }] });
    expect(res.headers['cache-control']).toBe('private, no-cache');
    expect(names(await suggest(owner, workspace.slug, { prefix: 'tea', limit: 2 }))).toEqual(['tea', 'tea cosy']);
    expect(names(await suggest(owner, workspace.slug))).toEqual(['green tea', 'tea', 'tea cosy', 'teak', 'teapot']);
  });

  it('when the prefix is typed in another case or spacing, then it is normalised like a tag, a trailing space kept', async () => {
    const owner = await registerUser(t.app);
    const workspace = await createWorkspace(t.app, owner);
    await productTagged(workspace, owner, ['earl grey', 'earlybird']);
    expect(names(await suggest(owner, workspace.slug, { prefix: '  EARL' }))).toEqual(['earl grey', 'earlybird']);
    expect(names(await suggest(owner, workspace.slug, { prefix: 'Earl ' }))).toEqual(['earl grey']);
  });

  it('when the prefix holds % or _, then they match only themselves', async () => {
    const owner = await registerUser(t.app);
    const workspace = await createWorkspace(t.app, owner);
    await productTagged(workspace, owner, ['100% cotton', '100 cotton', 'a_b', 'axb']);
    expect(names(await suggest(owner, workspace.slug, { prefix: '100%' }))).toEqual(['100% cotton']);
    expect(names(await suggest(owner, workspace.slug, { prefix: 'a_' }))).toEqual(['a_b']);
  });

  it('when a viewer asks, then they get the suggestions too', async () => {
    const owner = await registerUser(t.app);
    const workspace = await createWorkspace(t.app, owner);
    await productTagged(workspace, owner, ['oolong']);
    const viewer = await memberWithRole(t.app, owner, workspace.slug, 'viewer');
    const res = await suggest(viewer, workspace.slug, { prefix: 'oo' });
    expect(res.status).toBe(200);
    expect(names(res)).toEqual(['oolong']);
  });

  it('when an API key with products:read asks, then it gets the suggestions', async () => {
    const owner = await registerUser(t.app);
    const workspace = await createWorkspace(t.app, owner);
    await productTagged(workspace, owner, ['matcha']);
    const key = await request(t.app).post('/api/v1/auth/api-keys').set(bearer(owner.accessToken)).send({ name: 'tags', scopes: ['products:read'] });
    expect(names(await suggest(key.body.key as string, workspace.slug, { prefix: 'ma' }))).toEqual(['matcha']);
  });

  it('when someone outside the workspace asks, then 404 workspace_not_found, as for a workspace that does not exist; without a sign-in, 401', async () => {
    const owner = await registerUser(t.app);
    const workspace = await createWorkspace(t.app, owner);
    await productTagged(workspace, owner, ['secret blend']);
    const outsider = await registerUser(t.app);
    expectProblem(await suggest(outsider, workspace.slug, { prefix: 'se' }), 404, 'workspace_not_found');
    expectProblem(await suggest(outsider, 'no-such-workspace'), 404, 'workspace_not_found');
    expectProblem(await request(t.app).get(`/api/v1/workspaces/${workspace.slug}/tags`), 401, 'unauthorized');
  });

  it('when the limit is out of range, then 400 validation_failed', async () => {
    const owner = await registerUser(t.app);
    const workspace = await createWorkspace(t.app, owner);
    expectProblem(await suggest(owner, workspace.slug, { limit: 0 }), 400, 'validation_failed');
    expectProblem(await suggest(owner, workspace.slug, { limit: 51 }), 400, 'validation_failed');
  });
});
