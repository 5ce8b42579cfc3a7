import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeAuth, makeWorkspace, personalWorkspace, problem } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { API, server } from '../../../test/server';
import { makeDelivery, makeWebhook } from '../../../test/webhooks';
import type { Delivery, DeliveryDetail } from '../types';

const BASE = `${API}/workspaces/acme-tea/webhooks/wh-erp`;

/** An owner's Acme Tea with the endpoint wh-erp, whose log answers `pages` (one per cursor), each filtered by ?status. */
function endpointWithLog(pages: Delivery[][]) {
  const workspace = makeWorkspace({ slug: 'acme-tea', name: 'Acme Tea', role: 'owner' });
  const queries: Array<Record<string, string>> = [];
  server.use(
    http.get(`${API}/workspaces`, () => HttpResponse.json({ data: [personalWorkspace(), workspace] })),
    http.get(`${API}/workspaces/acme-tea`, () => HttpResponse.json(workspace)),
    http.get(BASE, () => HttpResponse.json(makeWebhook({ id: 'wh-erp', url: 'https://erp.example.com/in' }))),
    http.get(`${BASE}/deliveries`, ({ request }) => {
      const query = Object.fromEntries(new URL(request.url).searchParams);
      queries.push(query);
      const index = Number(query.cursor ?? 0);
      const page = (pages[index] ?? []).filter((d) => !query.status || d.status === query.status);
      return HttpResponse.json({ data: page, nextCursor: index + 1 < pages.length ? String(index + 1) : null });
    }),
  );
  return queries;
}

const log = () => screen.findByRole('table', { name: 'Deliveries, newest first' });

