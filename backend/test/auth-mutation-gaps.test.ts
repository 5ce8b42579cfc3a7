import { randomUUID } from 'node:crypto';
import bcrypt from 'bcrypt';
import cookieParser from 'cookie-parser';
import express from 'express';
import jwt from 'jsonwebtoken';
import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';
import { createCache } from '../src/lib/cache/index.js';
import type { AppError } from '../src/lib/errors.js';
import { createLogger } from '../src/lib/logger.js';
import { accessTokenVerifier } from '../src/modules/auth/access.js';
import { registerBody } from '../src/modules/auth/auth.schemas.js';
import { clearRefreshCookie, deviceCookie, refreshCookie, setDeviceCookie, setRefreshCookie } from '../src/modules/auth/cookies.js';
import type { AuthDeps } from '../src/modules/auth/deps.js';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from '../src/modules/auth/passwords.js';
import { invalidToken, openSuccessor, sealSuccessor, sessionRevoked, signAccessToken, verifyAccessJwt } from '../src/modules/auth/tokens.js';

// Unit tests of the auth module's pure parts found missing by mutation testing
// (npm run test:mutation): each pins down a behaviour a deliberately broken copy got away with.

const settings = { jwtSecret: 's'.repeat(40), issuer: 'iss', audience: 'aud', accessTokenTtlSeconds: 60 };
const userId = '01a20000-0000-7000-8000-000000000001';
const sessionId = '01a20000-0000-7000-8000-000000000002';

function refusal(fn: () => unknown): AppError | undefined {
  try {
    fn();
  } catch (err) {
    return err as AppError;
  }
  return undefined;
}

/** A token signed with the server's own secret but shaped by the test: what a forger with the key could make. */
function craft(payload: Record<string, unknown>, options: jwt.SignOptions = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = withoutUndefined({ type: 'access', sid: sessionId, iat: now, ...payload });
  const signing = withoutUndefined({
    algorithm: 'HS256',
    header: { alg: 'HS256', typ: 'at+jwt' },
    issuer: settings.issuer,
    audience: settings.audience,
    subject: userId,
    jwtid: randomUUID(),
    expiresIn: settings.accessTokenTtlSeconds,
    ...options,
  });
  return jwt.sign(claims, settings.jwtSecret, signing as jwt.SignOptions);
}

/** An option set to undefined means "leave it out" (jsonwebtoken refuses undefined values). */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

