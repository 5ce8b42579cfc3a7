// The audit log records each account and sign-in action (modules/audit, called from modules/auth),
// with who, on what, and the request's address, user agent and id. Each test sends its requests
// from an origin of its own and finds the entry by its request id.
import { createHash } from 'node:crypto';
import { startMailCatcher, type CaughtMessage, type MailCatcher } from '@shelfwise/devstack';
import { generate } from 'otplib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_TEST_ENV, expectEntry, from, newOrigin, type Origin } from './audit-log-support.js';
import { createAdmin, PASSWORD, registerUser, uniqueEmail, type Session } from './auth-support.js';
import { createTestApp, type TestApp } from './support/app.js';

const STRICT = 3;
let t: TestApp;
let mail: MailCatcher;
let admin: Session;
beforeAll(async () => {
  mail = await startMailCatcher();
  t = await createTestApp({ smtpUrl: mail.smtpUrl, env: { ...AUDIT_TEST_ENV, LOGIN_MAX_FAILURES_PER_ACCOUNT: String(STRICT), LOGIN_SLOWDOWN_MAX_MS: '0' } });
  admin = await createAdmin(t);
});
afterAll(async () => {
  await t.close();
  await mail.close();
});

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const post = (origin: Origin, path: string, body: object = {}, token?: string) =>
  from(request(t.app).post(path), origin).set(token ? bearer(token) : {}).send(body);
const tokenIn = (message: CaughtMessage, page: string) => new RegExp(`/${page}\\?token=([A-Za-z0-9_-]+)`).exec(message.text)![1]!;

describe('sign-in', () => {
  it('when a user signs in, then signed_in names them as actor and target, with the new session', async () => {
    const user = await registerUser(t.app);
    const origin = newOrigin('sign-in');
    const res = await post(origin, '/api/v1/auth/login', { email: user.email, password: PASSWORD });
    expect(res.status).toBe(200);
    const row = await expectEntry(t, origin, { action: 'signed_in', actorUserId: user.userId, targetType: 'user', targetId: user.userId, detail: { secondFactor: false } });
    expect(typeof (row.detail as { sessionId: string }).sessionId).toBe('string');
  });

  it('when the password is wrong, the address has no account, or the account is deactivated, then sign_in_failed says which, with no actor', async () => {
    const user = await registerUser(t.app);
    const wrong = newOrigin('failed');
    expect((await post(wrong, '/api/v1/auth/login', { email: user.email, password: 'wrong-password-1' })).status).toBe(401);
    await expectEntry(t, wrong, { action: 'sign_in_failed', actorUserId: null, targetId: user.userId, detail: { email: user.email, reason: 'wrong_password' } });

    const nobody = uniqueEmail('nobody');
    const unknown = newOrigin('failed');
    expect((await post(unknown, '/api/v1/auth/login', { email: nobody, password: PASSWORD })).status).toBe(401);
    await expectEntry(t, unknown, { action: 'sign_in_failed', targetType: 'user', targetId: null, detail: { email: nobody, reason: 'unknown_account' } });

    expect((await post(newOrigin(), `/api/v1/users/${user.userId}/deactivate`, {}, admin.accessToken)).status).toBe(200);
    const deactivated = newOrigin('failed');
    expect((await post(deactivated, '/api/v1/auth/login', { email: user.email, password: PASSWORD })).status).toBe(403);
    await expectEntry(t, deactivated, { action: 'sign_in_failed', targetId: user.userId, detail: { reason: 'account_deactivated' } });
  });

  it('when one client fails past the limit, then sign_in_locked_out is recorded once, at the first refusal', async () => {
    const user = await registerUser(t.app);
    const attacker = newOrigin('lockout');
    const attempt = (origin: Origin) => post(origin, '/api/v1/auth/login', { email: user.email, password: 'wrong-password-1' });
    for (let i = 0; i < STRICT; i++) expect((await attempt({ ...attacker, requestId: `${attacker.requestId}-${i}` })).status).toBe(401);

    expect((await attempt(attacker)).status).toBe(429);
    await expectEntry(t, attacker, { action: 'sign_in_locked_out', actorUserId: null, targetId: user.userId, detail: { limiter: 'login-account-ip', email: user.email } });
    expect((await attempt({ ...attacker, requestId: `${attacker.requestId}-again` })).status).toBe(429);
    expect(await t.owner.prisma.auditEvent.count({ where: { action: 'sign_in_locked_out', targetId: user.userId } })).toBe(1);
  });

  it('when a user signs out, then signed_out names the session; signing out of it again records nothing more', async () => {
    const user = await registerUser(t.app);
    const origin = newOrigin('sign-out');
    expect((await post(origin, '/api/v1/auth/logout', {}, user.accessToken)).status).toBe(204);
    await expectEntry(t, origin, { action: 'signed_out', actorUserId: user.userId, targetId: user.userId, detail: { sessionId: user.sessionId } });
    expect((await post(newOrigin(), '/api/v1/auth/logout', { refreshToken: user.refreshToken })).status).toBe(204);
    expect(await t.owner.prisma.auditEvent.count({ where: { action: 'signed_out', targetId: user.userId } })).toBe(1);
  });

  it('when a user signs out everywhere, then sessions_revoked counts the sessions it ended', async () => {
    const user = await registerUser(t.app);
    await post(newOrigin(), '/api/v1/auth/login', { email: user.email, password: PASSWORD });
    const origin = newOrigin('logout-all');
    expect((await post(origin, '/api/v1/auth/logout-all', {}, user.accessToken)).status).toBe(204);
    await expectEntry(t, origin, { action: 'sessions_revoked', actorUserId: user.userId, targetId: user.userId, detail: { reason: 'logout_all', sessions: 2 } });
  });

  it('when a rotated refresh token is presented again, then refresh_token_reused is recorded by the system, naming the session it ended', async () => {
    const user = await registerUser(t.app);
    const rotated = await request(t.app).post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken });
    expect(rotated.status).toBe(200);
    // Past the grace window in which a second presentation is two tabs, not theft (modules/auth/refresh.ts).
    await t.db.prisma.refreshToken.update({
      where: { tokenHash: createHash('sha256').update(user.refreshToken).digest('hex') },
      data: { rotatedAt: new Date(Date.now() - 60_000) },
    });
    const origin = newOrigin('reuse');
    expect((await post(origin, '/api/v1/auth/refresh', { refreshToken: user.refreshToken })).status).toBe(401);
    await expectEntry(t, origin, { action: 'refresh_token_reused', actorUserId: null, targetId: user.userId, detail: { sessionId: user.sessionId } });
  });
});