describe('an endpoint\'s delivery log', () => {
  it('when it opens, then each delivery shows its event, status, response, latency, attempts and times; Load more asks for the next page', async () => {
    const queries = endpointWithLog([
      [
        makeDelivery({ eventType: 'product.updated', status: 'succeeded', responseStatus: 204, latencyMs: 35, attemptCount: 1 }),
        makeDelivery({ eventType: 'product.created', status: 'retrying', responseStatus: 503, latencyMs: 1200, attemptCount: 2, nextAttemptAt: '2026-12-02T10:05:00.000Z' }),
      ],
      [makeDelivery({ eventType: 'webhook.ping', status: 'failed', responseStatus: null, latencyMs: null, error: 'connection refused', attemptCount: 7 })],
    ]);
    const { user } = renderApp('/workspaces/acme-tea/webhooks/wh-erp', { session: makeAuth() });

    const table = await log();
    const rows = () => within(table).getAllByRole('row').slice(1);
    expect(rows()).toHaveLength(2);
    expect(rows()[0]).toHaveTextContent('product.updated');
    expect(rows()[0]).toHaveTextContent('Succeeded');
    expect(rows()[0]).toHaveTextContent('HTTP 204 · 35 ms');
    expect(rows()[1]).toHaveTextContent('Retrying');
    expect(rows()[1]).toHaveTextContent('HTTP 503 · 1,200 ms');
    expect(rows()[1]).toHaveTextContent(/2\s*· next/);
    expect(queries[0]).toEqual({ limit: '25' });

    await user.click(screen.getByRole('button', { name: 'Load more deliveries' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(rows()[2]).toHaveTextContent('Failed');
    expect(rows()[2]).toHaveTextContent('connection refused');
    expect(queries.at(-1)).toEqual({ limit: '25', cursor: '1' });
    expect(screen.queryByRole('button', { name: 'Load more deliveries' })).not.toBeInTheDocument();
  });

  it('when a status is chosen, then the API is asked for that status only; one nobody has says so', async () => {
    const queries = endpointWithLog([[makeDelivery({ status: 'succeeded' }), makeDelivery({ status: 'failed', eventType: 'product.deleted', responseStatus: 500 })]]);
    const { user } = renderApp('/workspaces/acme-tea/webhooks/wh-erp', { session: makeAuth() });
    await log();

    await user.selectOptions(screen.getByLabelText('Status'), 'Failed');
    await waitFor(() => expect(queries.at(-1)).toEqual({ limit: '25', status: 'failed' }));
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Deliveries, newest first' })).getAllByRole('row')).toHaveLength(2));
    expect(screen.getByRole('table', { name: 'Deliveries, newest first' })).toHaveTextContent('product.deleted');

    await user.selectOptions(screen.getByLabelText('Status'), 'Pending');
    expect(await screen.findByText('No delivery has the status “Pending”.')).toBeInTheDocument();
    expect(queries.at(-1)).toEqual({ limit: '25', status: 'pending' });
  });

  it('when the log cannot be read, then the API\'s reason is shown with Try again', async () => {
    endpointWithLog([]);
    server.use(http.get(`${BASE}/deliveries`, () => problem(503, 'unavailable', 'The database is busy.')));
    renderApp('/workspaces/acme-tea/webhooks/wh-erp', { session: makeAuth() });
    expect(await screen.findByText('The database is busy.', {}, { timeout: 3_000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('a delivery\'s page', () => {
  function delivery(detail: DeliveryDetail) {
    endpointWithLog([[detail]]);
    const redelivered: string[] = [];
    server.use(
      http.get(`${BASE}/deliveries/${detail.id}`, () => HttpResponse.json(detail)),
      http.post(`${BASE}/deliveries/${detail.id}/redeliver`, () => {
        redelivered.push(detail.id);
        return redelivered.length > 1
          ? problem(409, 'webhook_disabled', 'The endpoint is disabled: enable it first.')
          : HttpResponse.json({ ...detail, status: 'pending' }, { status: 202 });
      }),
    );
    return redelivered;
  }

  it('when a delivery is opened from the log, then it shows its webhook-id, each attempt with the receiver\'s answer, and the payload; Redeliver sends it again, a refusal says why', async () => {
    const detail: DeliveryDetail = {
      ...makeDelivery({ id: 'del-1', eventType: 'product.updated', status: 'failed', responseStatus: 500, attemptCount: 2, eventId: '0193a1b2-0000-7000-8000-000000000001' }),
      attempts: [
        { at: '2026-12-02T10:00:01.000Z', responseStatus: null, latencyMs: 10_000, responseExcerpt: null, error: 'timeout' },
        { at: '2026-12-02T10:00:06.000Z', responseStatus: 500, latencyMs: 12, responseExcerpt: 'Internal Server Error: db down', error: null },
      ],
      payload: { type: 'product.updated', timestamp: '2026-12-02T10:00:00.000Z', data: { id: 'p-1', name: 'Desk lamp' } },
    };
    const redelivered = delivery(detail);
    const { user } = renderApp('/workspaces/acme-tea/webhooks/wh-erp', { session: makeAuth() });
    await user.click(within(await log()).getByRole('link', { name: /^Delivery of product\.updated/ }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Webhook delivery' })).toBeInTheDocument();
    expect(document.title).toBe('Webhook delivery · Shelfwise');
    expect(screen.getByText('0193a1b2-0000-7000-8000-000000000001')).toBeInTheDocument();
    const attempts = within(screen.getByRole('list', { name: 'Attempts' })).getAllByRole('listitem');
    expect(attempts).toHaveLength(2);
    expect(attempts[0]).toHaveTextContent('timeout · 10,000 ms');
    expect(attempts[0]).toHaveTextContent('No response body.');
    expect(within(attempts[1]!).getByLabelText('Response to attempt 2')).toHaveTextContent('Internal Server Error: db down');
    expect(screen.getByLabelText('Payload sent')).toHaveTextContent('"name": "Desk lamp"');

    await user.click(screen.getByRole('button', { name: 'Redeliver' }));
    expect(await screen.findByText('Sent again, with the same webhook-id.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Redeliver' }));
    expect(await screen.findByText('The endpoint is disabled: enable it first.')).toBeInTheDocument();
    expect(redelivered).toEqual(['del-1', 'del-1']);

    await user.click(screen.getByRole('link', { name: 'Back to the endpoint' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Webhook endpoint' })).toBeInTheDocument();
  });
});
