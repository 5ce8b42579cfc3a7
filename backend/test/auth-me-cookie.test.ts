import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { expectProblem, me, PASSWORD, refreshCookieOf, registerUser } from './auth-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /auth/me', () => {
  it('when called with a valid access token, then it answers 200 with exactly the public user', async () => {
    const session = await registerUser(t.app, { name: 'Grace' });
    const res = await me(t.app, session.accessToken);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      user: {
        id: session.userId, email: session.email, name: 'Grace', role: 'USER', createdAt: expect.any(String),
        twoFactorEnabled: false, deactivatedAt: null, emailVerified: false,
      },
    });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('when called without a token or with a malformed header, then it answers 401 problem+json', async () => {
    expectProblem(await request(t.app).get('/api/v1/auth/me'), 401, 'unauthorized');
    expectProblem(await request(t.app).get('/api/v1/auth/me').set('Authorization', 'Basic abc'), 401, 'invalid_token');
  });
});

describe('the refresh cookie', () => {
  it('is HttpOnly, SameSite=Strict, scoped to /api/v1/auth, expires with the token, and not Secure outside production', async () => {
    const { email } = await registerUser(t.app);
    const res = await request(t.app).post('/api/v1/auth/login').send({ email, password: PASSWORD });
    const cookie = refreshCookieOf(res)!;
    expect(cookie).toMatch(/; Path=\/api\/v1\/auth(;|$)/);
    expect(cookie).toMatch(/; HttpOnly(;|$)/);
    expect(cookie).toMatch(/; SameSite=Strict(;|$)/);
    expect(cookie).toMatch(/; Expires=/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('is Secure in production', async () => {
    const prod = await createTestApp({
      shareWith: t,
      env: { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-that-is-long-enough-0123', BCRYPT_COST: '12' },
    });
    try {
      const { email } = await registerUser(t.app);
      const res = await request(prod.app).post('/api/v1/auth/login').send({ email, password: PASSWORD });
      expect(res.status).toBe(200);
      expect(refreshCookieOf(res)).toMatch(/; Secure(;|$)/);
      expect(refreshCookieOf(res)).toMatch(/; SameSite=Strict(;|$)/);
    } finally {
      await prod.close();
    }
  });
});