describe('the account', () => {
  it('when a user changes their password, then password_changed and the other sessions\' sessions_revoked are recorded', async () => {
    const user = await registerUser(t.app);
    await post(newOrigin(), '/api/v1/auth/login', { email: user.email, password: PASSWORD });
    const origin = newOrigin('password');
    expect((await post(origin, '/api/v1/auth/change-password', { currentPassword: PASSWORD, newPassword: 'brand-new-walrus-77' }, user.accessToken)).status).toBe(204);
    await expectEntry(t, origin, { action: 'password_changed', actorUserId: user.userId, targetId: user.userId });
    await expectEntry(t, origin, { action: 'sessions_revoked', actorUserId: user.userId, targetId: user.userId, detail: { reason: 'password_changed', sessions: 1 } });
  });

  it('when a password is reset by the emailed link, then password_reset names the account\'s owner, and the sessions it ended are recorded', async () => {
    const user = await registerUser(t.app);
    expect((await post(newOrigin(), '/api/v1/auth/password-reset', { email: user.email })).status).toBe(202);
    const token = tokenIn(await mail.waitFor((m) => m.to.includes(user.email) && /^Reset your/.test(m.subject)), 'reset-password');
    const origin = newOrigin('reset');
    expect((await post(origin, '/api/v1/auth/password-reset/confirm', { token, newPassword: 'brand-new-walrus-77' })).status).toBe(204);
    await expectEntry(t, origin, { action: 'password_reset', actorUserId: user.userId, targetId: user.userId, detail: { via: 'emailed_link' } });
    await expectEntry(t, origin, { action: 'sessions_revoked', actorUserId: null, targetId: user.userId, detail: { reason: 'password_reset', sessions: 1 } });
  });

  it('when a new address is confirmed by its link, then email_changed has both addresses', async () => {
    const user = await registerUser(t.app);
    const newEmail = uniqueEmail('moved');
    expect((await post(newOrigin(), '/api/v1/auth/change-email', { newEmail, currentPassword: PASSWORD }, user.accessToken)).status).toBe(202);
    const token = tokenIn(await mail.waitFor((m) => m.to.includes(newEmail) && /^Confirm your new email address/.test(m.subject)), 'verify-email');
    const origin = newOrigin('email');
    expect((await post(origin, '/api/v1/auth/verify-email', { token })).status).toBe(200);
    await expectEntry(t, origin, { action: 'email_changed', actorUserId: user.userId, targetId: user.userId, detail: { from: user.email, to: newEmail } });
  });

  it('when an admin changes a user\'s role, then user_role_changed has the old and new role; the same role again records nothing', async () => {
    const user = await registerUser(t.app);
    const origin = newOrigin('role');
    const patch = (o: Origin, role: string) => from(request(t.app).patch(`/api/v1/users/${user.userId}`), o).set(bearer(admin.accessToken)).send({ role });
    expect((await patch(origin, 'ADMIN')).status).toBe(200);
    await expectEntry(t, origin, { action: 'user_role_changed', actorUserId: admin.userId, targetId: user.userId, detail: { from: 'USER', to: 'ADMIN' } });
    expect((await patch(newOrigin(), 'ADMIN')).status).toBe(200);
    expect(await t.owner.prisma.auditEvent.count({ where: { action: 'user_role_changed', targetId: user.userId } })).toBe(1);
  });

  it('when an admin deactivates and reactivates a user, then both are recorded, and the sessions and keys the deactivation ended', async () => {
    const user = await registerUser(t.app);
    const off = newOrigin('deactivate');
    expect((await post(off, `/api/v1/users/${user.userId}/deactivate`, {}, admin.accessToken)).status).toBe(200);
    await expectEntry(t, off, { action: 'user_deactivated', actorUserId: admin.userId, targetId: user.userId });
    await expectEntry(t, off, { action: 'sessions_revoked', actorUserId: admin.userId, targetId: user.userId, detail: { reason: 'account_deactivated', sessions: 1, apiKeys: 0 } });
    const on = newOrigin('reactivate');
    expect((await post(on, `/api/v1/users/${user.userId}/reactivate`, {}, admin.accessToken)).status).toBe(200);
    await expectEntry(t, on, { action: 'user_reactivated', actorUserId: admin.userId, targetId: user.userId });
  });

  it('when a user creates and revokes an API key, then api_key_created and api_key_revoked name the key', async () => {
    const user = await registerUser(t.app);
    const made = newOrigin('key');
    const created = await post(made, '/api/v1/auth/api-keys', { name: 'audit script', scopes: ['products:read'] }, user.accessToken);
    expect(created.status).toBe(201);
    const keyId = created.body.id as string;
    await expectEntry(t, made, { action: 'api_key_created', actorUserId: user.userId, targetType: 'api_key', targetId: keyId, detail: { name: 'audit script', scopes: ['products:read'] } });
    const gone = newOrigin('key');
    expect((await from(request(t.app).delete(`/api/v1/auth/api-keys/${keyId}`), gone).set(bearer(user.accessToken))).status).toBe(204);
    await expectEntry(t, gone, { action: 'api_key_revoked', actorUserId: user.userId, targetType: 'api_key', targetId: keyId });
  });
});

