// The service's checks taken out (access.ts answers "yes" to everything it is asked), and another
// workspace's drafts still do not come back: row-level security refuses them by itself.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { bearer, createWorkspace, productBody, registerUser, type Session, type WorkspaceBody } from './workspaces-support.js';

const grant = vi.hoisted(() => ({ workspaceId: '' }));

vi.mock('../src/modules/products/access.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/modules/products/access.js')>();
  return {
    ...real,
    // Anyone may see anything, change anything, and list any workspace as its member.
    canView: () => true,
    assertMayChange: () => {},
    catalogueScope: () => ({ audience: 'members', workspaceId: grant.workspaceId, ownerId: null, status: null }),
  };
});

let t: TestApp;
let owner: Session;
let stranger: Session;
let team: WorkspaceBody;
let draftId: string;
let activeId: string;

beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app);
  stranger = await registerUser(t.app);
  team = await createWorkspace(t.app, owner);
  grant.workspaceId = team.id;
  draftId = (await request(t.app).post(`/api/v1/workspaces/${team.slug}/products`).set(bearer(owner.accessToken)).send(productBody({ name: 'Secret draft' }))).body.id;
  activeId = (await request(t.app).post(`/api/v1/workspaces/${team.slug}/products`).set(bearer(owner.accessToken)).send(productBody({ status: 'active' }))).body.id;
});
afterAll(() => t.close());

describe('without the service checks', () => {
  it("when an outsider lists the other workspace as if a member, then only its active products come back", async () => {
    const res = await request(t.app).get('/api/v1/products').set(bearer(stranger.accessToken));
    expect(res.status).toBe(200);
    expect(res.body.data.map((p: { id: string }) => p.id)).toEqual([activeId]);
    // The members' view of the same workspace, for contrast (another page size: not the page the
    // outsider's request just cached under the members' key): the draft is there.
    const own = await request(t.app).get(`/api/v1/workspaces/${team.slug}/products?limit=50`).set(bearer(owner.accessToken));
    expect(own.body.data.map((p: { id: string }) => p.id).sort()).toEqual([draftId, activeId].sort());
  });

  it("when an outsider reads another workspace's draft by id, then it is not found", async () => {
    const res = await request(t.app).get(`/api/v1/products/${draftId}`).set(bearer(stranger.accessToken));
    expect(res.status).toBe(404);
  });

  it('when an outsider changes or deletes the products, then nothing changes', async () => {
    expect((await request(t.app).patch(`/api/v1/products/${draftId}`).set(bearer(stranger.accessToken)).send({ name: 'Taken' })).status).toBe(404);
    // The active one is visible, so the write is tried and matches no row the policy lets through:
    // the database's refusal, answered 403, and nothing was written.
    expect((await request(t.app).patch(`/api/v1/products/${activeId}`).set(bearer(stranger.accessToken)).send({ name: 'Taken' })).status).toBe(403);
    expect((await request(t.app).delete(`/api/v1/products/${activeId}`).set(bearer(stranger.accessToken))).status).toBe(403);
    const rows = await t.owner.prisma.product.findMany({ where: { id: { in: [draftId, activeId] } }, select: { name: true } });
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.name)).not.toContain('Taken');
  });
});
