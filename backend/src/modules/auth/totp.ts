import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';

// RFC 6238 with the parameters every authenticator app assumes: SHA-1, 6 digits, 30-second steps.
const PERIOD_SECONDS = 30;
// One step either side: a phone clock a little off, or a code typed just as it rolled over.
const TOLERANCE_SECONDS = PERIOD_SECONDS;
const TOTP_ISSUER = 'Shelfwise';

/** A new base32 secret of 160 bits (RFC 4226 recommends 160; at least 128). */
export const newTotpSecret = (): string => generateSecret({ length: 20 });

export const totpUri = (email: string, secret: string): string => generateURI({ issuer: TOTP_ISSUER, label: email, secret });

/** The RFC 6238 time step the code belongs to, or null when it is no current code of this secret. */
export async function totpStep(secret: string, code: string): Promise<number | null> {
  const result = await verify({ secret, token: code, epochTolerance: TOLERANCE_SECONDS });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/*
 * The secret is stored AES-256-GCM sealed. The key is derived from JWT_SECRET with HKDF rather than
 * being JWT_SECRET itself: one secret then serves several purposes (token signing, device cookies,
 * this) with keys that are independent of each other, so no new setting has to be deployed and
 * kept safe, yet a weakness in one use says nothing about the others. A database dump alone does not
 * give the secrets away. The user's id is the additional data, so a sealed secret copied into another
 * user's row does not open. Rotating JWT_SECRET makes the stored secrets unreadable: those users
 * sign in with a recovery code or have an admin reset their second factor.
 */
const CIPHER = 'aes-256-gcm';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export interface TotpKey {
  key: Buffer;
}

export function totpKey(jwtSecret: string): TotpKey {
  return { key: Buffer.from(hkdfSync('sha256', jwtSecret, '', 'shelfwise totp secret v1', 32)) };
}

/** base64url(nonce | ciphertext | tag): 75 characters for a 32-character secret. */
export function sealTotpSecret(k: TotpKey, userId: string, secret: string): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv(CIPHER, k.key, nonce).setAAD(Buffer.from(userId));
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64url');
}

/** The secret, or null when it was not sealed for this user under this key (e.g. JWT_SECRET rotated). */
export function openTotpSecret(k: TotpKey, userId: string, sealed: string): string | null {
  const raw = Buffer.from(sealed, 'base64url');
  if (raw.length <= NONCE_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv(CIPHER, k.key, raw.subarray(0, NONCE_BYTES)).setAAD(Buffer.from(userId));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(NONCE_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

export const RECOVERY_CODE_COUNT = 10;
// Crockford-style base32 without the letters people misread (i, l, o, u): 16 characters are 80 bits.
// 32 divides 256, so `byte % 32` picks every character equally often.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const RECOVERY_CODE_CHARS = 16;

/** Ten codes shown once, as xxxx-xxxx-xxxx-xxxx. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = [...randomBytes(RECOVERY_CODE_CHARS)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
    return chars.match(/.{4}/g)!.join('-');
  });
}

/** What is stored: SHA-256 of the code without case, spaces or hyphens, however it was typed. */
export function hashRecoveryCode(code: string): string {
  const normalised = code.toLowerCase().replace(/[\s-]/g, '');
  return createHash('sha256').update(normalised, 'utf8').digest('hex');
}

/** Six digits (spaces allowed, as apps show "123 456") are a TOTP code; anything else a recovery code. */
export function totpCodeOf(code: string): string | null {
  const digits = code.replace(/\s/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}