describe('two-factor sign-in', () => {
  const PERIOD = 30;
  const codeAt = (secret: string, offset: number) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offset * PERIOD });

  it('when two-factor is enabled, used to sign in, refused a wrong code, reset by an admin and disabled, then each is recorded', async () => {
    // Three codes (steps -1, 0, +1) must stay in the server's window for the whole test.
    const left = PERIOD - ((Date.now() / 1000) % PERIOD);
    if (left < 10) await new Promise((resolve) => setTimeout(resolve, left * 1000 + 100));
    const user = await registerUser(t.app);
    const setup = await post(newOrigin(), '/api/v1/auth/two-factor/setup', {}, user.accessToken);
    const secret = setup.body.secret as string;
    const enabled = newOrigin('2fa');
    expect((await post(enabled, '/api/v1/auth/two-factor/enable', { code: await codeAt(secret, -1) }, user.accessToken)).status).toBe(200);
    await expectEntry(t, enabled, { action: 'two_factor_enabled', actorUserId: user.userId, targetId: user.userId });

    const mfaToken = (await post(newOrigin(), '/api/v1/auth/login', { email: user.email, password: PASSWORD })).body.mfaToken as string;
    const refused = newOrigin('2fa');
    expect((await post(refused, '/api/v1/auth/login/two-factor', { mfaToken, code: '000000' === (await codeAt(secret, 0)) ? '111111' : '000000' })).status).toBe(401);
    await expectEntry(t, refused, { action: 'sign_in_failed', actorUserId: null, targetId: user.userId, detail: { reason: 'second_factor_invalid' } });
    const second = newOrigin('2fa');
    const signedIn = await post(second, '/api/v1/auth/login/two-factor', { mfaToken, code: await codeAt(secret, 0) });
    expect(signedIn.status).toBe(200);
    await expectEntry(t, second, { action: 'signed_in', actorUserId: user.userId, detail: { secondFactor: true } });

    const disabled = newOrigin('2fa');
    expect((await post(disabled, '/api/v1/auth/two-factor/disable', { currentPassword: PASSWORD, code: await codeAt(secret, 1) }, signedIn.body.accessToken)).status).toBe(204);
    await expectEntry(t, disabled, { action: 'two_factor_disabled', actorUserId: user.userId, targetId: user.userId });

    const reset = newOrigin('2fa');
    expect((await post(reset, `/api/v1/users/${user.userId}/two-factor/reset`, {}, admin.accessToken)).status).toBe(204);
    await expectEntry(t, reset, { action: 'two_factor_reset', actorUserId: admin.userId, targetId: user.userId, detail: { wasEnabled: false } });
  });
});
