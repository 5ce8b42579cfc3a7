import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSession } from '../../../lib/auth';
import { makeAuth, problem } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { API, server } from '../../../test/server';
import { LoginForm } from './LoginForm';

describe('LoginForm', () => {
  it('when the API refuses fields, then each message is shown inline next to its input', async () => {
    server.use(
      http.post(`${API}/auth/login`, () =>
        problem(400, 'validation_failed', 'The request has invalid fields', [
          { in: 'body', field: 'email', message: '"email" must be a valid email', code: 'string.email' },
          { in: 'body', field: 'password', message: '"password" length must be at most 72 bytes', code: 'string.max' },
        ]),
      ),
    );
    const { user } = renderWithProviders(<LoginForm onSuccess={vi.fn()} />);

    await user.type(screen.getByLabelText('Email'), 'someone@example.invalid');
    await user.type(screen.getByLabelText('Password'), 'whatever-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAccessibleDescription('"email" must be a valid email'));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('"password" length must be at most 72 bytes');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('when a field is corrected, then its error goes away', async () => {
    server.use(
      http.post(`${API}/auth/login`, () =>
        problem(400, 'validation_failed', 'Invalid', [{ in: 'body', field: 'email', message: 'Bad email', code: 'x' }]),
      ),
    );
    const { user } = renderWithProviders(<LoginForm onSuccess={vi.fn()} />);
    await user.type(screen.getByLabelText('Email'), 'a@b.co');
    await user.type(screen.getByLabelText('Password'), 'secret-pass');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText('Bad email');

    await user.type(screen.getByLabelText('Email'), 'm');

    expect(screen.queryByText('Bad email')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
  });

  it('when the credentials are wrong, then the form says so without telling which one', async () => {
    server.use(http.post(`${API}/auth/login`, () => problem(401, 'invalid_credentials', 'Email or password is incorrect')));
    const { user } = renderWithProviders(<LoginForm onSuccess={vi.fn()} />);

    await user.type(screen.getByLabelText('Email'), 'a@b.co');
    await user.type(screen.getByLabelText('Password'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect');
    expect(getSession().status).toBe('anonymous');
  });

  describe('when sign-in answers 429 with Retry-After 300', () => {
    // 14:27 local time: the pause ends five minutes later, at 14:32 on the browser's clock.
    const answeredAt = new Date(2025, 0, 15, 14, 27, 0);
    beforeEach(() => {
      vi.useFakeTimers({ now: answeredAt, shouldAdvanceTime: true });
      server.use(
        http.post(`${API}/auth/login`, () =>
          problem(429, 'rate_limited', 'Too many requests; slow down and retry later', undefined, { 'Retry-After': '300' }),
        ),
      );
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    async function signInTooOften() {
      const { user } = renderWithProviders(<LoginForm onSuccess={vi.fn()} />);
      await user.type(screen.getByLabelText('Email'), 'a@b.co');
      await user.type(screen.getByLabelText('Password'), 'any-password');
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
      return within(screen.getByRole('form', { name: 'Sign in' }));
    }

    it('then one message in the form says until when sign-in is paused, and no toast appears', async () => {
      const form = await signInTooOften();

      const alert = await form.findByRole('alert');
      // The clock time in the browser's own format (14:32, or 2:32 PM).
      expect(alert).toHaveTextContent(/^Too many sign-in attempts\. Sign-in is paused until (14:32|2:32\sPM) \(in about 5 minutes\)\.$/);
      expect(screen.getAllByRole('alert')).toEqual([alert]);
      expect(within(screen.getByRole('region', { name: 'Notifications' })).queryByText(/./)).not.toBeInTheDocument();
    });

    it('then the button stays disabled until that time and is enabled again by itself after it', async () => {
      const form = await signInTooOften();
      const button = form.getByRole('button', { name: 'Sign in' });
      await waitFor(() => expect(button).toBeDisabled());
      expect(button).toHaveAccessibleDescription(/Sign-in is paused until/);

      await act(() => vi.advanceTimersByTimeAsync(299_000 - (Date.now() - answeredAt.getTime())));
      expect(button).toBeDisabled();

      await act(() => vi.advanceTimersByTimeAsync(2_000));
      expect(button).toBeEnabled();
      expect(form.queryByRole('alert')).not.toBeInTheDocument();
    });
  });

  it('when sign-in answers 429 without Retry-After, then the form asks to wait a few minutes and the button stays enabled', async () => {
    server.use(http.post(`${API}/auth/login`, () => problem(429, 'rate_limited', 'Too many requests; slow down and retry later')));
    const { user } = renderWithProviders(<LoginForm onSuccess={vi.fn()} />);

    await user.type(screen.getByLabelText('Email'), 'a@b.co');
    await user.type(screen.getByLabelText('Password'), 'any-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many sign-in attempts. Wait a few minutes, then try again.');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('when fields are empty or malformed, then nothing is sent and the client says what is wrong', async () => {
    const { user } = renderWithProviders(<LoginForm onSuccess={vi.fn()} />);

    await user.type(screen.getByLabelText('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter a valid email address, like name@example.com.');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
  });

  it('when the credentials are right, then the session starts with the user and the token stays in memory', async () => {
    const auth = makeAuth();
    let body: unknown;
    server.use(
      http.post(`${API}/auth/login`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(auth);
      }),
    );
    const onSuccess = vi.fn();
    const { user } = renderWithProviders(<LoginForm onSuccess={onSuccess} />);

    await user.type(screen.getByLabelText('Email'), '  ada@example.com ');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(body).toEqual({ email: 'ada@example.com', password: 'correct horse' });
    expect(getSession()).toEqual({ status: 'authenticated', user: auth.user });
    // Storage holds only the non-secret "this browser has a session" hint, never a token.
    expect(Object.keys({ ...localStorage })).toEqual(['shelfwise.hasSession']);
    expect(JSON.stringify({ ...localStorage })).not.toContain(auth.accessToken);
    expect(sessionStorage.length).toBe(0);
  });
});
