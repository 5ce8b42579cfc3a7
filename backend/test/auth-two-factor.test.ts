import { generate } from 'otplib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/modules/auth/index.js';
import { signMfaToken } from '../src/modules/auth/mfa-token.js';
import { openTotpSecret, totpKey } from '../src/modules/auth/totp.js';
import { COOKIE, createAdmin, expectNoSecrets, expectProblem, loginUser, me, PASSWORD, refreshCookieOf, uniqueEmail } from './auth-support.js';
import { createTestApp, type TestApp } from './support/app.js';

// TRUST_PROXY makes X-Forwarded-For name the client, so one test process plays several clients.
const MAX_FAILURES = 4;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: 'loopback', LOGIN_MAX_FAILURES_PER_ACCOUNT: String(MAX_FAILURES) } });
});
afterAll(() => t.close());

let ipCounter = 0;
const newClient = () => `198.19.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const post = (path: string, body: object, headers: Record<string, string> = {}) =>
  request(t.app).post(path).set({ 'X-Forwarded-For': newClient(), ...headers }).send(body);

const PERIOD = 30;
/**
 * The code `offset` steps from now. A test uses offsets -1, 0 and +1 in that order (each code works
 * once, and only for a step after the last one accepted); waitForFreshStep first makes sure all
 * three stay inside the server's window (one step either side) for the rest of the test.
 */
const codeAt = (secret: string, offset: number) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offset * PERIOD });
async function waitForFreshStep(): Promise<void> {
  const left = PERIOD - ((Date.now() / 1000) % PERIOD);
  if (left < 8) await new Promise((resolve) => setTimeout(resolve, left * 1000 + 100));
}

/** A user without two-factor, signed in. */
async function newUser() {
  const email = uniqueEmail('2fa');
  await createUser({ prisma: t.db.prisma, auth: t.config.auth }, { email, password: PASSWORD, name: 'Two Factor' });
  return loginUser(t.app, email);
}

/** A user who has set up and enabled two-factor with the code of step -1; the next codes are 0, then +1. */
async function enrolledUser() {
  await waitForFreshStep();
  const session = await newUser();
  const setup = await post('/api/v1/auth/two-factor/setup', {}, bearer(session.accessToken));
  expect(setup.status, JSON.stringify(setup.body)).toBe(200);
  const secret = setup.body.secret as string;
  const enabled = await post('/api/v1/auth/two-factor/enable', { code: await codeAt(secret, -1) }, bearer(session.accessToken));
  expect(enabled.status, JSON.stringify(enabled.body)).toBe(200);
  return { ...session, secret, setup: setup.body, recoveryCodes: enabled.body.recoveryCodes as string[] };
}

async function mfaTokenFor(email: string): Promise<string> {
  const res = await post('/api/v1/auth/login', { email, password: PASSWORD });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return res.body.mfaToken as string;
}

const secondStep = (mfaToken: string, code: string, from = newClient()) =>
  request(t.app).post('/api/v1/auth/login/two-factor').set('X-Forwarded-For', from).send({ mfaToken, code });

describe('enrolment', () => {
  it('when a user sets up two-factor, then the answer has the secret, its otpauth URI and a QR data URL, the secret is stored sealed, and two-factor is still off', async () => {
    const session = await newUser();
    const res = await post('/api/v1/auth/two-factor/setup', {}, bearer(session.accessToken));

    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(res.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Shelfwise:/);
    expect(res.body.otpauthUrl).toContain(`secret=${res.body.secret}`);
    expect(res.body.qrCode).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    const row = await t.db.prisma.user.findUniqueOrThrow({ where: { id: session.userId } });
    expect(row.totpSealed).not.toContain(res.body.secret);
    expect(openTotpSecret(totpKey(t.config.auth.jwtSecret), session.userId, row.totpSealed!)).toBe(res.body.secret);
    // Sealed for this user only: the same value in another user's row does not open.
    expect(openTotpSecret(totpKey(t.config.auth.jwtSecret), (await newUser()).userId, row.totpSealed!)).toBeNull();
    expect(row.totpEnabledAt).toBeNull();
    expect((await me(t.app, session.accessToken)).body.user.twoFactorEnabled).toBe(false);
    // Still off: the password alone signs in.
    expect((await post('/api/v1/auth/login', { email: session.email, password: PASSWORD })).status).toBe(200);
  });

  it('when the first code is wrong, then enable answers 400 two_factor_code_invalid and nothing changes; when it is right, then 10 recovery codes come back once, stored hashed, and /me says twoFactorEnabled', async () => {
    const session = await newUser();
    const { body: setup } = await post('/api/v1/auth/two-factor/setup', {}, bearer(session.accessToken));
    const good = await codeAt(setup.secret, 0);
    const wrong = good === '123456' ? '654321' : '123456';

    expectProblem(await post('/api/v1/auth/two-factor/enable', { code: wrong }, bearer(session.accessToken)), 400, 'two_factor_code_invalid');
    expect(await t.db.prisma.recoveryCode.count({ where: { userId: session.userId } })).toBe(0);
    expect((await t.db.prisma.user.findUniqueOrThrow({ where: { id: session.userId } })).totpEnabledAt).toBeNull();

    const res = await post('/api/v1/auth/two-factor/enable', { code: good }, bearer(session.accessToken));
    expect(res.status).toBe(200);
    const codes = res.body.recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9a-z]{4}(-[0-9a-z]{4}){3}$/);
    const stored = await t.db.prisma.recoveryCode.findMany({ where: { userId: session.userId } });
    expect(stored).toHaveLength(10);
    expect(JSON.stringify(stored)).not.toContain(codes[0]!.replace(/-/g, ''));
    expect((await me(t.app, session.accessToken)).body.user.twoFactorEnabled).toBe(true);
    // Read as the tables' owner: row-level security shows the audit log to platform admins only.
    const audit = await t.owner.prisma.auditEvent.findMany({ where: { targetId: session.userId, action: { startsWith: 'two_factor' } } });
    expect(audit.map((e) => [e.action, e.actorUserId])).toEqual([['two_factor_enabled', session.userId]]);

    // On already: set-up and enable again are refused, and the secret is not replaced.
    expectProblem(await post('/api/v1/auth/two-factor/setup', {}, bearer(session.accessToken)), 409, 'two_factor_already_enabled');
    expectProblem(await post('/api/v1/auth/two-factor/enable', { code: good }, bearer(session.accessToken)), 409, 'two_factor_already_enabled');
  });

  it('when enable comes before any set-up, or the body is malformed, then each has its own code', async () => {
    const session = await newUser();
    expectProblem(await post('/api/v1/auth/two-factor/enable', { code: '123456' }, bearer(session.accessToken)), 409, 'two_factor_not_set_up');
    const bad = await post('/api/v1/auth/two-factor/enable', { code: '12<script>' }, bearer(session.accessToken));
    expectProblem(bad, 400, 'validation_failed');
    expect(bad.body.errors[0].field).toBe('code');
    expectProblem(await post('/api/v1/auth/two-factor/setup', {}), 401, 'unauthorized');
  });
});

describe('sign-in with two-factor on', () => {
  it('when the password is right, then /login answers 202 with an mfaToken and no tokens, cookie or session; the token is no access token', async () => {
    const user = await enrolledUser();
    const sessionsBefore = await t.db.prisma.session.count({ where: { userId: user.userId } });
    const res = await post('/api/v1/auth/login', { email: user.email, password: PASSWORD });

    expect(res.status).toBe(202);
    expect(Object.keys(res.body).sort()).toEqual(['expiresIn', 'mfaRequired', 'mfaToken']);
    expect(res.body).toMatchObject({ mfaRequired: true, expiresIn: 300 });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await t.db.prisma.session.count({ where: { userId: user.userId } })).toBe(sessionsBefore);
    expectProblem(await me(t.app, res.body.mfaToken), 401, 'invalid_token');
    // ...and an access token is no mfaToken.
    expectProblem(await secondStep(user.accessToken, await codeAt(user.secret, 0)), 401, 'mfa_token_invalid');
    // A wrong password is still the one refusal.
    expectProblem(await post('/api/v1/auth/login', { email: user.email, password: 'wrong-password-1' }), 401, 'invalid_credentials');
  });

  it('when the second step has a current code, then it answers like /login with both cookies; the same code, or the same mfaToken, does not work twice', async () => {
    const user = await enrolledUser();
    const mfaToken = await mfaTokenFor(user.email);
    const code = await codeAt(user.secret, 0);

    const res = await secondStep(mfaToken, code);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['accessToken', 'expiresIn', 'refreshToken', 'user']);
    expect(res.body.user).toMatchObject({ id: user.userId, twoFactorEnabled: true });
    expectNoSecrets(res.body);
    expect(JSON.stringify(res.body)).not.toContain('totp');
    expect(refreshCookieOf(res)).toMatch(new RegExp(`^${COOKIE}=${res.body.refreshToken};`));
    expect(([] as string[]).concat(res.headers['set-cookie'] ?? []).some((c) => c.startsWith('shelfwise_device='))).toBe(true);
    expect((await me(t.app, res.body.accessToken)).status).toBe(200);

    // The code again, with a fresh mfaToken: a replay.
    expectProblem(await secondStep(await mfaTokenFor(user.email), code), 401, 'two_factor_code_reused');
    // The used mfaToken with the next code: spent.
    expectProblem(await secondStep(mfaToken, await codeAt(user.secret, 1)), 401, 'mfa_token_invalid');
  });

  it('when the code is wrong, then 401 two_factor_code_invalid and the same mfaToken still works with the right code', async () => {
    const user = await enrolledUser();
    const mfaToken = await mfaTokenFor(user.email);
    const good = await codeAt(user.secret, 0);
    const wrong = String((Number(good) + 1) % 1_000_000).padStart(6, '0');

    expectProblem(await secondStep(mfaToken, wrong), 401, 'two_factor_code_invalid');
    expectProblem(await secondStep(mfaToken, 'zzzz-zzzz-zzzz-zzzz'), 401, 'two_factor_code_invalid');
    expect((await secondStep(mfaToken, good)).status).toBe(200);
  });

  it('when a recovery code is given instead (typed in upper case, without hyphens), then it signs in once and never again', async () => {
    const user = await enrolledUser();
    const recovery = user.recoveryCodes[3]!;

    const first = await secondStep(await mfaTokenFor(user.email), recovery.toUpperCase().replace(/-/g, ''));
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expectProblem(await secondStep(await mfaTokenFor(user.email), recovery), 401, 'two_factor_code_reused');
    const rows = await t.db.prisma.recoveryCode.findMany({ where: { userId: user.userId, usedAt: { not: null } } });
    expect(rows).toHaveLength(1);
    // Another one still works.
    expect((await secondStep(await mfaTokenFor(user.email), user.recoveryCodes[4]!)).status).toBe(200);
  });

  it('when the mfaToken is expired, forged, or for an account without two-factor, then mfa_token_expired or mfa_token_invalid', async () => {
    const user = await enrolledUser();
    const code = await codeAt(user.secret, 0);
    const old = signMfaToken(t.config.auth, user.userId, Date.now() - 6 * 60 * 1000);
    expectProblem(await secondStep(old, code), 401, 'mfa_token_expired');

    const genuine = await mfaTokenFor(user.email);
    const [header, payload, signature] = genuine.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const otherUser = await newUser();
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: otherUser.userId })).toString('base64url')}.${signature}`;
    expectProblem(await secondStep(forged, code), 401, 'mfa_token_invalid');
    // Signed right, but that user has no second factor.
    expectProblem(await secondStep(signMfaToken(t.config.auth, otherUser.userId), code), 401, 'mfa_token_invalid');
    expectProblem(await secondStep('not-a-jwt', code), 400, 'validation_failed');
    // None of that used the code up.
    expect((await secondStep(genuine, code)).status).toBe(200);
  });

  it('when wrong codes for one user pass the limit, even from many IPs, then the second step answers 429 with Retry-After, also for the right code', async () => {
    const user = await enrolledUser();
    const mfaToken = await mfaTokenFor(user.email);
    const good = await codeAt(user.secret, 0);
    const wrong = String((Number(good) + 7) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < MAX_FAILURES; i++) expectProblem(await secondStep(mfaToken, wrong), 401, 'two_factor_code_invalid');

    const limited = await secondStep(mfaToken, good);
    expectProblem(limited, 429, 'rate_limited');
    expect(limited.headers['retry-after']).toBeDefined();
    // Another user is not affected.
    const other = await enrolledUser();
    expect((await secondStep(await mfaTokenFor(other.email), await codeAt(other.secret, 0))).status).toBe(200);
  });

  it('when one IP sends more second steps than AUTH_RATE_LIMIT_MAX, then it gets 429', async () => {
    const limited = await createTestApp({ env: { TRUST_PROXY: 'loopback', AUTH_RATE_LIMIT_MAX: '3' } });
    try {
      const token = signMfaToken(limited.config.auth, '00000000-0000-4000-8000-000000000000');
      const send = () => request(limited.app).post('/api/v1/auth/login/two-factor').set('X-Forwarded-For', '198.51.100.9').send({ mfaToken: token, code: '123456' });
      for (let i = 0; i < 3; i++) expect((await send()).status).toBe(401);
      expectProblem(await send(), 429, 'rate_limited');
    } finally {
      await limited.close();
    }
  });
});

