// Registration, email verification, password reset and change of address, end to end: the API
// sends real SMTP to a mail catcher this file starts (tools/devstack), through the job queue.
import { startMailCatcher, type CaughtMessage, type MailCatcher } from '@shelfwise/devstack';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { expectProblem, loginUser, me, PASSWORD, registerUser, uniqueEmail } from './auth-support.js';

let mail: MailCatcher;
let t: TestApp;
beforeAll(async () => {
  mail = await startMailCatcher();
  t = await createTestApp({ smtpUrl: mail.smtpUrl, env: { ACCOUNT_EMAILS_PER_HOUR: '2' } });
});
afterAll(async () => {
  await t.close();
  await mail.close();
});

const post = (path: string, body: object, token?: string) => {
  const req = request(t.app).post(`/api/v1/auth${path}`);
  if (token) req.set('Authorization', `Bearer ${token}`);
  return req.send(body);
};

const to = (address: string, subject: RegExp) => (m: CaughtMessage) => m.to.includes(address) && subject.test(m.subject);

/** The token of the one link in the message to `page` (the SPA page the email points at). */
function tokenIn(message: CaughtMessage, page: 'reset-password' | 'verify-email'): string {
  const links = [...message.text.matchAll(new RegExp(`http://shelfwise\\.test/${page}\\?token=([A-Za-z0-9_-]+)`, 'g'))].map((m) => m[1]!);
  expect(new Set(links).size, message.text).toBe(1);
  expect(message.html).toContain(`http://shelfwise.test/${page}?token=${links[0]}`);
  return links[0]!;
}

async function registerAndReadLink(email = uniqueEmail()): Promise<{ email: string; token: string }> {
  expect((await post('/register', { email, password: PASSWORD, name: 'Mia' })).status).toBe(202);
  const message = await mail.waitFor(to(email, /^Confirm your email address/));
  return { email, token: tokenIn(message, 'verify-email') };
}

async function requestResetLink(email: string): Promise<string> {
  const seen = mail.messages().filter(to(email, /^Reset your/)).length;
  expect((await post('/password-reset', { email })).status).toBe(202);
  const message = await mail.waitFor((m) => to(email, /^Reset your/)(m) && mail.messages().filter(to(email, /^Reset your/)).indexOf(m) === seen);
  return tokenIn(message, 'reset-password');
}

