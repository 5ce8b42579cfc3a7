import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeAuth, makeUser, problem } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { API, server } from '../../../test/server';
import { UsersTable } from './UsersTable';

const admin = makeUser({ role: 'ADMIN', email: 'admin@example.com' });

function mockUsers(users: ReturnType<typeof makeUser>[]) {
  const calls: string[] = [];
  server.use(
    http.get(`${API}/users`, () => HttpResponse.json({ data: users, nextCursor: null })),
    http.post(`${API}/users/:id/:action`, ({ params }) => {
      calls.push(`${String(params.action)} ${String(params.id)}`);
      const user = users.find((u) => u.id === params.id)!;
      user.deactivatedAt = params.action === 'deactivate' ? '2025-04-01T10:00:00.000Z' : null;
      return HttpResponse.json({ user });
    }),
  );
  return calls;
}

describe('the users table’s status control', () => {
  it('when an admin deactivates a user, then only after the confirmation, and the row then says Deactivated', async () => {
    const person = makeUser({ email: 'person@example.com' });
    const calls = mockUsers([admin, person]);
    const { user } = renderWithProviders(<UsersTable />, { session: makeAuth({ user: admin }) });

    await user.click(await screen.findByRole('button', { name: 'Deactivate person@example.com' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Deactivate person@example.com?' });
    expect(dialog).toHaveTextContent(/signed out everywhere/);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(calls).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Deactivate person@example.com' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Deactivate' }));

    expect(await screen.findByText('person@example.com was deactivated.')).toBeInTheDocument();
    expect(calls).toEqual([`deactivate ${person.id}`]);
    expect(await screen.findByRole('button', { name: 'Reactivate person@example.com' })).toBeInTheDocument();
  });

  it('when a deactivated user is reactivated, then the API is asked to reactivate them', async () => {
    const person = makeUser({ email: 'gone@example.com', deactivatedAt: '2025-04-01T10:00:00.000Z' });
    const calls = mockUsers([admin, person]);
    const { user } = renderWithProviders(<UsersTable />, { session: makeAuth({ user: admin }) });

    await user.click(await screen.findByRole('button', { name: 'Reactivate gone@example.com' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reactivate' }));

    expect(await screen.findByText('gone@example.com was reactivated.')).toBeInTheDocument();
    expect(calls).toEqual([`reactivate ${person.id}`]);
  });

  it('when the row is the admin’s own, then there is no control; when the API refuses, then its message is shown', async () => {
    const person = makeUser({ email: 'last@example.com', role: 'ADMIN' });
    mockUsers([admin, person]);
    server.use(http.post(`${API}/users/:id/deactivate`, () => problem(409, 'last_admin', 'The last active admin cannot be deactivated')));
    const { user } = renderWithProviders(<UsersTable />, { session: makeAuth({ user: admin }) });

    await screen.findByRole('button', { name: 'Deactivate last@example.com' });
    expect(screen.queryByRole('button', { name: 'Deactivate admin@example.com' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Deactivate last@example.com' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Deactivate' }));
    expect(await screen.findByText('The last active admin cannot be deactivated')).toBeInTheDocument();
  });
});
