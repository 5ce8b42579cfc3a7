import { createHash } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import {
  expectNoSecrets, expectProblem, me, refreshCookieOf, refreshWithCookie, registerUser,
} from './auth-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
const tokenRow = (token: string) => t.db.prisma.refreshToken.findUniqueOrThrow({ where: { tokenHash: sha256(token) } });
/** Moves a token's rotation back in time, as if the grace window had passed. */
const ageRotation = (token: string, seconds: number) =>
  t.db.prisma.refreshToken.update({ where: { tokenHash: sha256(token) }, data: { rotatedAt: new Date(Date.now() - seconds * 1000) } });

describe('POST /auth/refresh', () => {
  it('when the cookie holds a valid token, then it rotates: 200, a new pair, a new cookie, the old token marked rotated', async () => {
    const session = await registerUser(t.app);
    const res = await refreshWithCookie(t.app, session.refreshToken);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['accessToken', 'expiresIn', 'refreshToken', 'user']);
    expect(res.body.refreshToken).not.toBe(session.refreshToken);
    expect(res.body.accessToken).not.toBe(session.accessToken);
    expect(refreshCookieOf(res)).toContain(`=${res.body.refreshToken};`);
    expectNoSecrets(res.body);
    expect((await tokenRow(session.refreshToken)).rotatedAt).not.toBeNull();
    const next = await tokenRow(res.body.refreshToken);
    expect(next.sessionId).toBe(session.sessionId);
    expect(next.rotatedAt).toBeNull();
    expect((await me(t.app, res.body.accessToken)).status).toBe(200);
  });

  it('when the token comes in the body instead of a cookie, then it rotates the same way', async () => {
    const session = await registerUser(t.app);
    const res = await request(t.app).post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken });
    expect(res.status).toBe(200);
    expect(res.body.user.id).toBe(session.userId);
  });

  it('only the hash of a refresh token is stored, never the token', async () => {
    const session = await registerUser(t.app);
    const rows = await t.db.prisma.refreshToken.findMany({ where: { sessionId: session.sessionId } });
    expect(rows.map((r) => r.tokenHash)).toEqual([sha256(session.refreshToken)]);
  });

  it('when two tabs refresh with the same token at the same moment, then both succeed with the same successor', async () => {
    const session = await registerUser(t.app);
    const [a, b] = await Promise.all([refreshWithCookie(t.app, session.refreshToken), refreshWithCookie(t.app, session.refreshToken)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.refreshToken).toBe(b.body.refreshToken);
    // The shared successor keeps working in both tabs (the second inside the grace window gets the
    // first one's successor), and the session was not revoked. More in auth-refresh-grace.test.ts.
    const next = await refreshWithCookie(t.app, a.body.refreshToken);
    expect(next.status).toBe(200);
    const again = await refreshWithCookie(t.app, b.body.refreshToken);
    expect(again.status).toBe(200);
    expect(again.body.refreshToken).toBe(next.body.refreshToken);
    const row = await t.db.prisma.session.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(row.revokedAt).toBeNull();
    expect(await t.db.prisma.refreshToken.count({ where: { sessionId: session.sessionId } })).toBe(3);
  });

  it('when a token rotated longer ago than the grace window is presented again, then the whole family is revoked and a security event is logged', async () => {
    const warn = vi.spyOn(t.logger, 'warn');
    const session = await registerUser(t.app);
    const rotated = await refreshWithCookie(t.app, session.refreshToken);
    expect(rotated.status).toBe(200);
    await ageRotation(session.refreshToken, 11);

    const replay = await refreshWithCookie(t.app, session.refreshToken);
    expectProblem(replay, 401, 'invalid_refresh_token');
    // The newest token of the family and its access tokens stop working too.
    expectProblem(await refreshWithCookie(t.app, rotated.body.refreshToken), 401, 'invalid_refresh_token');
    expectProblem(await me(t.app, rotated.body.accessToken), 401, 'session_revoked');
    expectProblem(await me(t.app, session.accessToken), 401, 'session_revoked');
    const row = await t.db.prisma.session.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(row.revokedReason).toBe('refresh_token_reuse');
    expect(warn).toHaveBeenCalledWith(
      { event: 'refresh_token_reuse', sessionId: session.sessionId, userId: session.userId },
      expect.any(String),
    );
    warn.mockRestore();
  });

  it('when the reuse is detected, then other sessions of the same user are untouched', async () => {
    const warn = vi.spyOn(t.logger, 'warn');
    const first = await registerUser(t.app);
    const other = await request(t.app).post('/api/v1/auth/login').send({ email: first.email, password: first.password });
    expect(other.status).toBe(200);
    const rotated = await refreshWithCookie(t.app, first.refreshToken);
    expect(rotated.status).toBe(200);
    await ageRotation(first.refreshToken, 60);
    expectProblem(await refreshWithCookie(t.app, first.refreshToken), 401, 'invalid_refresh_token');

    // The reuse was detected: the first session is revoked for it, logged, and its family stops working ...
    const revoked = await t.db.prisma.session.findUniqueOrThrow({ where: { id: first.sessionId } });
    expect(revoked.revokedAt).not.toBeNull();
    expect(revoked.revokedReason).toBe('refresh_token_reuse');
    expect(warn).toHaveBeenCalledWith(
      { event: 'refresh_token_reuse', sessionId: first.sessionId, userId: first.userId },
      expect.any(String),
    );
    warn.mockRestore();
    expectProblem(await refreshWithCookie(t.app, rotated.body.refreshToken), 401, 'invalid_refresh_token');
    expectProblem(await me(t.app, rotated.body.accessToken), 401, 'session_revoked');

    // ... while the other session of the same user is still live and still rotates.
    const otherSessionId = (await tokenRow(other.body.refreshToken)).sessionId;
    expect(otherSessionId).not.toBe(first.sessionId);
    expect((await t.db.prisma.session.findUniqueOrThrow({ where: { id: otherSessionId } })).revokedAt).toBeNull();
    expect((await me(t.app, other.body.accessToken)).status).toBe(200);
    expect((await refreshWithCookie(t.app, other.body.refreshToken)).status).toBe(200);
  });

  it('when the token is unknown, then it answers 401 and clears the cookie', async () => {
    const res = await refreshWithCookie(t.app, 'A'.repeat(43));
    expectProblem(res, 401, 'invalid_refresh_token');
    expect(refreshCookieOf(res)).toMatch(/Expires=Thu, 01 Jan 1970/);
  });

  it('when no token is sent, then it answers 401', async () => {
    expectProblem(await request(t.app).post('/api/v1/auth/refresh'), 401, 'invalid_refresh_token');
  });

  it('when the body token is not a token at all, then it answers 400 naming the field', async () => {
    const res = await request(t.app).post('/api/v1/auth/refresh').send({ refreshToken: 'not a token!' });
    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors[0].field).toBe('refreshToken');
  });

  it('when the refresh token has expired, then it answers 401', async () => {
    const session = await registerUser(t.app);
    await t.db.prisma.refreshToken.update({ where: { tokenHash: sha256(session.refreshToken) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expectProblem(await refreshWithCookie(t.app, session.refreshToken), 401, 'invalid_refresh_token');
  });

  it('when the session reaches its absolute cap, then no rotation extends it and refresh stops working', async () => {
    const session = await registerUser(t.app);
    const cap = new Date(Date.now() + 60_000);
    await t.db.prisma.session.update({ where: { id: session.sessionId }, data: { expiresAt: cap } });
    const res = await refreshWithCookie(t.app, session.refreshToken);
    expect(res.status).toBe(200);
    expect((await tokenRow(res.body.refreshToken)).expiresAt.getTime()).toBeLessThanOrEqual(cap.getTime());
    const expires = /Expires=([^;]+)/.exec(refreshCookieOf(res)!)![1]!;
    expect(new Date(expires).getTime()).toBeLessThanOrEqual(cap.getTime());

    await t.db.prisma.session.update({ where: { id: session.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expectProblem(await refreshWithCookie(t.app, res.body.refreshToken), 401, 'invalid_refresh_token');
  });

  it('when a new session starts, then its refresh token lasts 7 days and the session 30 days', async () => {
    const session = await registerUser(t.app);
    const token = await tokenRow(session.refreshToken);
    const row = await t.db.prisma.session.findUniqueOrThrow({ where: { id: session.sessionId } });
    const days = (d: Date) => (d.getTime() - Date.now()) / 86_400_000;
    expect(days(token.expiresAt)).toBeCloseTo(7, 1);
    expect(days(row.expiresAt)).toBeCloseTo(30, 1);
  });
});