describe('registration and email verification', () => {
  it('when a person registers, then a confirmation email arrives in text and HTML, and following its link confirms the address once', async () => {
    const { email, token } = await registerAndReadLink();
    const message = mail.messages().find(to(email, /^Confirm/))!;
    expect(message.from).toContain('no-reply@shelfwise.localhost');
    expect(message.html).toMatch(/<html/);
    const session = await loginUser(t.app, email);
    expect((await me(t.app, session.accessToken)).body.user.emailVerified).toBe(false);

    const confirmed = await post('/verify-email', { token });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toEqual({ email });
    expect((await me(t.app, session.accessToken)).body.user.emailVerified).toBe(true);
    expectProblem(await post('/verify-email', { token }), 400, 'verification_token_used');
  });

  it('when someone registers with an address that has an account, then its owner is told by email and no second account or confirmation link exists', async () => {
    const { email } = await registerUser(t.app);
    await mail.waitFor(to(email, /^Confirm/));
    expect((await post('/register', { email: email.toUpperCase(), password: 'another-fine-pass-42', name: 'Twin' })).status).toBe(202);

    const notice = await mail.waitFor(to(email, /^Someone tried to create/));
    expect(notice.text).toContain('no new account was made');
    expect(notice.text).toContain('http://shelfwise.test/forgot-password');
    expect(mail.messages().filter(to(email, /^Confirm/))).toHaveLength(1);
    expect(await t.db.prisma.user.count({ where: { email } })).toBe(1);
  });

  it('when a confirmation link is forged or has expired, then each is refused with its own code and nothing changes', async () => {
    const { email, token } = await registerAndReadLink();
    expectProblem(await post('/verify-email', { token: `${token}x` }), 400, 'verification_token_invalid');
    await t.db.prisma.accountToken.updateMany({ where: { email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expectProblem(await post('/verify-email', { token }), 400, 'verification_token_expired');
    expect((await t.db.prisma.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeNull();
  });

  it('when a signed-in person asks for the link again, then a new one arrives, the old one stops working, and once confirmed a further request is 409', async () => {
    const { email, token: first } = await registerAndReadLink();
    const session = await loginUser(t.app, email);
    expect((await post('/verify-email/resend', {}, session.accessToken)).status).toBe(202);
    await mail.waitFor((m) => to(email, /^Confirm/)(m) && tokenIn(m, 'verify-email') !== first);
    const second = tokenIn(mail.messages().filter(to(email, /^Confirm/)).at(-1)!, 'verify-email');

    expectProblem(await post('/verify-email', { token: first }), 400, 'verification_token_expired');
    expect((await post('/verify-email', { token: second })).status).toBe(200);
    expectProblem(await post('/verify-email/resend', {}, session.accessToken), 409, 'email_already_verified');
  });

  it('when an account asks for more confirmation links in an hour than ACCOUNT_EMAILS_PER_HOUR, then it gets 429 too_many_emails and no email', async () => {
    const { email } = await registerAndReadLink();
    const session = await loginUser(t.app, email);
    expect((await post('/verify-email/resend', {}, session.accessToken)).status).toBe(202);
    const res = await post('/verify-email/resend', {}, session.accessToken);
    expectProblem(res, 429, 'too_many_emails');
    expect(res.headers['retry-after']).toBe('3600');
  });
});

describe('writing products before the address is confirmed', () => {
  let strict: TestApp;
  beforeAll(async () => {
    strict = await createTestApp({ shareWith: t, env: { UNVERIFIED_USERS_MAY_WRITE: 'false' } });
  });
  afterAll(() => strict.close());

  const createProduct = (accessToken: string) =>
    request(strict.app)
      .post('/api/v1/products')
      .set('Authorization', `Bearer ${accessToken}`)
      .send({ name: 'Desk lamp', sku: `LAMP-${Date.now()}`, price: '19.90' });

  it('when UNVERIFIED_USERS_MAY_WRITE is false, then an unconfirmed user gets 403 email_not_verified, and right after confirming the same token may write', async () => {
    const { email, token } = await registerAndReadLink();
    const session = await loginUser(strict.app, email);

    expectProblem(await createProduct(session.accessToken), 403, 'email_not_verified');
    expect(await strict.owner.prisma.product.count({ where: { owner: { email } } })).toBe(0);
    expect((await post('/verify-email', { token })).status).toBe(200);
    expect((await createProduct(session.accessToken)).status).toBe(201);
  });
});

describe('password reset', () => {
  it('when an account asks for a reset, then the link sets a new password, ends every session, and the owner is told', async () => {
    const { email } = await registerUser(t.app);
    const other = await loginUser(t.app, email);
    const token = await requestResetLink(email);

    expect((await post('/password-reset/confirm', { token, newPassword: 'brand-new-walrus-77' })).status).toBe(204);
    expectProblem(await me(t.app, other.accessToken), 401, 'session_revoked');
    expectProblem(await post('/login', { email, password: PASSWORD }), 401, 'invalid_credentials');
    expect((await post('/login', { email, password: 'brand-new-walrus-77' })).status).toBe(200);
    const notice = await mail.waitFor(to(email, /^Your Shelfwise password was changed/));
    expect(notice.text).toContain('Every device was signed out');
    // The audit log (modules/audit) is read as the tables' owner here: row-level security shows it to platform admins only.
    const { id: userId } = await t.db.prisma.user.findUniqueOrThrow({ where: { email } });
    const audit = await t.owner.prisma.auditEvent.findMany({ where: { targetId: userId, action: 'password_reset' } });
    expect(audit.map((a) => [a.action, a.actorUserId, a.detail])).toEqual([['password_reset', userId, { via: 'emailed_link' }]]);
    // Following the link proved the address was theirs.
    expect((await t.db.prisma.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).not.toBeNull();
  });

  it('when the address has no account, then the answer is the same as when it has one, and no email is sent', async () => {
    const { email } = await registerUser(t.app);
    const known = await post('/password-reset', { email });
    const ghost = uniqueEmail('ghost');
    const unknown = await post('/password-reset', { email: ghost });

    expect(unknown.status).toBe(known.status);
    expect(unknown.body).toEqual(known.body);
    await mail.waitFor(to(email, /^Reset your/));
    // Jobs run in order of queueing here: once the later one for the known address is done, so is this one.
    await post('/password-reset', { email });
    await expect.poll(() => mail.messages().filter(to(email, /^Reset your/)).length, { timeout: 10_000 }).toBe(2);
    expect(mail.messages().filter((m) => m.to.includes(ghost))).toEqual([]);
  });

  it('when a reset link is used twice, forged, or expired, then each is refused with its own code', async () => {
    const { email } = await registerUser(t.app);
    const token = await requestResetLink(email);
    expect((await post('/password-reset/confirm', { token, newPassword: 'brand-new-walrus-77' })).status).toBe(204);

    expectProblem(await post('/password-reset/confirm', { token, newPassword: 'another-walrus-78' }), 400, 'reset_token_used');
    expectProblem(await post('/password-reset/confirm', { token: 'not-a-real-token', newPassword: 'another-walrus-78' }), 400, 'reset_token_invalid');
    const later = await requestResetLink(email);
    await t.db.prisma.accountToken.updateMany({ where: { email, purpose: 'password_reset', usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expectProblem(await post('/password-reset/confirm', { token: later, newPassword: 'another-walrus-78' }), 400, 'reset_token_expired');
    expect((await post('/login', { email, password: 'brand-new-walrus-77' })).status).toBe(200);
  });

  it('when the new password breaks the policy, then it is refused naming the rule and the link still works afterwards', async () => {
    const { email } = await registerUser(t.app);
    const token = await requestResetLink(email);

    const weak = await post('/password-reset/confirm', { token, newPassword: '12345678' });
    expectProblem(weak, 400, 'validation_failed');
    expect(weak.body.errors).toEqual([expect.objectContaining({ field: 'newPassword', code: 'password.tooCommon' })]);
    expect((await post('/password-reset/confirm', { token, newPassword: 'brand-new-walrus-77' })).status).toBe(204);
  });

  it('when a second link is asked for, then the first stops working', async () => {
    const { email } = await registerUser(t.app);
    const first = await requestResetLink(email);
    const second = await requestResetLink(email);

    expectProblem(await post('/password-reset/confirm', { token: first, newPassword: 'brand-new-walrus-77' }), 400, 'reset_token_expired');
    expect((await post('/password-reset/confirm', { token: second, newPassword: 'brand-new-walrus-77' })).status).toBe(204);
  });

  it('when one address is asked for more resets in an hour than ACCOUNT_EMAILS_PER_HOUR, then every answer is the same 202 but only that many emails go out', async () => {
    const { email } = await registerUser(t.app);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await post('/password-reset', { email }));

    expect(new Set(answers.map((a) => `${a.status} ${JSON.stringify(a.body)}`)).size).toBe(1);
    await expect.poll(() => mail.messages().filter(to(email, /^Reset your/)).length, { timeout: 10_000 }).toBe(2);
    // The limited jobs finish without sending; none is left to send later.
    await expect
      .poll(async () => (await t.db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job WHERE name = 'account.password-reset' AND state <> 'completed'`)[0]!.n, { timeout: 10_000 })
      .toBe(0n);
    expect(mail.messages().filter(to(email, /^Reset your/))).toHaveLength(2);
  });

  it('when one client asks for resets past AUTH_RATE_LIMIT_MAX, then it gets 429 rate_limited whatever the address, and no job is queued', async () => {
    // Its own database and Redis prefix: the counters of this file's other requests are not its.
    const limited = await createTestApp({ env: { AUTH_RATE_LIMIT_MAX: '2' } });
    try {
      const ask = (address: string) => request(limited.app).post('/api/v1/auth/password-reset').send({ email: address });
      expect((await ask(uniqueEmail('a'))).status).toBe(202);
      expect((await ask(uniqueEmail('b'))).status).toBe(202);
      const third = uniqueEmail('c');
      const refused = await ask(third);
      expectProblem(refused, 429, 'rate_limited');
      expect(refused.headers['retry-after']).toBeDefined();
      const queued = await limited.db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job WHERE data->>'email' = ${third}`;
      expect(queued[0]!.n).toBe(0n);
    } finally {
      await limited.close();
    }
  });

  it('when the SMTP server refuses a message for a while, then the job retries and the email still arrives', async () => {
    const { email } = await registerUser(t.app);
    mail.refuseNext(1);
    expect((await post('/password-reset', { email })).status).toBe(202);

    const message = await mail.waitFor(to(email, /^Reset your/), 30_000);
    expect(tokenIn(message, 'reset-password')).toBeTruthy();
  }, 40_000);
});

describe('changing the email address', () => {
  it('when a signed-in person changes their address, then the new one gets a link, the old one a notice, and following the link moves the account', async () => {
    const { email, accessToken } = await registerUser(t.app);
    const newEmail = uniqueEmail('moved');
    const res = await post('/change-email', { newEmail, currentPassword: PASSWORD }, accessToken);
    expect(res.status).toBe(202);
    expect(res.body.message).toContain(newEmail);

    const notice = await mail.waitFor(to(email, /is being changed$/));
    expect(notice.text).toContain(newEmail);
    const link = tokenIn(await mail.waitFor(to(newEmail, /^Confirm your new email address/)), 'verify-email');
    expect((await t.db.prisma.user.findUniqueOrThrow({ where: { email } })).email).toBe(email);

    expect((await post('/verify-email', { token: link })).body).toEqual({ email: newEmail });
    expect((await me(t.app, accessToken)).body.user).toMatchObject({ email: newEmail, emailVerified: true });
    expectProblem(await post('/login', { email, password: PASSWORD }), 401, 'invalid_credentials');
    expect((await post('/login', { email: newEmail, password: PASSWORD })).status).toBe(200);
    const { id: userId } = await t.db.prisma.user.findUniqueOrThrow({ where: { email: newEmail } });
    const audit = await t.owner.prisma.auditEvent.findFirstOrThrow({ where: { targetId: userId, action: 'email_changed' } });
    expect(audit.detail).toEqual({ from: email, to: newEmail, via: 'emailed_link' });
  });

  it('when the password is wrong, then it is 400 invalid_current_password and no email is sent', async () => {
    const { email, accessToken } = await registerUser(t.app);
    const newEmail = uniqueEmail('nope');
    expectProblem(await post('/change-email', { newEmail, currentPassword: 'wrong-password-1' }, accessToken), 400, 'invalid_current_password');
    expectProblem(await post('/change-email', { newEmail: email, currentPassword: PASSWORD }, accessToken), 409, 'email_unchanged');
    expect(await t.db.prisma.accountToken.count({ where: { email: newEmail } })).toBe(0);
  });

  it('when the new address was taken by someone else before the link is followed, then following it is 409 and nothing changes', async () => {
    const { email, accessToken } = await registerUser(t.app);
    const newEmail = uniqueEmail('contested');
    expect((await post('/change-email', { newEmail, currentPassword: PASSWORD }, accessToken)).status).toBe(202);
    const link = tokenIn(await mail.waitFor(to(newEmail, /^Confirm your new/)), 'verify-email');
    await registerUser(t.app, { email: newEmail });

    expectProblem(await post('/verify-email', { token: link }), 409, 'email_unavailable');
    expect((await me(t.app, accessToken)).body.user.email).toBe(email);
    // The link was not spent by the failed change.
    expect((await t.db.prisma.accountToken.findFirstOrThrow({ where: { email: newEmail, purpose: 'email_change' } })).usedAt).toBeNull();
  });
});
