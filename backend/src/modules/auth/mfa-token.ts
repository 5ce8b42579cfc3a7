import { hkdfSync } from 'node:crypto';
import type { Response } from 'express';
import jwt from 'jsonwebtoken';
import type { Config } from '../../config.js';
import { unauthorized } from '../../lib/errors.js';

/**
 * The mfaToken a correct password earns when the account has two-factor on: it says "this user
 * got past the first step" for five minutes and nothing else. It cannot pass for an access token
 * (or the reverse) three times over: a key of its own (HKDF from JWT_SECRET, as device.ts), its own
 * `typ` and audience. It is stateless; only its single use is state: the second step records the
 * time it completed on the user (User.mfaTokenSpentAt) with a conditional update, and a token
 * issued before that time is spent (two-factor.service.ts).
 */
export const MFA_TOKEN_TTL_SECONDS = 5 * 60;
const ALGORITHM = 'HS256';
const HEADER_TYP = 'mfa+jwt';
const TOKEN_TYPE = 'mfa';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Settings = Pick<Config['auth'], 'jwtSecret' | 'issuer' | 'audience'>;

export interface MfaClaims {
  userId: string;
  /** When the token was issued, in milliseconds (finer than `iat`, for the single-use check). */
  issuedAtMs: number;
}

const keys = new Map<string, Buffer>();
function keyOf(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, '', 'shelfwise mfa token v1', 32));
    keys.set(secret, key);
  }
  return key;
}

const audienceOf = (s: Settings) => `${s.audience}:mfa`;

export const mfaTokenInvalid = () =>
  unauthorized('The sign-in step has ended or was already used; sign in with your password again', 'mfa_token_invalid');
const mfaTokenExpired = () => unauthorized('The sign-in step took longer than 5 minutes; sign in with your password again', 'mfa_token_expired');

/** What /login answers (202) instead of tokens when the account has two-factor on. */
export interface MfaChallenge {
  mfaRequired: true;
  mfaToken: string;
  expiresIn: number;
}

export function mfaChallenge(settings: Settings, userId: string): MfaChallenge {
  return { mfaRequired: true, mfaToken: signMfaToken(settings, userId), expiresIn: MFA_TOKEN_TTL_SECONDS };
}

/** `issuedAtMs` is for tests that need an old token. */
export function signMfaToken(settings: Settings, userId: string, issuedAtMs = Date.now()): string {
  return jwt.sign({ type: TOKEN_TYPE, ims: issuedAtMs, iat: Math.floor(issuedAtMs / 1000) }, keyOf(settings.jwtSecret), {
    algorithm: ALGORITHM,
    header: { alg: ALGORITHM, typ: HEADER_TYP },
    expiresIn: MFA_TOKEN_TTL_SECONDS,
    issuer: settings.issuer,
    audience: audienceOf(settings),
    subject: userId,
  });
}

/** Signature, algorithm, issuer, audience, type and lifetime; a 401 mfa_token_invalid or mfa_token_expired otherwise. */
export function verifyMfaToken(settings: Settings, token: string): MfaClaims {
  let decoded: jwt.Jwt;
  try {
    decoded = jwt.verify(token, keyOf(settings.jwtSecret), {
      algorithms: [ALGORITHM],
      issuer: settings.issuer,
      audience: audienceOf(settings),
      maxAge: MFA_TOKEN_TTL_SECONDS,
      complete: true,
    });
  } catch (err) {
    if (err instanceof jwt.TokenExpiredError) throw mfaTokenExpired();
    throw mfaTokenInvalid();
  }
  const payload = decoded.payload as jwt.JwtPayload;
  const wellFormed =
    decoded.header.typ === HEADER_TYP &&
    payload.type === TOKEN_TYPE &&
    UUID.test(String(payload.sub)) &&
    typeof payload.ims === 'number' &&
    typeof payload.exp === 'number' &&
    typeof payload.iat === 'number' &&
    payload.exp - payload.iat <= MFA_TOKEN_TTL_SECONDS;
  if (!wellFormed) throw mfaTokenInvalid();
  return { userId: payload.sub!, issuedAtMs: payload.ims as number };
}

/** Set by the route once the token checked out (two-factor.controller.ts readMfaToken); the per-user limiter keys on it. */
export const mfaClaimsOf = (res: Response): MfaClaims | undefined => res.locals.mfaClaims as MfaClaims | undefined;
