import { StrictMode } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { EmailVerification } from '../features/auth/components/EmailVerification';
import { makeAuth, problem } from '../test/fixtures';
import { MemoryRouter } from 'react-router';
import { createQueryClient } from '../lib/query-client';
import { renderApp } from '../test/render';
import { AppProviders } from './providers';
import { API, server } from '../test/server';

const location = () => new URL(screen.getByTestId('location').textContent, 'http://localhost');

describe('the sign-in page', () => {
  it('when someone forgot their password, then a link under the form leads to /forgot-password', async () => {
    const { user } = renderApp('/login');

    await user.click(screen.getByRole('link', { name: 'Forgot your password?' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeInTheDocument();
    expect(location().pathname).toBe('/forgot-password');
  });
});

describe('/reset-password', () => {
  async function choose(user: ReturnType<typeof renderApp>['user'], password: string) {
    await user.type(screen.getByLabelText('New password'), password);
    await user.click(screen.getByRole('button', { name: 'Set the new password' }));
  }

  it('when the new password is accepted, then the token and password are sent and sign-in says the password was changed', async () => {
    let body: unknown;
    server.use(
      http.post(`${API}/auth/password-reset/confirm`, async ({ request }) => {
        body = await request.json();
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderApp('/reset-password?token=tok-123');

    await choose(user, 'a-brand-new-secret');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent('Your password was changed. Sign in with the new one.');
    expect(location().pathname + location().search).toBe('/login?reason=password_reset_done');
    expect(body).toEqual({ token: 'tok-123', newPassword: 'a-brand-new-secret' });
  });

  it.each([
    ['reset_token_invalid', 'This link is not valid. It may have been cut short when it was copied.'],
    ['reset_token_expired', 'This link has expired: a link works for 30 minutes.'],
    ['reset_token_used', 'This link was already used to choose a password. Each link works once.'],
  ])('when the API answers %s, then the page says so in a sentence and links to a new request', async (code, sentence) => {
    server.use(http.post(`${API}/auth/password-reset/confirm`, () => problem(400, code, 'Refused')));
    const { user } = renderApp('/reset-password?token=tok-123');

    await choose(user, 'a-brand-new-secret');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(sentence);
    expect(within(alert).getByRole('link', { name: 'Request a new link' })).toHaveAttribute('href', '/forgot-password');
  });

  it('when the API refuses the password (too common), then the field says why and the form stays', async () => {
    server.use(
      http.post(`${API}/auth/password-reset/confirm`, () =>
        problem(400, 'validation_failed', 'The request has invalid fields', [
          { in: 'body', field: 'newPassword', message: 'Password is one of the most commonly used passwords; choose one that is harder to guess', code: 'password.tooCommon' },
        ]),
      ),
    );
    const { user } = renderApp('/reset-password?token=tok-123');

    await choose(user, 'password123');

    await waitFor(() => expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(/most commonly used passwords/));
  });

  it('when the new password is too short, then nothing is sent', async () => {
    const { user } = renderApp('/reset-password?token=tok-123');

    await choose(user, 'short');

    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(/^Password must be at least 8 characters/);
  });

  it('when the link has no token, then the page says it is incomplete and offers a new one, with no form', () => {
    renderApp('/reset-password');

    expect(screen.getByRole('alert')).toHaveTextContent('This link is incomplete');
    expect(screen.getByRole('link', { name: 'Request a new link' })).toBeInTheDocument();
    expect(screen.queryByLabelText('New password')).not.toBeInTheDocument();
  });

  it('when the password is typed, then "Show password" reveals it', async () => {
    const { user } = renderApp('/reset-password?token=tok-123');
    await user.type(screen.getByLabelText('New password'), 'a-brand-new-secret');

    await user.click(screen.getByRole('button', { name: 'Show password' }));

    expect(screen.getByLabelText('New password')).toHaveAttribute('type', 'text');
  });
});

describe('/verify-email', () => {
  it('when the page opens under StrictMode, then the token is sent once and the confirmed address is shown', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post(`${API}/auth/verify-email`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ email: 'ada@example.com' });
      }),
    );
    // The whole tree in StrictMode, as main.tsx renders it: effects run twice on mount.
    render(
      <StrictMode>
        <AppProviders queryClient={createQueryClient()}>
          <MemoryRouter>
            <EmailVerification token="tok-456" />
          </MemoryRouter>
        </AppProviders>
      </StrictMode>,
    );

    expect(await screen.findByText(/is confirmed/)).toHaveTextContent('Your email address ada@example.com is confirmed.');
    expect(bodies).toEqual([{ token: 'tok-456' }]);
  });

  it('when the user is signed in, then the page links to the account and the cached profile is marked stale (it shows the address as verified next time)', async () => {
    const auth = makeAuth();
    let meReads = 0;
    server.use(
      http.post(`${API}/auth/verify-email`, () => HttpResponse.json({ email: auth.user.email })),
      http.get(`${API}/auth/me`, () => {
        meReads += 1;
        return HttpResponse.json({ user: { ...auth.user, emailVerified: true } });
      }),
    );
    const { queryClient } = renderApp('/verify-email?token=tok-456', { session: auth });
    // Someone's profile in the cache, as after a visit to the account page.
    queryClient.setQueryData(['auth', 'me'], auth.user);

    expect(await screen.findByRole('link', { name: 'Go to your account' })).toBeInTheDocument();
    expect(queryClient.getQueryState(['auth', 'me'])?.isInvalidated).toBe(true);
    expect(meReads).toBe(0);
  });

  it.each([
    ['verification_token_invalid', 'This confirmation link is not valid. It may have been cut short when it was copied.'],
    ['verification_token_expired', 'This confirmation link has expired.'],
    ['verification_token_used', 'This confirmation link was already used. If it was you, the address is confirmed already.'],
  ])('when the API answers %s, then the page says so in a sentence', async (code, sentence) => {
    server.use(http.post(`${API}/auth/verify-email`, () => problem(400, code, 'Refused')));
    renderApp('/verify-email?token=tok-456');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(sentence);
    expect(within(alert).getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('when the link has no token, then nothing is sent and the page says it is incomplete', () => {
    renderApp('/verify-email');

    expect(screen.getByRole('alert')).toHaveTextContent('This link is incomplete');
  });
});
