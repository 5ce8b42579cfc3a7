// The audit log's workspace side: invitations and membership changes recorded with their workspace,
// and GET /api/v1/workspaces/:slug/audit for its owners only (and platform admins); the platform's
// GET /api/v1/audit for platform admins only.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_TEST_ENV, expectEntry, from, newOrigin, type Origin } from './audit-log-support.js';
import { createAdmin, expectProblem, type Session } from './auth-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { accept, bearer, createWorkspace, inviteByLink, memberWithRole, registerUser } from './workspaces-support.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp({ env: AUDIT_TEST_ENV });
  admin = await createAdmin(t);
});
afterAll(() => t.close());

const send = (origin: Origin, method: 'post' | 'patch' | 'delete', path: string, who: Session, body: object = {}) =>
  from(request(t.app)[method](path), origin).set(bearer(who.accessToken)).send(body);
const auditOf = (who: Session, slug: string, query: Record<string, string> = {}) =>
  request(t.app).get(`/api/v1/workspaces/${slug}/audit`).query(query).set(bearer(who.accessToken));

describe('what a workspace records', () => {
  it('when invitations are made, revoked and accepted, then each entry names the invitation and the workspace', async () => {
    const owner = await registerUser(t.app);
    const ws = await createWorkspace(t.app, owner);
    const made = newOrigin('invite');
    const invited = await send(made, 'post', `/api/v1/workspaces/${ws.slug}/invitations`, owner, { email: 'someone@example.com', role: 'editor' });
    expect(invited.status).toBe(201);
    const invitationId = invited.body.invitation.id as string;
    await expectEntry(t, made, {
      action: 'invitation_created', actorUserId: owner.userId, targetType: 'invitation', targetId: invitationId, workspaceId: ws.id,
      detail: { email: 'someone@example.com', role: 'editor', replaced: 0 },
    });

    const revoked = newOrigin('invite');
    expect((await send(revoked, 'delete', `/api/v1/workspaces/${ws.slug}/invitations/${invitationId}`, owner)).status).toBe(204);
    await expectEntry(t, revoked, { action: 'invitation_revoked', actorUserId: owner.userId, targetId: invitationId, workspaceId: ws.id });

    const joiner = await registerUser(t.app);
    const link = await inviteByLink(t.app, owner, ws.slug, 'viewer');
    const accepted = newOrigin('accept');
    expect((await from(accept(t.app, joiner, link.token), accepted)).status).toBe(200);
    await expectEntry(t, accepted, { action: 'invitation_accepted', actorUserId: joiner.userId, targetId: link.id, workspaceId: ws.id, detail: { role: 'viewer' } });
  });

  it('when a member\'s role changes, a member is removed, one leaves and ownership is handed over, then each is recorded with its workspace', async () => {
    const owner = await registerUser(t.app);
    const ws = await createWorkspace(t.app, owner);
    const [editor, viewer, successor] = [
      await memberWithRole(t.app, owner, ws.slug, 'editor'),
      await memberWithRole(t.app, owner, ws.slug, 'viewer'),
      await memberWithRole(t.app, owner, ws.slug, 'admin'),
    ];
    const members = `/api/v1/workspaces/${ws.slug}/members`;

    const role = newOrigin('member');
    expect((await send(role, 'patch', `${members}/${editor.userId}`, owner, { role: 'viewer' })).status).toBe(200);
    await expectEntry(t, role, { action: 'member_role_changed', actorUserId: owner.userId, targetId: editor.userId, workspaceId: ws.id, detail: { from: 'editor', to: 'viewer' } });

    const removed = newOrigin('member');
    expect((await send(removed, 'delete', `${members}/${viewer.userId}`, owner)).status).toBe(204);
    await expectEntry(t, removed, { action: 'member_removed', actorUserId: owner.userId, targetId: viewer.userId, workspaceId: ws.id, detail: { role: 'viewer' } });

    const left = newOrigin('member');
    expect((await send(left, 'post', `/api/v1/workspaces/${ws.slug}/leave`, editor)).status).toBe(204);
    await expectEntry(t, left, { action: 'member_left', actorUserId: editor.userId, targetId: editor.userId, workspaceId: ws.id, detail: { role: 'viewer' } });

    const handed = newOrigin('member');
    expect((await send(handed, 'post', `/api/v1/workspaces/${ws.slug}/transfer-ownership`, owner, { userId: successor.userId })).status).toBe(200);
    await expectEntry(t, handed, { action: 'ownership_transferred', actorUserId: owner.userId, targetId: successor.userId, workspaceId: ws.id, detail: { from: owner.userId } });
  });
  it('when a workspace is created, renamed and deleted, then each is recorded with its names, and the last outlives the workspace', async () => {
    const owner = await registerUser(t.app);
    const created = newOrigin('workspace');
    const made = await send(created, 'post', '/api/v1/workspaces', owner, { name: 'Audit Garden', slug: 'audit-garden-' + owner.userId.slice(0, 8) });
    expect(made.status).toBe(201);
    const ws = made.body as { id: string; slug: string };
    await expectEntry(t, created, { action: 'workspace_created', actorUserId: owner.userId, targetType: 'workspace', targetId: ws.id, workspaceId: ws.id, detail: { name: 'Audit Garden', slug: ws.slug } });

    const renamed = newOrigin('workspace');
    expect((await send(renamed, 'patch', `/api/v1/workspaces/${ws.slug}`, owner, { name: 'Audit Orchard' })).status).toBe(200);
    await expectEntry(t, renamed, {
      action: 'workspace_renamed', actorUserId: owner.userId, targetId: ws.id, workspaceId: ws.id,
      detail: { from: { name: 'Audit Garden', slug: ws.slug }, to: { name: 'Audit Orchard', slug: ws.slug } },
    });

    const deleted = newOrigin('workspace');
    expect((await send(deleted, 'delete', `/api/v1/workspaces/${ws.slug}?confirm=${ws.slug}`, owner)).status).toBe(204);
    await expectEntry(t, deleted, { action: 'workspace_deleted', actorUserId: owner.userId, targetId: ws.id, workspaceId: ws.id, detail: { name: 'Audit Orchard', slug: ws.slug, products: 0 } });
  });

  it('when a rename is refused (the slug is taken), then nothing is recorded', async () => {
    const owner = await registerUser(t.app);
    const [ws, other] = [await createWorkspace(t.app, owner), await createWorkspace(t.app, owner)];
    const refused = newOrigin('workspace');
    expect((await send(refused, 'patch', `/api/v1/workspaces/${ws.slug}`, owner, { slug: other.slug })).status).toBe(409);
    const log = await auditOf(owner, ws.slug, { action: 'workspace_renamed' });
    expect(log.status).toBe(200);
    expect(log.body.data).toEqual([]);
  });
});

