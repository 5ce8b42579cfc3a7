import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import {
  expectNoSecrets, expectProblem, PASSWORD, refreshCookieOf, registerUser, uniqueEmail,
} from './auth-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const register = (body: object) => request(t.app).post('/api/v1/auth/register').send(body);
const login = (body: object) => request(t.app).post('/api/v1/auth/login').send(body);

describe('POST /auth/register', () => {
  it('when the input is valid, then it creates an unconfirmed USER and answers 202 with a message, no tokens and no cookie', async () => {
    const email = uniqueEmail();
    const res = await register({ email, password: PASSWORD, name: '  Ada Lovelace ' });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ message: expect.stringContaining('Check your inbox') });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(refreshCookieOf(res)).toBeUndefined();
    const stored = await t.db.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(stored).toMatchObject({ name: 'Ada Lovelace', role: 'USER', emailVerifiedAt: null });
    expect(stored.passwordHash).toMatch(/^\$2b\$04\$/);
    expect(stored.passwordHash).not.toContain(PASSWORD);
  });

  it('when the email has spaces and capitals, then it is stored trimmed and lower-cased', async () => {
    const email = uniqueEmail('MiXeD');
    const res = await register({ email: `  ${email.toUpperCase()} `, password: PASSWORD, name: 'Case' });
    expect(res.status).toBe(202);
    expect(await t.db.prisma.user.count({ where: { email: email.toLowerCase() } })).toBe(1);
  });

  it('when the email is already registered (in any case), then the answer is the same as for a new one and the account is unchanged', async () => {
    const fresh = await register({ email: uniqueEmail(), password: PASSWORD, name: 'New' });
    const { email } = await registerUser(t.app);
    const before = await t.db.prisma.user.findUniqueOrThrow({ where: { email } });
    const taken = await register({ email: email.toUpperCase(), password: 'another-fine-pass-42', name: 'Twin' });
    expect(taken.status).toBe(fresh.status);
    expect(taken.body).toEqual(fresh.body);
    expect(await t.db.prisma.user.findUniqueOrThrow({ where: { email } })).toEqual(before);
  });

  it('when the same email registers twice at the same moment, then both get the same answer and one account exists, never a 500', async () => {
    const email = uniqueEmail('race');
    const [a, b] = await Promise.all([0, 1].map(() => register({ email, password: PASSWORD, name: 'Race' })));
    expect([a!.status, b!.status]).toEqual([202, 202]);
    expect(await t.db.prisma.user.count({ where: { email } })).toBe(1);
  });

  it('when the body sets role ADMIN, then it is refused with 400 naming the field (no mass assignment)', async () => {
    const email = uniqueEmail();
    const res = await register({ email, password: PASSWORD, name: 'Mallory', role: 'ADMIN' });
    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors).toEqual([expect.objectContaining({ in: 'body', field: 'role', code: 'object.unknown' })]);
    expect(await t.db.prisma.user.count({ where: { email } })).toBe(0);
  });

  it.each([
    ['too short', 'short12', 'password.tooShort'],
    ['73 bytes (37 × é): refused, never truncated', 'é'.repeat(37), 'password.tooLong'],
    ['on the common-password list', 'password123', 'password.tooCommon'],
    ['on the list in other letter case', 'Sunshine', 'password.tooCommon'],
    ['containing a NUL byte', 'abcdefgh\u0000ijk', 'password.nul'],
  ])('when the password is %s, then it is refused with 400 naming the field', async (_case, password, code) => {
    const res = await register({ email: uniqueEmail(), password, name: 'Weak' });
    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'password', code })]);
    expect(res.body.errors[0].message).toMatch(/^Password /);
  });

  it('when the password is exactly 72 bytes, or long without any composition, then it is accepted', async () => {
    expect((await register({ email: uniqueEmail(), password: 'é'.repeat(36), name: 'Max' })).status).toBe(202);
    expect((await register({ email: uniqueEmail(), password: 'all lower case words here', name: 'Plain' })).status).toBe(202);
  });

  it('when fields are missing or the email is malformed, then every problem is listed at once', async () => {
    const res = await register({ email: 'not-an-email' });
    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'name', 'password']);
  });
});

describe('POST /auth/login', () => {
  it('when the credentials are right, then it answers 200 with the same shape and a fresh session', async () => {
    const { email, sessionId } = await registerUser(t.app);
    const res = await login({ email: `  ${email.toUpperCase()}`, password: PASSWORD });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['accessToken', 'expiresIn', 'refreshToken', 'user']);
    expect(Object.keys(res.body.user).sort()).toEqual(['createdAt', 'deactivatedAt', 'email', 'emailVerified', 'id', 'name', 'role', 'twoFactorEnabled']);
    expect(refreshCookieOf(res)).toBeDefined();
    expectNoSecrets(res.body);
    const sessions = await t.db.prisma.session.findMany({ where: { user: { email } } });
    expect(sessions).toHaveLength(2);
    expect(sessions.map((s) => s.id)).toContain(sessionId);
  });

  it('when the email is unknown or the password wrong, then status and body are identical', async () => {
    const { email } = await registerUser(t.app);
    const wrong = await login({ email, password: 'wrong-password-123' });
    const unknown = await login({ email: uniqueEmail('ghost'), password: 'wrong-password-123' });
    expectProblem(wrong, 401, 'invalid_credentials');
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
    expect(strip(unknown.body)).toEqual(strip(wrong.body));
    expect(unknown.status).toBe(wrong.status);
    expect(unknown.headers['www-authenticate']).toBe(wrong.headers['www-authenticate']);
  });

  it('when the password is the right one plus extra bytes past 72, then it is refused (no truncation match)', async () => {
    const password = 'x'.repeat(30) + 'é'.repeat(21); // 72 bytes
    const { email } = await registerUser(t.app, { password });
    expect((await login({ email, password: `${password}tail` })).status).toBe(401);
    expect((await login({ email, password })).status).toBe(200);
  });

  it('when the stored hash has a lower cost than configured, then a successful sign-in upgrades it', async () => {
    const { email } = await registerUser(t.app);
    const bcrypt = (await import('bcrypt')).default;
    const weak = await bcrypt.hash(PASSWORD, 4);
    await t.db.prisma.user.update({ where: { email }, data: { passwordHash: weak } });
    const stronger = await createTestApp({ shareWith: t, env: { BCRYPT_COST: '5' } });
    try {
      expect((await request(stronger.app).post('/api/v1/auth/login').send({ email, password: PASSWORD })).status).toBe(200);
      const { passwordHash } = await t.db.prisma.user.findUniqueOrThrow({ where: { email } });
      expect(passwordHash).toMatch(/^\$2b\$05\$/);
    } finally {
      await stronger.close();
    }
  });
});
