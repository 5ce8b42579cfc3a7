// The refresh grace window (modules/auth/refresh.ts): a token presented again moments after its
// rotation gets the one successor already issued, never a second one, so a family always has a
// single live chain and a replayed token cannot start a branch that reuse detection never sees.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { expectProblem, me, refreshWithCookie, registerUser } from './auth-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
/** Tokens of the family that can still be rotated: the heads of its chains. */
const liveTokens = (sessionId: string) => t.db.prisma.refreshToken.findMany({ where: { sessionId, rotatedAt: null } });
const tokenCount = (sessionId: string) => t.db.prisma.refreshToken.count({ where: { sessionId } });
const sessionRow = (sessionId: string) => t.db.prisma.session.findUniqueOrThrow({ where: { id: sessionId } });
/** Moves a token's rotation back in time, as if the grace window had passed. */
const ageRotation = (token: string, seconds: number) =>
  t.db.prisma.refreshToken.update({ where: { tokenHash: sha256(token) }, data: { rotatedAt: new Date(Date.now() - seconds * 1000) } });

async function refreshOk(token: string): Promise<{ accessToken: string; refreshToken: string }> {
  const res = await refreshWithCookie(t.app, token);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { accessToken: string; refreshToken: string };
}

describe('POST /auth/refresh inside the grace window', () => {
  it('when two tabs refresh the same token at once, then both get the same successor and the family has one live token', async () => {
    const session = await registerUser(t.app);
    const [a, b] = await Promise.all([refreshWithCookie(t.app, session.refreshToken), refreshWithCookie(t.app, session.refreshToken)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.refreshToken).toBe(b.body.refreshToken);
    const live = await liveTokens(session.sessionId);
    expect(live.map((r) => r.tokenHash)).toEqual([sha256(a.body.refreshToken)]);
    expect(await tokenCount(session.sessionId)).toBe(2);
    // Both tabs stay signed in: their access tokens work, and the shared successor rotates.
    expect((await me(t.app, a.body.accessToken)).status).toBe(200);
    expect((await me(t.app, b.body.accessToken)).status).toBe(200);
    await refreshOk(a.body.refreshToken);
    expect((await sessionRow(session.sessionId)).revokedAt).toBeNull();
  });

  it('when a just-rotated token is replayed, then it gets the one successor back and no other token is made', async () => {
    const session = await registerUser(t.app);
    const first = await refreshOk(session.refreshToken);
    const replay = await refreshOk(session.refreshToken);
    expect(replay.refreshToken).toBe(first.refreshToken);
    expect(await tokenCount(session.sessionId)).toBe(2);
    expect((await liveTokens(session.sessionId)).map((r) => r.tokenHash)).toEqual([sha256(first.refreshToken)]);
  });

  it('when a replayed token got the successor and the legitimate client then rotated it, then the next replay is reuse and revokes the family', async () => {
    const warn = vi.spyOn(t.logger, 'warn');
    const session = await registerUser(t.app);
    const first = await refreshOk(session.refreshToken);
    expect((await refreshOk(session.refreshToken)).refreshToken).toBe(first.refreshToken);
    const second = await refreshOk(first.refreshToken);

    // Still inside the window for the replayed token, but its successor has rotated since.
    expectProblem(await refreshWithCookie(t.app, session.refreshToken), 401, 'invalid_refresh_token');
    const row = await sessionRow(session.sessionId);
    expect(row.revokedAt).not.toBeNull();
    expect(row.revokedReason).toBe('refresh_token_reuse');
    expect(warn).toHaveBeenCalledWith({ event: 'refresh_token_reuse', sessionId: session.sessionId, userId: session.userId }, expect.any(String));
    expectProblem(await refreshWithCookie(t.app, second.refreshToken), 401, 'invalid_refresh_token');
    expectProblem(await me(t.app, second.accessToken), 401, 'session_revoked');
    warn.mockRestore();
  });

  it('when a token two rotations old is presented inside the window, then it is reuse: 401, the family revoked and the event logged', async () => {
    const warn = vi.spyOn(t.logger, 'warn');
    const session = await registerUser(t.app);
    const first = await refreshOk(session.refreshToken);
    const second = await refreshOk(first.refreshToken);

    expectProblem(await refreshWithCookie(t.app, session.refreshToken), 401, 'invalid_refresh_token');
    const row = await sessionRow(session.sessionId);
    expect(row.revokedReason).toBe('refresh_token_reuse');
    expect(warn).toHaveBeenCalledWith({ event: 'refresh_token_reuse', sessionId: session.sessionId, userId: session.userId }, expect.any(String));
    expect(await tokenCount(session.sessionId)).toBe(3);
    expectProblem(await refreshWithCookie(t.app, second.refreshToken), 401, 'invalid_refresh_token');
    expectProblem(await me(t.app, second.accessToken), 401, 'session_revoked');
    warn.mockRestore();
  });

  it('when ten refreshes of one token race, then all get the same successor and there is one live chain after the window', async () => {
    const session = await registerUser(t.app);
    const results = await Promise.all(Array.from({ length: 10 }, () => refreshWithCookie(t.app, session.refreshToken)));
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
    const successors = new Set(results.map((r) => r.body.refreshToken as string));
    expect(successors.size).toBe(1);
    const [successor] = [...successors] as [string];
    expect(await tokenCount(session.sessionId)).toBe(2);
    expect((await liveTokens(session.sessionId)).map((r) => r.tokenHash)).toEqual([sha256(successor)]);

    await ageRotation(session.refreshToken, 11);
    const next = await refreshOk(successor);
    expect((await liveTokens(session.sessionId)).map((r) => r.tokenHash)).toEqual([sha256(next.refreshToken)]);
    expect(await tokenCount(session.sessionId)).toBe(3);
    expect((await sessionRow(session.sessionId)).revokedAt).toBeNull();
  });

  it('when a token is rotated, then the stored copy of its successor is not the successor itself, and it is gone once the successor rotates', async () => {
    const session = await registerUser(t.app);
    const first = await refreshOk(session.refreshToken);
    const parent = await t.db.prisma.refreshToken.findUniqueOrThrow({ where: { tokenHash: sha256(session.refreshToken) } });
    expect(JSON.stringify(parent)).not.toContain(first.refreshToken);
    expect(parent.successorSealed).toEqual(expect.any(String));

    await refreshOk(first.refreshToken);
    const after = await t.db.prisma.refreshToken.findUniqueOrThrow({ where: { tokenHash: sha256(session.refreshToken) } });
    expect(after.successorSealed).toBeNull();
  });
});
