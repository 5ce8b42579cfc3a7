import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeAuth, makeUser } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { API, server } from '../../../test/server';

const admin = makeAuth({ user: makeUser({ role: 'ADMIN', name: 'Ada Admin' }) });

/** The users list answering every query with `users` (or none for a search), recording each query. */
function mockUsers(users = [admin.user, makeUser({ name: 'Bob', email: 'bob@example.com' })]) {
  const queries: string[] = [];
  server.use(
    http.get(`${API}/users`, ({ request }) => {
      const url = new URL(request.url);
      queries.push(url.search);
      const q = url.searchParams.get('q');
      return HttpResponse.json({ data: q === 'nobody' ? [] : users, nextCursor: null });
    }),
  );
  return queries;
}

describe('the admins’ user list (/admin/users)', () => {
  it('when an admin searches and clicks the column headers, then the list is asked for that search and order, and the header says the direction', async () => {
    const queries = mockUsers();
    const { user } = renderApp('/admin/users', { session: admin });
    await screen.findByRole('rowheader', { name: 'Bob' });
    expect(queries).toEqual(['?limit=50']);
    // Newest first unless asked: the Joined header says so, the others nothing.
    expect(screen.getByRole('columnheader', { name: /Joined/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /Name/ })).not.toHaveAttribute('aria-sort');
    expect(screen.getByRole('columnheader', { name: /Email/ })).not.toHaveAttribute('aria-sort');

    await user.type(screen.getByLabelText('Search'), '  bob ');
    await waitFor(() => expect(queries).toContain('?limit=50&q=bob'));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/admin\/users\?q=bob$/);

    await user.click(screen.getByRole('button', { name: /^Email/ }));
    await waitFor(() => expect(queries).toContain('?limit=50&q=bob&sort=email'));
    expect(screen.getByRole('columnheader', { name: /Email/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Joined/ })).not.toHaveAttribute('aria-sort');

    await user.click(screen.getByRole('button', { name: /^Email/ }));
    await waitFor(() => expect(queries).toContain('?limit=50&q=bob&sort=-email'));
    expect(screen.getByRole('columnheader', { name: /Email/ })).toHaveAttribute('aria-sort', 'descending');

    await user.click(screen.getByRole('button', { name: /^Name/ }));
    await waitFor(() => expect(queries).toContain('?limit=50&q=bob&sort=name'));
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');

    // Joined starts newest first, the default order: the address then says nothing of the sort.
    await user.click(screen.getByRole('button', { name: /^Joined/ }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/admin\/users\?q=bob$/));
    expect(screen.getByRole('columnheader', { name: /Joined/ })).toHaveAttribute('aria-sort', 'descending');
    await user.click(screen.getByRole('button', { name: /^Joined/ }));
    await waitFor(() => expect(queries).toContain('?limit=50&q=bob&sort=createdAt'));
    expect(screen.getByRole('columnheader', { name: /Joined/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('when the address holds a search and an order, then the list opens with them', async () => {
    const queries = mockUsers();
    renderApp('/admin/users?q=ada&sort=-name', { session: admin });
    await screen.findByRole('rowheader', { name: 'Bob' });
    expect(screen.getByLabelText('Search')).toHaveValue('ada');
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');
    expect(queries).toEqual(['?limit=50&q=ada&sort=-name']);
  });

  it('when the sort in the address is not one of the API’s, then the list is newest first', async () => {
    const queries = mockUsers();
    renderApp('/admin/users?sort=role', { session: admin });
    await screen.findByRole('rowheader', { name: 'Bob' });
    expect(queries).toEqual(['?limit=50']);
    expect(screen.getByRole('columnheader', { name: /Joined/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('when a search finds nobody, then it says so (not that there are no users), and the search box keeps its words', async () => {
    mockUsers();
    renderApp('/admin/users?q=nobody', { session: admin });
    expect(await screen.findByText('No users match this search.')).toBeInTheDocument();
    expect(screen.getByLabelText('Search')).toHaveValue('nobody');
  });
});
