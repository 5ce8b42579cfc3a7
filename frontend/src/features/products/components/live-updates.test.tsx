import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { etagOf, makeAuth, makeProduct, problem } from '../../../test/fixtures';
import { liveStream, productEvent } from '../../../test/live-stream';
import { renderWithProviders } from '../../../test/render';
import { API, server } from '../../../test/server';
import { useLiveEvents } from '../../../lib/live-events/provider';
import type { Product } from '../types';
import { EditProduct } from './EditProduct';
import { MyProducts } from './MyProducts';
import { ProductDetails } from './ProductDetails';

const FULL_ACCESS = { create: true, update: true, delete: true };

/** GET and the history serve `current` (changed by `changeElsewhere`), with its version as the ETag. */
function productApi(initial: Product) {
  const state = { current: initial, versions: new Map<number, Product>([[initial.version, initial]]), reads: 0 };
  server.use(
    http.get(`${API}/products/${initial.id}`, () => {
      state.reads++;
      return HttpResponse.json(state.current, { headers: { ETag: etagOf(state.current) } });
    }),
    http.get(`${API}/products/${initial.id}/versions/:version`, ({ params }) => {
      const product = state.versions.get(Number(params.version));
      if (!product) return problem(404, 'version_not_found', 'This version is not in the history');
      return HttpResponse.json({ version: product.version, at: product.updatedAt, product });
    }),
  );
  return Object.assign(state, {
    /** Another member changes it: the new version, as its event's payload. */
    changeElsewhere(change: Partial<Product>): Product {
      state.current = { ...state.current, ...change, version: state.current.version + 1 };
      state.versions.set(state.current.version, state.current);
      return state.current;
    },
  });
}

/** Shows the last event's seq: once it does, every listener has had that event. */
function LastEvent() {
  const [seq, setSeq] = useState<number | null>(null);
  useLiveEvents((event) => setSeq(event.seq));
  return <p>Last event {seq ?? 'none'}</p>;
}

function connectedStream() {
  const stream = liveStream();
  server.use(stream.handler);
  return stream;
}

describe('live updates of the product lists', () => {
  it('when a burst of product events of the workspace arrives, then the list is read again once and shows the change', async () => {
    const stream = connectedStream();
    let product = makeProduct({ name: 'Desk lamp', workspaceId: 'ws-team' });
    const lists = vi.fn();
    server.use(
      http.get(`${API}/workspaces/team/products`, () => {
        lists();
        return HttpResponse.json({ data: [product], nextCursor: null, total: { count: 1, exact: true } });
      }),
    );
    renderWithProviders(<MyProducts workspace="team" workspaceId="ws-team" personal={false} label="Team products" access={FULL_ACCESS} />, {
      session: makeAuth(),
    });
    expect(await screen.findByText('Desk lamp')).toBeInTheDocument();
    const connection = await stream.connection(1);
    expect(lists).toHaveBeenCalledTimes(1);

    connection.send(productEvent('product.updated', makeProduct({ workspaceId: 'ws-elsewhere' })));
    // An import's rows: each its own event, all in one burst.
    product = { ...product, name: 'Desk lamp, brass', version: 2 };
    for (let i = 0; i < 200; i++) connection.send(productEvent('product.created', makeProduct({ workspaceId: 'ws-team' })));
    connection.send(productEvent('product.updated', product));

    expect(await screen.findByText('Desk lamp, brass')).toBeInTheDocument();
    expect(lists).toHaveBeenCalledTimes(2);
  });
});

