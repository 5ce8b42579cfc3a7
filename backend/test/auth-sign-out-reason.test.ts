// A browser signed out by something it did not do itself must be able to say why: the 401 for a
// credential of an ended session carries `reason` (the session's revokedReason), and only then.
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/modules/auth/index.js';
import type { AuthDeps } from '../src/modules/auth/deps.js';
import { SESSION_END_REASONS } from '../src/modules/auth/session-end.js';
import { revokeSessions } from '../src/modules/auth/sessions.js';
import { signAccessToken } from '../src/modules/auth/tokens.js';
import { openApiDocument } from '../src/modules/docs/index.js';
import { expectProblem, loginUser, me, PASSWORD, refreshWithCookie, type Session, uniqueEmail } from './auth-support.js';
import { createTestApp, type TestApp } from './support/app.js';

let t: TestApp;
let deps: AuthDeps;
beforeAll(async () => {
  t = await createTestApp();
  deps = { prisma: t.db.prisma, cache: t.cache, logger: t.logger, auth: t.config.auth, accounts: t.config.accounts, jobs: t.jobs };
});
afterAll(() => t.close());

/** A user with one session, made without the registration endpoint (whose answer is not under test here). */
async function signedIn(): Promise<Session> {
  const email = uniqueEmail('reason');
  await createUser(deps, { email, password: PASSWORD, name: 'Reason' });
  return loginUser(t.app, email);
}

const post = (path: string, accessToken: string) => request(t.app).post(`/api/v1/auth/${path}`).set('Authorization', `Bearer ${accessToken}`);

/** Both credentials of the session are refused, each saying `reason` (or saying nothing when null). */
async function expectEndedBecause(session: Session, reason: string | null) {
  const refresh = await refreshWithCookie(t.app, session.refreshToken);
  expectProblem(refresh, 401, 'invalid_refresh_token');
  const access = await me(t.app, session.accessToken);
  expectProblem(access, 401, 'session_revoked');
  for (const body of [refresh.body, access.body]) {
    if (reason) expect(body.reason).toBe(reason);
    else expect(body).not.toHaveProperty('reason');
  }
}

describe('the 401 for a credential of a session ended on purpose says why', () => {
  it('when the user signed out, then its refresh and access tokens are refused with reason logout', async () => {
    const session = await signedIn();
    expect((await post('logout', session.accessToken)).status).toBe(204);
    await expectEndedBecause(session, 'logout');
  });

  it('when the user signed out everywhere, then another device\'s tokens say logout_all', async () => {
    const here = await signedIn();
    const there = await loginUser(t.app, here.email);
    expect((await me(t.app, there.accessToken)).status).toBe(200); // its state is now cached as active
    expect((await post('logout-all', here.accessToken)).status).toBe(204);
    await expectEndedBecause(there, 'logout_all');
  });

  it('when the password was changed on one device, then the other device\'s tokens say password_changed', async () => {
    const here = await signedIn();
    const there = await loginUser(t.app, here.email);
    const changed = await post('change-password', here.accessToken).send({ currentPassword: PASSWORD, newPassword: 'a-brand-new-secret-42' });
    expect(changed.status).toBe(204);
    await expectEndedBecause(there, 'password_changed');
    expect((await me(t.app, here.accessToken)).status).toBe(200);
  });

  it.each(['password_reset', 'account_deactivated'] as const)('when the sessions were revoked for %s, then the tokens say so', async (reason) => {
    const session = await signedIn();
    await revokeSessions(deps, { userId: session.userId }, reason);
    await expectEndedBecause(session, reason);
  });

  it('when a refused access token is presented again (the refusal now cached), then it still says why', async () => {
    const session = await signedIn();
    await post('logout-all', session.accessToken);
    expectProblem(await me(t.app, session.accessToken), 401, 'session_revoked');
    const again = await me(t.app, session.accessToken);
    expectProblem(again, 401, 'session_revoked');
    expect(again.body.reason).toBe('logout_all');
  });

  it('when a rotated refresh token is replayed, then that answer and the live token\'s next one say refresh_token_reuse', async () => {
    const session = await signedIn();
    const first = await refreshWithCookie(t.app, session.refreshToken);
    const second = await refreshWithCookie(t.app, first.body.refreshToken);
    expect(second.status).toBe(200);
    // The grandparent: its successor has rotated since, so this is reuse, not a concurrent tab.
    const replay = await refreshWithCookie(t.app, session.refreshToken);
    expectProblem(replay, 401, 'invalid_refresh_token');
    expect(replay.body.reason).toBe('refresh_token_reuse');
    const live = await refreshWithCookie(t.app, second.body.refreshToken);
    expectProblem(live, 401, 'invalid_refresh_token');
    expect(live.body.reason).toBe('refresh_token_reuse');
  });
});

describe('no reason is told where the credential does not prove the session', () => {
  it('when an unknown refresh token is presented, then the 401 has no reason', async () => {
    const res = await request(t.app).post('/api/v1/auth/refresh').send({ refreshToken: 'never-issued-token' });
    expectProblem(res, 401, 'invalid_refresh_token');
    expect(res.body).not.toHaveProperty('reason');
  });

  it('when a session only expired, then its refresh token is refused without a reason', async () => {
    const session = await signedIn();
    await t.db.prisma.session.update({ where: { id: session.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const res = await refreshWithCookie(t.app, session.refreshToken);
    expectProblem(res, 401, 'invalid_refresh_token');
    expect(res.body).not.toHaveProperty('reason');
  });

  it('when a genuine access token names a session that does not exist, then the 401 has no reason', async () => {
    const session = await signedIn();
    const orphan = signAccessToken(t.config.auth, session.userId, randomUUID());
    const res = await me(t.app, orphan);
    expectProblem(res, 401, 'session_revoked');
    expect(res.body).not.toHaveProperty('reason');
  });
});

describe('the OpenAPI document', () => {
  it('when read, then the problem\'s `reason` lists exactly the reasons a session is revoked for', () => {
    const problem = openApiDocument().components.schemas.Problem as { properties: { reason: { enum: string[] } } };
    expect([...problem.properties.reason.enum].sort()).toEqual([...SESSION_END_REASONS].sort());
  });
});
