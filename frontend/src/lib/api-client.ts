import axios, { type AxiosError, type InternalAxiosRequestConfig } from 'axios';
import { type ApiError, toApiError } from './api-error';
import { type AuthResponse, endSession, getAccessToken, getSession, mayHaveSession, signOutReasonFromApi, startSession } from './auth';
import { env } from './env';

declare module 'axios' {
  interface AxiosRequestConfig {
    /** Sign-in style calls: no bearer header, and a 401 is an answer, not an expired token. */
    anonymous?: boolean;
  }
  interface InternalAxiosRequestConfig {
    _retried?: boolean;
  }
}

/** The one HTTP client of the app. Every failure it returns is an ApiError. */
export const apiClient = axios.create({
  baseURL: env.apiBaseUrl,
  headers: { Accept: 'application/json' },
  timeout: 20_000,
});

apiClient.interceptors.request.use(async (config) => {
  // While the page restores its session from the cookie, a request sent at once would go without a
  // token and be answered as for a stranger (a signed-in owner reloading their own draft: 404).
  if (!config.anonymous && restoring) await restoring;
  const token = getAccessToken();
  if (token && !config.anonymous && !config.headers.has('Authorization')) {
    config.headers.set('Authorization', `Bearer ${token}`);
  }
  return config;
});

apiClient.interceptors.response.use(undefined, async (error: unknown) => {
  if (!axios.isAxiosError(error) || !error.config || !needsFreshToken(error)) throw toApiError(error);
  const config = error.config;
  const sentToken = bearerOf(config);
  // Another request already refreshed while this one was in flight: reuse its token.
  const current = getAccessToken();
  const token = current && current !== sentToken ? current : await refreshOrSignOut(toApiError(error));
  config._retried = true;
  config.headers.set('Authorization', `Bearer ${token}`);
  return apiClient.request(config);
});

function needsFreshToken(error: AxiosError): boolean {
  const config = error.config;
  if (!config || config.anonymous || config._retried || error.response?.status !== 401) return false;
  // A request sent without a token has nothing to refresh; a wrong password is no expired token.
  const code = (error.response.data as { code?: string } | undefined)?.code;
  return bearerOf(config) !== null && code !== 'invalid_credentials';
}

function bearerOf(config: InternalAxiosRequestConfig): string | null {
  const header = config.headers.get('Authorization');
  return typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : null;
}

/**
 * For a request this client did not send (the live events stream, read with fetch) that the API
 * refused with 401: the token to send again, from the same one shared refresh as the client's own
 * requests (another request may already have refreshed since `sentToken` went out). Rejects, and
 * ends the session, as they would when the refresh is refused.
 */
export function freshAccessToken(sentToken: string, refused: ApiError): Promise<string> {
  const current = getAccessToken();
  return current && current !== sentToken ? Promise.resolve(current) : refreshOrSignOut(refused);
}

async function refreshOrSignOut(refused: ApiError): Promise<string> {
  try {
    return await refreshAccessToken();
  } catch (refreshError) {
    const failure = toApiError(refreshError);
    if (isRefusal(failure)) {
      // Either refusal may say why: the refresh token's, or the access token's before it.
      if (getSession().status === 'authenticated') endSession(signOutReasonFromApi(failure.reason ?? refused.reason));
      throw refused;
    }
    throw failure;
  }
}

/** The refresh token was refused: the session is over. A network blip, a 429 or a 5xx is not proof of that. */
function isRefusal(failure: ApiError): boolean {
  return failure.status >= 400 && failure.status < 500 && failure.status !== 429;
}

let refreshInFlight: Promise<string> | null = null;

/**
 * Exchanges the HttpOnly refresh cookie for a new access token. Concurrent callers share one
 * request; across tabs a Web Lock serialises refreshes so two tabs never present the same
 * (rotating) refresh token at once, which the API would treat as reuse.
 */
function refreshAccessToken(): Promise<string> {
  refreshInFlight ??= withRefreshLock(() =>
    apiClient.post<AuthResponse>('/auth/refresh', undefined, { anonymous: true }),
  )
    .then(({ data }) => {
      startSession(data);
      return data.accessToken;
    })
    .finally(() => {
      refreshInFlight = null;
    });
  return refreshInFlight;
}

function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  // The DOM typings wrap the callback's promise once more; at run time it resolves to T.
  return locks ? (locks.request('shelfwise-auth-refresh', task) as Promise<T>) : task();
}

let restoring: Promise<void> | null = null;

/**
 * On page load: a valid refresh cookie signs the tab in. A refused one means this browser's session
 * was ended since (elsewhere, or by age), which the sign-in page will say; anything else (the API
 * unreachable) leaves the tab signed out without a reason.
 */
export function restoreSession(): Promise<void> {
  if (!mayHaveSession()) {
    if (getSession().status !== 'authenticated') endSession();
    return Promise.resolve();
  }
  restoring ??= refreshAccessToken().then(
    () => undefined,
    // A sign-in that finished while the probe was out is not undone by the probe's refusal.
    (error: unknown) => {
      const failure = toApiError(error);
      if (getSession().status !== 'authenticated') endSession(isRefusal(failure) ? signOutReasonFromApi(failure.reason) : undefined);
    },
  ).finally(() => {
    restoring = null;
  });
  return restoring;
}
