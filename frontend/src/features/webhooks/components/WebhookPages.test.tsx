import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeAuth, makeUser, makeWorkspace, personalWorkspace, problem } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { API, server } from '../../../test/server';
import { makeDelivery, makeWebhook } from '../../../test/webhooks';
import type { CreateWebhookRequest, Webhook } from '../types';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const WS = `${API}/workspaces/acme-tea`;

/** Acme Tea as a caller of `role` sees it, with these endpoints (the list answers what it holds now). */
function acmeTea(role: 'owner' | 'admin' | 'editor', endpoints: Webhook[] = []) {
  const workspace = makeWorkspace({ slug: 'acme-tea', name: 'Acme Tea', role });
  const requests: string[] = [];
  server.use(
    http.get(`${API}/workspaces`, () => HttpResponse.json({ data: [personalWorkspace(), workspace] })),
    http.get(WS, () => HttpResponse.json(workspace)),
    http.get(`${WS}/webhooks`, () => {
      requests.push('list');
      return HttpResponse.json({ data: endpoints });
    }),
  );
  return { endpoints, requests };
}

const session = () => makeAuth({ user: makeUser({ id: 'me' }) });

describe('the webhooks of a workspace (/workspaces/:slug/webhooks)', () => {
  it('when an admin opens it, then each endpoint shows its address, events, state with the reason, and how its last delivery went', async () => {
    acmeTea('admin', [
      makeWebhook({ url: 'https://erp.example.com/in', events: ['product.*', 'membership.deleted'], lastDelivery: { status: 'succeeded', at: '2026-12-02T10:00:00.000Z', responseStatus: 204 } }),
      makeWebhook({ url: 'https://old.example.com/in', enabled: false, disabledAt: '2026-12-02T09:00:00.000Z', disabledReason: 'Failed for a day', lastDelivery: { status: 'failed', at: '2026-12-02T08:00:00.000Z', responseStatus: 500 } }),
    ]);
    renderApp('/workspaces/acme-tea/webhooks', { session: session() });

    const table = await screen.findByRole('table', { name: 'Webhook endpoints' });
    expect(document.title).toBe('Webhooks of Acme Tea · Shelfwise');
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(within(first!).getByRole('link', { name: 'https://erp.example.com/in' })).toHaveAttribute('href', expect.stringMatching(/^\/workspaces\/acme-tea\/webhooks\/wh-/));
    expect(first).toHaveTextContent('All product events, membership.deleted');
    expect(first).toHaveTextContent('Enabled');
    expect(first).toHaveTextContent(/Succeeded\s*HTTP 204/);
    expect(second).toHaveTextContent('Disabled');
    expect(second).toHaveTextContent('Failed for a day');
    expect(second).toHaveTextContent(/Failed\s*HTTP 500/);
  });

  it('when an editor opens it, then it says only owners and admins manage webhooks, asks nothing about them, and the members page has no link', async () => {
    const { requests } = acmeTea('editor');
    server.use(http.get(`${WS}/members`, () => HttpResponse.json({ data: [] })));
    const { user } = renderApp('/workspaces/acme-tea/webhooks', { session: session() });

    expect(await screen.findByText("Only the workspace's owners and admins may manage its webhooks.")).toBeInTheDocument();
    expect(requests).toEqual([]);
    await user.click(screen.getByRole('link', { name: 'Back to the members' }));
    await screen.findByRole('heading', { level: 1, name: 'Members of Acme Tea' });
    expect(screen.queryByRole('link', { name: 'Webhooks' })).not.toBeInTheDocument();
  });

  it('when the owner opens the members page, then Webhooks is linked', async () => {
    acmeTea('owner');
    server.use(http.get(`${WS}/members`, () => HttpResponse.json({ data: [] })), http.get(`${WS}/invitations`, () => HttpResponse.json({ data: [] })));
    renderApp('/workspaces/acme-tea/members', { session: session() });
    expect(await screen.findByRole('link', { name: 'Webhooks' })).toHaveAttribute('href', '/workspaces/acme-tea/webhooks');
  });

  // It types three addresses key by key: about 2 s on a quiet machine, more on a busy one.
  it('when the form is sent empty, with credentials in the address, or to a target the API refuses, then each field says why; a good one shows the secret once and lists the endpoint', { timeout: 20_000 }, async () => {
    const { endpoints, requests } = acmeTea('owner');
    const bodies: CreateWebhookRequest[] = [];
    server.use(
      http.post(`${WS}/webhooks`, async ({ request }) => {
        const body = (await request.json()) as CreateWebhookRequest;
        bodies.push(body);
        if (body.url.includes('10.0.0.1')) {
          const refusal = '10.0.0.1 is not a public address.';
          return problem(422, 'webhook_target_forbidden', refusal, [{ in: 'body', field: 'url', message: refusal, code: 'url.target_forbidden' }]);
        }
        const created = makeWebhook({ url: body.url, events: body.events as Webhook['events'], description: body.description ?? null });
        endpoints.push(created);
        return HttpResponse.json({ ...created, secret: SECRET }, { status: 201 });
      }),
    );
    const { user } = renderApp('/workspaces/acme-tea/webhooks', { session: session() });
    await screen.findByText("No endpoint receives this workspace's events yet.");
    const form = screen.getByRole('form', { name: 'Add an endpoint' });

    await user.click(within(form).getByRole('button', { name: 'Add endpoint' }));
    expect(within(form).getByLabelText('Endpoint URL')).toHaveAccessibleDescription(/Enter the address/);
    expect(within(form).getByLabelText('Endpoint URL')).toHaveFocus();
    expect(within(form).getByText('Choose at least one event.')).toBeInTheDocument();

    await user.type(within(form).getByLabelText('Endpoint URL'), 'https://me:pw@10.0.0.1/in');
    await user.click(within(form).getByRole('checkbox', { name: /All product events/ }));
    // The wildcard stands for each product type: they show ticked and cannot be unticked alone.
    expect(within(form).getByRole('checkbox', { name: 'product.deleted' })).toBeChecked();
    expect(within(form).getByRole('checkbox', { name: 'product.deleted' })).toBeDisabled();
    await user.click(within(form).getByRole('checkbox', { name: 'membership.deleted' }));
    await user.click(within(form).getByRole('button', { name: 'Add endpoint' }));
    expect(within(form).getByLabelText('Endpoint URL')).toHaveAccessibleDescription(/user name and password/);
    expect(bodies).toHaveLength(0);

    await user.clear(within(form).getByLabelText('Endpoint URL'));
    await user.type(within(form).getByLabelText('Endpoint URL'), 'https://10.0.0.1/in');
    await user.click(within(form).getByRole('button', { name: 'Add endpoint' }));
    await waitFor(() => expect(within(form).getByLabelText('Endpoint URL')).toHaveAccessibleDescription(/10\.0\.0\.1 is not a public address\./));

    await user.clear(within(form).getByLabelText('Endpoint URL'));
    await user.type(within(form).getByLabelText('Endpoint URL'), 'https://erp.example.com/in');
    await user.type(within(form).getByLabelText('Description (optional)'), 'The ERP');
    await user.click(within(form).getByRole('button', { name: 'Add endpoint' }));

    const reveal = await screen.findByRole('region', { name: 'Signing secret' });
    expect(reveal).toHaveTextContent(SECRET);
    expect(reveal).toHaveTextContent('you will not see it again');
    expect(bodies.at(-1)).toEqual({ url: 'https://erp.example.com/in', events: ['product.*', 'membership.deleted'], description: 'The ERP' });
    expect(await screen.findByRole('link', { name: 'https://erp.example.com/in' })).toBeInTheDocument();
    expect(requests.length).toBeGreaterThanOrEqual(2);

    await user.click(within(reveal).getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByText(SECRET)).not.toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Add an endpoint' })).toBeInTheDocument();
  });

  it('when the workspace already has 20 endpoints, then the API\'s refusal is shown', async () => {
    acmeTea('owner');
    server.use(http.post(`${WS}/webhooks`, () => problem(409, 'webhook_limit_reached', 'A workspace has at most 20 endpoints.')));
    const { user } = renderApp('/workspaces/acme-tea/webhooks', { session: session() });
    const form = await screen.findByRole('form', { name: 'Add an endpoint' });
    await user.type(within(form).getByLabelText('Endpoint URL'), 'https://erp.example.com/in');
    await user.click(within(form).getByRole('checkbox', { name: /All events/ }));
    await user.click(within(form).getByRole('button', { name: 'Add endpoint' }));
    expect(await screen.findByText('A workspace has at most 20 endpoints.')).toBeInTheDocument();
  });
});

