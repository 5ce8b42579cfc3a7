import type { CookieOptions, Request, Response } from 'express';

const REFRESH_COOKIE = 'shelfwise_refresh';
// The cookie goes only to the auth endpoints that read it, never with ordinary API calls.
const REFRESH_COOKIE_PATH = '/api/v1/auth';

function baseOptions(secure: boolean): CookieOptions {
  // HttpOnly: no script can read it. SameSite=Strict: no other site can make the browser send it.
  return { httpOnly: true, sameSite: 'strict', secure, path: REFRESH_COOKIE_PATH };
}

export function setRefreshCookie(res: Response, token: string, expiresAt: Date, secure: boolean): void {
  res.cookie(REFRESH_COOKIE, token, { ...baseOptions(secure), expires: expiresAt });
}

export function clearRefreshCookie(res: Response, secure: boolean): void {
  res.clearCookie(REFRESH_COOKIE, baseOptions(secure));
}

function readCookie(req: Request, name: string): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export const refreshCookie = (req: Request): string | undefined => readCookie(req, REFRESH_COOKIE);

// Marks a browser that signed in to an account before (device.ts); sent to /login with the SPA's
// credentialed requests like the refresh cookie.
const DEVICE_COOKIE = 'shelfwise_device';
const DEVICE_COOKIE_MAX_AGE_MS = 365 * 24 * 3600 * 1000;

export function setDeviceCookie(res: Response, token: string, secure: boolean): void {
  res.cookie(DEVICE_COOKIE, token, { ...baseOptions(secure), maxAge: DEVICE_COOKIE_MAX_AGE_MS });
}

export const deviceCookie = (req: Request): string | undefined => readCookie(req, DEVICE_COOKIE);
