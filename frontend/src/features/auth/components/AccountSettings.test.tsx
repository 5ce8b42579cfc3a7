import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { getSession } from '../../../lib/auth';
import { makeAuth, problem } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { API, server } from '../../../test/server';
import { EmailSettings } from './EmailSettings';
import { ProfileNameForm } from './ProfileNameForm';

describe('ProfileNameForm', () => {
  it('when a new name is saved, then PATCH /auth/me gets it trimmed and the session shows the new name', async () => {
    const auth = makeAuth();
    let body: unknown;
    server.use(
      http.get(`${API}/auth/me`, () => HttpResponse.json({ user: auth.user })),
      http.patch(`${API}/auth/me`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ user: { ...auth.user, name: 'Ada Lovelace' } });
      }),
    );
    const { user } = renderWithProviders(<ProfileNameForm />, { session: auth });
    const name = await screen.findByLabelText('Name');
    expect(name).toHaveValue(auth.user.name);

    await user.clear(name);
    await user.type(name, '  Ada Lovelace ');
    await user.click(screen.getByRole('button', { name: 'Save name' }));

    await waitFor(() => expect(getSession()).toEqual({ status: 'authenticated', user: { ...auth.user, name: 'Ada Lovelace' } }));
    expect(body).toEqual({ name: 'Ada Lovelace' });
    expect(await screen.findByText('Your name was changed.')).toBeInTheDocument();
  });

  it('when the name is emptied, then nothing is sent and the field says what is wrong', async () => {
    const auth = makeAuth();
    server.use(http.get(`${API}/auth/me`, () => HttpResponse.json({ user: auth.user })));
    const { user } = renderWithProviders(<ProfileNameForm />, { session: auth });

    await user.clear(await screen.findByLabelText('Name'));
    await user.click(screen.getByRole('button', { name: 'Save name' }));

    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Enter your name.');
  });

  it('when the API refuses the name, then its message is shown next to the field', async () => {
    const auth = makeAuth();
    server.use(
      http.get(`${API}/auth/me`, () => HttpResponse.json({ user: auth.user })),
      http.patch(`${API}/auth/me`, () =>
        problem(400, 'validation_failed', 'The request has invalid fields', [
          { in: 'body', field: 'name', message: 'Name must be a single line', code: 'string.singleLine' },
        ]),
      ),
    );
    const { user } = renderWithProviders(<ProfileNameForm />, { session: auth });

    await user.type(await screen.findByLabelText('Name'), 'x');
    await user.click(screen.getByRole('button', { name: 'Save name' }));

    await waitFor(() => expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Name must be a single line'));
  });
});

describe('EmailSettings', () => {
  function withMe(emailVerified: boolean) {
    const auth = makeAuth();
    server.use(http.get(`${API}/auth/me`, () => HttpResponse.json({ user: { ...auth.user, emailVerified } })));
    return auth;
  }

  it('when the address is confirmed, then it says so and offers no new link', async () => {
    const auth = withMe(true);
    renderWithProviders(<EmailSettings />, { session: auth });

    expect(await screen.findByText(`${auth.user.email}`)).toBeInTheDocument();
    expect(screen.getByText('(confirmed)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send the link again' })).not.toBeInTheDocument();
  });

  it('when the address is not confirmed and a new link is asked for, then POST /verify-email/resend is sent and the page says it was', async () => {
    const auth = withMe(false);
    let resent = 0;
    server.use(
      http.post(`${API}/auth/verify-email/resend`, () => {
        resent += 1;
        return HttpResponse.json({ message: 'Sent' }, { status: 202 });
      }),
    );
    const { user } = renderWithProviders(<EmailSettings />, { session: auth });
    expect(await screen.findByText('(not confirmed yet)')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Send the link again' }));

    expect(await screen.findByText('We sent a new link. It may take a few minutes to arrive.')).toBeInTheDocument();
    expect(resent).toBe(1);
  });

  it('when the address was confirmed meanwhile (409 email_already_verified), then it says it is confirmed, not an error', async () => {
    const auth = withMe(false);
    server.use(http.post(`${API}/auth/verify-email/resend`, () => problem(409, 'email_already_verified', 'Already verified')));
    const { user } = renderWithProviders(<EmailSettings />, { session: auth });

    await user.click(await screen.findByRole('button', { name: 'Send the link again' }));

    const notifications = screen.getByRole('region', { name: 'Notifications' });
    expect(await within(notifications).findByText('Your email address is confirmed already.')).toBeInTheDocument();
    expect(within(notifications).queryByText('Already verified')).not.toBeInTheDocument();
  });

  async function changeEmail(user: ReturnType<typeof renderWithProviders>['user'], newEmail: string, password: string) {
    await user.type(await screen.findByLabelText('New email address'), newEmail);
    await user.type(screen.getByLabelText('Current password'), password);
    await user.click(screen.getByRole('button', { name: 'Change email address' }));
  }

  it('when a change of address is asked for, then the new address and password are sent and the page says a link went to it', async () => {
    const auth = withMe(true);
    let body: unknown;
    server.use(
      http.post(`${API}/auth/change-email`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ message: 'Sent' }, { status: 202 });
      }),
    );
    const { user } = renderWithProviders(<EmailSettings />, { session: auth });

    await changeEmail(user, ' new@example.com ', 'my-password');

    expect(await screen.findByRole('status')).toHaveTextContent('We sent a link to new@example.com; your address changes when you follow it.');
    expect(body).toEqual({ newEmail: 'new@example.com', currentPassword: 'my-password' });
    expect(screen.getByLabelText('Current password')).toHaveValue('');
    // The account keeps its address until the link is followed.
    expect(screen.getByText(auth.user.email)).toBeInTheDocument();
  });

  it('when the current password is wrong, then that field says so', async () => {
    const auth = withMe(true);
    server.use(http.post(`${API}/auth/change-email`, () => problem(400, 'invalid_current_password', 'The current password is incorrect')));
    const { user } = renderWithProviders(<EmailSettings />, { session: auth });

    await changeEmail(user, 'new@example.com', 'wrong-password');

    await waitFor(() => expect(screen.getByLabelText('Current password')).toHaveAccessibleDescription('The current password is incorrect.'));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
