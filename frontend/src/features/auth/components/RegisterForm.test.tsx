import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { getSession } from '../../../lib/auth';
import { problem } from '../../../test/fixtures';
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
    const { user } = renderWithProviders(<RegisterForm />);

    await fillAndSubmit(user, 'password123');

    await waitFor(() => expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/Password is one of the most commonly used passwords/));
  });

  it('when the password is too short, then nothing is sent', async () => {
    const { user } = renderWithProviders(<RegisterForm />);

    await fillAndSubmit(user, 'short');

    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/Password must be at least 8 characters/);
  });

  it('when registration is accepted, then a "Check your inbox" panel names the address and links to sign-in, and nobody is signed in', async () => {
    let body: unknown;
    server.use(
      http.post(`${API}/auth/register`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ message: 'Check your inbox to confirm your address' }, { status: 202 });
      }),
    );
    const { user } = renderWithProviders(<RegisterForm signInPath="/login?next=%2Fmy%2Fproducts" />);

    await fillAndSubmit(user);

    expect(await screen.findByRole('heading', { name: 'Check your inbox' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('We sent a link to ada@example.com. Follow it to confirm your address, then sign in.');
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login?next=%2Fmy%2Fproducts');
    expect(screen.queryByRole('form', { name: 'Create account' })).not.toBeInTheDocument();
    expect(body).toEqual({ name: 'Ada', email: 'ada@example.com', password: 'a-long-password' });
    expect(getSession().status).toBe('anonymous');
    expect(localStorage.getItem('shelfwise.hasSession')).toBeNull();
  });

  it('when the password is typed, then "Show password" reveals it', async () => {
    const { user } = renderWithProviders(<RegisterForm />);
    await user.type(screen.getByLabelText('Password'), 'a-long-password');

    await user.click(screen.getByRole('button', { name: 'Show password' }));

    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'text');
  });
});
