import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Link, useNavigate } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { etagOf, makeAuth, makeProduct, problem } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { API, server } from '../../../test/server';
import type { Product } from '../types';
import { EditProduct } from './EditProduct';

const FULL_ACCESS = { create: true, update: true, delete: true };

/** GET serves whatever `current` is now, with its version as the ETag; PATCH honours If-Match. */
function productApi(initial: Product) {
  const state = {
    current: initial,
    ifMatch: [] as (string | null)[],
    patches: [] as unknown[],
    /** The history's snapshots by version; a test deletes one to play a pruned version. */
    versions: new Map<number, Product>([[initial.version, initial]]),
  };
  /** Another tab changes the product. */
  const changeElsewhere = (change: Partial<Product>) => {
    state.current = { ...state.current, ...change, version: state.current.version + 1 };
    state.versions.set(state.current.version, state.current);
  };
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
      state.versions.set(state.current.version, state.current);
      return HttpResponse.json(state.current, { headers: { ETag: etagOf(state.current) } });
    }),
    http.get(`${API}/products/${initial.id}/versions/:version`, ({ params }) => {
      const product = state.versions.get(Number(params.version));
      if (!product) return problem(404, 'version_not_found', 'This version is not in the history');
      return HttpResponse.json({ version: product.version, at: product.updatedAt, product: { ...product, images: [] } });
    }),
  );
  return Object.assign(state, { changeElsewhere });
}

