import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import {
  COOKIE, expectNoSecrets, expectProblem, loginUser, me, PASSWORD, refreshCookieOf, refreshWithCookie, registerUser,
} from './auth-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const post = (path: string, accessToken?: string) => {
  const req = request(t.app).post(`/api/v1/auth/${path}`);
  return accessToken ? req.set('Authorization', `Bearer ${accessToken}`) : req;
};

describe('POST /auth/logout', () => {
  it('when called with an access token, then 204, the cookie is cleared, and that session\'s tokens stop working at once', async () => {
    const session = await registerUser(t.app);
    expect((await me(t.app, session.accessToken)).status).toBe(200); // now cached as active
    const res = await post('logout', session.accessToken);
    expect(res.status).toBe(204);
    expect(refreshCookieOf(res)).toMatch(/^shelfwise_refresh=; Path=\/api\/v1\/auth; Expires=Thu, 01 Jan 1970/);
    expectProblem(await me(t.app, session.accessToken), 401, 'session_revoked');
    expectProblem(await refreshWithCookie(t.app, session.refreshToken), 401, 'invalid_refresh_token');
    const row = await t.db.prisma.session.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(row.revokedReason).toBe('logout');
  });

  it('when called with only the refresh cookie, then it ends that session', async () => {
    const session = await registerUser(t.app);
    const res = await post('logout').set('Cookie', `${COOKIE}=${session.refreshToken}`);
    expect(res.status).toBe(204);
    expectProblem(await me(t.app, session.accessToken), 401, 'session_revoked');
  });

  it('when called twice, then the second call is a harmless 204', async () => {
    const session = await registerUser(t.app);
    expect((await post('logout').send({ refreshToken: session.refreshToken })).status).toBe(204);
    expect((await post('logout').send({ refreshToken: session.refreshToken })).status).toBe(204);
  });

  it('when called with neither token, then it answers 401', async () => {
    expectProblem(await post('logout'), 401, 'unauthorized');
  });

  it('when one session logs out, then the user\'s other sessions keep working', async () => {
    const first = await registerUser(t.app);
    const second = await loginUser(t.app, first.email);
    await post('logout', first.accessToken);
    expect((await me(t.app, second.accessToken)).status).toBe(200);
  });
});

describe('POST /auth/logout-all', () => {
  it('when called, then every session of the user ends, access and refresh tokens alike', async () => {
    const a = await registerUser(t.app);
    const b = await loginUser(t.app, a.email);
    const stranger = await registerUser(t.app);
    const res = await post('logout-all', a.accessToken);
    expect(res.status).toBe(204);
    expect(refreshCookieOf(res)).toMatch(/Expires=Thu, 01 Jan 1970/);
    for (const s of [a, b]) {
      expectProblem(await me(t.app, s.accessToken), 401, 'session_revoked');
      expectProblem(await refreshWithCookie(t.app, s.refreshToken), 401, 'invalid_refresh_token');
    }
    expect((await me(t.app, stranger.accessToken)).status).toBe(200);
  });

  it('when called without an access token, then it answers 401', async () => {
    expectProblem(await post('logout-all'), 401, 'unauthorized');
  });
});

describe('POST /auth/change-password', () => {
  const change = (accessToken: string, body: object) => post('change-password', accessToken).send(body);

  it('when the current password is right, then 204, other sessions end and this one keeps working', async () => {
    const current = await registerUser(t.app);
    const other = await loginUser(t.app, current.email);
    const res = await change(current.accessToken, { currentPassword: PASSWORD, newPassword: 'brand-new-secret-77' });
    expect(res.status).toBe(204);
    expect((await me(t.app, current.accessToken)).status).toBe(200);
    expect((await refreshWithCookie(t.app, current.refreshToken)).status).toBe(200);
    expectProblem(await me(t.app, other.accessToken), 401, 'session_revoked');
    expectProblem(await refreshWithCookie(t.app, other.refreshToken), 401, 'invalid_refresh_token');
    const login = (password: string) => request(t.app).post('/api/v1/auth/login').send({ email: current.email, password });
    expect((await login(PASSWORD)).status).toBe(401);
    const fresh = await login('brand-new-secret-77');
    expect(fresh.status).toBe(200);
    expectNoSecrets(fresh.body);
  });

  it('when the current password is wrong, then 400 naming currentPassword and nothing changes', async () => {
    const session = await registerUser(t.app);
    const res = await change(session.accessToken, { currentPassword: 'not-my-password', newPassword: 'brand-new-secret-77' });
    expectProblem(res, 400, 'invalid_current_password');
    expect(res.body.errors[0].field).toBe('currentPassword');
    expect((await loginUser(t.app, session.email)).userId).toBe(session.userId);
  });

  it.each([
    ['common', 'iloveyou', 'password.tooCommon'],
    ['73 bytes long', 'é'.repeat(37), 'password.tooLong'],
    ['the same as the current one', PASSWORD, 'any.invalid'],
  ])('when the new password is %s, then 400 naming newPassword', async (_case, newPassword, code) => {
    const session = await registerUser(t.app);
    const res = await change(session.accessToken, { currentPassword: PASSWORD, newPassword });
    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'newPassword', code })]);
  });

  it('when called without an access token, then it answers 401', async () => {
    expectProblem(await post('change-password').send({ currentPassword: PASSWORD, newPassword: 'brand-new-secret-77' }), 401, 'unauthorized');
  });
});

describe('revocation across instances', () => {
  it('when one instance logs a session out, then another instance sharing Redis refuses its access token', async () => {
    const other = await createTestApp({ shareWith: t });
    try {
      const session = await registerUser(t.app);
      expect((await me(other.app, session.accessToken)).status).toBe(200); // cached as active in the shared Redis
      expect((await post('logout', session.accessToken)).status).toBe(204);
      expectProblem(await me(other.app, session.accessToken), 401, 'session_revoked');
    } finally {
      await other.close();
    }
  });
});
