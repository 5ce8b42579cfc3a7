import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { API, server } from '../../../test/server';
import { ForgotPasswordForm } from './ForgotPasswordForm';

describe('ForgotPasswordForm', () => {
  it('when an address is sent, then the API gets it trimmed and the page says a link was sent if the account exists, for 30 minutes', async () => {
    let body: unknown;
    server.use(
      http.post(`${API}/auth/password-reset`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ message: 'If an account exists, a link was sent' }, { status: 202 });
      }),
    );
    const { user } = renderWithProviders(<ForgotPasswordForm />);

    await user.type(screen.getByLabelText('Email'), ' ada@example.com ');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'If an account exists for ada@example.com, we sent a link to it to choose a new password. The link works for 30 minutes.',
    );
    expect(body).toEqual({ email: 'ada@example.com' });
    expect(screen.queryByLabelText('Email')).not.toBeInTheDocument();
  });

  it('when the address is malformed, then nothing is sent and the field says why', async () => {
    const { user } = renderWithProviders(<ForgotPasswordForm />);

    await user.type(screen.getByLabelText('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter a valid email address, like name@example.com.');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
