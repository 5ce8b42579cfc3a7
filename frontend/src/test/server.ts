import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { personalWorkspace } from './fixtures';

export const API = 'http://localhost:3000/api/v1';

/**
 * The API, mocked at the network layer: each test declares the endpoints it expects to be called.
 * A few are declared for all: the header's workspace switcher lists a signed-in user's workspaces on
 * every page, and unless a test says otherwise that is their personal one, which they own.
 */
const NO_FACETS = { total: { count: 0, exact: true }, stock: {}, currencies: [], categories: [] };

/**
 * The catalogue's filters ask for counts beside every list, the category browser for the tree, and
 * a product's page (for its workspace's members) for its history: answered with none unless a test
 * says otherwise.
 */
export const server = setupServer(
  http.get(`${API}/workspaces`, () => HttpResponse.json({ data: [personalWorkspace()] })),
  http.get(`${API}/products/facets`, () => HttpResponse.json(NO_FACETS)),
  http.get(`${API}/workspaces/:slug/products/facets`, () => HttpResponse.json(NO_FACETS)),
  http.get(`${API}/categories`, () => HttpResponse.json({ data: [] })),
  http.get(`${API}/products/:id/history`, () => HttpResponse.json({ data: [], nextCursor: null })),
  // A signed-in page reads the live events (lib/live-events): unavailable unless a test answers with a
  // stream of its own (test/live-stream.ts), so pages work as without them (jobs are polled).
  http.get(`${API}/events/stream`, () =>
    HttpResponse.json(
      { type: 'urn:shelfwise:problem:events_unavailable', title: 'Error', status: 503, code: 'events_unavailable', detail: 'Not in this test' },
      { status: 503, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '2' } },
    ),
  ),
);
