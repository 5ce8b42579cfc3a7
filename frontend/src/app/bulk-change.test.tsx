import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeAuth, makeProduct } from '../test/fixtures';
import { makeJob } from '../test/jobs';
import { renderApp } from '../test/render';
import { API, server } from '../test/server';
import type { Product } from '../features/products/types';

const BULK = '00000000-0000-4000-8000-0000000000b1';
const UNDO = '00000000-0000-4000-8000-0000000000b2';

/** A workspace's list, its bulk endpoint and the two jobs (the change, then its undo) as the API runs them. */
function bulkApi(products: Product[], { total = products.length, more = false } = {}) {
  const state = { bodies: [] as unknown[], undone: [] as string[], queries: [] as string[] };
  server.use(
    http.get(`${API}/workspaces/personal/products`, ({ request }) => {
      state.queries.push(new URL(request.url).search);
      return HttpResponse.json({ data: products, nextCursor: more ? 'next' : null, total: { count: total, exact: true } });
    }),
    http.post(`${API}/workspaces/personal/products/bulk`, async ({ request }) => {
      state.bodies.push(await request.json());
      return HttpResponse.json({ job: makeJob({ id: BULK, state: 'queued', done: 0, percent: 0, etaSeconds: null }) }, { status: 202 });
    }),
    http.get(`${API}/jobs/${BULK}`, () =>
      HttpResponse.json(
        makeJob({
          id: BULK,
          failed: 1,
          result: { applied: 1, conflict: 1 },
          errors: [{ row: 2, outcome: 'conflict', productId: products[1]!.id, code: 'version_conflict', reason: 'It was changed after it was selected' }],
          links: { rows: `/api/v1/jobs/${BULK}/rows`, undo: `/api/v1/jobs/${BULK}/undo` },
        }),
      ),
    ),
    http.post(`${API}/jobs/${BULK}/undo`, () => {
      state.undone.push(BULK);
      return HttpResponse.json({ job: makeJob({ id: UNDO, kind: 'bulk_undo', state: 'queued', done: 0, total: 1, percent: 0 }) }, { status: 202 });
    }),
    http.get(`${API}/jobs/${UNDO}`, () => HttpResponse.json(makeJob({ id: UNDO, kind: 'bulk_undo', total: 1, done: 1, result: { applied: 1 } }))),
  );
  return state;
}

describe('a bulk change from My products', () => {
  it('when two products are picked and set to Archived, then one job carries each one’s version, its result names the conflict, and Undo shows the undo’s result', async () => {
    const lamp = makeProduct({ id: 'p1', name: 'Lamp', version: 3 });
    const vase = makeProduct({ id: 'p2', name: 'Vase', version: 7 });
    const api = bulkApi([lamp, vase, makeProduct({ name: 'Mug' })]);
    const { user } = renderApp('/my/products', { session: makeAuth() });

    await user.click(await screen.findByRole('checkbox', { name: 'Select Lamp' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Vase' }));
    const bar = within(screen.getByRole('form', { name: 'Bulk change' }));
    expect(bar.getByRole('status')).toHaveTextContent('2 products selected');
    expect(screen.getByRole('checkbox', { name: 'Select all 3 shown' })).toHaveProperty('indeterminate', true);

    await user.selectOptions(bar.getByLabelText('Change'), 'set_status');
    await user.selectOptions(bar.getByLabelText('New status'), 'archived');
    await user.click(bar.getByRole('button', { name: 'Apply to 2 products' }));

    const result = within(await screen.findByRole('region', { name: 'Set status to Archived on 2 products' }));
    expect(result.getByRole('heading', { name: 'Set status to Archived on 2 products' })).toHaveFocus();
    expect(api.bodies).toEqual([{ selection: { ids: [{ id: 'p1', version: 3 }, { id: 'p2', version: 7 }] }, action: { type: 'set_status', status: 'archived' } }]);
    // Shown as the API started it (queued, its bar waiting) until the next poll finds it finished.
    expect(result.getByRole('progressbar', { name: 'Bulk change progress' })).toHaveAccessibleDescription('Waiting to start');
    expect(await result.findByText('Finished', {}, { timeout: 3_000 })).toBeInTheDocument();
    expect(result.getByRole('list', { name: 'Outcomes' })).toHaveTextContent('Applied: 1Conflict: 1');
    expect(result.getByText('Vase: It was changed after it was selected')).toBeInTheDocument();
    // The selection went with the change.
    expect(screen.queryByRole('form', { name: 'Bulk change' })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select Lamp' })).not.toBeChecked();

    await user.click(result.getByRole('button', { name: 'Undo' }));

    const undo = within(await screen.findByRole('region', { name: 'Undo: Set status to Archived on 2 products' }));
    expect(api.undone).toEqual([BULK]);
    expect(await undo.findByRole('list', { name: 'Outcomes' }, { timeout: 3_000 })).toHaveTextContent('Applied: 1');
    expect(result.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    // Each finished job had the list read again.
    await waitFor(() => expect(api.queries.length).toBeGreaterThanOrEqual(3));
  });

  it('when all shown are picked and more match, then "all that match" sends the filter itself, and a stock change needs a whole amount', async () => {
    const api = bulkApi([makeProduct({ status: 'draft' }), makeProduct({ status: 'draft' })], { total: 45, more: true });
    const { user } = renderApp('/my/products?status=draft', { session: makeAuth() });

    await user.click(await screen.findByRole('checkbox', { name: 'Select all 2 shown' }));
    await user.click(screen.getByRole('button', { name: 'Select all 45 that match' }));
    expect(screen.getByRole('checkbox', { name: 'All 45 that match are selected' })).toHaveFocus();
    const bar = within(screen.getByRole('form', { name: 'Bulk change' }));
    await user.selectOptions(bar.getByLabelText('Change'), 'stock');
    await user.type(bar.getByLabelText('Amount'), '2.5');
    await user.click(bar.getByRole('button', { name: 'Apply to 45 products' }));

    expect(bar.getByRole('alert')).toHaveTextContent('The amount must be a whole number of 0 or more.');
    expect(bar.getByLabelText('Amount')).toHaveAttribute('aria-invalid', 'true');
    expect(api.bodies).toEqual([]);

    await user.clear(bar.getByLabelText('Amount'));
    await user.type(bar.getByLabelText('Amount'), '5');
    await user.click(bar.getByRole('button', { name: 'Apply to 45 products' }));

    await screen.findByRole('region', { name: 'Add 5 to the stock on 45 products' });
    expect(api.bodies).toEqual([{ selection: { filter: { status: 'draft' } }, action: { type: 'stock', op: 'add', amount: 5 } }]);
  });

  it('when the trash is chosen, then it asks first, and Cancel sends nothing', async () => {
    const api = bulkApi([makeProduct({ name: 'Lamp' })]);
    const { user } = renderApp('/my/products', { session: makeAuth() });

    await user.click(await screen.findByRole('checkbox', { name: 'Select Lamp' }));
    const bar = within(screen.getByRole('form', { name: 'Bulk change' }));
    await user.selectOptions(bar.getByLabelText('Change'), 'trash');
    await user.click(bar.getByRole('button', { name: 'Apply to 1 product' }));
    const dialog = within(screen.getByRole('alertdialog', { name: 'Move 1 product to the trash?' }));
    await user.click(dialog.getByRole('button', { name: 'Cancel' }));

    expect(api.bodies).toEqual([]);
    expect(bar.getByRole('button', { name: 'Apply to 1 product' })).toHaveFocus();
  });
});
