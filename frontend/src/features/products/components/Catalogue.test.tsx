import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEARCH_DEBOUNCE_MS } from '../../../lib/use-search-param';
import { makeProduct } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { API, server } from '../../../test/server';
import { Catalogue } from './Catalogue';

/** Serves pages by `cursor` and records every query string the catalogue sent. */
function catalogueApi() {
  const requests: URLSearchParams[] = [];
  server.use(
    http.get(`${API}/products`, ({ request }) => {
      const params = new URL(request.url).searchParams;
      requests.push(params);
      const q = params.get('q') ?? '';
      if (params.get('cursor') === 'page-2') {
        return HttpResponse.json({ data: [makeProduct({ name: `${q || 'Any'} page two` })], nextCursor: null });
      }
      return HttpResponse.json({ data: [makeProduct({ name: `${q || 'Any'} page one` })], nextCursor: 'page-2' });
    }),
  );
  return requests;
}

describe('Catalogue', () => {
  it('searches as you type, once typing pauses, and writes the search to the URL', async () => {
    const requests = catalogueApi();
    const { user } = renderWithProviders(<Catalogue />);
    await screen.findByText('Any page one');

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'lamp');

    expect(await screen.findByText('lamp page one')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/?q=lamp');
    // One request for the empty search, one for the finished word: none for "l", "la", "lam".
    expect(requests.map((p) => p.get('q'))).toEqual([null, 'lamp']);
  });

  describe('with a controlled clock', () => {
    afterEach(() => {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    });

    it('waits until typing has paused for the debounce delay before searching', async () => {
      const requests = catalogueApi();
      renderWithProviders(<Catalogue />);
      await screen.findByText('Any page one');
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      // Testing Library recognises only Jest's fake timers; this tells it how to move Vitest's clock.
      vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const search = screen.getByRole('searchbox', { name: 'Search' });

      await user.type(search, 'desk');
      await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS - 50));
      expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/);
      await user.type(search, 's');
      await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS - 50));
      expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/);
      expect(requests).toHaveLength(1);

      await act(() => vi.advanceTimersByTimeAsync(50));
      expect(screen.getByTestId('location')).toHaveTextContent('/?q=desks');

      expect(await screen.findByText('desks page one')).toBeInTheDocument();
      expect(requests.map((p) => p.get('q'))).toEqual([null, 'desks']);
    });
  });

  it('starts from the URL, so a shared or reloaded search shows the same results', async () => {
    const requests = catalogueApi();
    renderWithProviders(<Catalogue />, { route: '/?q=chair&sort=price&currency=EUR&minPrice=5&maxPrice=50' });

    expect(await screen.findByText('chair page one')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('chair');
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('price');
    expect(screen.getByLabelText('Min price')).toHaveValue('5');
    expect(Object.fromEntries(requests[0]!)).toEqual({ q: 'chair', sort: 'price', currency: 'EUR', minPrice: '5', maxPrice: '50' });
  });

  it('loads the next page with the cursor the API gave, keeping the first page', async () => {
    const requests = catalogueApi();
    const { user } = renderWithProviders(<Catalogue />, { route: '/?q=desk' });
    await screen.findByText('desk page one');

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('desk page two')).toBeInTheDocument();
    expect(screen.getByText('desk page one')).toBeInTheDocument();
    expect(requests[1]?.get('cursor')).toBe('page-2');
    expect(requests[1]?.get('q')).toBe('desk');
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.getByText(/Showing 2 products/)).toBeInTheDocument();
  });

  it('sorts through the URL', async () => {
    const requests = catalogueApi();
    const { user } = renderWithProviders(<Catalogue />);
    await screen.findByText('Any page one');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), '-price');

    await waitFor(() => expect(requests.at(-1)?.get('sort')).toBe('-price'));
    expect(screen.getByTestId('location')).toHaveTextContent('/?sort=-price');
  });

  it('does not send a malformed price filter, and says why', async () => {
    const requests = catalogueApi();
    const { user } = renderWithProviders(<Catalogue />, { route: '/?currency=EUR' });
    await screen.findByText('Any page one');

    await user.type(screen.getByLabelText('Min price'), '1.234');

    expect(await screen.findByText('Use at most 2 decimal places.')).toBeInTheDocument();
    expect(requests).toHaveLength(1);
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/\?currency=EUR$/);
  });

  it('when no currency is chosen, then the price range waits for one, and the currencies and stock states are offered with their counts', async () => {
    const requests = catalogueApi();
    server.use(
      http.get(`${API}/products/facets`, () =>
        HttpResponse.json({
          total: { count: 12_000, exact: false },
          stock: { in: { count: 9_000, exact: true }, low: { count: 2, exact: true }, out: { count: 10_000, exact: false } },
          currencies: [{ code: 'EUR', count: 1_234, exact: true }],
          categories: [],
        }),
      ),
    );
    const { user } = renderWithProviders(<Catalogue />);
    await screen.findByText('Any page one');

    expect(screen.getByLabelText('Min price')).toBeDisabled();
    expect(await screen.findByRole('option', { name: 'EUR (1,234)' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Out of stock (10,000+)' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Currency'), 'EUR');
    await user.selectOptions(screen.getByLabelText('Stock'), 'low');

    expect(screen.getByLabelText('Min price')).toBeEnabled();
    await waitFor(() => expect(Object.fromEntries(requests.at(-1)!)).toMatchObject({ currency: 'EUR', stock: 'low' }));
  });

  it('when the first page says how many match, then the count is shown, capped ones with a plus', async () => {
    server.use(http.get(`${API}/products`, () => HttpResponse.json({ data: [makeProduct()], nextCursor: 'x', total: { count: 10_000, exact: false } })));

    renderWithProviders(<Catalogue />);

    expect(await screen.findByText('10,000+ products')).toBeInTheDocument();
  });

  it('when nothing matches, then it says so', async () => {
    server.use(http.get(`${API}/products`, () => HttpResponse.json({ data: [], nextCursor: null })));

    renderWithProviders(<Catalogue />, { route: '/?q=zzz' });

    expect(await screen.findByText('No products match your search.')).toBeInTheDocument();
  });

  it('when the API fails, then the error is shown with a way to retry', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/products`, () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json({ status: 503, code: 'service_unavailable', detail: 'Down for a moment' }, { status: 503 })
          : HttpResponse.json({ data: [makeProduct({ name: 'Back again' })], nextCursor: null });
      }),
    );
    const { user } = renderWithProviders(<Catalogue />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Down for a moment');
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('Back again')).toBeInTheDocument();
  });
});
