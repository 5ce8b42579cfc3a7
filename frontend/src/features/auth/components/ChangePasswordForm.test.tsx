import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeAuth, problem } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { API, server } from '../../../test/server';
import { ChangePasswordForm } from './ChangePasswordForm';

async function submit(user: ReturnType<typeof renderWithProviders>['user'], current: string, next: string, confirm = next) {
  await user.type(screen.getByLabelText('Current password'), current);
  await user.type(screen.getByLabelText('New password'), next);
  await user.type(screen.getByLabelText('Confirm new password'), confirm);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('ChangePasswordForm', () => {
  it('when the current password is wrong, then that field says so and the session stays', async () => {
    server.use(http.post(`${API}/auth/change-password`, () => problem(401, 'invalid_credentials', 'The current password is wrong')));
    const { user } = renderWithProviders(<ChangePasswordForm />, { session: makeAuth() });

    await submit(user, 'not-my-password', 'brand-new-password');

    await waitFor(() =>
      expect(screen.getByLabelText('Current password')).toHaveAccessibleDescription('The current password is wrong'),
    );
  });

  it('when the confirmation differs, then nothing is sent', async () => {
    const { user } = renderWithProviders(<ChangePasswordForm />, { session: makeAuth() });

    await submit(user, 'old-password', 'brand-new-password', 'brand-new-passw0rd');

    expect(screen.getByLabelText('Confirm new password')).toHaveAccessibleDescription('The passwords do not match.');
  });

  it('when the change succeeds, then the form is emptied and a confirmation shown', async () => {
    let body: unknown;
    server.use(
      http.post(`${API}/auth/change-password`, async ({ request }) => {
        body = await request.json();
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderWithProviders(<ChangePasswordForm />, { session: makeAuth() });

    await submit(user, 'old-password', 'brand-new-password');

    expect(await screen.findByText('Your password was changed.')).toBeInTheDocument();
    expect(body).toEqual({ currentPassword: 'old-password', newPassword: 'brand-new-password' });
    expect(screen.getByLabelText('Current password')).toHaveValue('');
  });
});
