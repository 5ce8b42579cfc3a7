import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
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

  it('when too many attempts were made, then a toast says when to try again', async () => {
    server.use(
      http.post(`${API}/auth/login`, () => problem(429, 'rate_limited', 'Too many sign-in attempts', undefined, { 'Retry-After': '30' })),
    );
    const { user } = renderWithProviders(<LoginForm onSuccess={vi.fn()} />);

    await user.type(screen.getByLabelText('Email'), 'a@b.co');
    await user.type(screen.getByLabelText('Password'), 'any-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many sign-in attempts. Try again in 30 s.');
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
