import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { etagOf, makeAuth, makeProduct, problem } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { API, server } from '../../../test/server';
import type { HistoryEntry, Product } from '../types';
import { ProductDetails } from './ProductDetails';

const by = { type: 'user', id: 'u1', name: 'Olive Owner' } as const;

function entry(version: number, change: HistoryEntry['change'], changes: HistoryEntry['changes'], overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  return { version, change, revertedTo: null, at: '2026-12-05T10:00:00.000Z', actor: by, requestId: null, jobId: null, changes, ...overrides };
}

/** A product at version 3 with its history (two pages), its versions and revert, as the API has them. */
function historyApi(product: Product) {
  const state = { current: product, reverts: [] as Array<{ body: unknown; ifMatch: string | null }> };
  const v1 = { ...product, name: 'Desk lamp', price: '19.99', tags: ['desk'], version: 1 };
  const newer = [
    entry(3, 'update', [{ field: 'tags', old: ['desk'], new: ['desk', 'brass'] }, { field: 'images', old: ['i1', 'i2'], new: ['i2', 'i1'] }], { actor: { type: 'apiKey', id: 'k1', name: 'sync' } }),
    entry(2, 'update', [{ field: 'name', old: 'Desk lamp', new: 'Desk lamp XL' }, { field: 'price', old: '19.99', new: '24.50' }]),
  ];
  const older = [entry(1, 'create', [{ field: 'name', old: null, new: 'Desk lamp' }], { actor: { type: 'system', id: null, name: null } })];
  server.use(
    http.get(`${API}/products/${product.id}`, () => HttpResponse.json(state.current, { headers: { ETag: etagOf(state.current) } })),
    http.get(`${API}/products/${product.id}/history`, ({ request }) => {
      const cursor = new URL(request.url).searchParams.get('cursor');
      const reverted = state.current.version > 3 ? [entry(4, 'revert', [{ field: 'name', old: 'Desk lamp XL', new: 'Desk lamp' }], { revertedTo: 1 })] : [];
      return HttpResponse.json(cursor ? { data: older, nextCursor: null } : { data: [...reverted, ...newer], nextCursor: 'v2' });
    }),
    http.get(`${API}/products/${product.id}/versions/1`, () => HttpResponse.json({ version: 1, at: v1.updatedAt, product: { ...v1, images: [] } })),
    http.post(`${API}/products/${product.id}/revert`, async ({ request }) => {
      state.reverts.push({ body: await request.json(), ifMatch: request.headers.get('if-match') });
      state.current = { ...state.current, name: v1.name, price: v1.price, tags: v1.tags, version: state.current.version + 1 };
      return HttpResponse.json(state.current, { headers: { ETag: etagOf(state.current) } });
    }),
  );
  return state;
}

const member = () => ({ revert: true });

describe('the product page’s history', () => {
  it('lists each change newest first with who made it and a field-by-field diff, and loads older ones', async () => {
    historyApi(makeProduct({ id: 'h1', name: 'Desk lamp XL', price: '24.50', tags: ['desk', 'brass'], version: 3 }));
    const { user } = renderWithProviders(<ProductDetails id="h1" historyFor={member} />, { session: makeAuth() });

    const list = await screen.findByRole('list', { name: 'Changes, newest first' });
    // The entries only, not the lines of their diffs.
    const items = [...list.querySelectorAll<HTMLElement>(':scope > li')];
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Changed · version 3');
    expect(items[0]).toHaveTextContent('by API key sync');
    expect(within(items[0]!).getByRole('list', { name: 'Changes of version 3' })).toHaveTextContent('Tags: added brass');
    expect(items[0]).toHaveTextContent('Pictures: order changed');
    expect(items[1]).toHaveTextContent('Name: Desk lamp → Desk lamp XL');
    expect(items[1]).toHaveTextContent('Price: 19.99 → 24.50');
    expect(items[1]).toHaveTextContent('by Olive Owner');
    // The current version is not offered as a way back.
    expect(within(items[0]!).queryByRole('button', { name: /Revert/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load older changes' }));

    expect(await within(list).findByText(/Created/)).toBeInTheDocument();
    expect(list).toHaveTextContent('by System');
    expect(screen.queryByRole('button', { name: 'Load older changes' })).not.toBeInTheDocument();
  });

  it('when a version is reverted to, then the dialog shows what changes, the revert carries If-Match, and the page shows the new version and its entry', async () => {
    const api = historyApi(makeProduct({ id: 'h2', name: 'Desk lamp XL', price: '24.50', tags: ['desk', 'brass'], version: 3 }));
    const { user } = renderWithProviders(<ProductDetails id="h2" historyFor={member} />, { session: makeAuth() });
    await user.click(await screen.findByRole('button', { name: 'Load older changes' }));

    await user.click(await screen.findByRole('button', { name: 'Revert to version 1' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Revert to version 1?' });
    const changes = await within(dialog).findByRole('list', { name: 'What the revert changes' });
    expect(changes).toHaveTextContent('Name: Desk lamp XL → Desk lamp');
    expect(changes).toHaveTextContent('Price: 24.50 → 19.99');
    expect(changes).toHaveTextContent('Tags: desk, brass → desk');
    await user.click(within(dialog).getByRole('button', { name: 'Revert' }));

    expect(await screen.findByText('“Desk lamp” was reverted to version 1.')).toBeInTheDocument();
    expect(api.reverts).toEqual([{ body: { version: 1 }, ifMatch: '"3-h2"' }]);
    expect(await screen.findByRole('heading', { name: 'Desk lamp', level: 2 })).toBeInTheDocument();
    expect(await screen.findByText('Reverted to version 1')).toBeInTheDocument();
  });

  it('when the API does not show the history to this user, then the section is left out', async () => {
    const product = makeProduct({ id: 'h3', name: 'Vase' });
    server.use(
      http.get(`${API}/products/h3`, () => HttpResponse.json(product, { headers: { ETag: etagOf(product) } })),
      http.get(`${API}/products/h3/history`, () => problem(404, 'product_not_found', 'Not found')),
    );
    renderWithProviders(<ProductDetails id="h3" historyFor={member} />, { session: makeAuth() });

    expect(await screen.findByRole('heading', { name: 'Vase' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'History' })).not.toBeInTheDocument());
  });

  it('when the page does not offer the history (a visitor), then it is not asked for', async () => {
    const product = makeProduct({ id: 'h4', name: 'Bowl' });
    server.use(http.get(`${API}/products/h4`, () => HttpResponse.json(product, { headers: { ETag: etagOf(product) } })));
    renderWithProviders(<ProductDetails id="h4" historyFor={() => null} />);

    expect(await screen.findByRole('heading', { name: 'Bowl' })).toBeInTheDocument();
    // No handler for …/history: had it been requested, the test would fail.
    expect(screen.queryByRole('heading', { name: 'History' })).not.toBeInTheDocument();
  });
});
