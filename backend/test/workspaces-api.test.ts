// Workspaces end to end through the API: creating and sharing them, roles deciding who may do what
// with the shared catalogue, and nothing of one workspace reaching another.
import { startMailCatcher, type MailCatcher } from '@shelfwise/devstack';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin, expectProblem } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import {
  accept,
  bearer,
  createWorkspace,
  inviteByLink,
  mailedInvitationToken,
  memberWithRole,
  productBody,
  registerUser,
  uniqueSlug,
  workspaceProducts,
} from './workspaces-support.js';

let t: TestApp;
let mail: MailCatcher;
beforeAll(async () => {
  mail = await startMailCatcher();
  t = await createTestApp({ smtpUrl: mail.smtpUrl, env: { WORKSPACE_MEMBERS_MAX: '4', WORKSPACES_PER_USER_MAX: '3', INVITATIONS_PER_HOUR: '6' } });
});
afterAll(async () => {
  await t.close();
  await mail.close();
});

describe('workspaces of a user', () => {
  it('when someone registers, then they have a personal workspace of which they are the owner', async () => {
    const user = await registerUser(t.app, { name: 'Ada Lovelace' });
    const res = await request(t.app).get('/api/v1/workspaces').set(bearer(user.accessToken));
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toMatchObject({ personal: true, role: 'owner', name: 'Ada Lovelace', memberCount: 1 });
    expect(res.body.data[0].slug).toMatch(/^ada-lovelace-[0-9a-f]{8}$/);
    expect(res.body.data[0].allowed).toContain('product.create');
  });

  it('when a workspace is created without a slug, then one is made from its name; with a taken slug, then 409 slug_taken', async () => {
    const user = await registerUser(t.app);
    const res = await request(t.app).post('/api/v1/workspaces').set(bearer(user.accessToken)).send({ name: 'Émile & Co. Tea' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'Émile & Co. Tea', personal: false, role: 'owner', memberCount: 1 });
    expect(res.body.slug).toMatch(/^emile-co-tea(-[0-9a-f]{6})?$/);
    expect(res.headers.location).toBe(`/api/v1/workspaces/${res.body.slug}`);
    // Slugs are folded to lower case: another spelling of a taken one is the same slug.
    const taken = await request(t.app).post('/api/v1/workspaces').set(bearer(user.accessToken)).send({ name: 'Other', slug: res.body.slug.toUpperCase() });
    expectProblem(taken, 409, 'slug_taken');
    const same = await request(t.app).post('/api/v1/workspaces').set(bearer(user.accessToken)).send({ name: 'Other', slug: res.body.slug });
    expectProblem(same, 409, 'slug_taken');
  });

  it('when a user already owns the most workspaces allowed, then another is refused with 409 workspace_limit_reached', async () => {
    const user = await registerUser(t.app);
    for (let i = 0; i < 3; i++) await createWorkspace(t.app, user);
    const res = await request(t.app).post('/api/v1/workspaces').set(bearer(user.accessToken)).send({ name: 'One too many' });
    expectProblem(res, 409, 'workspace_limit_reached');
  });

  it('when an owner renames a workspace, then its members see the new name and slug at once', async () => {
    const owner = await registerUser(t.app);
    const ws = await createWorkspace(t.app, owner);
    const viewer = await memberWithRole(t.app, owner, ws.slug, 'viewer');
    const slug = uniqueSlug('renamed');
    const res = await request(t.app).patch(`/api/v1/workspaces/${ws.slug}`).set(bearer(owner.accessToken)).send({ name: 'Renamed', slug });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Renamed', slug, memberCount: 2 });
    const seen = await request(t.app).get('/api/v1/workspaces').set(bearer(viewer.accessToken));
    expect(seen.body.data.find((w: { id: string }) => w.id === ws.id)).toMatchObject({ name: 'Renamed', slug, role: 'viewer' });
    const refused = await request(t.app).patch(`/api/v1/workspaces/${slug}`).set(bearer(viewer.accessToken)).send({ name: 'Mine now' });
    expectProblem(refused, 403, 'insufficient_workspace_role');
  });

  it('when a workspace is deleted, then only with its slug as confirmation, and its products go with it', async () => {
    const owner = await registerUser(t.app);
    const ws = await createWorkspace(t.app, owner);
    const created = await request(t.app).post(`/api/v1/workspaces/${ws.slug}/products`).set(bearer(owner.accessToken)).send(productBody({ status: 'active' }));
    expect(created.status).toBe(201);
    expect((await request(t.app).get(`/api/v1/products/${created.body.id}`)).status).toBe(200);

    expectProblem(await request(t.app).delete(`/api/v1/workspaces/${ws.slug}`).set(bearer(owner.accessToken)), 400, 'confirmation_required');
    expectProblem(await request(t.app).delete(`/api/v1/workspaces/${ws.slug}?confirm=nope`).set(bearer(owner.accessToken)), 400, 'confirmation_required');
    const res = await request(t.app).delete(`/api/v1/workspaces/${ws.slug}?confirm=${ws.slug}`).set(bearer(owner.accessToken));
    expect(res.status).toBe(204);

    expect(await t.owner.prisma.product.count({ where: { id: created.body.id } })).toBe(0);
    // Its cached copy went with it.
    expectProblem(await request(t.app).get(`/api/v1/products/${created.body.id}`), 404, 'product_not_found');
    expectProblem(await request(t.app).get(`/api/v1/workspaces/${ws.slug}`).set(bearer(owner.accessToken)), 404, 'workspace_not_found');
  });

  it('when someone tries to delete or leave a personal workspace, then 409 personal_workspace', async () => {
    const user = await registerUser(t.app);
    const [personal] = (await request(t.app).get('/api/v1/workspaces').set(bearer(user.accessToken))).body.data;
    expectProblem(await request(t.app).delete(`/api/v1/workspaces/${personal.slug}?confirm=${personal.slug}`).set(bearer(user.accessToken)), 409, 'personal_workspace');
    expectProblem(await request(t.app).post(`/api/v1/workspaces/${personal.slug}/leave`).set(bearer(user.accessToken)), 409, 'personal_workspace');
    expectProblem(await request(t.app).post(`/api/v1/workspaces/${personal.slug}/invitations`).set(bearer(user.accessToken)).send({ role: 'editor' }), 409, 'personal_workspace');
  });

  it('when someone is not a member, then the workspace does not exist for them; a platform admin may look', async () => {
    const owner = await registerUser(t.app);
    const ws = await createWorkspace(t.app, owner);
    const stranger = await registerUser(t.app);
    expectProblem(await request(t.app).get(`/api/v1/workspaces/${ws.slug}`).set(bearer(stranger.accessToken)), 404, 'workspace_not_found');
    expectProblem(await request(t.app).get(`/api/v1/workspaces/${ws.slug}/members`).set(bearer(stranger.accessToken)), 404, 'workspace_not_found');
    const admin = await createAdmin(t);
    const seen = await request(t.app).get(`/api/v1/workspaces/${ws.slug}`).set(bearer(admin.accessToken));
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ role: null, allowed: ['workspace.read', 'member.list', 'product.read_drafts', 'product.update', 'product.delete', 'audit.read', 'webhook.manage'] });
  });
});

