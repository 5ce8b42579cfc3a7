import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Device cookies (OWASP "Slow Down Online Guessing Attacks with Device Cookies"): a browser that
 * signed in to an account gets a signed token naming that account; its later sign-ins are limited
 * on their own, so failures made elsewhere cannot lock the owner out of their usual device.
 * Format: v1.<account>.<nonce>.<signature>, base64url; the account is an HMAC of the normalised
 * email, so the cookie does not reveal it. The key is derived from JWT_SECRET (rotating it only
 * makes every device untrusted again).
 */
export interface DeviceKey {
  key: Buffer;
}

export function deviceKey(jwtSecret: string): DeviceKey {
  return { key: Buffer.from(hkdfSync('sha256', jwtSecret, '', 'shelfwise device cookie v1', 32)) };
}

const mac = (k: DeviceKey, text: string) => createHmac('sha256', k.key).update(text).digest('base64url');

function accountTag(k: DeviceKey, email: string): string {
  return mac(k, `account:${email}`).slice(0, 22);
}

export function issueDeviceToken(k: DeviceKey, email: string): string {
  const body = `v1.${accountTag(k, email)}.${randomBytes(16).toString('base64url')}`;
  return `${body}.${mac(k, body)}`;
}

/** The token's nonce when it is genuine and names this account, else null (treated as untrusted). */
export function trustedDevice(k: DeviceKey, email: string, token: string | undefined): string | null {
  const parts = token?.split('.');
  if (!parts || parts.length !== 4 || parts[0] !== 'v1') return null;
  const [version, account, nonce, signature] = parts as [string, string, string, string];
  const expected = Buffer.from(mac(k, `${version}.${account}.${nonce}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return account === accountTag(k, email) ? nonce : null;
}
