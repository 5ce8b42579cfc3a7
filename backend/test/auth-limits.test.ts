import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { expectProblem, PASSWORD, registerUser, uniqueEmail } from './auth-support.js';

const MAX_FAILURES = 3;
let t: TestApp;
let ipLimited: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: String(MAX_FAILURES) } });
  ipLimited = await createTestApp({ env: { AUTH_RATE_LIMIT_MAX: '3' } });
});
afterAll(async () => {
  await t.close();
  await ipLimited.close();
});

let ipCounter = 0;
const nextIp = () => `203.0.113.${(ipCounter++ % 250) + 1}`;
const login = (app: TestApp['app'], email: string, password: string) =>
  request(app).post('/api/v1/auth/login').set('X-Forwarded-For', nextIp()).send({ email, password });

describe('per-account login limit (one client without a device cookie; other clients: auth-lockout.test.ts)', () => {
  it('when one client collects the maximum of failures on an account, then even its right password gets 429 (checked before bcrypt), whatever X-Forwarded-For says', async () => {
    const { email } = await registerUser(t.app);
    for (let i = 0; i < MAX_FAILURES; i++) expectProblem(await login(t.app, email, 'wrong-password-1'), 401, 'invalid_credentials');
    const locked = await login(t.app, email, PASSWORD);
    expectProblem(locked, 429, 'rate_limited');
    expect(locked.headers['retry-after']).toBeDefined();
    // Letter case and spaces name the same account.
    expectProblem(await login(t.app, ` ${email.toUpperCase()} `, PASSWORD), 429, 'rate_limited');
  });

  it('when an unknown email collects the failures, then it locks the same way (no enumeration through the limit)', async () => {
    const ghost = uniqueEmail('ghost');
    for (let i = 0; i < MAX_FAILURES; i++) expectProblem(await login(t.app, ghost, 'wrong-password-1'), 401, 'invalid_credentials');
    expectProblem(await login(t.app, ghost, 'wrong-password-1'), 429, 'rate_limited');
  });

  it('when sign-ins succeed, then they do not count toward the limit', async () => {
    const { email } = await registerUser(t.app);
    for (let i = 0; i < MAX_FAILURES + 2; i++) expect((await login(t.app, email, PASSWORD)).status).toBe(200);
  });

  it('when one account is locked, then another account still signs in', async () => {
    const victim = await registerUser(t.app);
    const other = await registerUser(t.app);
    for (let i = 0; i <= MAX_FAILURES; i++) await login(t.app, victim.email, 'wrong-password-1');
    expect((await login(t.app, other.email, PASSWORD)).status).toBe(200);
  });

  it('when the failures are spread over two instances, then the count is shared through Redis', async () => {
    const second = await createTestApp({ shareWith: t, env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: String(MAX_FAILURES) } });
    try {
      const { email } = await registerUser(t.app);
      await login(t.app, email, 'wrong-password-1');
      await login(second.app, email, 'wrong-password-1');
      await login(t.app, email, 'wrong-password-1');
      expectProblem(await login(second.app, email, PASSWORD), 429, 'rate_limited');
    } finally {
      await second.close();
    }
  });

  it('when change-password is called repeatedly with a wrong current password, then it is limited too', async () => {
    const session = await registerUser(t.app);
    const change = () =>
      request(t.app).post('/api/v1/auth/change-password').set('Authorization', `Bearer ${session.accessToken}`)
        .send({ currentPassword: 'wrong-password-1', newPassword: 'brand-new-secret-77' });
    for (let i = 0; i < MAX_FAILURES; i++) expectProblem(await change(), 400, 'invalid_current_password');
    expectProblem(await change(), 429, 'rate_limited');
  });
});

describe('per-IP limit on the auth endpoints', () => {
  it('when one client exceeds AUTH_RATE_LIMIT_MAX, then it gets 429, and rotating X-Forwarded-For does not reset it', async () => {
    const email = uniqueEmail();
    for (let i = 0; i < 3; i++) expect((await login(ipLimited.app, email, 'wrong-password-1')).status).toBe(401);
    const limited = await request(ipLimited.app).post('/api/v1/auth/register').set('X-Forwarded-For', nextIp())
      .send({ email: uniqueEmail(), password: PASSWORD, name: 'N' });
    expectProblem(limited, 429, 'rate_limited');
    expect(limited.headers['ratelimit-policy']).toMatch(/auth-ip/);
  });

  it('when the proxy is trusted (TRUST_PROXY), then X-Forwarded-For names the client and each client has its own budget', async () => {
    const proxied = await createTestApp({ env: { AUTH_RATE_LIMIT_MAX: '2', TRUST_PROXY: 'loopback' } });
    try {
      const from = (ip: string) => request(proxied.app).post('/api/v1/auth/login').set('X-Forwarded-For', ip)
        .send({ email: uniqueEmail(), password: 'wrong-password-1' });
      expect((await from('198.51.100.1')).status).toBe(401);
      expect((await from('198.51.100.1')).status).toBe(401);
      expect((await from('198.51.100.1')).status).toBe(429);
      expect((await from('198.51.100.2')).status).toBe(401);
    } finally {
      await proxied.close();
    }
  });
});