describe('invitations', () => {
  it('when an owner invites by email, then the invitee gets a link, sees what it offers, and joins with that role', async () => {
    const owner = await registerUser(t.app, { name: 'Olive Owner' });
    const ws = await createWorkspace(t.app, owner, { name: 'Leaf & Co' });
    const invitee = await registerUser(t.app);
    const res = await request(t.app).post(`/api/v1/workspaces/${ws.slug}/invitations`).set(bearer(owner.accessToken)).send({ email: invitee.email.toUpperCase(), role: 'editor' });
    expect(res.status).toBe(201);
    expect(res.body.url).toBeNull();
    expect(res.body.invitation).toMatchObject({ email: invitee.email, role: 'editor', invitedBy: { id: owner.userId, name: 'Olive Owner' } });

    const token = await mailedInvitationToken(mail, invitee.email);
    const preview = await request(t.app).post('/api/v1/invitations/lookup').send({ token });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ workspace: { name: 'Leaf & Co', slug: ws.slug }, role: 'editor', email: invitee.email, invitedBy: { name: 'Olive Owner' } });

    const joined = await accept(t.app, invitee, token);
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({ id: ws.id, role: 'editor', memberCount: 2 });
    const members = await request(t.app).get(`/api/v1/workspaces/${ws.slug}/members`).set(bearer(invitee.accessToken));
    expect(members.body.data.map((m: { userId: string; role: string }) => [m.userId, m.role])).toEqual([[owner.userId, 'owner'], [invitee.userId, 'editor']]);
    // Spent: the same link does nothing a second time, for anyone.
    expectProblem(await accept(t.app, invitee, token), 404, 'invitation_invalid');
    expectProblem(await request(t.app).post('/api/v1/invitations/lookup').send({ token }), 404, 'invitation_invalid');
  });

  it('when an email invitation is accepted by someone signed in with another address, then 403 and the invitation still works for its addressee', async () => {
    const owner = await registerUser(t.app);
    const ws = await createWorkspace(t.app, owner);
    const invitee = await registerUser(t.app);
    await request(t.app).post(`/api/v1/workspaces/${ws.slug}/invitations`).set(bearer(owner.accessToken)).send({ email: invitee.email, role: 'viewer' });
    const token = await mailedInvitationToken(mail, invitee.email);
    const other = await registerUser(t.app);
    expectProblem(await accept(t.app, other, token), 403, 'invitation_for_another_address');
    expect((await accept(t.app, invitee, token)).status).toBe(200);
  });

  it('when a link invitation is revoked, or has expired, then it cannot be accepted; pending ones are listed until then', async () => {
    const owner = await registerUser(t.app);
    const ws = await createWorkspace(t.app, owner);
    const revoked = await inviteByLink(t.app, owner, ws.slug, 'editor');
    const expired = await inviteByLink(t.app, owner, ws.slug, 'viewer');
    const pending = await request(t.app).get(`/api/v1/workspaces/${ws.slug}/invitations`).set(bearer(owner.accessToken));
    expect(pending.body.data.map((i: { id: string }) => i.id).sort()).toEqual([revoked.id, expired.id].sort());

    expect((await request(t.app).delete(`/api/v1/workspaces/${ws.slug}/invitations/${revoked.id}`).set(bearer(owner.accessToken))).status).toBe(204);
    expectProblem(await request(t.app).delete(`/api/v1/workspaces/${ws.slug}/invitations/${revoked.id}`).set(bearer(owner.accessToken)), 404, 'invitation_not_found');
    await t.owner.prisma.invitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    const someone = await registerUser(t.app);
    expectProblem(await accept(t.app, someone, revoked.token), 404, 'invitation_invalid');
    expectProblem(await accept(t.app, someone, expired.token), 404, 'invitation_invalid');
    const after = await request(t.app).get(`/api/v1/workspaces/${ws.slug}/invitations`).set(bearer(owner.accessToken));
    expect(after.body.data).toEqual([]);
  });

  it('when members and pending invitations reach the limit, then another invitation is refused with 409 member_limit_reached', async () => {
    const owner = await registerUser(t.app);
    const ws = await createWorkspace(t.app, owner);
    await memberWithRole(t.app, owner, ws.slug, 'editor');
    await inviteByLink(t.app, owner, ws.slug, 'viewer');
    await inviteByLink(t.app, owner, ws.slug, 'viewer');
    const res = await request(t.app).post(`/api/v1/workspaces/${ws.slug}/invitations`).set(bearer(owner.accessToken)).send({ role: 'viewer' });
    expectProblem(res, 409, 'member_limit_reached');
  });

  it('when a workspace has sent the most invitations an hour allows, then the next is refused with 429', async () => {
    const owner = await registerUser(t.app);
    const ws = await createWorkspace(t.app, owner);
    for (let i = 0; i < 6; i++) {
      const one = await inviteByLink(t.app, owner, ws.slug, 'viewer');
      await request(t.app).delete(`/api/v1/workspaces/${ws.slug}/invitations/${one.id}`).set(bearer(owner.accessToken));
    }
    const res = await request(t.app).post(`/api/v1/workspaces/${ws.slug}/invitations`).set(bearer(owner.accessToken)).send({ role: 'viewer' });
    expectProblem(res, 429, 'invitation_rate_limited');
    expect(res.headers['retry-after']).toBe('3600');
  });

  it('when an editor tries to invite, or anyone invites as owner, then it is refused', async () => {
    const owner = await registerUser(t.app);
    const ws = await createWorkspace(t.app, owner);
    const editor = await memberWithRole(t.app, owner, ws.slug, 'editor');
    expectProblem(await request(t.app).post(`/api/v1/workspaces/${ws.slug}/invitations`).set(bearer(editor.accessToken)).send({ role: 'viewer' }), 403, 'insufficient_workspace_role');
    expectProblem(await request(t.app).post(`/api/v1/workspaces/${ws.slug}/invitations`).set(bearer(owner.accessToken)).send({ role: 'owner' }), 400, 'validation_failed');
  });

  it('when a member is invited again, then 409 already_member', async () => {
    const owner = await registerUser(t.app);
    const ws = await createWorkspace(t.app, owner);
    const editor = await memberWithRole(t.app, owner, ws.slug, 'editor');
    const res = await request(t.app).post(`/api/v1/workspaces/${ws.slug}/invitations`).set(bearer(owner.accessToken)).send({ email: editor.email, role: 'viewer' });
    expectProblem(res, 409, 'already_member');
    const link = await inviteByLink(t.app, owner, ws.slug, 'viewer');
    expectProblem(await accept(t.app, editor, link.token), 409, 'already_member');
  });
});

