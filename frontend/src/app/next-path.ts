import type { SignOutReason } from '../lib/auth';

/**
 * The sign-in page, bringing the user back to `here` after, and saying why they are signed out
 * when they had a session. Only the reason's code goes into the address, never anything about the user.
 */
export function signInPath(here: { pathname: string; search: string }, reason?: SignOutReason): string {
  const params = new URLSearchParams({ next: here.pathname + here.search });
  if (reason) params.set('reason', reason);
  return `/login?${params.toString()}`;
}

/** Where to go after signing in: only a path inside this app (never `//host` or another origin). */
export function safeNextPath(next: string | null, fallback: string): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : fallback;
}

/** Not a sign-out: `?reason=` of the sign-in page the reset-password page sends the user to once the new password is set. */
export const PASSWORD_RESET_DONE = 'password_reset_done';