describe('who reads a workspace\'s log', () => {
  it('when its owner asks, then they get its entries only, newest first; an admin member gets 403, a stranger 404, a platform admin the same entries', async () => {
    const owner = await registerUser(t.app);
    const ws = await createWorkspace(t.app, owner);
    const other = await createWorkspace(t.app, owner);
    const wsAdmin = await memberWithRole(t.app, owner, ws.slug, 'admin');
    await memberWithRole(t.app, owner, other.slug, 'viewer');

    const mine = await auditOf(owner, ws.slug);
    expect(mine.status).toBe(200);
    expect(mine.headers['cache-control']).toBe('no-store');
    expect(mine.body.data.map((e: { action: string }) => e.action)).toEqual(['invitation_accepted', 'invitation_created', 'workspace_created']);
    expect(mine.body.data.every((e: { workspaceId: string }) => e.workspaceId === ws.id)).toBe(true);
    expect(mine.body.data[0].actor).toEqual({ type: 'user', id: wsAdmin.userId, userId: wsAdmin.userId, name: 'Test User' });

    expectProblem(await auditOf(wsAdmin, ws.slug), 403, 'insufficient_workspace_role');
    expectProblem(await auditOf(await registerUser(t.app), ws.slug), 404, 'workspace_not_found');
    const moderated = await auditOf(admin, ws.slug);
    expect(moderated.status).toBe(200);
    expect(moderated.body.data).toEqual(mine.body.data);
  });

  it('when someone who is not a platform admin asks for the whole log, then 403; a platform admin gets every kind of entry', async () => {
    const user = await registerUser(t.app);
    expectProblem(await request(t.app).get('/api/v1/audit').set(bearer(user.accessToken)), 403, 'forbidden');
    expectProblem(await request(t.app).get('/api/v1/audit'), 401, 'unauthorized');

    const all = await request(t.app).get('/api/v1/audit').query({ actor: user.userId }).set(bearer(admin.accessToken));
    expect(all.status).toBe(200);
    expect(all.body.data.map((e: { action: string }) => e.action)).toEqual(['signed_in']);
    expect(all.body.data[0]).toMatchObject({ target: { type: 'user', id: user.userId }, workspaceId: null });
  });

  it('when the API\'s role reads the table without a reader\'s context, then row-level security shows it nothing', async () => {
    const owner = await registerUser(t.app);
    await createWorkspace(t.app, owner);
    expect(await t.owner.prisma.auditEvent.count({ where: { actorUserId: owner.userId } })).toBeGreaterThan(0);
    expect(await t.db.prisma.auditEvent.count({ where: { actorUserId: owner.userId } })).toBe(0);
  });
});
