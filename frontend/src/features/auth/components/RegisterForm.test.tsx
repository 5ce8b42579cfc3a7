import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { getSession } from '../../../lib/auth';
import { makeAuth, problem } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { API, server } from '../../../test/server';
import { RegisterForm } from './RegisterForm';

async function fillAndSubmit(user: ReturnType<typeof renderWithProviders>['user'], password = 'a-long-password') {
  await user.type(screen.getByLabelText('Name'), 'Ada');
  await user.type(screen.getByLabelText('Email'), 'ada@example.com');
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('RegisterForm', () => {
  it('when the email is taken, then the email field says so', async () => {
    server.use(http.post(`${API}/auth/register`, () => problem(409, 'email_taken', 'An account with this email already exists')));
    const { user } = renderWithProviders(<RegisterForm onSuccess={vi.fn()} />);

    await fillAndSubmit(user);

    await waitFor(() =>
      expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('An account with this email already exists'),
    );
  });

  it('when the API calls the password common, then the password field shows it', async () => {
    server.use(
      http.post(`${API}/auth/register`, () =>
        problem(400, 'validation_failed', 'The request has invalid fields', [
          {
            in: 'body',
            field: 'password',
            message: 'Password is one of the most commonly used passwords; choose one that is harder to guess',
            code: 'password.tooCommon',
          },
        ]),
      ),
    );
    const { user } = renderWithProviders(<RegisterForm onSuccess={vi.fn()} />);

    await fillAndSubmit(user, 'password123');

    await waitFor(() => expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/Password is one of the most commonly used passwords/));
  });

  it('when the password is too short, then nothing is sent', async () => {
    const { user } = renderWithProviders(<RegisterForm onSuccess={vi.fn()} />);

    await fillAndSubmit(user, 'short');

    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/Password must be at least 8 characters/);
  });

  it('when registration succeeds, then the user is signed in', async () => {
    const auth = makeAuth();
    server.use(http.post(`${API}/auth/register`, () => HttpResponse.json(auth, { status: 201 })));
    const onSuccess = vi.fn();
    const { user } = renderWithProviders(<RegisterForm onSuccess={onSuccess} />);

    await fillAndSubmit(user);

    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(getSession()).toEqual({ status: 'authenticated', user: auth.user });
  });
});
