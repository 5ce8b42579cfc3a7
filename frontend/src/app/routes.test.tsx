import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, beforeEach } from 'vitest';
import { getSession } from '../lib/auth';
import { makeAuth, makeProduct, makeUser, problem } from '../test/fixtures';
import { renderApp } from '../test/render';
import { API, server } from '../test/server';

const emptyPage = { data: [], nextCursor: null };

// The account page lists the user's API keys; these tests are not about them.
beforeEach(() => {
  server.use(http.get(`${API}/auth/api-keys`, () => HttpResponse.json({ data: [] })));
});

describe('routes', () => {
  it('when a signed-out user opens a protected page, then they are sent to sign in and brought back after', async () => {
    const auth = makeAuth();
    server.use(
      http.post(`${API}/auth/login`, () => HttpResponse.json(auth)),
      http.get(`${API}/workspaces/personal/products`, () => HttpResponse.json(emptyPage)),
    );
    const { user } = renderApp('/my/products?status=draft');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/login?next=%2Fmy%2Fproducts%3Fstatus%3Ddraft');

    await user.type(screen.getByLabelText('Email'), auth.user.email);
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'My products' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/my/products?status=draft');
  });

  it('while the session is being restored, a protected page waits instead of redirecting', () => {
    renderApp('/account', { session: 'restoring' });

    expect(screen.getByRole('status')).toHaveTextContent('Restoring your session…');
    expect(screen.getByTestId('location')).toHaveTextContent('/account');
  });

  it('when a user who is not an admin opens an admin page, then it says they are not allowed', async () => {
    renderApp('/admin/users', { session: makeAuth() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
  });

  it('an admin sees all users and can change a role', async () => {
    const admin = makeAuth({ user: makeUser({ role: 'ADMIN', name: 'Ada Admin' }) });
    const other = makeUser({ email: 'bob@example.com', name: 'Bob' });
    let patched: unknown;
    server.use(
      http.get(`${API}/users`, () => HttpResponse.json({ data: [admin.user, other], nextCursor: null })),
      http.patch(`${API}/users/${other.id}`, async ({ request }) => {
        patched = await request.json();
        return HttpResponse.json({ user: { ...other, role: 'ADMIN' } });
      }),
    );
    const { user } = renderApp('/admin/users', { session: admin });

    const select = await screen.findByRole('combobox', { name: 'Role of bob@example.com' });
    expect(screen.getByRole('combobox', { name: `Role of ${admin.user.email}` })).toBeDisabled();
    await user.selectOptions(select, 'ADMIN');
    await user.click(screen.getByRole('button', { name: 'Save role' }));

    expect(await screen.findByText('bob@example.com is now an admin.')).toBeInTheDocument();
    expect(patched).toEqual({ role: 'ADMIN' });
  });

  it('an admin lists the products of every owner one status at a time, and all statuses of one owner', async () => {
    const admin = makeAuth({ user: makeUser({ role: 'ADMIN' }) });
    const queries: string[] = [];
    server.use(
      http.get(`${API}/products`, ({ request }) => {
        queries.push(new URL(request.url).search);
        return HttpResponse.json({ data: [makeProduct({ name: 'Hidden draft', status: 'draft', ownerId: 'owner-7' })], nextCursor: null });
      }),
      http.get(`${API}/users`, () => HttpResponse.json({ data: [makeUser({ id: 'owner-7', name: 'Olive Owner' })], nextCursor: null })),
    );
    const { user } = renderApp('/admin/products', { session: admin });
    await screen.findByRole('rowheader', { name: 'Hidden draft' });
    expect(queries).toEqual(['?status=active']);

    await user.selectOptions(screen.getByLabelText('Filter by status'), 'draft');
    await waitFor(() => expect(queries).toContain('?status=draft'));

    await user.click(await screen.findByRole('button', { name: 'Olive Owner' }));
    await user.selectOptions(screen.getByLabelText('Filter by status'), '');

    await waitFor(() => expect(queries.at(-1)).toBe('?owner=owner-7'));
    expect(screen.getByTestId('location')).toHaveTextContent('/admin/products?owner=owner-7');
  });

  it('when the address matches no page, then the 404 page is shown', () => {
    renderApp('/no/such/page');

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the catalogue' })).toHaveAttribute('href', '/');
  });

  it('when the session cannot be refreshed any more, then the user lands on sign-in told the session ended (not that it expired: the API does not say which)', async () => {
    server.use(
      http.get(`${API}/workspaces/personal/products`, () => problem(401, 'invalid_token', 'The access token has expired')),
      http.post(`${API}/auth/refresh`, () => problem(401, 'invalid_token', 'The refresh token was revoked')),
    );
    renderApp('/my/products', { session: makeAuth() });

    expect(await screen.findByText('Your session ended. Sign in again.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/login?next=%2Fmy%2Fproducts&reason=session_ended');
  });

  it('signing out ends the session here and on the server', async () => {
    let loggedOut = false;
    server.use(
      http.get(`${API}/products`, () => HttpResponse.json(emptyPage)),
      http.post(`${API}/auth/logout`, () => {
        loggedOut = true;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const auth = makeAuth({ user: makeUser({ name: 'Grace' }) });
    const { user } = renderApp('/', { session: auth });
    expect(screen.getByRole('link', { name: 'Grace' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(loggedOut).toBe(true);
    expect(getSession().status).toBe('anonymous');
  });

  it('signing out everywhere asks first, then revokes every session', async () => {
    let calls = 0;
    const auth = makeAuth();
    server.use(
      http.get(`${API}/auth/me`, () => HttpResponse.json({ user: auth.user })),
      http.post(`${API}/auth/logout-all`, () => {
        calls += 1;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderApp('/account', { session: auth });

    await user.click(await screen.findByRole('button', { name: 'Sign out everywhere' }));
    expect(screen.getByRole('alertdialog', { name: 'Sign out everywhere?' })).toBeInTheDocument();
    expect(calls).toBe(0);
    await user.click(screen.getAllByRole('button', { name: 'Sign out everywhere' }).at(-1)!);

    expect(await screen.findByText('You were signed out everywhere, on all your devices. Sign in again.')).toBeInTheDocument();
    expect(calls).toBe(1);
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/login/));
  });
});