describe('members and owners', () => {
  it('when the last owner tries to leave or be demoted, then 409 last_owner; after a transfer they may leave', async () => {
    const owner = await registerUser(t.app);
    const ws = await createWorkspace(t.app, owner);
    const admin = await memberWithRole(t.app, owner, ws.slug, 'admin');
    expectProblem(await request(t.app).post(`/api/v1/workspaces/${ws.slug}/leave`).set(bearer(owner.accessToken)), 409, 'last_owner');
    expectProblem(await request(t.app).patch(`/api/v1/workspaces/${ws.slug}/members/${owner.userId}`).set(bearer(owner.accessToken)).send({ role: 'editor' }), 409, 'last_owner');

    const moved = await request(t.app).post(`/api/v1/workspaces/${ws.slug}/transfer-ownership`).set(bearer(owner.accessToken)).send({ userId: admin.userId });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ role: 'admin' });
    expect((await request(t.app).post(`/api/v1/workspaces/${ws.slug}/leave`).set(bearer(owner.accessToken))).status).toBe(204);
    const left = await request(t.app).get('/api/v1/workspaces').set(bearer(owner.accessToken));
    expect(left.body.data.map((w: { id: string }) => w.id)).not.toContain(ws.id);
    const now = await request(t.app).get(`/api/v1/workspaces/${ws.slug}/members`).set(bearer(admin.accessToken));
    expect(now.body.data).toEqual([expect.objectContaining({ userId: admin.userId, role: 'owner' })]);
  });

  it('when an admin changes roles, then members but not owners; and a removed member loses the workspace at once', async () => {
    const owner = await registerUser(t.app);
    const ws = await createWorkspace(t.app, owner);
    const admin = await memberWithRole(t.app, owner, ws.slug, 'admin');
    const editor = await memberWithRole(t.app, owner, ws.slug, 'editor');
    const changed = await request(t.app).patch(`/api/v1/workspaces/${ws.slug}/members/${editor.userId}`).set(bearer(admin.accessToken)).send({ role: 'viewer' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ userId: editor.userId, role: 'viewer', email: editor.email });
    expectProblem(await request(t.app).patch(`/api/v1/workspaces/${ws.slug}/members/${owner.userId}`).set(bearer(admin.accessToken)).send({ role: 'viewer' }), 403, 'insufficient_workspace_role');
    expectProblem(await request(t.app).patch(`/api/v1/workspaces/${ws.slug}/members/${editor.userId}`).set(bearer(admin.accessToken)).send({ role: 'owner' }), 403, 'insufficient_workspace_role');
    expectProblem(await request(t.app).delete(`/api/v1/workspaces/${ws.slug}/members/${owner.userId}`).set(bearer(admin.accessToken)), 403, 'insufficient_workspace_role');

    // The demoted editor's cached role is gone: at once a viewer.
    expectProblem(await request(t.app).post(`/api/v1/workspaces/${ws.slug}/products`).set(bearer(editor.accessToken)).send(productBody()), 403, 'insufficient_workspace_role');
    expect((await request(t.app).delete(`/api/v1/workspaces/${ws.slug}/members/${editor.userId}`).set(bearer(admin.accessToken))).status).toBe(204);
    expectProblem(await workspaceProducts(t.app, editor, ws.slug), 404, 'workspace_not_found');
    expectProblem(await request(t.app).delete(`/api/v1/workspaces/${ws.slug}/members/${editor.userId}`).set(bearer(admin.accessToken)), 404, 'member_not_found');
  });
});

