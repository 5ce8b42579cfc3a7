import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin, expectProblem, me, PASSWORD, refreshWithCookie, loginUser, type Session, uniqueEmail } from './auth-support.js';
import { createUser } from '../src/modules/auth/index.js';
import { createTestApp, type TestApp } from './support/app.js';

/** A user made as the CLI makes one (registration sends a confirmation email instead of signing in), then signed in. */
async function signedInUser(app: TestApp): Promise<Session> {
  const email = uniqueEmail();
  await createUser({ prisma: app.db.prisma, auth: app.config.auth }, { email, password: PASSWORD, name: 'Key User' });
  return loginUser(app.app, email);
}

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await createAdmin(t);
});
afterAll(() => t.close());

// The audit log's entries about an account's status (it also records sign-ins and the like).
const STATUS_ACTIONS = ['user_deactivated', 'user_reactivated'];

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const deactivate = (app: TestApp['app'], token: string, id: string) => request(app).post(`/api/v1/users/${id}/deactivate`).set(bearer(token));
const reactivate = (app: TestApp['app'], token: string, id: string) => request(app).post(`/api/v1/users/${id}/reactivate`).set(bearer(token));
const login = (email: string, password = PASSWORD) => request(t.app).post('/api/v1/auth/login').send({ email, password });

async function keyOf(user: Session): Promise<string> {
  const res = await request(t.app).post('/api/v1/auth/api-keys').set(bearer(user.accessToken)).send({ name: 'script', scopes: ['products:write'] });
  expect(res.status).toBe(201);
  return res.body.key as string;
}

describe('POST /users/:id/deactivate', () => {
  it('when an admin deactivates a user, then their access token, refresh token and API key are refused at once, and it is audited', async () => {
    const user = await signedInUser(t);
    const key = await keyOf(user);
    expect((await me(t.app, user.accessToken)).status).toBe(200);
    expect((await request(t.app).get('/api/v1/products').set(bearer(key))).status).toBe(200);

    const res = await deactivate(t.app, admin.accessToken, user.userId);

    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: user.userId, deactivatedAt: expect.any(String) });
    expectProblem(await me(t.app, user.accessToken), 401, 'session_revoked');
    expectProblem(await refreshWithCookie(t.app, user.refreshToken), 401, 'invalid_refresh_token');
    expectProblem(await request(t.app).get('/api/v1/products').set(bearer(key)), 401, 'api_key_revoked');
    const sessions = await t.db.prisma.session.findMany({ where: { userId: user.userId } });
    expect(sessions.map((s) => s.revokedReason)).toEqual(['account_deactivated']);
    expect(await t.db.prisma.apiKey.findMany({ where: { userId: user.userId }, select: { revokedReason: true } })).toEqual([{ revokedReason: 'account_deactivated' }]);
    // Read as the tables' owner (row-level security shows the audit log to platform admins only).
    const audit = await t.owner.prisma.auditEvent.findMany({ where: { targetId: user.userId, action: { in: STATUS_ACTIONS } } });
    expect(audit).toMatchObject([{ action: 'user_deactivated', actorUserId: admin.userId }]);
  });

  it('when a deactivated user signs in with the right password, then 403 account_deactivated; with a wrong one the usual 401', async () => {
    const user = await signedInUser(t);
    expect((await deactivate(t.app, admin.accessToken, user.userId)).status).toBe(200);
    expectProblem(await login(user.email), 403, 'account_deactivated');
    expectProblem(await login(user.email, 'not-the-password-1'), 401, 'invalid_credentials');
    expect(await t.db.prisma.session.count({ where: { userId: user.userId, revokedAt: null } })).toBe(0);
  });

  it('when the user is deactivated on one instance, then their token is refused at once on a second instance sharing the database and Redis', async () => {
    const second = await createTestApp({ shareWith: t });
    try {
      const user = await signedInUser(t);
      const key = await keyOf(user);
      // The second instance has the session's and the key's state cached now.
      expect((await me(second.app, user.accessToken)).status).toBe(200);
      expect((await request(second.app).get('/api/v1/products').set(bearer(key))).status).toBe(200);
      expect((await deactivate(t.app, admin.accessToken, user.userId)).status).toBe(200);
      expectProblem(await me(second.app, user.accessToken), 401, 'session_revoked');
      expectProblem(await request(second.app).get('/api/v1/products').set(bearer(key)), 401, 'api_key_revoked');
    } finally {
      await second.close();
    }
  });

  it('when the user is deactivated again, then 200 with the same time and no second audit event', async () => {
    const user = await signedInUser(t);
    const first = await deactivate(t.app, admin.accessToken, user.userId);
    const again = await deactivate(t.app, admin.accessToken, user.userId);
    expect(again.status).toBe(200);
    expect(again.body.user.deactivatedAt).toBe(first.body.user.deactivatedAt);
    expect(await t.owner.prisma.auditEvent.count({ where: { targetId: user.userId, action: { in: STATUS_ACTIONS } } })).toBe(1);
  });

  it('when an admin deactivates themselves, then 409 cannot_deactivate_self and they stay signed in', async () => {
    expectProblem(await deactivate(t.app, admin.accessToken, admin.userId), 409, 'cannot_deactivate_self');
    expect((await me(t.app, admin.accessToken)).status).toBe(200);
  });

  it('when the caller is not an admin, the user does not exist, or the id is malformed, then 403, 404 and 400', async () => {
    const user = await signedInUser(t);
    const other = await signedInUser(t);
    expectProblem(await deactivate(t.app, user.accessToken, other.userId), 403, 'forbidden');
    expectProblem(await deactivate(t.app, admin.accessToken, randomUUID()), 404, 'user_not_found');
    expectProblem(await deactivate(t.app, admin.accessToken, 'not-a-uuid'), 400, 'validation_failed');
    expect((await me(t.app, other.accessToken)).status).toBe(200);
  });

  it('when an admin’s API key is sent, then 403 session_required and the user stays active', async () => {
    const user = await signedInUser(t);
    const key = await keyOf(admin);
    expectProblem(await deactivate(t.app, key, user.userId), 403, 'session_required');
    expect((await me(t.app, user.accessToken)).status).toBe(200);
  });

  it('when the users are listed, then each carries deactivatedAt', async () => {
    const user = await signedInUser(t);
    await deactivate(t.app, admin.accessToken, user.userId);
    const res = await request(t.app).get('/api/v1/users?limit=100').set(bearer(admin.accessToken));
    const listed = res.body.data.find((u: { id: string }) => u.id === user.userId);
    expect(listed.deactivatedAt).toEqual(expect.any(String));
    expect(res.body.data.find((u: { id: string }) => u.id === admin.userId).deactivatedAt).toBeNull();
  });
});

