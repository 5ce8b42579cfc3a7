import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeAuth, makeProduct, makeUser, problem } from '../../../test/fixtures';
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
      http.get(`${API}/users`, () => HttpResponse.json({ data: [], nextCursor: null })),
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

  it('when products are listed, then each page’s owners are asked for once, by their ids, and shown by name; an id no user has is an unknown user', async () => {
    const owners = { ada: makeUser({ id: 'owner-ada', name: 'Ada Lovelace' }), bob: makeUser({ id: 'owner-bob', name: 'Bob Builder' }) };
    const pages = [
      [makeProduct({ name: 'Lamp', ownerId: 'owner-bob' }), makeProduct({ name: 'Vase', ownerId: 'owner-gone' }), makeProduct({ name: 'Jug', ownerId: 'owner-bob' })],
      [makeProduct({ name: 'Rug', ownerId: 'owner-ada' })],
    ];
    const lookups: Array<Record<string, string>> = [];
    server.use(
      http.get(`${API}/products`, ({ request }) => {
        const second = new URL(request.url).searchParams.get('cursor') === 'page-2';
        return HttpResponse.json({ data: pages[second ? 1 : 0], nextCursor: second ? null : 'page-2' });
      }),
      http.get(`${API}/users`, ({ request }) => {
        const params = Object.fromEntries(new URL(request.url).searchParams);
        lookups.push(params);
        const ids = params.ids!.split(',');
        return HttpResponse.json({ data: Object.values(owners).filter((o) => ids.includes(o.id)), nextCursor: null });
      }),
    );
    const { user } = renderApp('/admin/products', { session: makeAuth({ user: makeUser({ role: 'ADMIN' }) }) });

    const lamp = await screen.findByRole('row', { name: /Lamp/ });
    await waitFor(() => expect(within(lamp).getByRole('button', { name: 'Bob Builder' })).toBeInTheDocument());
    expect(within(screen.getByRole('row', { name: /Vase/ })).getByRole('button', { name: 'Unknown user' })).toBeInTheDocument();
    // One request for the page, each owner once.
    expect(lookups).toEqual([{ ids: 'owner-bob,owner-gone', limit: '2' }]);

    await user.click(screen.getByRole('button', { name: /Load more/ }));
    const rug = await screen.findByRole('row', { name: /Rug/ });
    await waitFor(() => expect(within(rug).getByRole('button', { name: 'Ada Lovelace' })).toBeInTheDocument());
    expect(lookups).toEqual([{ ids: 'owner-bob,owner-gone', limit: '2' }, { ids: 'owner-ada', limit: '1' }]);

    // Filtered by an owner, the note names them too (the page's lookup answers it).
    await user.click(within(rug).getByRole('button', { name: 'Ada Lovelace' }));
    expect(await screen.findByText(/^Owner Ada Lovelace/)).toHaveTextContent('Owner Ada Lovelace Show all owners');
    expect(screen.getByTestId('location')).toHaveTextContent('/admin/products?owner=owner-ada');
  });

  it('when the owners cannot be looked up, then the list still shows, each owner by the start of their id', async () => {
    server.use(
      http.get(`${API}/products`, () => HttpResponse.json({ data: [makeProduct({ name: 'Lamp', ownerId: '0190abcd-0000-7000-8000-000000000001' })], nextCursor: null })),
      http.get(`${API}/users`, () => problem(503, 'service_unavailable', 'Try again later')),
    );
    renderApp('/admin/products', { session: makeAuth({ user: makeUser({ role: 'ADMIN' }) }) });
    const lamp = await screen.findByRole('row', { name: /Lamp/ });
    expect(within(lamp).getByRole('button', { name: '0190abcd' })).toBeInTheDocument();
  });
});
