import { randomBytes } from 'node:crypto';
import bcrypt from 'bcrypt';
import { createBcryptPool } from '../../lib/bcrypt-pool.js';
import { AppError } from '../../lib/errors.js';
import { isCommonPassword } from './common-passwords.js';

export const PASSWORD_MIN_LENGTH = 8;
// bcrypt reads only the first 72 bytes: longer input would be silently truncated, so two different
// passwords could match; it is refused instead. NUL is refused too: the bcrypt binding used here
// hashes past it (checked: "abc\0def" and "abc\0xyz" differ), but the C bcrypt of other stacks
// stops there, and a password must mean the same wherever the hash is verified.
export const PASSWORD_MAX_BYTES = 72;

export type PasswordProblem = 'password.tooShort' | 'password.tooLong' | 'password.nul' | 'password.tooCommon';

// Written for the person at the form, not for a developer: each names its rule in a sentence, with
// no `"password"` label (the field error's `field` and stable `code` say which field and rule). The
// SPA shows the same sentences before a round trip (frontend/src/features/auth/validation.ts).
export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  'password.tooShort': `Password must be at least ${PASSWORD_MIN_LENGTH} characters`,
  'password.tooLong': `Password must be at most ${PASSWORD_MAX_BYTES} bytes (about ${PASSWORD_MAX_BYTES} letters; fewer with accents or emoji)`,
  'password.nul': 'Password must not contain a NUL character',
  'password.tooCommon': 'Password is one of the most commonly used passwords; choose one that is harder to guess',
};

/**
 * The password policy of ASVS 5.0 §6.2: a minimum length, no composition rules, and no password
 * from the list of the most common ones. Returns the first problem found, or null.
 */
export function passwordProblem(password: string): PasswordProblem | null {
  // Counted in code points, so "éééééééé" is eight characters as the user sees it.
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'password.tooShort';
  if (Buffer.byteLength(password, 'utf8') > PASSWORD_MAX_BYTES) return 'password.tooLong';
  if (password.includes('\0')) return 'password.nul';
  if (isCommonPassword(password)) return 'password.tooCommon';
  return null;
}

// Hashing runs on worker threads below the event loop's priority, so a login storm cannot take the
// CPU from other requests (lib/bcrypt-pool.ts); one pool per process, started on first use.
const pool = createBcryptPool();

export function hashPassword(password: string, cost: number): Promise<string> {
  return pool.hash(password, cost);
}

const dummyHashes = new Map<number, Promise<string>>();

/** A hash of a random secret at the given cost: what an unknown account is compared against. */
export function dummyHash(cost: number): Promise<string> {
  let hash = dummyHashes.get(cost);
  if (!hash) {
    hash = pool.hash(randomBytes(32).toString('base64url'), cost);
    dummyHashes.set(cost, hash);
  }
  return hash;
}

/**
 * Compares a password with a stored hash, or with a dummy hash of the same cost when there is no
 * account, so both cases take as long and answer the same (no user enumeration by timing).
 */
export async function verifyPassword(password: string, hash: string | null, cost: number): Promise<boolean> {
  const matches = await pool.compare(password, hash ?? (await dummyHash(cost)));
  const storable = Buffer.byteLength(password, 'utf8') <= PASSWORD_MAX_BYTES && !password.includes('\0');
  return matches && storable && hash !== null;
}

/** True when a hash was made with a lower cost than configured: it is upgraded at the next sign-in. */
export function needsRehash(hash: string, cost: number): boolean {
  return bcrypt.getRounds(hash) < cost;
}

/** For changes that need the password again (password, email, two-factor off): a wrong one is a 400 naming the field. */
export async function checkCurrentPassword(password: string, hash: string, cost: number): Promise<void> {
  if (await verifyPassword(password, hash, cost)) return;
  throw new AppError(400, 'invalid_current_password', 'The current password is incorrect', {
    errors: [{ in: 'body', field: 'currentPassword', message: 'The current password is incorrect', code: 'password.incorrect' }],
  });
}
