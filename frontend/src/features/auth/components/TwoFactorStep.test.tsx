import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { getAccessToken, getSession } from '../../../lib/auth';
import { makeAuth, problem } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { API, server } from '../../../test/server';
import { LoginForm } from './LoginForm';

const challenge = { mfaRequired: true, mfaToken: 'mfa.token.value', expiresIn: 300 };

async function passPasswordStep() {
  const onSuccess = vi.fn();
  const rendered = renderWithProviders(<LoginForm onSuccess={onSuccess} />);
  await rendered.user.type(screen.getByLabelText('Email'), 'ada@example.com');
  await rendered.user.type(screen.getByLabelText('Password'), 'right-password');
  await rendered.user.click(screen.getByRole('button', { name: 'Sign in' }));
  const form = within(await screen.findByRole('form', { name: 'Two-factor sign-in' }));
  return { ...rendered, onSuccess, form };
}

describe('sign-in with two-factor on', () => {
  it('when /login answers 202, then no session starts and the form asks for the code; the code and the mfaToken then sign in', async () => {
    const auth = makeAuth();
    let sent: unknown;
    server.use(
      http.post(`${API}/auth/login`, () => HttpResponse.json(challenge, { status: 202 })),
      http.post(`${API}/auth/login/two-factor`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(auth);
      }),
    );
    const { user, onSuccess, form } = await passPasswordStep();

    expect(getSession().status).not.toBe('authenticated');
    expect(onSuccess).not.toHaveBeenCalled();
    expect(form.getByLabelText('Code')).toHaveFocus();
    expect(screen.queryByRole('form', { name: 'Sign in' })).not.toBeInTheDocument();

    await user.type(form.getByLabelText('Code'), ' 123456 ');
    await user.click(form.getByRole('button', { name: 'Verify' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(sent).toEqual({ mfaToken: 'mfa.token.value', code: '123456' });
    expect(getSession()).toEqual({ status: 'authenticated', user: auth.user });
    expect(getAccessToken()).toBe(auth.accessToken);
  });

  it('when the code is wrong or already used, then the field says which, and the step stays', async () => {
    let answer = problem(401, 'two_factor_code_invalid', 'The code is not correct');
    server.use(
      http.post(`${API}/auth/login`, () => HttpResponse.json(challenge, { status: 202 })),
      http.post(`${API}/auth/login/two-factor`, () => answer),
    );
    const { user, onSuccess, form } = await passPasswordStep();

    await user.type(form.getByLabelText('Code'), '000000');
    await user.click(form.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(form.getByLabelText('Code')).toHaveAccessibleDescription(/^That code is not correct\. Check your app and try again\./));

    answer = problem(401, 'two_factor_code_reused', 'This code was already used');
    await user.click(form.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(form.getByLabelText('Code')).toHaveAccessibleDescription(/^That code was already used\. Wait for the next code in your app\./));
    expect(onSuccess).not.toHaveBeenCalled();
    expect(getSession().status).not.toBe('authenticated');
  });

  it('when the mfaToken has expired, then the password step comes back saying why, with the password cleared', async () => {
    server.use(
      http.post(`${API}/auth/login`, () => HttpResponse.json(challenge, { status: 202 })),
      http.post(`${API}/auth/login/two-factor`, () => problem(401, 'mfa_token_expired', 'The sign-in step took longer than 5 minutes')),
    );
    const { user, form } = await passPasswordStep();

    await user.type(form.getByLabelText('Code'), '123456');
    await user.click(form.getByRole('button', { name: 'Verify' }));

    const signIn = within(await screen.findByRole('form', { name: 'Sign in' }));
    expect(signIn.getByRole('alert')).toHaveTextContent('The sign-in took too long. Enter your password again.');
    expect(signIn.getByLabelText('Email')).toHaveValue('ada@example.com');
    expect(signIn.getByLabelText('Password')).toHaveValue('');
  });

  it('when the code field is empty, then nothing is sent and the field says what to enter', async () => {
    const sent = vi.fn();
    server.use(
      http.post(`${API}/auth/login`, () => HttpResponse.json(challenge, { status: 202 })),
      http.post(`${API}/auth/login/two-factor`, () => {
        sent();
        return HttpResponse.json(makeAuth());
      }),
    );
    const { user, form } = await passPasswordStep();

    await user.click(form.getByRole('button', { name: 'Verify' }));

    expect(form.getByLabelText('Code')).toHaveAccessibleDescription(/^Enter the 6-digit code/);
    expect(sent).not.toHaveBeenCalled();
  });
});
