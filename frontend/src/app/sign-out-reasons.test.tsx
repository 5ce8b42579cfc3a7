import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, beforeEach } from 'vitest';
import { restoreSession } from '../lib/api-client';
import { startSessionSync } from '../lib/session-sync';
import { makeAuth, problem } from '../test/fixtures';
import { renderApp } from '../test/render';
import { API, server } from '../test/server';

/** Stands for another tab of the same browser. */
function otherTab() {
  const channel = new BroadcastChannel('shelfwise-auth');
  const received: unknown[] = [];
  channel.onmessage = (event) => received.push(event.data);
  return { channel, received };
}

/** The explanation above the sign-in form (toasts are outside the page's main region). */
const signInNotice = () => within(screen.getByRole('main')).getByRole('status');

const location = () => new URL(screen.getByTestId('location').textContent, 'http://localhost');

// The account page lists the user's API keys; these tests are not about them.
beforeEach(() => {
  server.use(http.get(`${API}/auth/api-keys`, () => HttpResponse.json({ data: [] })));
});

describe('the sign-in page says why the browser was signed out', () => {
  let stopSync: () => void = () => undefined;
  const tabs: BroadcastChannel[] = [];
  afterEach(() => {
    stopSync();
    tabs.splice(0).forEach((c) => c.close());
  });

  function withOtherTab() {
    stopSync = startSessionSync();
    const tab = otherTab();
    tabs.push(tab.channel);
    return tab;
  }

  it('when the user signs out everywhere, then the other tabs are told that this was the reason', async () => {
    const auth = makeAuth();
    server.use(
      http.get(`${API}/auth/me`, () => HttpResponse.json({ user: auth.user })),
      http.post(`${API}/auth/logout-all`, () => new HttpResponse(null, { status: 204 })),
    );
    const tab = withOtherTab();
    const { user } = renderApp('/account', { session: auth });

    await user.click(await screen.findByRole('button', { name: 'Sign out everywhere' }));
    await user.click(screen.getAllByRole('button', { name: 'Sign out everywhere' }).at(-1)!);

    await waitFor(() => expect(tab.received).toEqual([{ type: 'signed-out', reason: 'signed_out_everywhere' }]));
  });

  it('when another tab signs out everywhere, then this tab lands on sign-in saying it was signed out everywhere', async () => {
    const auth = makeAuth();
    server.use(http.get(`${API}/auth/me`, () => HttpResponse.json({ user: auth.user })));
    const tab = withOtherTab();
    renderApp('/account', { session: auth });
    await screen.findByRole('heading', { level: 1, name: 'Your account' });

    tab.channel.postMessage({ type: 'signed-out', reason: 'signed_out_everywhere' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(signInNotice()).toHaveTextContent('You were signed out everywhere, on all your devices. Sign in again.');
    expect(location().pathname).toBe('/login');
    expect(location().searchParams.get('next')).toBe('/account');
  });

  it('when the user signs out in another tab, then this tab only says they are signed out, nothing alarming', async () => {
    const auth = makeAuth();
    server.use(http.get(`${API}/auth/me`, () => HttpResponse.json({ user: auth.user })));
    const tab = withOtherTab();
    renderApp('/account', { session: auth });
    await screen.findByRole('heading', { level: 1, name: 'Your account' });

    tab.channel.postMessage({ type: 'signed-out', reason: 'signed_out' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(signInNotice()).toHaveTextContent(/^You are signed out\.$/);
  });

  it('when the user signs out in this tab, then they land on the catalogue, and sign-in later says nothing about it', async () => {
    const auth = makeAuth();
    server.use(
      http.get(`${API}/auth/me`, () => HttpResponse.json({ user: auth.user })),
      http.post(`${API}/auth/logout`, () => new HttpResponse(null, { status: 204 })),
      http.get(`${API}/products`, () => HttpResponse.json({ data: [], nextCursor: null })),
    );
    const { user } = renderApp('/account', { session: auth });
    await screen.findByRole('heading', { level: 1, name: 'Your account' });

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(location().pathname).toBe('/'));
    await user.click(screen.getByRole('link', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).queryByRole('status')).not.toBeInTheDocument();
  });

  it('when a browser whose session was ended elsewhere opens a protected page, then sign-in says the session ended', async () => {
    server.use(
      http.post(`${API}/auth/refresh`, () => problem(401, 'invalid_refresh_token', 'The refresh token is invalid or has expired; sign in again')),
    );
    renderApp('/my/products', { session: 'restoring' });

    await act(() => restoreSession());

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(signInNotice()).toHaveTextContent('Your session ended. Sign in again.');
    expect(location().pathname).toBe('/login');
    expect(location().searchParams.get('next')).toBe('/my/products');
  });

  it('when the password is changed on another device, then this tab, at its next request, lands on sign-in saying why', async () => {
    const auth = makeAuth();
    server.use(
      http.get(`${API}/auth/me`, () => problem(401, 'session_revoked', 'The session has ended; sign in again', undefined, {}, { reason: 'password_changed' })),
      http.post(`${API}/auth/refresh`, () =>
        problem(401, 'invalid_refresh_token', 'The refresh token is invalid or has expired; sign in again', undefined, {}, { reason: 'password_changed' }),
      ),
    );
    renderApp('/account', { session: auth });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(signInNotice()).toHaveTextContent('You were signed out because your password was changed.');
    expect(location().searchParams.get('reason')).toBe('password_changed');
  });

  it('when an administrator deactivated the account, then a browser opening a protected page is told so on sign-in', async () => {
    server.use(
      http.post(`${API}/auth/refresh`, () =>
        problem(401, 'invalid_refresh_token', 'The refresh token is invalid or has expired; sign in again', undefined, {}, { reason: 'account_deactivated' }),
      ),
    );
    renderApp('/my/products', { session: 'restoring' });

    await act(() => restoreSession());

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(signInNotice()).toHaveTextContent('Your account was deactivated by an administrator.');
  });

  it('when the password is reset while the user reads the public catalogue, then the tab goes to sign-in saying so', async () => {
    const auth = makeAuth();
    server.use(
      http.get(`${API}/products`, ({ request }) =>
        request.headers.get('Authorization')
          ? problem(401, 'session_revoked', 'The session has ended; sign in again', undefined, {}, { reason: 'password_reset' })
          : HttpResponse.json({ data: [], nextCursor: null }),
      ),
      http.post(`${API}/auth/refresh`, () => problem(401, 'invalid_refresh_token', 'The refresh token is invalid or has expired; sign in again')),
    );
    renderApp('/', { session: auth });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(signInNotice()).toHaveTextContent('You were signed out because your password was reset.');
    expect(location().searchParams.get('next')).toBe('/');
  });

  it('when a browser whose session was ended elsewhere opens the public catalogue, then it stays there, signed out', async () => {
    server.use(
      http.post(`${API}/auth/refresh`, () => problem(401, 'invalid_refresh_token', 'The refresh token is invalid or has expired; sign in again')),
      http.get(`${API}/products`, () => HttpResponse.json({ data: [], nextCursor: null })),
    );
    renderApp('/', { session: 'restoring' });

    await act(() => restoreSession());

    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(location().pathname).toBe('/');
  });
});