describe('turning it off', () => {
  it('when disabling, then it needs the password and a current code; with both it is off and the password alone signs in again', async () => {
    const user = await enrolledUser();
    const code = await codeAt(user.secret, 0);
    const auth = bearer(user.accessToken);

    expectProblem(await post('/api/v1/auth/two-factor/disable', { currentPassword: 'wrong-password-1', code }, auth), 400, 'invalid_current_password');
    expectProblem(await post('/api/v1/auth/two-factor/disable', { currentPassword: PASSWORD, code: '000000' === code ? '111111' : '000000' }, auth), 400, 'two_factor_code_invalid');
    expectProblem(await post('/api/v1/auth/two-factor/disable', { currentPassword: PASSWORD }, auth), 400, 'validation_failed');
    expect((await me(t.app, user.accessToken)).body.user.twoFactorEnabled).toBe(true);

    const res = await post('/api/v1/auth/two-factor/disable', { currentPassword: PASSWORD, code }, auth);
    expect(res.status).toBe(204);
    expect((await me(t.app, user.accessToken)).body.user.twoFactorEnabled).toBe(false);
    const row = await t.db.prisma.user.findUniqueOrThrow({ where: { id: user.userId } });
    expect([row.totpSealed, row.totpEnabledAt]).toEqual([null, null]);
    expect(await t.db.prisma.recoveryCode.count({ where: { userId: user.userId } })).toBe(0);
    expect((await post('/api/v1/auth/login', { email: user.email, password: PASSWORD })).status).toBe(200);
    const actions = (await t.owner.prisma.auditEvent.findMany({ where: { targetId: user.userId, action: { startsWith: 'two_factor' } }, orderBy: { at: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['two_factor_enabled', 'two_factor_disabled']);
    expectProblem(await post('/api/v1/auth/two-factor/disable', { currentPassword: PASSWORD, code }, auth), 409, 'two_factor_not_enabled');
  });

  it('when the code used to sign in is offered again to disable, then it is refused as reused; a recovery code works instead', async () => {
    const user = await enrolledUser();
    const code = await codeAt(user.secret, 0);
    const signedIn = await secondStep(await mfaTokenFor(user.email), code);
    expect(signedIn.status).toBe(200);
    const auth = bearer(signedIn.body.accessToken as string);

    expectProblem(await post('/api/v1/auth/two-factor/disable', { currentPassword: PASSWORD, code }, auth), 400, 'two_factor_code_reused');
    expect((await post('/api/v1/auth/two-factor/disable', { currentPassword: PASSWORD, code: user.recoveryCodes[0]! }, auth)).status).toBe(204);
  });
});

describe('admin reset', () => {
  it('when an admin resets a user, then two-factor is off, the recovery codes are gone and an AuditEvent names the admin; a non-admin is refused', async () => {
    const user = await enrolledUser();
    const admin = await createAdmin(t);
    const path = `/api/v1/users/${user.userId}/two-factor/reset`;

    expectProblem(await post(path, {}, bearer(user.accessToken)), 403, 'forbidden');
    expectProblem(await post('/api/v1/users/00000000-0000-4000-8000-000000000000/two-factor/reset', {}, bearer(admin.accessToken)), 404, 'user_not_found');

    const res = await post(path, {}, bearer(admin.accessToken));
    expect(res.status).toBe(204);
    expect((await me(t.app, user.accessToken)).body.user.twoFactorEnabled).toBe(false);
    expect(await t.db.prisma.recoveryCode.count({ where: { userId: user.userId } })).toBe(0);
    const event = await t.owner.prisma.auditEvent.findFirstOrThrow({ where: { targetId: user.userId, action: 'two_factor_reset' } });
    expect(event.actorUserId).toBe(admin.userId);
    expect(event.detail).toEqual({ wasEnabled: true });
    expect((await post('/api/v1/auth/login', { email: user.email, password: PASSWORD })).status).toBe(200);
    const listed = await request(t.app).get('/api/v1/users?limit=100').set(bearer(admin.accessToken));
    expect(listed.body.data.find((u: { id: string }) => u.id === user.userId).twoFactorEnabled).toBe(false);
  });
});
