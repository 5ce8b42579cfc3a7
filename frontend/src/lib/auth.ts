import { useSyncExternalStore } from 'react';
import type { components } from './api/schema';

export type User = components['schemas']['User'];
export type Role = User['role'];

/** What the API answers to register, login and refresh. The refresh token is ignored: the cookie carries it. */
export type AuthResponse = components['schemas']['AuthTokens'];

const SIGN_OUT_REASONS = [
  'signed_out',
  'signed_out_everywhere',
  'session_ended',
  'password_changed',
  'password_reset',
  'account_deactivated',
] as const;

/**
 * Why a tab that had a session has none now: the user signed out (here or in another tab), signed
 * out everywhere (here, in another tab, or on another device), or the API refused the session and
 * said why in the 401's `reason` (the password changed or was reset, an administrator deactivated
 * the account); `session_ended` when it did not say (expired, or a reused refresh token). The
 * sign-in page explains it (app/routes/LoginPage.tsx).
 */
export type SignOutReason = (typeof SIGN_OUT_REASONS)[number];

// The API's Session.revokedReason, sent as `reason` on a refused token (unknown ones read as session_ended).
const FROM_API: Record<string, SignOutReason> = {
  logout: 'signed_out',
  logout_all: 'signed_out_everywhere',
  password_changed: 'password_changed',
  password_reset: 'password_reset',
  account_deactivated: 'account_deactivated',
};

/** What to tell a user whose token the API refused, from the refusal's `reason`. */
export function signOutReasonFromApi(apiReason: string | undefined): SignOutReason {
  return apiReason !== undefined && Object.hasOwn(FROM_API, apiReason) ? FROM_API[apiReason]! : 'session_ended';
}

/** For reasons read from outside this tab's code: the address bar, another tab's message. */
export function isSignOutReason(value: unknown): value is SignOutReason {
  return (SIGN_OUT_REASONS as readonly unknown[]).includes(value);
}

export type Session =
  | { status: 'restoring' }
  | { status: 'anonymous'; reason?: SignOutReason }
  | { status: 'authenticated'; user: User };

/*
 * The access token lives in this module's memory only: never localStorage, never a cookie the
 * script can read. A reload loses it on purpose and the refresh cookie brings it back.
 */
let accessToken: string | null = null;
let session: Session = { status: 'restoring' };
const listeners = new Set<() => void>();

function publish(next: Session): void {
  session = next;
  for (const listener of listeners) listener();
}

// Not a secret, only whether this browser has signed in since it last signed out: a visitor who never
// signed in is then not sent a refresh request (answered 401, logged as a console error) on every load.
const SESSION_HINT_KEY = 'shelfwise.hasSession';

function rememberSessionHint(present: boolean): void {
  try {
    if (present) localStorage.setItem(SESSION_HINT_KEY, '1');
    else localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    // Storage disabled: mayHaveSession() then always says yes, which only costs a refresh call.
  }
}

/** False only when this browser is known to hold no session (so the refresh cookie is not worth asking for). */
export function mayHaveSession(): boolean {
  try {
    return localStorage.getItem(SESSION_HINT_KEY) === '1';
  } catch {
    return true;
  }
}

export function getAccessToken(): string | null {
  return accessToken;
}

export function getSession(): Session {
  return session;
}

function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function startSession(auth: AuthResponse): void {
  accessToken = auth.accessToken;
  rememberSessionHint(true);
  publish({ status: 'authenticated', user: auth.user });
}

/** Keeps the token, replaces the user (e.g. after GET /me shows a new name or role). */
export function updateSessionUser(user: User): void {
  if (session.status === 'authenticated') publish({ status: 'authenticated', user });
}

/** `reason` is given when the tab had (or believed it had) a session; a first visit has none. */
export function endSession(reason?: SignOutReason): void {
  accessToken = null;
  rememberSessionHint(false);
  publish(reason ? { status: 'anonymous', reason } : { status: 'anonymous' });
}

export function useSession(): Session {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}

export function useCurrentUser(): User | null {
  const current = useSession();
  return current.status === 'authenticated' ? current.user : null;
}

/** Test-only: back to the state of a fresh page load. */
export function resetSessionForTests(): void {
  accessToken = null;
  rememberSessionHint(false);
  session = { status: 'restoring' };
}
