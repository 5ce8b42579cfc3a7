import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { etagOf, makeAuth, makeProduct, problem } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { API, server } from '../../../test/server';
import type { Product, ProductImage } from '../types';
import { EditProduct } from './EditProduct';
import { ImageUploads } from './ImageUploads';

const FULL_ACCESS = { create: true, update: true, delete: true };

const image = (id: string, width = 800): ProductImage => ({
  id,
  width,
  height: 600,
  url: `/api/v1/images/${id.padEnd(64, '0')}-${width}.webp`,
  srcset: `/api/v1/images/${id.padEnd(64, '0')}-160.webp 160w`,
});

/** The product with its pictures; PUT/DELETE of pictures and PATCH answer with a new version, as the API does. */
function picturesApi(initial: Product) {
  const state = { current: initial, orders: [] as string[][], ifMatch: [] as (string | null)[] };
  const answer = () => HttpResponse.json(state.current, { headers: { ETag: etagOf(state.current) } });
  const bump = (change: Partial<Product>) => (state.current = { ...state.current, ...change, version: state.current.version + 1 });
  server.use(
    http.get(`${API}/products/${initial.id}`, answer),
    http.put(`${API}/products/${initial.id}/images`, async ({ request }) => {
      const { order } = (await request.json()) as { order: string[] };
      state.orders.push(order);
      bump({ images: order.map((id) => state.current.images.find((i) => i.id === id)!) });
      return answer();
    }),
    http.delete(`${API}/products/${initial.id}/images/:imageId`, ({ params }) => {
      bump({ images: state.current.images.filter((i) => i.id !== params.imageId) });
      return answer();
    }),
    http.patch(`${API}/products/${initial.id}`, async ({ request }) => {
      state.ifMatch.push(request.headers.get('if-match'));
      if (request.headers.get('if-match') !== etagOf(state.current)) return problem(412, 'precondition_failed', 'Stale');
      bump((await request.json()) as Partial<Product>);
      return answer();
    }),
  );
  return state;
}

describe('the pictures of a product being edited', () => {
  it('when the second picture is made primary, then the new order is sent with it first and the focus stays on its picture', async () => {
    const api = picturesApi(makeProduct({ id: 'p1', images: [image('a'), image('b')] }));
    const { user } = renderWithProviders(<EditProduct accessTo={() => FULL_ACCESS} id="p1" onSaved={vi.fn()} onDeleted={vi.fn()} />, { session: makeAuth() });
    const list = await screen.findByRole('list', { name: 'Pictures of the product' });

    await user.click(within(list).getByRole('button', { name: 'Make picture 2 primary' }));

    await waitFor(() => expect(within(list).getAllByRole('img')[0]).toHaveAttribute('src', image('b').url));
    expect(api.orders).toEqual([['b', 'a']]);
    // The moved picture is first now: it has no "Make primary"; its "earlier" cannot be used, so the focus is on one of its buttons.
    expect(document.activeElement?.closest('li')).toBe(within(list).getAllByRole('listitem')[0]);
  });

  it('when a picture was deleted on the page, then saving the form is not refused as changed elsewhere', async () => {
    const api = picturesApi(makeProduct({ id: 'p2', name: 'Vase', images: [image('a'), image('b')] }));
    const onSaved = vi.fn();
    const { user } = renderWithProviders(<EditProduct accessTo={() => FULL_ACCESS} id="p2" onSaved={onSaved} onDeleted={vi.fn()} />, { session: makeAuth() });
    const name = await screen.findByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Tall vase');

    await user.click(screen.getByRole('button', { name: 'Delete picture 1' }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Pictures of the product' })).getAllByRole('listitem')).toHaveLength(1));
    // The form kept what was typed…
    expect(screen.getByLabelText('Name')).toHaveValue('Tall vase');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    // …and saved on the version the deletion made.
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(api.ifMatch).toEqual([etagOf({ id: 'p2', version: 2 })]);
  });

  // The upload itself is covered end to end (e2e/images.spec.ts): jsdom's XMLHttpRequest cannot send a File through MSW.
  it('when files are on their way, then each has its own progress bar, and a refused one says why until dismissed', async () => {
    const onDismiss = vi.fn();
    const { user } = renderWithProviders(
      <ImageUploads
        uploads={[
          { key: 1, name: 'a.png', progress: 0.5, state: 'uploading' },
          { key: 2, name: 'b.png', progress: 0, state: 'waiting' },
          { key: 3, name: 'logo.svg', progress: 1, state: 'failed', error: 'The file is not a JPEG, PNG, WebP or AVIF picture.' },
        ]}
        onDismiss={onDismiss}
      />,
    );

    expect(screen.getByRole('progressbar', { name: 'Uploading a.png' })).toHaveAttribute('value', '0.5');
    expect(screen.getByRole('progressbar', { name: 'Waiting to upload b.png' })).toHaveAttribute('value', '0');
    expect(screen.getByRole('alert')).toHaveTextContent('logo.svg: The file is not a JPEG, PNG, WebP or AVIF picture.');
    await user.click(screen.getByRole('button', { name: 'Dismiss logo.svg' }));
    expect(onDismiss).toHaveBeenCalledWith(3);
  });
});