describe('live updates of a product’s page', () => {
  it('when another member changes the product, then the page shows the new version at once; an older event is ignored', async () => {
    const stream = connectedStream();
    const api = productApi(makeProduct({ id: 'p1', name: 'Desk lamp', price: '19.99', version: 3 }));
    renderWithProviders(<ProductDetails id="p1" />, { session: makeAuth() });
    expect(await screen.findByRole('heading', { name: 'Desk lamp' })).toBeInTheDocument();
    const connection = await stream.connection(1);

    const changed = api.changeElsewhere({ name: 'Desk lamp, brass', price: '24.50' });
    connection.send(productEvent('product.updated', changed));
    expect(await screen.findByRole('heading', { name: 'Desk lamp, brass' })).toBeInTheDocument();
    expect(screen.getByText('€24.50')).toBeInTheDocument();

    connection.send(productEvent('product.updated', { ...changed, name: 'An older name', version: 2 }));
    connection.send(productEvent('product.updated', makeProduct({ id: 'another', name: 'Another product', version: 9 })));
    // The change is read again for its ETag; whatever the stream sent after it changed nothing.
    await waitFor(() => expect(api.reads).toBe(2));
    expect(screen.getByRole('heading', { name: 'Desk lamp, brass' })).toBeInTheDocument();
  });

  it('when the product is moved to the trash or deleted elsewhere, then the page says so', async () => {
    const stream = connectedStream();
    const api = productApi(makeProduct({ id: 'p2', name: 'Stool', version: 1 }));
    renderWithProviders(<ProductDetails id="p2" />, { session: makeAuth() });
    await screen.findByRole('heading', { name: 'Stool' });
    const connection = await stream.connection(1);

    connection.send(productEvent('product.trashed', api.changeElsewhere({ trashedAt: '2026-12-03T12:00:00.000Z' })));
    expect(await screen.findByRole('alert')).toHaveTextContent('This product was moved to the trash.');

    connection.send(productEvent('product.deleted', api.current));
    expect(await screen.findByText('This product was deleted.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Stool' })).not.toBeInTheDocument();
  });
});

describe('an open edit form', () => {
  it('when another member saves a newer version, then the form says so at once and merges their change on request, keeping the typing', async () => {
    const stream = connectedStream();
    const api = productApi(makeProduct({ id: 'p3', name: 'Desk lamp', stock: 5, version: 3 }));
    const { user } = renderWithProviders(<EditProduct accessTo={() => FULL_ACCESS} id="p3" onSaved={vi.fn()} onDeleted={vi.fn()} />, {
      session: makeAuth(),
    });
    const price = await screen.findByLabelText('Price');
    const connection = await stream.connection(1);
    await user.clear(price);
    await user.type(price, '24.50');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    connection.send(productEvent('product.updated', api.changeElsewhere({ stock: 9 })));
    expect(await screen.findByRole('alert')).toHaveTextContent('This product was changed by someone else');

    await user.click(screen.getByRole('button', { name: 'Merge their changes' }));
    expect(await screen.findByRole('list', { name: 'Merged from the other change:' })).toHaveTextContent('Stock: 5 → 9');
    expect(screen.getByLabelText('Stock')).toHaveValue('9');
    expect(screen.getByLabelText('Price')).toHaveValue('24.50');
    expect(screen.queryByText(/changed by someone else/)).not.toBeInTheDocument();
  });

  it('when the product is moved to the trash while it is edited, then the page says so', async () => {
    const stream = connectedStream();
    const api = productApi(makeProduct({ id: 'p5', name: 'Bench', version: 2 }));
    renderWithProviders(<EditProduct accessTo={() => FULL_ACCESS} id="p5" onSaved={vi.fn()} onDeleted={vi.fn()} />, { session: makeAuth() });
    await screen.findByLabelText('Name');
    const connection = await stream.connection(1);
    connection.send(productEvent('product.trashed', api.changeElsewhere({ trashedAt: '2026-12-03T12:00:00.000Z' })));
    expect(await screen.findByRole('alert')).toHaveTextContent('This product was moved to the trash');
  });

  it('when the new version changed only its pictures, then the form says nothing', async () => {
    const stream = connectedStream();
    const api = productApi(makeProduct({ id: 'p4', name: 'Chair', version: 1 }));
    renderWithProviders(
      <>
        <EditProduct accessTo={() => FULL_ACCESS} id="p4" onSaved={vi.fn()} onDeleted={vi.fn()} />
        <LastEvent />
      </>,
      { session: makeAuth() },
    );
    await screen.findByLabelText('Name');
    const connection = await stream.connection(1);
    const image = { id: 'img-1', url: '/i/1.png', width: 10, height: 10, srcset: [], position: 0 } as unknown as Product['images'][number];
    const pictures = productEvent('product.updated', api.changeElsewhere({ images: [image] }));
    connection.send(pictures);
    expect(await screen.findByText(`Last event ${pictures.seq}`)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
