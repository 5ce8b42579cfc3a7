import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// `sw_<prefix>_<secret>`: the fixed prefix lets people, secret scanners and this server tell a key
// from a JWT at a glance; <prefix> (12 base64url characters, 72 random bits) is the public part that
// finds the row and is shown in listings; <secret> is 32 random bytes (43 base64url characters).
// Fixed lengths keep parsing unambiguous although base64url itself contains "_".
const KEY_PATTERN = /^sw_([A-Za-z0-9_-]{12})_([A-Za-z0-9_-]{43})$/;
const PREFIX_BYTES = 9;
const SECRET_BYTES = 32;

export interface NewApiKey {
  key: string;
  prefix: string;
  secretHash: string;
}

/** Whether a bearer value is meant as an API key (anything else is taken for an access token). */
export const looksLikeApiKey = (token: string): boolean => token.startsWith('sw_');

/**
 * SHA-256, not bcrypt: a slow hash protects low-entropy secrets people choose; this one is 256
 * random bits, which no amount of hashing speed lets anyone guess, and a fast hash keeps the check
 * on every request at a microsecond.
 */
function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function newApiKey(): NewApiKey {
  const prefix = randomBytes(PREFIX_BYTES).toString('base64url');
  const secret = randomBytes(SECRET_BYTES).toString('base64url');
  return { key: `sw_${prefix}_${secret}`, prefix, secretHash: hashSecret(secret) };
}

/** The parts of a well-formed key, or null. */
export function parseApiKey(key: string): { prefix: string; secret: string } | null {
  const match = KEY_PATTERN.exec(key);
  return match ? { prefix: match[1]!, secret: match[2]! } : null;
}

/** Constant-time comparison of a presented secret with the stored digest. */
export function secretMatches(secret: string, secretHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(secretHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