describe("a workspace's products", () => {
  it('when an editor creates and edits a product, then every member sees the draft; a viewer cannot change it; outsiders see nothing', async () => {
    const owner = await registerUser(t.app);
    const ws = await createWorkspace(t.app, owner);
    const editor = await memberWithRole(t.app, owner, ws.slug, 'editor');
    const viewer = await memberWithRole(t.app, owner, ws.slug, 'viewer');
    const stranger = await registerUser(t.app);

    const created = await request(t.app).post(`/api/v1/workspaces/${ws.slug}/products`).set(bearer(editor.accessToken)).send(productBody());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ workspaceId: ws.id, ownerId: editor.userId, status: 'draft' });
    const id = created.body.id as string;
    const edited = await request(t.app).patch(`/api/v1/workspaces/${ws.slug}/products/${id}`).set(bearer(owner.accessToken)).set('If-Match', String(created.headers.etag)).send({ stock: 7 });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ stock: 7, version: 2 });

    for (const member of [owner, editor, viewer]) {
      const list = await workspaceProducts(t.app, member, ws.slug);
      expect(list.body.data.map((p: { id: string }) => p.id)).toEqual([id]);
      expect((await request(t.app).get(`/api/v1/products/${id}`).set(bearer(member.accessToken))).status).toBe(200);
    }
    expectProblem(await request(t.app).patch(`/api/v1/products/${id}`).set(bearer(viewer.accessToken)).send({ stock: 1 }), 403, 'insufficient_workspace_role');
    expectProblem(await request(t.app).delete(`/api/v1/workspaces/${ws.slug}/products/${id}`).set(bearer(viewer.accessToken)), 403, 'insufficient_workspace_role');
    expectProblem(await request(t.app).post(`/api/v1/workspaces/${ws.slug}/products`).set(bearer(viewer.accessToken)).send(productBody()), 403, 'insufficient_workspace_role');
    expectProblem(await request(t.app).get(`/api/v1/products/${id}`).set(bearer(stranger.accessToken)), 404, 'product_not_found');
    expectProblem(await request(t.app).patch(`/api/v1/products/${id}`).set(bearer(stranger.accessToken)).send({ stock: 1 }), 404, 'product_not_found');
    expect((await t.owner.prisma.product.findUniqueOrThrow({ where: { id } })).stock).toBe(7);
  });

  it('when a product is active, then the public catalogue shows it whatever its workspace, and outsiders get 403 not_product_owner on a change', async () => {
    const owner = await registerUser(t.app);
    const ws = await createWorkspace(t.app, owner);
    const sku = `PUB-${Date.now()}`;
    const created = await request(t.app).post(`/api/v1/workspaces/${ws.slug}/products`).set(bearer(owner.accessToken)).send(productBody({ sku, status: 'active', name: `Published ${sku}` }));
    const list = await request(t.app).get('/api/v1/products').query({ q: sku });
    expect(list.body.data.map((p: { id: string }) => p.id)).toEqual([created.body.id]);
    const stranger = await registerUser(t.app);
    expectProblem(await request(t.app).patch(`/api/v1/products/${created.body.id}`).set(bearer(stranger.accessToken)).send({ stock: 1 }), 403, 'not_product_owner');
  });

  it('when a product of one workspace is asked for under another, then 404; the same sku may exist once per workspace', async () => {
    const owner = await registerUser(t.app);
    const first = await createWorkspace(t.app, owner);
    const second = await createWorkspace(t.app, owner);
    const body = productBody();
    const created = await request(t.app).post(`/api/v1/workspaces/${first.slug}/products`).set(bearer(owner.accessToken)).send(body);
    expectProblem(await request(t.app).get(`/api/v1/workspaces/${second.slug}/products/${created.body.id}`).set(bearer(owner.accessToken)), 404, 'product_not_found');
    expectProblem(await request(t.app).patch(`/api/v1/workspaces/${second.slug}/products/${created.body.id}`).set(bearer(owner.accessToken)).send({ stock: 2 }), 404, 'product_not_found');
    expect((await request(t.app).post(`/api/v1/workspaces/${second.slug}/products`).set(bearer(owner.accessToken)).send(body)).status).toBe(201);
    expectProblem(await request(t.app).post(`/api/v1/workspaces/${first.slug}/products`).set(bearer(owner.accessToken)).send(body), 409, 'duplicate_sku');
  });

  it('when one Idempotency-Key is sent to two workspaces, then each gets its own product; a retry in one replays it', async () => {
    const owner = await registerUser(t.app);
    const first = await createWorkspace(t.app, owner);
    const second = await createWorkspace(t.app, owner);
    const key = `idem-${Date.now()}`;
    const body = productBody();
    const a = await request(t.app).post(`/api/v1/workspaces/${first.slug}/products`).set(bearer(owner.accessToken)).set('Idempotency-Key', key).send(body);
    const b = await request(t.app).post(`/api/v1/workspaces/${second.slug}/products`).set(bearer(owner.accessToken)).set('Idempotency-Key', key).send(body);
    const again = await request(t.app).post(`/api/v1/workspaces/${first.slug}/products`).set(bearer(owner.accessToken)).set('Idempotency-Key', key).send(body);
    expect([a.status, b.status, again.status]).toEqual([201, 201, 201]);
    expect(a.body.workspaceId).toBe(first.id);
    expect(b.body.workspaceId).toBe(second.id);
    expect(again.body.id).toBe(a.body.id);
    expect(again.headers['idempotent-replayed']).toBe('true');
  });

  it("when a cursor of one workspace's list is sent to another's, or to the catalogue, then 400 invalid_cursor", async () => {
    const owner = await registerUser(t.app);
    const first = await createWorkspace(t.app, owner);
    const second = await createWorkspace(t.app, owner);
    for (let i = 0; i < 3; i++) await request(t.app).post(`/api/v1/workspaces/${first.slug}/products`).set(bearer(owner.accessToken)).send(productBody());
    const page = await workspaceProducts(t.app, owner, first.slug, { limit: '2' });
    expect(page.body.nextCursor).toEqual(expect.any(String));
    expect((await workspaceProducts(t.app, owner, first.slug, { limit: '2', cursor: page.body.nextCursor })).body.data).toHaveLength(1);
    expectProblem(await workspaceProducts(t.app, owner, second.slug, { limit: '2', cursor: page.body.nextCursor }), 400, 'invalid_cursor');
    expectProblem(await request(t.app).get('/api/v1/products').query({ limit: 2, cursor: page.body.nextCursor }), 400, 'invalid_cursor');
  });

  it('when /api/v1/products is used as before, then it acts on the personal workspace: create, owner=me, edit by id', async () => {
    const user = await registerUser(t.app);
    const created = await request(t.app).post('/api/v1/products').set(bearer(user.accessToken)).send(productBody());
    expect(created.status).toBe(201);
    const [personal] = (await request(t.app).get('/api/v1/workspaces').set(bearer(user.accessToken))).body.data;
    expect(created.body.workspaceId).toBe(personal.id);
    const mine = await request(t.app).get('/api/v1/products').query({ owner: 'me' }).set(bearer(user.accessToken));
    expect(mine.body.data.map((p: { id: string }) => p.id)).toEqual([created.body.id]);
    const team = await createWorkspace(t.app, user);
    await request(t.app).post(`/api/v1/workspaces/${team.slug}/products`).set(bearer(user.accessToken)).send(productBody());
    const stillMine = await request(t.app).get('/api/v1/products').query({ owner: 'me' }).set(bearer(user.accessToken));
    expect(stillMine.body.data.map((p: { id: string }) => p.id)).toEqual([created.body.id]);
  });

  it('when a platform admin moderates, then they may read and change any workspace\'s drafts but not create there', async () => {
    const owner = await registerUser(t.app);
    const ws = await createWorkspace(t.app, owner);
    const created = await request(t.app).post(`/api/v1/workspaces/${ws.slug}/products`).set(bearer(owner.accessToken)).send(productBody());
    const admin = await createAdmin(t);
    expect((await workspaceProducts(t.app, admin, ws.slug)).body.data.map((p: { id: string }) => p.id)).toEqual([created.body.id]);
    const fixed = await request(t.app).patch(`/api/v1/products/${created.body.id}`).set(bearer(admin.accessToken)).send({ name: 'Moderated' });
    expect(fixed.status).toBe(200);
    expectProblem(await request(t.app).post(`/api/v1/workspaces/${ws.slug}/products`).set(bearer(admin.accessToken)).send(productBody()), 403, 'insufficient_workspace_role');
  });
});