describe('access tokens', () => {
  it('when a token shaped exactly like ours is verified, then it is accepted (the forgeries below differ in one thing each)', () => {
    expect(verifyAccessJwt(settings, craft({}))).toMatchObject({ userId, sessionId });
  });

  it.each([
    ['another typ header', craft({}, { header: { alg: 'HS256', typ: 'JWT' } })],
    ['no typ header', craft({}, { header: { alg: 'HS256' } })],
    ['another token type', craft({ type: 'refresh' })],
    ['no token type', craft({ type: undefined })],
    ['a subject that is not a UUID', craft({}, { subject: 'admin' })],
    ['a subject with text before its UUID', craft({}, { subject: `x${userId}` })],
    ['a subject with text after its UUID', craft({}, { subject: `${userId}0` })],
    ['no session id', craft({ sid: undefined })],
    ['a session id with text after its UUID', craft({ sid: `${sessionId}0` })],
    ['a session id with text before its UUID', craft({ sid: `x${sessionId}` })],
    ['no token id', craft({}, { jwtid: undefined })],
    ['no expiry', craft({}, { expiresIn: undefined })],
    ['a lifetime longer than this server issues', craft({}, { expiresIn: settings.accessTokenTtlSeconds + 1 })],
    ['another algorithm', craft({}, { algorithm: 'HS512', header: { alg: 'HS512', typ: 'at+jwt' } })],
  ])('when a validly signed token has %s, then it is refused as invalid_token', (_what, token) => {
    const err = refusal(() => verifyAccessJwt(settings, token));
    expect(err).toMatchObject({ status: 401, code: 'invalid_token', message: 'The access token is invalid', headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
  });

  it('when a token has expired, then the 401 says so (token_expired), so the client knows to refresh', () => {
    const past = Math.floor(Date.now() / 1000) - 120;
    const err = refusal(() => verifyAccessJwt(settings, craft({ iat: past })));
    expect(err).toMatchObject({ status: 401, code: 'token_expired', message: 'The access token has expired', headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
  });

  it('when the token is not a JWT at all, then invalid_token, not token_expired', () => {
    expect(refusal(() => verifyAccessJwt(settings, 'not.a.jwt'))).toMatchObject({ status: 401, code: 'invalid_token' });
  });

  it('when the 401 errors are made directly, then they carry the bearer challenge, their code and the cause', () => {
    const cause = new Error('session row gone');
    expect(invalidToken()).toMatchObject({ status: 401, code: 'invalid_token', message: 'The access token is invalid', headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
    const revoked = sessionRevoked(cause);
    expect(revoked).toMatchObject({ status: 401, code: 'session_revoked', message: 'The session has ended; sign in again', headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
    expect(revoked.cause).toBe(cause);
  });
});

describe('the access check of every request', () => {
  /** The deps, and the session lookup they make (to see whether it was made). */
  function depsWithSession(session: { userId: string; revokedAt: Date | null; role?: 'USER' | 'ADMIN' } | null) {
    const auth = { ...settings, sessionStateCacheSeconds: 30 } as AuthDeps['auth'];
    const findUnique = vi.fn(() =>
      Promise.resolve(session && { userId: session.userId, expiresAt: new Date(Date.now() + 3_600_000), revokedAt: session.revokedAt, user: { role: session.role ?? 'USER' } }),
    );
    const logger = createLogger('silent');
    // What the access check reads; the account settings and job queue are not among them.
    const deps = { prisma: { session: { findUnique } } as unknown as AuthDeps['prisma'], cache: createCache({ redis: null, logger }), logger, auth } as AuthDeps;
    return Object.assign(deps, { findUnique });
  }

  it("when the token is valid and its session active, then the caller is the token's user with the session's current role", async () => {
    const verify = accessTokenVerifier(depsWithSession({ userId, revokedAt: null, role: 'ADMIN' }));
    const token = signAccessToken(settings, userId, sessionId);
    const { tokenId } = verifyAccessJwt(settings, token);
    expect(await verify(token)).toEqual({ userId, role: 'ADMIN', emailVerified: true, credential: { kind: 'session', sessionId, tokenId } });
  });

  it('when the session was revoked or is gone, then 401 session_revoked', async () => {
    const token = signAccessToken(settings, userId, sessionId);
    for (const deps of [depsWithSession({ userId, revokedAt: new Date() }), depsWithSession(null)]) {
      await expect(accessTokenVerifier(deps)(token)).rejects.toMatchObject({ status: 401, code: 'session_revoked' });
    }
  });

  it('when the session belongs to another user than the token names, then 401 session_revoked', async () => {
    const deps = depsWithSession({ userId: '01a20000-0000-7000-8000-000000000009', revokedAt: null });
    await expect(accessTokenVerifier(deps)(signAccessToken(settings, userId, sessionId))).rejects.toMatchObject({ status: 401, code: 'session_revoked' });
  });

  it('when the token itself is invalid, then the session is never looked up', async () => {
    const deps = depsWithSession({ userId, revokedAt: null });
    await expect(accessTokenVerifier(deps)('garbage')).rejects.toMatchObject({ status: 401, code: 'invalid_token' });
    expect(deps.findUnique).not.toHaveBeenCalled();
  });
});

describe('sealed successor tokens', () => {
  const secret = 'server-secret-0123456789abcdef0123456789';

  it('when a successor is sealed, then the holder of its parent opens it with the same secret', () => {
    const sealed = sealSuccessor(secret, 'parent-token', 'successor-token');
    expect(sealed).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('successor');
    expect(openSuccessor(secret, 'parent-token', sealed)).toBe('successor-token');
  });

  it('when two successors are sealed alike, then the seals differ (a fresh nonce each)', () => {
    expect(sealSuccessor(secret, 'p', 's')).not.toBe(sealSuccessor(secret, 'p', 's'));
  });

  it('when another parent, another secret or a changed seal is used, then nothing opens', () => {
    const sealed = sealSuccessor(secret, 'parent-token', 'successor-token');
    expect(openSuccessor(secret, 'another-parent', sealed)).toBeNull();
    expect(openSuccessor(`${secret}x`, 'parent-token', sealed)).toBeNull();
    const bytes = Buffer.from(sealed, 'base64url');
    bytes[20]! ^= 1;
    expect(openSuccessor(secret, 'parent-token', bytes.toString('base64url'))).toBeNull();
  });

  it('when the seal is too short to hold a nonce and a tag, then nothing opens', () => {
    for (const sealed of ['', 'AAAA', Buffer.alloc(28).toString('base64url')]) expect(openSuccessor(secret, 'p', sealed)).toBeNull();
  });
});

describe('passwords', () => {
  it.each([
    ['abcdefg', 'Password must be at least 8 characters'],
    ['é'.repeat(37), 'Password must be at most 72 bytes (about 72 letters; fewer with accents or emoji)'],
    ['abcdefgh\u0000', 'Password must not contain a NUL character'],
    ['baseball', 'Password is one of the most commonly used passwords; choose one that is harder to guess'],
  ])('when a new password is %j, then the sign-up names the rule in a sentence: %s', (password, message) => {
    const { error } = registerBody.validate({ email: 'a@example.com', password, name: 'A' });
    expect(error?.details[0]?.message).toBe(message);
  });

  it('when a password is hashed, then it verifies, others do not, and the hash has the cost asked for', async () => {
    const hash = await hashPassword('correct horse battery', 4);
    expect(await verifyPassword('correct horse battery', hash, 4)).toBe(true);
    expect(await verifyPassword('correct horse battery!', hash, 4)).toBe(false);
    expect(bcrypt.getRounds(hash)).toBe(4);
    expect(needsRehash(hash, 4)).toBe(false);
  });

  it('when a presented password holds a NUL, then it never matches, even a hash made from exactly it (which the policy never stores)', async () => {
    const hash = await bcrypt.hash('abcdefgh\u0000one', 4);
    expect(await bcrypt.compare('abcdefgh\u0000one', hash)).toBe(true);
    expect(await verifyPassword('abcdefgh\u0000one', hash, 4)).toBe(false);
  });

  it('when unknown accounts sign in, then each is compared against one dummy hash per cost, made once', async () => {
    const first = dummyHash(4);
    expect(dummyHash(4)).toBe(first);
    expect(bcrypt.getRounds(await first)).toBe(4);
    expect(await dummyHash(5)).not.toBe(await first);
  });
});

describe('auth cookies', () => {
  const expires = new Date('2030-01-02T03:04:05.000Z');
  const app = express()
    .use(cookieParser())
    .post('/refresh', (_req, res) => {
      setRefreshCookie(res, 'refresh-token', expires, true);
      res.end();
    })
    .post('/refresh-insecure', (_req, res) => {
      setRefreshCookie(res, 'refresh-token', expires, false);
      res.end();
    })
    .post('/device', (_req, res) => {
      setDeviceCookie(res, 'device-token', true);
      res.end();
    })
    .post('/logout', (_req, res) => {
      clearRefreshCookie(res, true);
      res.end();
    })
    .get('/read', (req, res) => {
      res.json({ refresh: refreshCookie(req) ?? null, device: deviceCookie(req) ?? null });
    });

  const setCookie = async (path: string) => (await request(app).post(path)).headers['set-cookie'] as unknown as string[];

  it('when a refresh token is set, then only the auth endpoints get it, no script can read it, and no other site can send it', async () => {
    expect(await setCookie('/refresh')).toEqual([
      'shelfwise_refresh=refresh-token; Path=/api/v1/auth; Expires=Wed, 02 Jan 2030 03:04:05 GMT; HttpOnly; Secure; SameSite=Strict',
    ]);
  });

  it('when the server is not behind HTTPS, then the cookie is not marked Secure', async () => {
    const [cookie] = await setCookie('/refresh-insecure');
    expect(cookie).not.toMatch(/Secure/);
    expect(cookie).toMatch(/HttpOnly; SameSite=Strict$/);
  });

  it('when a device is remembered, then its cookie lasts a year with the same protections', async () => {
    const [cookie] = await setCookie('/device');
    expect(cookie).toMatch(/^shelfwise_device=device-token; Max-Age=31536000; Path=\/api\/v1\/auth; Expires=[^;]+; HttpOnly; Secure; SameSite=Strict$/);
  });

  it('when the refresh cookie is cleared, then the browser is told to drop the same cookie (same name and path)', async () => {
    const [cookie] = await setCookie('/logout');
    expect(cookie).toMatch(/^shelfwise_refresh=; Path=\/api\/v1\/auth; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=Strict$/);
  });

  it('when the request carries the cookies, then each is read by its own name; empty or missing ones are absent', async () => {
    const read = async (cookie?: string) => (await (cookie ? request(app).get('/read').set('Cookie', cookie) : request(app).get('/read'))).body;
    expect(await read('shelfwise_refresh=r1; shelfwise_device=d1')).toEqual({ refresh: 'r1', device: 'd1' });
    expect(await read('shelfwise_refresh=; shelfwise_device=')).toEqual({ refresh: null, device: null });
    expect(await read('other=x')).toEqual({ refresh: null, device: null });
    // cookie-parser turns a "j:" value into an object: not a token.
    expect(await read('shelfwise_refresh=j:{"a":1}')).toEqual({ refresh: null, device: null });
    expect(await read()).toEqual({ refresh: null, device: null });
  });

  it('when no cookie parser ran, then no cookie is found rather than a crash', () => {
    const bare = {} as express.Request;
    expect(refreshCookie(bare)).toBeUndefined();
    expect(deviceCookie(bare)).toBeUndefined();
  });
});
