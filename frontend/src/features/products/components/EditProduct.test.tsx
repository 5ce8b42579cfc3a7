import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { etagOf, makeAuth, makeProduct, problem } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { API, server } from '../../../test/server';
import type { Product } from '../types';
import { EditProduct } from './EditProduct';

const FULL_ACCESS = { create: true, update: true, delete: true };

/** GET serves whatever `current` is now, with its version as the ETag; PATCH honours If-Match. */
function productApi(initial: Product) {
  const state = { current: initial, ifMatch: [] as (string | null)[], patches: [] as unknown[] };
  server.use(
    http.get(`${API}/products/${initial.id}`, () =>
      HttpResponse.json(state.current, { headers: { ETag: etagOf(state.current) } }),
    ),
    http.patch(`${API}/products/${initial.id}`, async ({ request }) => {
      const ifMatch = request.headers.get('if-match');
      state.ifMatch.push(ifMatch);
      if (ifMatch !== etagOf(state.current)) {
        return problem(412, 'precondition_failed', 'The product was modified by someone else');
      }
      const changes = (await request.json()) as Partial<Product>;
      state.patches.push(changes);
      state.current = { ...state.current, ...changes, version: state.current.version + 1 };
      return HttpResponse.json(state.current, { headers: { ETag: etagOf(state.current) } });
    }),
  );
  return state;
}

describe('EditProduct', () => {
  it('when the product changed elsewhere, then the form says so and reloading brings the latest version to edit', async () => {
    const api = productApi(makeProduct({ id: 'p1', name: 'Desk lamp', version: 3 }));
    const onSaved = vi.fn();
    const { user } = renderWithProviders(<EditProduct accessTo={() => FULL_ACCESS} id="p1" onSaved={onSaved} onDeleted={vi.fn()} />, { session: makeAuth() });
    const name = await screen.findByLabelText('Name');
    expect(name).toHaveValue('Desk lamp');

    // Meanwhile, another tab renames it.
    api.current = { ...api.current, name: 'Renamed elsewhere', version: 4 };
    await user.clear(name);
    await user.type(name, 'My new name');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This product was changed elsewhere');
    expect(api.ifMatch).toEqual(['"3-p1"']);
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    expect(onSaved).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Reload product' }));

    await waitFor(() => expect(screen.getByLabelText('Name')).toHaveValue('Renamed elsewhere'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.clear(screen.getByLabelText('Stock'));
    await user.type(screen.getByLabelText('Stock'), '9');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(api.ifMatch).toEqual(['"3-p1"', '"4-p1"']);
    expect(api.patches).toEqual([{ stock: 9 }]);
  });

  it('when the product does not exist, then a not-found message is shown', async () => {
    server.use(http.get(`${API}/products/missing`, () => problem(404, 'product_not_found', 'Product not found')));

    renderWithProviders(<EditProduct accessTo={() => FULL_ACCESS} id="missing" onSaved={vi.fn()} onDeleted={vi.fn()} />, { session: makeAuth() });

    expect(await screen.findByText('This product does not exist, or you cannot see it.')).toBeInTheDocument();
  });

  it('when deleting meets a product changed meanwhile, then the conflict is shown', async () => {
    productApi(makeProduct({ id: 'p2', name: 'Chair', version: 1 }));
    server.use(http.delete(`${API}/products/p2`, () => problem(412, 'precondition_failed', 'Stale')));
    const onDeleted = vi.fn();
    const { user } = renderWithProviders(<EditProduct accessTo={() => FULL_ACCESS} id="p2" onSaved={vi.fn()} onDeleted={onDeleted} />, { session: makeAuth() });

    await user.click(await screen.findByRole('button', { name: 'Delete Chair' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This product was changed elsewhere');
    expect(onDeleted).not.toHaveBeenCalled();
  });
});
