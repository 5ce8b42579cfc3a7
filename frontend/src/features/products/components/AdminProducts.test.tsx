import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeAuth, makeProduct, makeUser } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { API, server } from '../../../test/server';

describe('the admins’ product list (/admin/products)', () => {
  it('when an admin searches and clicks column headers, then the list is asked for that search and order, and the header says the direction', async () => {
    const queries: string[] = [];
    server.use(
      http.get(`${API}/products`, ({ request }) => {
        queries.push(new URL(request.url).search);
        return HttpResponse.json({ data: [makeProduct({ name: 'Brass lamp' })], nextCursor: null });
      }),
    );
    const { user } = renderApp('/admin/products', { session: makeAuth({ user: makeUser({ role: 'ADMIN' }) }) });
    await screen.findByRole('rowheader', { name: 'Brass lamp' });
    // Newest first unless asked: the Created header says so, the others nothing.
    expect(screen.getByRole('columnheader', { name: /Created/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /Name/ })).not.toHaveAttribute('aria-sort');

    await user.type(screen.getByLabelText('Search'), 'brass');
    await waitFor(() => expect(queries).toContain('?status=active&q=brass'));

    await user.click(screen.getByRole('button', { name: /^Name/ }));
    await waitFor(() => expect(queries).toContain('?status=active&q=brass&sort=name'));
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');

    await user.click(screen.getByRole('button', { name: /^Name/ }));
    await waitFor(() => expect(queries).toContain('?status=active&q=brass&sort=-name'));
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /Created/ })).not.toHaveAttribute('aria-sort');

    // Newest first is the default order: back to it, the address says nothing of the sort.
    await user.click(screen.getByRole('button', { name: /^Created/ }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/admin\/products\?q=brass$/));
    expect(screen.getByRole('columnheader', { name: /Created/ })).toHaveAttribute('aria-sort', 'descending');
  });
});
