import { http, HttpResponse, delay } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeAuth, makeProduct, problem } from '../test/fixtures';
import { API, server } from '../test/server';
import { apiClient, restoreSession } from './api-client';
import { ApiError } from './api-error';
import { getAccessToken, getSession, startSession } from './auth';

const product = makeProduct({ id: 'p1' });

/** A protected endpoint that accepts only `validToken` and records the bearer of every call. */
function productEndpoint(validToken: string, seen: string[]) {
  return http.get(`${API}/products/:id`, ({ request }) => {
    const auth = request.headers.get('authorization') ?? '';
    seen.push(auth);
    if (auth !== `Bearer ${validToken}`) return problem(401, 'invalid_token', 'The access token has expired');
    return HttpResponse.json(product);
  });
}

describe('api-client', () => {
  it('attaches the in-memory access token as a bearer header', async () => {
    startSession(makeAuth({ accessToken: 'token-a' }));
    const seen: string[] = [];
    server.use(productEndpoint('token-a', seen));

    await apiClient.get('/products/p1');

    expect(seen).toEqual(['Bearer token-a']);
  });

  it('when several requests get 401 at once, then one shared refresh runs and each request is retried once with the new token', async () => {
    startSession(makeAuth({ accessToken: 'expired' }));
    const seen: string[] = [];
    let refreshCalls = 0;
    server.use(
      productEndpoint('fresh', seen),
      http.post(`${API}/auth/refresh`, async ({ request }) => {
        refreshCalls += 1;
        expect(request.headers.get('authorization')).toBeNull();
        await delay(30); // long enough for every 401 to arrive while the refresh is in flight
        return HttpResponse.json(makeAuth({ accessToken: 'fresh' }));
      }),
    );

    const results = await Promise.all([1, 2, 3].map(() => apiClient.get<typeof product>('/products/p1')));

    expect(refreshCalls).toBe(1);
    expect(results.map((r) => r.data.id)).toEqual(['p1', 'p1', 'p1']);
    expect(seen.filter((h) => h === 'Bearer expired')).toHaveLength(3);
    expect(seen.filter((h) => h === 'Bearer fresh')).toHaveLength(3);
    expect(getAccessToken()).toBe('fresh');
  });

  it('when a 401 arrives after another request already refreshed, then it is retried with the new token without a second refresh', async () => {
    startSession(makeAuth({ accessToken: 'expired' }));
    const seen: string[] = [];
    let refreshCalls = 0;
    server.use(
      http.get(`${API}/products/slow`, async ({ request }) => {
        const auth = request.headers.get('authorization') ?? '';
        seen.push(auth);
        if (auth === 'Bearer expired') {
          await delay(80); // answers long after the other request's refresh finished
          return problem(401, 'invalid_token', 'The access token has expired');
        }
        return HttpResponse.json(product);
      }),
      productEndpoint('fresh', []),
      http.post(`${API}/auth/refresh`, () => {
        refreshCalls += 1;
        return HttpResponse.json(makeAuth({ accessToken: 'fresh' }));
      }),
    );

    const slow = apiClient.get('/products/slow');
    await apiClient.get('/products/p1');
    await slow;

    expect(refreshCalls).toBe(1);
    expect(seen).toEqual(['Bearer expired', 'Bearer fresh']);
  });

  it('when the retried request is refused again, then it fails without a second refresh or retry', async () => {
    startSession(makeAuth({ accessToken: 'expired' }));
    const seen: string[] = [];
    let refreshCalls = 0;
    server.use(
      productEndpoint('never-valid', seen),
      http.post(`${API}/auth/refresh`, () => {
        refreshCalls += 1;
        return HttpResponse.json(makeAuth({ accessToken: 'fresh' }));
      }),
    );

    const error = await apiClient.get('/products/p1').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'invalid_token' });
    expect(refreshCalls).toBe(1);
    expect(seen).toEqual(['Bearer expired', 'Bearer fresh']);
  });

  it('when the refresh is refused, then every waiting request fails, the session is cleared and the user is told why', async () => {
    startSession(makeAuth({ accessToken: 'expired' }));
    const seen: string[] = [];
    let refreshCalls = 0;
    server.use(
      productEndpoint('fresh', seen),
      http.post(`${API}/auth/refresh`, async () => {
        refreshCalls += 1;
        await delay(10);
        return problem(401, 'invalid_token', 'The refresh token is invalid');
      }),
    );

    const outcomes = await Promise.allSettled([apiClient.get('/products/p1'), apiClient.get('/products/p1')]);

    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(refreshCalls).toBe(1);
    expect(getAccessToken()).toBeNull();
    expect(getSession()).toEqual({ status: 'anonymous', reason: 'session_ended' });
  });

  it('when the refresh fails for a transient reason, then the session is kept', async () => {
    const auth = makeAuth({ accessToken: 'expired' });
    startSession(auth);
    server.use(
      productEndpoint('fresh', []),
      http.post(`${API}/auth/refresh`, () => problem(503, 'service_unavailable', 'Try later')),
    );

    await expect(apiClient.get('/products/p1')).rejects.toMatchObject({ status: 503 });

    expect(getSession()).toEqual({ status: 'authenticated', user: auth.user });
  });

  it('when a sign-in is refused with 401, then no refresh is attempted', async () => {
    server.use(http.post(`${API}/auth/login`, () => problem(401, 'invalid_credentials', 'Email or password is incorrect')));

    await expect(apiClient.post('/auth/login', { email: 'a@b.co', password: 'x' }, { anonymous: true })).rejects.toMatchObject({
      status: 401,
      code: 'invalid_credentials',
      message: 'Email or password is incorrect',
    });
  });

  it('when an anonymous request gets 401, then it fails without a refresh', async () => {
    server.use(http.get(`${API}/auth/me`, () => problem(401, 'unauthorized', 'Authentication is required')));

    await expect(apiClient.get('/auth/me')).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it('turns a 429 into an ApiError that carries Retry-After', async () => {
    server.use(http.get(`${API}/products`, () => problem(429, 'rate_limited', 'Too many requests', undefined, { 'Retry-After': '12' })));

    await expect(apiClient.get('/products')).rejects.toMatchObject({ status: 429, code: 'rate_limited', retryAfter: 12 });
  });

  it('turns a network failure into an ApiError with status 0', async () => {
    server.use(http.get(`${API}/products`, () => HttpResponse.error()));

    await expect(apiClient.get('/products')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  describe('restoreSession', () => {
    it('when the refresh cookie is valid, then the tab is signed in', async () => {
      const auth = makeAuth({ accessToken: 'restored' });
      server.use(http.post(`${API}/auth/refresh`, () => HttpResponse.json(auth)));

      await restoreSession();

      expect(getSession()).toEqual({ status: 'authenticated', user: auth.user });
      expect(getAccessToken()).toBe('restored');
    });

    it('when the cookie of a session this browser had is refused, then the tab is signed out saying the session ended, and forgets it had one', async () => {
      server.use(http.post(`${API}/auth/refresh`, () => problem(401, 'invalid_refresh_token', 'The refresh token is invalid or has expired')));

      await restoreSession();

      expect(getSession()).toEqual({ status: 'anonymous', reason: 'session_ended' });
      expect(localStorage.getItem('shelfwise.hasSession')).toBeNull();
    });

    it('when the API cannot be reached, then the tab is signed out without claiming the session ended', async () => {
      server.use(http.post(`${API}/auth/refresh`, () => HttpResponse.error()));

      await restoreSession();

      expect(getSession()).toEqual({ status: 'anonymous' });
    });

    it('when this browser never signed in, then no refresh is asked for (no 401 on every page load)', async () => {
      localStorage.removeItem('shelfwise.hasSession');
      let refreshes = 0;
      server.use(http.post(`${API}/auth/refresh`, () => {
        refreshes++;
        return problem(401, 'unauthorized', 'No refresh token');
      }));

      await restoreSession();

      expect(getSession()).toEqual({ status: 'anonymous' });
      expect(refreshes).toBe(0);
    });

    it('when a session starts, then the browser remembers to restore it on the next load, and not the token', () => {
      localStorage.removeItem('shelfwise.hasSession');
      const auth = makeAuth({ accessToken: 'secret-access-token' });
      server.use(http.post(`${API}/auth/refresh`, () => HttpResponse.json(auth)));
      startSession(auth);

      expect(localStorage.getItem('shelfwise.hasSession')).toBe('1');
      expect(JSON.stringify({ ...localStorage })).not.toContain('secret-access-token');
    });

    it('when a request starts while the session is being restored, then it waits and carries the restored token', async () => {
      const seen: string[] = [];
      server.use(
        http.post(`${API}/auth/refresh`, async () => {
          await delay(50);
          return HttpResponse.json(makeAuth({ accessToken: 'restored' }));
        }),
        productEndpoint('restored', seen),
      );

      const restoring = restoreSession();
      await apiClient.get('/products/p1');
      await restoring;

      expect(seen).toEqual(['Bearer restored']);
    });

    it('when the user signs in before the signed-out probe answers, then the probe does not sign them out', async () => {
      server.use(
        http.post(`${API}/auth/refresh`, async () => {
          await delay(50);
          return problem(401, 'unauthorized', 'No refresh token');
        }),
      );

      const restoring = restoreSession();
      const auth = makeAuth({ accessToken: 'signed-in' });
      startSession(auth);
      await restoring;

      expect(getSession()).toEqual({ status: 'authenticated', user: auth.user });
      expect(getAccessToken()).toBe('signed-in');
    });
  });
});
