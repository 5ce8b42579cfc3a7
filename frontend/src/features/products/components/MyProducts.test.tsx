import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { etagOf, makeAuth, makeProduct, problem } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { API, server } from '../../../test/server';
import type { Product } from '../types';
import { MyProducts } from './MyProducts';

const FULL_ACCESS = { create: true, update: true, delete: true };
const ownWorkspace = { workspace: 'personal', personal: true, label: 'My products', access: FULL_ACCESS };

/** Lists, reads (with an opaque ETag), patches and deletes like the API, If-Match checked. */
function myProductsApi(products: Product[]) {
  const state = {
    products,
    queries: [] as string[],
    writes: [] as { method: string; id: string; ifMatch: string | null; body?: unknown }[],
    /** Each product as it was at each version replaced since (the history's snapshots). */
    versions: new Map<string, Product>(),
  };
  const remember = (product: Product) => state.versions.set(`${product.id}@${product.version}`, product);
  const find = (id: unknown) => state.products.find((p) => p.id === id);
  server.use(
    http.get(`${API}/workspaces/personal/products`, ({ request }) => {
      state.queries.push(new URL(request.url).search);
      return HttpResponse.json({ data: state.products, nextCursor: null });
    }),
    http.get(`${API}/products/:id`, ({ params }) => {
      const product = find(params.id);
      return product ? HttpResponse.json(product, { headers: { ETag: etagOf(product) } }) : problem(404, 'product_not_found', 'Not found');
    }),
    http.patch(`${API}/products/:id`, async ({ params, request }) => {
      const product = find(params.id)!;
      const ifMatch = request.headers.get('if-match');
      const body = (await request.json()) as Partial<Product>;
      state.writes.push({ method: 'PATCH', id: product.id, ifMatch, body });
      if (ifMatch !== etagOf(product)) return problem(412, 'precondition_failed', 'Stale');
      const saved = { ...product, ...body, version: product.version + 1 };
      remember(product);
      state.products = state.products.map((p) => (p.id === saved.id ? saved : p));
      return HttpResponse.json(saved, { headers: { ETag: etagOf(saved) } });
    }),
    http.get(`${API}/products/:id/versions/:version`, ({ params }) => {
      const product = state.versions.get(`${String(params.id)}@${String(params.version)}`);
      return product ? HttpResponse.json({ version: product.version, at: product.updatedAt, product: { ...product, images: [] } }) : problem(404, 'version_not_found', 'No such version');
    }),
    http.delete(`${API}/products/:id`, ({ params, request }) => {
      const product = find(params.id)!;
      const ifMatch = request.headers.get('if-match');
      state.writes.push({ method: 'DELETE', id: product.id, ifMatch });
      if (ifMatch !== etagOf(product)) return problem(412, 'precondition_failed', 'Stale');
      state.products = state.products.filter((p) => p.id !== params.id);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  /** Another tab (or user) changes a product behind this page's back. */
  const changeElsewhere = (id: string, change: Partial<Product>) => {
    state.products = state.products.map((p) => {
      if (p.id !== id) return p;
      remember(p);
      return { ...p, ...change, version: p.version + 1 };
    });
  };
  return Object.assign(state, { changeElsewhere });
}

describe('MyProducts', () => {
  it('lists the workspace’s products in every status, and filters by status through the URL', async () => {
    const api = myProductsApi([makeProduct({ name: 'Draft thing', status: 'draft' }), makeProduct({ name: 'Old thing', status: 'archived' })]);
    const { user } = renderWithProviders(<MyProducts {...ownWorkspace} />, { session: makeAuth(), route: '/my/products' });

    expect(await screen.findByRole('link', { name: 'Draft thing' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Old thing' })).toBeInTheDocument();
    expect(api.queries[0]).toBe('');

    await user.selectOptions(screen.getByLabelText('Filter by status'), 'archived');

    await waitFor(() => expect(api.queries).toContain('?status=archived'));
    expect(screen.getByTestId('location')).toHaveTextContent('/my/products?status=archived');
  });

  it('when there are none, then it says so', async () => {
    myProductsApi([]);
    renderWithProviders(<MyProducts {...ownWorkspace} />, { session: makeAuth() });

    expect(await screen.findByText('You have no products yet.')).toBeInTheDocument();
  });

  it('when a product is deleted, then it goes to the trash with its version as If-Match, and Undo restores it', async () => {
    const api = myProductsApi([makeProduct({ id: 'p9', name: 'Lamp', version: 7 })]);
    const restored: string[] = [];
    server.use(
      http.post(`${API}/products/:id/restore`, ({ params }) => {
        restored.push(String(params.id));
        const product = makeProduct({ id: 'p9', name: 'Lamp', version: 9 });
        api.products = [product];
        return HttpResponse.json(product, { headers: { ETag: etagOf(product) } });
      }),
    );
    const { user } = renderWithProviders(<MyProducts {...ownWorkspace} />, { session: makeAuth() });

    await user.click(await screen.findByRole('button', { name: 'Delete Lamp' }));

    expect(await screen.findByText('“Lamp” was moved to the trash.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Lamp' })).not.toBeInTheDocument());
    expect(api.writes).toEqual([{ method: 'DELETE', id: 'p9', ifMatch: '"7-p9"' }]);

    await user.click(screen.getByRole('button', { name: 'Undo' }));

    expect(await screen.findByText('“Lamp” was restored.')).toBeInTheDocument();
    expect(restored).toEqual(['p9']);
    expect(await screen.findByRole('link', { name: 'Lamp' })).toBeInTheDocument();
  });

  it('when deleting meets a product changed meanwhile, then the conflict is shown and nothing is deleted', async () => {
    const api = myProductsApi([makeProduct({ id: 'p8', name: 'Vase', version: 1 })]);
    const { user } = renderWithProviders(<MyProducts {...ownWorkspace} />, { session: makeAuth() });
    const row = within((await screen.findByRole('link', { name: 'Vase' })).closest('li')!);
    api.changeElsewhere('p8', { stock: 3 });

    await user.click(row.getByRole('button', { name: 'Delete Vase' }));

    expect(await row.findByRole('alert')).toHaveTextContent('This product was changed elsewhere');
    expect(row.getByRole('button', { name: 'Reload product' })).toHaveFocus();
    expect(api.writes).toEqual([]);
  });

  it('changes stock and status in place, with the ETag of the version shown', async () => {
    const api = myProductsApi([makeProduct({ id: 'p3', name: 'Mug', stock: 2, status: 'draft', version: 1 })]);
    const { user } = renderWithProviders(<MyProducts {...ownWorkspace} />, { session: makeAuth() });
    const row = within((await screen.findByRole('link', { name: 'Mug' })).closest('li')!);

    await user.clear(row.getByLabelText('Stock'));
    await user.type(row.getByLabelText('Stock'), '10');
    await user.selectOptions(row.getByLabelText('Status'), 'active');
    await user.click(row.getByRole('button', { name: 'Update' }));

    expect(await screen.findByText('“Mug” was updated.')).toBeInTheDocument();
    expect(api.writes).toEqual([{ method: 'PATCH', id: 'p3', ifMatch: '"1-p3"', body: { stock: 10, status: 'active' } }]);
    await waitFor(() => expect(row.getByText('Active', { selector: '.badge' })).toBeInTheDocument());
  });

  it('when the stock changed elsewhere and the user changed the status, then the row merges both and Update saves them on the new version', async () => {
    const api = myProductsApi([makeProduct({ id: 'p4', name: 'Bowl', stock: 2, status: 'draft', version: 1 })]);
    const { user } = renderWithProviders(<MyProducts {...ownWorkspace} />, { session: makeAuth() });
    const row = within((await screen.findByRole('link', { name: 'Bowl' })).closest('li')!);
    api.changeElsewhere('p4', { stock: 7 });

    await user.selectOptions(row.getByLabelText('Status'), 'archived');
    await user.click(row.getByRole('button', { name: 'Update' }));

    expect(await row.findByRole('alert')).toHaveTextContent('This product was changed elsewhere');
    expect(row.getByRole('list', { name: 'Merged from the other change:' })).toHaveTextContent('Stock: 2 → 7');
    expect(row.getByLabelText('Stock')).toHaveValue('7');
    expect(row.getByLabelText('Status')).toHaveValue('archived');
    expect(api.writes).toEqual([]);

    await user.click(row.getByRole('button', { name: 'Update' }));

    expect(await screen.findByText('“Bowl” was updated.')).toBeInTheDocument();
    expect(api.writes).toEqual([{ method: 'PATCH', id: 'p4', ifMatch: '"2-p4"', body: { status: 'archived' } }]);
    await waitFor(() => expect(row.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('when both changed the stock differently, then the row asks which to keep and saves the one chosen', async () => {
    const api = myProductsApi([makeProduct({ id: 'p6', name: 'Jug', stock: 2, version: 1 })]);
    const { user } = renderWithProviders(<MyProducts {...ownWorkspace} />, { session: makeAuth() });
    const row = within((await screen.findByRole('link', { name: 'Jug' })).closest('li')!);
    api.changeElsewhere('p6', { stock: 7 });

    await user.clear(row.getByLabelText('Stock'));
    await user.type(row.getByLabelText('Stock'), '11');
    await user.click(row.getByRole('button', { name: 'Update' }));

    const choice = await row.findByRole('group', { name: 'Stock: changed on both sides' });
    expect(row.getByRole('button', { name: 'Update' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(within(choice).getByRole('radio', { name: 'Use theirs: 7' }));
    expect(row.getByLabelText('Stock')).toHaveValue('7');
    await user.click(within(choice).getByRole('radio', { name: 'Keep mine: 11' }));
    expect(row.getByLabelText('Stock')).toHaveValue('11');
    await user.click(row.getByRole('button', { name: 'Update' }));

    expect(await screen.findByText('“Jug” was updated.')).toBeInTheDocument();
    expect(api.writes).toEqual([{ method: 'PATCH', id: 'p6', ifMatch: '"2-p6"', body: { stock: 11 } }]);
  });

  it('when the API refuses the write as stale and the history no longer has the version shown, then each field that differs is a choice', async () => {
    myProductsApi([makeProduct({ id: 'p5', name: 'Cup', version: 2 })]);
    server.use(http.patch(`${API}/products/p5`, () => problem(412, 'precondition_failed', 'Stale')));
    const { user } = renderWithProviders(<MyProducts {...ownWorkspace} />, { session: makeAuth() });
    const row = within((await screen.findByRole('link', { name: 'Cup' })).closest('li')!);

    await user.selectOptions(row.getByLabelText('Status'), 'archived');
    await user.click(row.getByRole('button', { name: 'Update' }));

    expect(await row.findByRole('alert')).toHaveTextContent('This product was changed elsewhere');
    expect(row.getByText(/no longer in the product’s history/)).toBeInTheDocument();
    expect(row.getByRole('group', { name: 'Status: changed on both sides' })).toBeInTheDocument();
    expect(row.getByRole('button', { name: 'Update' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('when the user types a search and picks an order, then both go to the URL and the list is asked for them', async () => {
    const api = myProductsApi([makeProduct({ name: 'Lamp' })]);
    const { user } = renderWithProviders(<MyProducts {...ownWorkspace} />, { session: makeAuth(), route: '/my/products' });
    await screen.findByRole('link', { name: 'Lamp' });

    await user.type(screen.getByLabelText('Search'), 'brass lamp');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/my/products?q=brass+lamp'));
    await user.selectOptions(screen.getByLabelText('Sort by'), 'name');

    await waitFor(() => expect(api.queries).toContain('?q=brass+lamp&sort=name'));
    expect(screen.getByTestId('location')).toHaveTextContent('/my/products?q=brass+lamp&sort=name');
  });

  describe('Export CSV', () => {
    afterEach(() => vi.restoreAllMocks());

    it('when pressed, then the products the filters match are downloaded in the list’s order under the API’s name, and the toast says how many', async () => {
      myProductsApi([makeProduct({ name: 'Lamp' }), makeProduct({ name: 'Vase' })]);
      server.use(
        http.get(`${API}/workspaces/personal/products`, () =>
          HttpResponse.json({ data: [makeProduct({ name: 'Lamp', status: 'draft' })], nextCursor: null, total: { count: 2, exact: true } }),
        ),
      );
      const exports: string[] = [];
      server.use(
        http.get(`${API}/workspaces/personal/products/export.csv`, ({ request }) => {
          exports.push(new URL(request.url).search);
          return new HttpResponse('id,sku,name\n1,A,Lamp\n2,B,"Vase\nwith a second line"\n', {
            headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="products-personal-2026-12-03.csv"', 'X-Total-Count': '2' },
          });
        }),
      );
      URL.createObjectURL = vi.fn(() => 'blob:export');
      URL.revokeObjectURL = vi.fn();
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        expect(this.download).toBe('products-personal-2026-12-03.csv');
      });
      const { user } = renderWithProviders(<MyProducts {...ownWorkspace} />, { session: makeAuth(), route: '/my/products?status=draft&sort=-price' });

      await user.click(await screen.findByRole('button', { name: 'Export CSV' }));

      expect(await screen.findByText('Exported 2 products to products-personal-2026-12-03.csv.', { selector: '.toast p' })).toBeInTheDocument();
      expect(click).toHaveBeenCalledTimes(1);
      expect(exports).toEqual(['?status=draft&sort=-price']);
      expect(screen.getByRole('button', { name: 'Export CSV' })).toHaveFocus();
    });

    it('when the API refuses it, then the toast gives its reason', async () => {
      server.use(
        http.get(`${API}/workspaces/personal/products`, () => HttpResponse.json({ data: [makeProduct()], nextCursor: null, total: { count: 1, exact: true } })),
        http.get(`${API}/workspaces/personal/products/export.csv`, () => problem(429, 'rate_limited', 'Too many exports; wait a minute')),
      );
      const { user } = renderWithProviders(<MyProducts {...ownWorkspace} />, { session: makeAuth() });

      await user.click(await screen.findByRole('button', { name: 'Export CSV' }));

      expect(await screen.findByText(/The export failed: Too many exports; wait a minute/)).toBeInTheDocument();
    });
  });
});