describe('the last admin', () => {
  it('when the only two admins deactivate each other at the same moment, then exactly one succeeds and an active admin remains', async () => {
    const own = await createTestApp();
    try {
      const [a, b] = [await createAdmin(own), await createAdmin(own)];
      const [ab, ba] = await Promise.all([deactivate(own.app, a.accessToken, b.userId), deactivate(own.app, b.accessToken, a.userId)]);
      expect([ab.status, ba.status].filter((s) => s === 200)).toHaveLength(1);
      const loser = ab.status === 200 ? ba : ab;
      // Refused by the lock (409 last_admin), or already signed out by the other's success (401).
      expect([409, 401]).toContain(loser.status);
      expect(await own.db.prisma.user.count({ where: { role: 'ADMIN', deactivatedAt: null } })).toBe(1);
    } finally {
      await own.close();
    }
  });
});

describe('POST /users/:id/reactivate', () => {
  it('when an admin reactivates a user, then they can sign in again, their old sessions stay ended, and it is audited', async () => {
    const user = await signedInUser(t);
    await deactivate(t.app, admin.accessToken, user.userId);

    const res = await reactivate(t.app, admin.accessToken, user.userId);

    expect(res.status).toBe(200);
    expect(res.body.user.deactivatedAt).toBeNull();
    expect((await login(user.email)).status).toBe(200);
    expectProblem(await me(t.app, user.accessToken), 401, 'session_revoked');
    const actions = await t.owner.prisma.auditEvent.findMany({ where: { targetId: user.userId, action: { in: STATUS_ACTIONS } }, orderBy: { at: 'asc' }, select: { action: true, actorUserId: true } });
    expect(actions).toEqual([
      { action: 'user_deactivated', actorUserId: admin.userId },
      { action: 'user_reactivated', actorUserId: admin.userId },
    ]);
  });

  it('when the user is active already or does not exist, then 200 unchanged (no audit) and 404', async () => {
    const user = await signedInUser(t);
    expect((await reactivate(t.app, admin.accessToken, user.userId)).status).toBe(200);
    expect(await t.owner.prisma.auditEvent.count({ where: { targetId: user.userId, action: { in: STATUS_ACTIONS } } })).toBe(0);
    expectProblem(await reactivate(t.app, admin.accessToken, randomUUID()), 404, 'user_not_found');
  });
});
