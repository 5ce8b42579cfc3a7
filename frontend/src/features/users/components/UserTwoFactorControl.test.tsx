import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeAuth, makeUser, problem } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { API, server } from '../../../test/server';
import { UsersTable } from './UsersTable';

function mockUsers(users: ReturnType<typeof makeUser>[]) {
  const resets: string[] = [];
  server.use(
    http.get(`${API}/users`, () => HttpResponse.json({ data: users, nextCursor: null })),
    http.post(`${API}/users/:id/two-factor/reset`, ({ params }) => {
      resets.push(String(params.id));
      users.find((u) => u.id === params.id)!.twoFactorEnabled = false;
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return resets;
}

describe('the users table’s two-factor reset', () => {
  it('when an admin resets a user’s two-factor, then only after the confirmation, and the list shows it off', async () => {
    const admin = makeUser({ role: 'ADMIN', email: 'admin@example.com' });
    const person = makeUser({ email: 'phone-lost@example.com', twoFactorEnabled: true });
    const resets = mockUsers([admin, person]);
    const { user } = renderWithProviders(<UsersTable />, { session: makeAuth({ user: admin }) });

    await user.click(await screen.findByRole('button', { name: 'Reset two-factor of phone-lost@example.com' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Reset two-factor sign-in of phone-lost@example.com?' });
    expect(dialog).toHaveTextContent(/password alone until they set two-factor up again/);
    expect(dialog).toHaveTextContent(/recorded/);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(resets).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Reset two-factor of phone-lost@example.com' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reset two-factor' }));

    expect(await screen.findByText('Two-factor sign-in was reset for phone-lost@example.com.')).toBeInTheDocument();
    expect(resets).toEqual([person.id]);
    // The list was fetched again: the row now says Off and offers no reset.
    await expect.poll(() => screen.queryByRole('button', { name: 'Reset two-factor of phone-lost@example.com' })).toBeNull();
    const row = screen.getByRole('row', { name: new RegExp(person.name) });
    expect(within(row).getByText('Off')).toBeInTheDocument();
  });

  it('when a user has no second factor or the row is the admin’s own, then there is no reset', async () => {
    const admin = makeUser({ role: 'ADMIN', email: 'admin@example.com', twoFactorEnabled: true });
    const person = makeUser({ email: 'plain@example.com' });
    const other = makeUser({ email: 'secured@example.com', twoFactorEnabled: true });
    mockUsers([admin, person, other]);
    renderWithProviders(<UsersTable />, { session: makeAuth({ user: admin }) });

    await screen.findByRole('button', { name: 'Reset two-factor of secured@example.com' });
    expect(screen.queryByRole('button', { name: 'Reset two-factor of plain@example.com' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reset two-factor of admin@example.com' })).not.toBeInTheDocument();
    expect(screen.getByText('On (you)')).toBeInTheDocument();
  });

  it('when the API refuses, then its message is shown and the row still says On', async () => {
    const admin = makeUser({ role: 'ADMIN', email: 'admin@example.com' });
    const person = makeUser({ email: 'gone@example.com', twoFactorEnabled: true });
    mockUsers([admin, person]);
    server.use(http.post(`${API}/users/:id/two-factor/reset`, () => problem(404, 'user_not_found', 'No user has this id')));
    const { user } = renderWithProviders(<UsersTable />, { session: makeAuth({ user: admin }) });

    await user.click(await screen.findByRole('button', { name: 'Reset two-factor of gone@example.com' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reset two-factor' }));
    expect(await screen.findByText('No user has this id')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset two-factor of gone@example.com' })).toBeInTheDocument();
  });
});
