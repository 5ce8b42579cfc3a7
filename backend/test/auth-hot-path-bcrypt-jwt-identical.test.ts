// Sign-in shortcuts for the benchmark targets (benchmarks/RESULTS.md): bcrypt off the event loop and
// below its priority, and JWTs signed and checked with a key made once. Same answers as before.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { createBcryptPool } from '../src/lib/bcrypt-pool.js';
import { signAccessToken, verifyAccessJwt } from '../src/modules/auth/tokens.js';

describe('bcrypt off the event loop, below its priority', () => {
  it('when more hashes are asked than there are threads, then all complete and compare as bcrypt does', async () => {
    const pool = createBcryptPool(2);
    const hashes = await Promise.all(['a-password-1', 'a-password-2', 'a-password-3', 'a-password-4'].map((p) => pool.hash(p, 4)));
    expect(hashes.every((h) => bcrypt.getRounds(h) === 4)).toBe(true);
    expect(await pool.compare('a-password-3', hashes[2]!)).toBe(true);
    expect(await pool.compare('a-password-3', hashes[1]!)).toBe(false);
    expect(await bcrypt.compare('a-password-1', hashes[0]!)).toBe(true);
    // Whatever bcrypt's own API answers for a malformed hash, the pool answers the same.
    expect(await pool.compare('x', 'not-a-bcrypt-hash')).toBe(await bcrypt.compare('x', 'not-a-bcrypt-hash'));
  });

  it.runIf(process.platform === 'linux')('when the pool works, then its threads run niced, the event loop thread does not', async () => {
    const pool = createBcryptPool(1, 10);
    await pool.hash('a-password', 4);
    const niceOf = (tid: string) => Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]);
    const nices = readdirSync('/proc/self/task').map(niceOf);
    expect(nices).toContain(10);
    expect(niceOf(String(process.pid))).toBe(0);
  });
});

describe('JWTs with the secret made into a key once', () => {
  const settings = { jwtSecret: 'hot-path-secret-0123456789abcdef-0123456789', issuer: 'shelfwise', audience: 'shelfwise-api', accessTokenTtlSeconds: 900 };

  it('when a token is signed here, then jsonwebtoken given the plain secret accepts it, and the other way round', () => {
    const userId = randomUUID();
    const sessionId = randomUUID();
    const token = signAccessToken(settings, userId, sessionId);
    expect(jwt.verify(token, settings.jwtSecret, { algorithms: ['HS256'], issuer: 'shelfwise', audience: 'shelfwise-api' })).toMatchObject({ sub: userId, sid: sessionId });
    const external = jwt.sign({ type: 'access', sid: sessionId, jti: randomUUID() }, settings.jwtSecret, {
      algorithm: 'HS256', header: { alg: 'HS256', typ: 'at+jwt' }, expiresIn: 900, issuer: 'shelfwise', audience: 'shelfwise-api', subject: userId,
    });
    expect(verifyAccessJwt(settings, external)).toMatchObject({ userId, sessionId });
  });

  it('when a token was signed with another secret, then it is refused as before', () => {
    const token = signAccessToken({ ...settings, jwtSecret: 'another-secret-0123456789abcdef-0123456789' }, randomUUID(), randomUUID());
    expect(() => verifyAccessJwt(settings, token)).toThrow(expect.objectContaining({ status: 401, code: 'invalid_token' }));
  });
});
