import bcrypt from 'bcrypt';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { isCommonPassword } from '../src/modules/auth/common-passwords.js';
import { needsRehash, passwordProblem, verifyPassword } from '../src/modules/auth/passwords.js';
import { hashRefreshToken, newRefreshToken, signAccessToken, verifyAccessJwt } from '../src/modules/auth/tokens.js';

describe('password policy', () => {
  it.each([
    ['seven chars', 'abcdefg', 'password.tooShort'],
    ['eight code points of 2 bytes each', 'éééééééé', null],
    ['72 bytes', 'é'.repeat(36), null],
    ['73 bytes', 'é'.repeat(36) + 'a', 'password.tooLong'],
    ['37 × é (74 bytes)', 'é'.repeat(37), 'password.tooLong'],
    ['a NUL byte', 'abc\u0000defgh', 'password.nul'],
    ['a common one', 'baseball', 'password.tooCommon'],
    ['a common one in capitals', 'BASEBALL', 'password.tooCommon'],
    ['only lower-case letters, no digits or symbols', 'quietlyunusualpony', null],
  ])('when the password has %s, then the problem is %s', (_case, password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it('when the list is loaded, then it holds thousands of common passwords and none shorter than the minimum', async () => {
    const list = (await import('../src/modules/auth/data/common-passwords.json', { with: { type: 'json' } })).default;
    expect(list.length).toBeGreaterThanOrEqual(3000);
    expect(list.every((p) => [...p].length >= 8 && p === p.toLowerCase())).toBe(true);
    for (const p of ['password', '12345678', 'qwertyuiop', 'iloveyou']) expect(isCommonPassword(p)).toBe(true);
  });
});

describe('password hashing', () => {
  it('when there is no account, then the compare still runs (dummy hash) and fails', async () => {
    expect(await verifyPassword('anything-at-all', null, 4)).toBe(false);
  });

  it('when a presented password is longer than 72 bytes, then it never matches, even if its first 72 bytes do', async () => {
    const password = 'a'.repeat(72);
    const hash = await bcrypt.hash(password, 4);
    expect(await verifyPassword(password, hash, 4)).toBe(true);
    expect(await verifyPassword(`${password}b`, hash, 4)).toBe(false);
  });

  it('when a hash has a lower cost than configured, then it needs rehashing; same or higher does not', async () => {
    const hash = await bcrypt.hash('x', 4);
    expect(needsRehash(hash, 5)).toBe(true);
    expect(needsRehash(hash, 4)).toBe(false);
  });
});

describe('tokens', () => {
  const settings = { jwtSecret: 's'.repeat(40), issuer: 'iss', audience: 'aud', accessTokenTtlSeconds: 60 };
  const userId = '01a20000-0000-7000-8000-000000000001';
  const sessionId = '01a20000-0000-7000-8000-000000000002';

  it('when an access token is signed, then verifying it gives back its user, session and a unique id', () => {
    const a = verifyAccessJwt(settings, signAccessToken(settings, userId, sessionId));
    const b = verifyAccessJwt(settings, signAccessToken(settings, userId, sessionId));
    expect(a).toMatchObject({ userId, sessionId });
    expect(a.tokenId).not.toBe(b.tokenId);
  });

  it('when verified with another secret, issuer or audience, then it is refused with a 401', () => {
    const token = signAccessToken(settings, userId, sessionId);
    for (const other of [{ jwtSecret: 't'.repeat(40) }, { issuer: 'x' }, { audience: 'x' }]) {
      expect(() => verifyAccessJwt({ ...settings, ...other }, token)).toThrow(expect.objectContaining({ status: 401 }));
    }
  });

  it('when a refresh token is made, then it is 256 random bits in base64url and its stored form is a SHA-256 hex digest', () => {
    const token = newRefreshToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newRefreshToken()).not.toBe(token);
    expect(hashRefreshToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRefreshToken(token)).toBe(hashRefreshToken(token));
  });
});

describe('JWT secret in production', () => {
  const refuses = (env: Record<string, string>) => {
    try {
      loadConfig(env);
      return [];
    } catch (err) {
      if (err instanceof ConfigError) return err.problems;
      throw err;
    }
  };

  it('when production runs without JWT_SECRET, with the development default, or with a short one, then the app refuses to start', () => {
    expect(refuses({ DATABASE_URL: 'postgresql://app@db.example/shelfwise', NODE_ENV: 'production' }).join()).toMatch(/JWT_SECRET/);
    expect(refuses({ DATABASE_URL: 'postgresql://app@db.example/shelfwise', NODE_ENV: 'production', JWT_SECRET: 'dev-only-secret-change-me-0123456789abcdef' }).join()).toMatch(/JWT_SECRET/);
    expect(refuses({ DATABASE_URL: 'postgresql://app@db.example/shelfwise', NODE_ENV: 'production', JWT_SECRET: 'too-short-secret' }).join()).toMatch(/JWT_SECRET/);
  });

  it('when production has a long secret of its own, then it starts with bcrypt cost 12 by default', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://app@db.example/shelfwise', NODE_ENV: 'production', JWT_SECRET: 'k7'.repeat(20), SMTP_URL: 'smtp://mail.example:587' });
    expect(config.auth.bcryptCost).toBe(12);
    expect(config.auth.usingDevSecret).toBe(false);
  });
});