describe('EditProduct', () => {
  it('when the product changed elsewhere, then the form keeps the typing, merges the other change, asks for the field both changed and saves on the new version', async () => {
    const api = productApi(makeProduct({ id: 'p1', name: 'Desk lamp', stock: 5, price: '19.99', version: 3 }));
    const onSaved = vi.fn();
    const { user } = renderWithProviders(<EditProduct accessTo={() => FULL_ACCESS} id="p1" onSaved={onSaved} onDeleted={vi.fn()} />, { session: makeAuth() });
    const name = await screen.findByLabelText('Name');
    expect(name).toHaveValue('Desk lamp');

    // Meanwhile, another tab renames it and changes the stock.
    api.changeElsewhere({ name: 'Renamed elsewhere', stock: 9 });
    await user.clear(name);
    await user.type(name, 'My new name');
    await user.clear(screen.getByLabelText('Price'));
    await user.type(screen.getByLabelText('Price'), '24.50');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This product was changed elsewhere');
    expect(api.ifMatch).toEqual(['"3-p1"']);
    expect(screen.getByRole('list', { name: 'Merged from the other change:' })).toHaveTextContent('Stock: 5 → 9');
    expect(screen.getByLabelText('Stock')).toHaveValue('9');
    expect(screen.getByLabelText('Price')).toHaveValue('24.50');
    expect(screen.getByLabelText('Name')).toHaveValue('My new name');
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    expect(onSaved).not.toHaveBeenCalled();

    const choice = screen.getByRole('group', { name: 'Name: changed on both sides' });
    await user.click(within(choice).getByRole('radio', { name: 'Use theirs: Renamed elsewhere' }));
    expect(screen.getByLabelText('Name')).toHaveValue('Renamed elsewhere');
    await user.click(within(choice).getByRole('radio', { name: 'Keep mine: My new name' }));
    expect(screen.getByLabelText('Name')).toHaveValue('My new name');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(api.ifMatch).toEqual(['"3-p1"', '"4-p1"']);
    expect(api.patches).toEqual([{ name: 'My new name', price: '24.50' }]);
  });

  it('when the version the form opened is no longer in the history, then every field that differs is a choice', async () => {
    const api = productApi(makeProduct({ id: 'p3', name: 'Desk lamp', stock: 5, version: 3 }));
    const { user } = renderWithProviders(<EditProduct accessTo={() => FULL_ACCESS} id="p3" onSaved={vi.fn()} onDeleted={vi.fn()} />, { session: makeAuth() });
    await screen.findByLabelText('Name');
    api.changeElsewhere({ stock: 9 });
    api.versions.delete(3);

    await user.type(screen.getByLabelText('Name'), ' XL');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText(/no longer in the product’s history/)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Name: changed on both sides' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Stock: changed on both sides' })).toBeInTheDocument();
    expect(screen.getByLabelText('Stock')).toHaveValue('5');
  });

  it('when the product does not exist, then a not-found message is shown', async () => {
    server.use(http.get(`${API}/products/missing`, () => problem(404, 'product_not_found', 'Product not found')));

    renderWithProviders(<EditProduct accessTo={() => FULL_ACCESS} id="missing" onSaved={vi.fn()} onDeleted={vi.fn()} />, { session: makeAuth() });

    expect(await screen.findByText('This product does not exist, or you cannot see it.')).toBeInTheDocument();
  });

  it('when deleting meets a product changed meanwhile, then the change is merged in and deleting again uses the new version', async () => {
    const api = productApi(makeProduct({ id: 'p2', name: 'Chair', stock: 1, version: 1 }));
    const deletes: (string | null)[] = [];
    server.use(
      http.delete(`${API}/products/p2`, ({ request }) => {
        deletes.push(request.headers.get('if-match'));
        return request.headers.get('if-match') === etagOf(api.current) ? new HttpResponse(null, { status: 204 }) : problem(412, 'precondition_failed', 'Stale');
      }),
    );
    const onDeleted = vi.fn();
    const { user } = renderWithProviders(<EditProduct accessTo={() => FULL_ACCESS} id="p2" onSaved={vi.fn()} onDeleted={onDeleted} />, { session: makeAuth() });
    await screen.findByLabelText('Name');
    api.changeElsewhere({ stock: 4 });

    await user.click(screen.getByRole('button', { name: 'Delete Chair' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This product was changed elsewhere');
    expect(screen.getByLabelText('Stock')).toHaveValue('4');
    expect(onDeleted).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Delete Chair' }));

    await waitFor(() => expect(onDeleted).toHaveBeenCalled());
    expect(deletes).toEqual(['"1-p2"', '"2-p2"']);
  });
});

/** The form with a link away from it; saving goes to the list, as the page does. */
function EditPage({ id }: { id: string }) {
  const navigate = useNavigate();
  return (
    <>
      <EditProduct accessTo={() => FULL_ACCESS} id={id} onSaved={() => void navigate('/my/products')} onDeleted={vi.fn()} />
      <Link to="/elsewhere">Elsewhere</Link>
    </>
  );
}

describe('leaving the edit form', () => {
  it('when the form has unsaved changes, then leaving asks first, and staying keeps them', async () => {
    productApi(makeProduct({ id: 'p4', name: 'Stool', version: 1 }));
    const { user } = renderWithProviders(<EditPage id="p4" />, { session: makeAuth(), route: '/my/products/p4/edit' });
    await user.type(await screen.findByLabelText('Name'), ' XL');

    await user.click(screen.getByRole('link', { name: 'Elsewhere' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    expect(screen.getByTestId('location')).toHaveTextContent('/my/products/p4/edit');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('Stool XL');
    expect(screen.getByTestId('location')).toHaveTextContent('/my/products/p4/edit');

    await user.click(screen.getByRole('link', { name: 'Elsewhere' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Leave without saving' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/elsewhere'));
  });

  it('when nothing was changed, then leaving does not ask', async () => {
    productApi(makeProduct({ id: 'p5', name: 'Bench', version: 1 }));
    const { user } = renderWithProviders(<EditPage id="p5" />, { session: makeAuth(), route: '/my/products/p5/edit' });
    await screen.findByLabelText('Name');

    await user.click(screen.getByRole('link', { name: 'Elsewhere' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/elsewhere'));
  });

  it('when the changes are saved, then the form goes to the list without asking', async () => {
    productApi(makeProduct({ id: 'p6', name: 'Table', version: 1 }));
    const { user } = renderWithProviders(<EditPage id="p6" />, { session: makeAuth(), route: '/my/products/p6/edit' });
    await user.type(await screen.findByLabelText('Name'), ' XL');

    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/my/products'));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('when the tab is closed with unsaved changes, then the browser is asked to confirm', async () => {
    productApi(makeProduct({ id: 'p7', name: 'Shelf', version: 1 }));
    const { user } = renderWithProviders(<EditPage id="p7" />, { session: makeAuth(), route: '/my/products/p7/edit' });
    await screen.findByLabelText('Name');
    const untouched = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(untouched);
    expect(untouched.defaultPrevented).toBe(false);

    await user.type(screen.getByLabelText('Name'), ' XL');
    const edited = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(edited);

    expect(edited.defaultPrevented).toBe(true);
  });
});
