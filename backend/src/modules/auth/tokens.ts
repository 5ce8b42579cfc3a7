import { createCipheriv, createDecipheriv, createHash, createHmac, createSecretKey, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { Config } from '../../config.js';
import { AppError } from '../../lib/errors.js';
import { endReasonExtension, type RevokeReason } from './session-end.js';

// One pinned algorithm (RFC 8725 §3.1): the verifier never lets the token's header choose.
const ALGORITHM = 'HS256';
// Explicit typing (RFC 8725 §3.11, RFC 9068): a JWT of another kind signed with the same key,
// or a token without the claim, is not an access token.
const HEADER_TYP = 'at+jwt';
const TOKEN_TYPE = 'access';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type TokenSettings = Pick<Config['auth'], 'jwtSecret' | 'issuer' | 'audience' | 'accessTokenTtlSeconds'>;

export interface AccessClaims {
  userId: string;
  sessionId: string;
  tokenId: string;
}

// jsonwebtoken turns a string secret into a KeyObject on every call, after first trying to parse it
// as a PEM key, which throws: 26 µs of each verify and 22 µs of each sign (benchmarks/RESULTS.md).
// Given the KeyObject it would have made, it skips both and behaves the same.
const keys = new Map<string, KeyObject>();
function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret));
    keys.set(secret, key);
  }
  return key;
}

export function invalidToken(
  code = 'invalid_token',
  message = 'The access token is invalid',
  cause?: unknown,
  extensions?: Record<string, unknown>,
): AppError {
  return new AppError(401, code, message, { headers: { 'WWW-Authenticate': `Bearer error="invalid_token"` }, cause, extensions });
}

/**
 * A valid token whose session (or user) is gone: the answer wherever that is found out. `reason`
 * (session-end.ts) says why the session was ended, when it was ended on purpose.
 */
export const sessionRevoked = (cause?: unknown, reason: RevokeReason | null = null): AppError =>
  invalidToken('session_revoked', 'The session has ended; sign in again', cause, endReasonExtension(reason).extensions);

/** A short-lived access token for one session; the session id lets logout revoke it early. */
export function signAccessToken(settings: TokenSettings, userId: string, sessionId: string): string {
  return jwt.sign({ type: TOKEN_TYPE, sid: sessionId }, keyOf(settings.jwtSecret), {
    algorithm: ALGORITHM,
    header: { alg: ALGORITHM, typ: HEADER_TYP },
    expiresIn: settings.accessTokenTtlSeconds,
    issuer: settings.issuer,
    audience: settings.audience,
    subject: userId,
    jwtid: randomUUID(),
  });
}

/** Checks signature, algorithm, issuer, audience, lifetime and type; throws a 401 AppError otherwise. */
export function verifyAccessJwt(settings: TokenSettings, token: string): AccessClaims {
  let decoded: jwt.Jwt;
  try {
    decoded = jwt.verify(token, keyOf(settings.jwtSecret), {
      algorithms: [ALGORITHM],
      issuer: settings.issuer,
      audience: settings.audience,
      // Refuses a token issued longer ago than the configured lifetime, whatever its exp says.
      maxAge: settings.accessTokenTtlSeconds,
      complete: true,
    });
  } catch (err) {
    if (err instanceof jwt.TokenExpiredError) throw invalidToken('token_expired', 'The access token has expired');
    throw invalidToken();
  }
  const { header } = decoded;
  const payload = decoded.payload as jwt.JwtPayload;
  // jsonwebtoken accepts a token without exp or jti; ours always carry them, so their absence is forgery.
  const wellFormed =
    header.typ === HEADER_TYP &&
    payload.type === TOKEN_TYPE &&
    UUID.test(String(payload.sub)) &&
    UUID.test(String(payload.sid)) &&
    typeof payload.jti === 'string' &&
    typeof payload.exp === 'number' &&
    typeof payload.iat === 'number' &&
    // A lifetime longer than this server issues means the token was not made here.
    payload.exp - payload.iat <= settings.accessTokenTtlSeconds;
  if (!wellFormed) throw invalidToken();
  return { userId: payload.sub!, sessionId: payload.sid as string, tokenId: payload.jti! };
}

/** Refresh tokens are opaque random values (256 bits), not JWTs: only the server can judge them. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this digest is stored: a database leak yields no usable refresh token. */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

// AES-256-GCM: 12-byte nonce, 16-byte tag; sealed = base64url(nonce | ciphertext | tag), 95 characters.
const SEAL_CIPHER = 'aes-256-gcm';
const SEAL_NONCE_BYTES = 12;
const SEAL_TAG_BYTES = 16;

/**
 * The key that seals a token's successor: HMAC of the parent token under the server secret, so
 * opening it needs both the parent (which only its holder has; the database keeps its SHA-256, a
 * different function) and the secret. A database dump alone, or with an old stolen token, is not enough.
 */
function sealKey(serverSecret: string, parentToken: string): Buffer {
  return createHmac('sha256', serverSecret).update('refresh-successor\0').update(parentToken, 'utf8').digest();
}

/** Encrypts a successor refresh token so that only a holder of its parent can recover it. */
export function sealSuccessor(serverSecret: string, parentToken: string, successor: string): string {
  const nonce = randomBytes(SEAL_NONCE_BYTES);
  const cipher = createCipheriv(SEAL_CIPHER, sealKey(serverSecret, parentToken), nonce);
  const body = Buffer.concat([cipher.update(successor, 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64url');
}

/** The successor sealed by sealSuccessor, or null when this parent (or secret) did not seal it. */
export function openSuccessor(serverSecret: string, parentToken: string, sealed: string): string | null {
  const raw = Buffer.from(sealed, 'base64url');
  if (raw.length <= SEAL_NONCE_BYTES + SEAL_TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv(SEAL_CIPHER, sealKey(serverSecret, parentToken), raw.subarray(0, SEAL_NONCE_BYTES));
    decipher.setAuthTag(raw.subarray(raw.length - SEAL_TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(SEAL_NONCE_BYTES, raw.length - SEAL_TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
