import { generateKeyPairSync, randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { expectProblem, me, registerUser, type Session } from './auth-support.js';

let t: TestApp;
let session: Session;
beforeAll(async () => {
  t = await createTestApp();
  session = await registerUser(t.app);
});
afterAll(() => t.close());

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

/** A token exactly like the server's, except for what a case overrides. */
function forge(options: { claims?: Record<string, unknown>; omit?: string[]; header?: Record<string, unknown>; key?: string; alg?: jwt.Algorithm } = {}) {
  const { issuer, audience, jwtSecret } = t.config.auth;
  const claims: Record<string, unknown> = {
    type: 'access', sid: session.sessionId, sub: session.userId, iss: issuer, aud: audience,
    jti: randomUUID(), iat: now(), exp: now() + 600, ...options.claims,
  };
  for (const name of options.omit ?? []) delete claims[name];
  const alg = options.alg ?? 'HS256';
  return jwt.sign(claims, options.key ?? jwtSecret, { algorithm: alg, header: { alg, typ: 'at+jwt', ...options.header } });
}

describe('access tokens', () => {
  it('when a token is forged with the right key and every claim right, then it is accepted (the forgery helper is faithful)', async () => {
    expect((await me(t.app, forge())).status).toBe(200);
  });

  it('when the server issues a token, then it is HS256 with typ at+jwt and iss, aud, sub, sid, exp, iat, jti, type', () => {
    const decoded = jwt.decode(session.accessToken, { complete: true })!;
    expect(decoded.header).toEqual({ alg: 'HS256', typ: 'at+jwt' });
    const payload = decoded.payload as jwt.JwtPayload;
    expect(payload).toEqual({
      type: 'access', sid: session.sessionId, sub: session.userId, iss: 'shelfwise', aud: 'shelfwise-api',
      jti: expect.any(String), iat: expect.any(Number), exp: expect.any(Number),
    });
    expect(payload.exp! - payload.iat!).toBe(900);
  });

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const rsaKey = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

  it.each<[string, () => string, string?]>([
    ['alg is none', () => `${b64({ alg: 'none', typ: 'at+jwt' })}.${b64(jwt.decode(forge()) as object)}.`],
    ['alg is HS512 (same key)', () => forge({ alg: 'HS512' })],
    ['alg is RS256', () => forge({ alg: 'RS256', key: rsaKey })],
    ['the key is wrong', () => forge({ key: 'another-secret-of-at-least-32-characters!!' })],
    ['the issuer is wrong', () => forge({ claims: { iss: 'evil' } })],
    ['the audience is wrong', () => forge({ claims: { aud: 'another-api' } })],
    ['it has expired', () => forge({ claims: { iat: now() - 1000, exp: now() - 100 } }), 'token_expired'],
    ['its lifetime is longer than the server ever issues', () => forge({ claims: { exp: now() + 86_400 } })],
    ['it was issued longer ago than the lifetime allows', () => forge({ claims: { iat: now() - 1000 } }), 'token_expired'],
    ['it has no exp', () => forge({ omit: ['exp'] })],
    ['it has no jti', () => forge({ omit: ['jti'] })],
    ['the type claim is missing', () => forge({ omit: ['type'] })],
    ['the type claim says refresh', () => forge({ claims: { type: 'refresh' } })],
    ['the typ header is missing', () => forge({ header: { typ: undefined } })],
    ['the typ header is plain JWT', () => forge({ header: { typ: 'JWT' } })],
    ['the session id is not a uuid', () => forge({ claims: { sid: 'x' } })],
    ['the signature was altered', () => `${session.accessToken.slice(0, -4)}AAAA`],
    ['it is the refresh token', () => session.refreshToken],
    ['it is garbage', () => 'abc.def.ghi'],
  ])('when %s, then it answers 401', async (_case, token, code = 'invalid_token') => {
    const res = await me(t.app, token());
    expectProblem(res, 401, code);
    expect(res.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
  });

  it('when the token names a session that does not exist, then it answers 401', async () => {
    expectProblem(await me(t.app, forge({ claims: { sid: randomUUID() } })), 401, 'session_revoked');
  });

  it('when the token names another user than its session, then it answers 401', async () => {
    const other = await registerUser(t.app);
    expectProblem(await me(t.app, forge({ claims: { sub: other.userId } })), 401, 'session_revoked');
  });
});