describe('an endpoint\'s page (/workspaces/:slug/webhooks/:id)', () => {
  function endpoint(webhook: Webhook) {
    acmeTea('admin', [webhook]);
    let current = webhook;
    const calls: Array<{ method: string; path: string; body?: unknown }> = [];
    const base = `${WS}/webhooks/${webhook.id}`;
    server.use(
      http.get(base, () => HttpResponse.json(current)),
      http.get(`${base}/deliveries`, () => HttpResponse.json({ data: calls.some((c) => c.path === 'ping') ? [makeDelivery({ eventType: 'webhook.ping' })] : [], nextCursor: null })),
      http.patch(base, async ({ request }) => {
        const body = (await request.json()) as Partial<Webhook>;
        calls.push({ method: 'PATCH', path: '', body });
        current = { ...current, ...body, updatedAt: new Date().toISOString(), ...(body.enabled ? { disabledAt: null, disabledReason: null, failingSince: null } : {}) };
        return HttpResponse.json(current);
      }),
      http.post(`${base}/ping`, () => {
        calls.push({ method: 'POST', path: 'ping' });
        return HttpResponse.json(makeDelivery({ eventType: 'webhook.ping', status: 'pending', attemptCount: 0 }), { status: 202 });
      }),
      http.post(`${base}/rotate-secret`, () => {
        calls.push({ method: 'POST', path: 'rotate-secret' });
        return HttpResponse.json({ ...current, secret: SECRET });
      }),
      http.delete(base, () => {
        calls.push({ method: 'DELETE', path: '' });
        return new HttpResponse(null, { status: 204 });
      }),
    );
    return calls;
  }

  it('when its settings are changed, then they are saved with the events normalized', async () => {
    const calls = endpoint(makeWebhook({ id: 'wh-erp', url: 'https://erp.example.com/in', events: ['workspace.updated'] }));
    const { user } = renderApp('/workspaces/acme-tea/webhooks/wh-erp', { session: session() });
    const form = await screen.findByRole('form', { name: 'Edit the endpoint' });
    expect(document.title).toBe('Webhook to erp.example.com · Shelfwise');
    expect(within(form).getByLabelText('Endpoint URL')).toHaveValue('https://erp.example.com/in');
    expect(within(form).getByRole('checkbox', { name: 'workspace.updated' })).toBeChecked();

    await user.click(within(form).getByRole('checkbox', { name: 'workspace.updated' }));
    await user.click(within(form).getByRole('checkbox', { name: 'product.trashed' }));
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('The endpoint was saved.')).toBeInTheDocument();
    expect(calls).toEqual([{ method: 'PATCH', path: '', body: { url: 'https://erp.example.com/in', events: ['product.trashed'], description: '' } }]);
  });

  it('when it was disabled, then it says why, and Enable turns it on again', async () => {
    const calls = endpoint(makeWebhook({ id: 'wh-erp', enabled: false, disabledReason: 'Every delivery failed for a day', disabledAt: '2026-12-02T09:00:00.000Z' }));
    const { user } = renderApp('/workspaces/acme-tea/webhooks/wh-erp', { session: session() });
    expect(await screen.findByText(/Every delivery failed for a day/)).toBeInTheDocument();
    // A disabled endpoint can still be pinged, to check it before enabling it again.
    expect(screen.getByRole('button', { name: 'Send test ping' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Enable' }));
    expect(await screen.findByRole('button', { name: 'Disable' })).toBeInTheDocument();
    expect(calls).toEqual([{ method: 'PATCH', path: '', body: { enabled: true } }]);
    expect(screen.queryByText(/Every delivery failed for a day/)).not.toBeInTheDocument();
  });

  it('when a test ping is sent, then the log is read again and shows it', async () => {
    endpoint(makeWebhook({ id: 'wh-erp' }));
    const { user } = renderApp('/workspaces/acme-tea/webhooks/wh-erp', { session: session() });
    expect(await screen.findByText('Nothing has been sent to this endpoint yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send test ping' }));
    expect(await screen.findByRole('link', { name: /^Delivery of webhook\.ping/ })).toBeInTheDocument();
  });

  it('when the secret is rotated after the confirmation, then the new one is shown once; Cancel sends nothing', async () => {
    const calls = endpoint(makeWebhook({ id: 'wh-erp' }));
    const { user } = renderApp('/workspaces/acme-tea/webhooks/wh-erp', { session: session() });
    await user.click(await screen.findByRole('button', { name: 'Rotate secret' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Rotate the signing secret?' })).getByRole('button', { name: 'Cancel' }));
    expect(calls).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Rotate secret' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Rotate secret' }));
    const reveal = await screen.findByRole('region', { name: 'Signing secret' });
    expect(reveal).toHaveTextContent(SECRET);
    expect(reveal).toHaveTextContent('the old one no longer signs');
    expect(calls).toEqual([{ method: 'POST', path: 'rotate-secret' }]);
  });

  it('when it is deleted after the confirmation, then the page returns to the list', async () => {
    const calls = endpoint(makeWebhook({ id: 'wh-erp' }));
    const { user } = renderApp('/workspaces/acme-tea/webhooks/wh-erp', { session: session() });
    await user.click(await screen.findByRole('button', { name: 'Delete endpoint' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Delete this endpoint?' })).getByRole('button', { name: 'Delete endpoint' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/workspaces/acme-tea/webhooks'));
    expect(calls).toEqual([{ method: 'DELETE', path: '' }]);
    expect(await screen.findByText('The endpoint was deleted.')).toBeInTheDocument();
  });

  it('when the endpoint does not exist, then it says so', async () => {
    acmeTea('owner');
    // The page asks for the endpoint and its log side by side: both are gone.
    server.use(
      http.get(`${WS}/webhooks/gone`, () => problem(404, 'webhook_not_found', 'No such endpoint.')),
      http.get(`${WS}/webhooks/gone/deliveries`, () => problem(404, 'webhook_not_found', 'No such endpoint.')),
    );
    renderApp('/workspaces/acme-tea/webhooks/gone', { session: session() });
    expect(await screen.findByText('This endpoint does not exist (any more).', {}, { timeout: 3_000 })).toBeInTheDocument();
  });
});
