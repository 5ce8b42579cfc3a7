import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeAuth, makeUser, makeWorkspace, personalWorkspace, problem } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { API, server } from '../../../test/server';
import type { AuditEntry } from '../types';

const ID = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
let n = 0;

function entry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  n += 1;
  return {
    id: `0193a1b2-c3d4-7e5f-8a9b-${String(n).padStart(12, '0')}`,
    at: '2026-12-02T10:00:00.000Z',
    action: 'signed_in',
    actor: { type: 'user', id: ID, userId: ID, name: 'Mia Me' },
    target: { type: 'user', id: ID },
    workspaceId: null,
    ip: '203.0.113.7',
    userAgent: 'Firefox/140',
    requestId: `req-${n}`,
    detail: {},
    ...overrides,
  };
}

const admin = () => makeAuth({ user: makeUser({ role: 'ADMIN' }) });

/** The platform's log in pages of the entries given; records each request's query. */
function platformLog(pages: AuditEntry[][]) {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get(`${API}/audit`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      queries.push(query);
      if (query.get('format') === 'csv') {
        return new HttpResponse('at,action\r\n', { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="audit-2026-12-02.csv"' } });
      }
      const index = Number(query.get('cursor') ?? 0);
      return HttpResponse.json({ data: pages[index] ?? [], nextCursor: index + 1 < pages.length ? String(index + 1) : null });
    }),
  );
  return queries;
}

describe('the platform audit log (/admin/audit)', () => {
  beforeEach(() => {
    // jsdom has no object URLs: the export's download is observed through these.
    URL.createObjectURL = vi.fn(() => 'blob:audit');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it('when an admin opens it, then each entry shows when, what, who, on what, the detail, from where and its request; Load more brings older ones', async () => {
    platformLog([
      [
        entry({ action: 'sign_in_failed', actor: { type: 'system', id: null, userId: null, name: null }, detail: { reason: 'wrong_password' } }),
        entry({ action: 'api_key_revoked', actor: { type: 'apiKey', id: ID, userId: ID, name: 'ci' }, target: { type: 'api_key', id: ID } }),
      ],
      [entry({ action: 'password_changed' })],
    ]);
    const { user } = renderApp('/admin/audit', { session: admin() });

    const table = await screen.findByRole('table', { name: 'Audit log entries, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Sign-in failed');
    expect(rows[0]).toHaveTextContent('System');
    expect(rows[0]).toHaveTextContent('reason: wrong_password');
    expect(rows[0]).toHaveTextContent('203.0.113.7');
    expect(rows[0]).toHaveTextContent('Firefox/140');
    expect(rows[1]).toHaveTextContent('API key ci');
    expect(rows[1]).toHaveTextContent('API key 0193a1b2');
    expect(screen.getByRole('navigation', { name: 'Admin' })).toContainElement(screen.getByRole('link', { name: 'Audit log' }));

    await user.click(screen.getByRole('button', { name: 'Load more entries' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    expect(within(table).getAllByRole('row')[3]).toHaveTextContent('Password changed');
    expect(screen.queryByRole('button', { name: 'Load more entries' })).not.toBeInTheDocument();
  });

  it('when filters are applied, then the API is asked with them; a bad id is caught by its field first; Clear asks for everything again', async () => {
    const queries = platformLog([[entry()]]);
    const { user } = renderApp('/admin/audit', { session: admin() });
    await screen.findByRole('table', { name: 'Audit log entries, newest first' });

    await user.type(screen.getByLabelText('Actor'), 'mia');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(screen.getByLabelText('Actor')).toHaveAccessibleDescription(/Enter a user's or an API key's id/);
    expect(screen.getByLabelText('Actor')).toHaveFocus();
    expect(queries).toHaveLength(1);

    await user.clear(screen.getByLabelText('Actor'));
    await user.type(screen.getByLabelText('Actor'), ID);
    await user.selectOptions(screen.getByLabelText('Action'), 'Sign-in failed');
    await user.type(screen.getByLabelText('From'), '2026-12-01T08:30');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(queries).toHaveLength(2));
    expect(Object.fromEntries(queries[1]!)).toEqual({ actor: ID, action: 'sign_in_failed', from: new Date('2026-12-01T08:30').toISOString(), limit: '50' });

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    await waitFor(() => expect(queries).toHaveLength(3));
    expect(Object.fromEntries(queries[2]!)).toEqual({ limit: '50' });
  });

  it('when nothing matches, then it says so; when Export CSV is pressed, then the filtered log is downloaded under the API\'s file name', async () => {
    const queries = platformLog([[]]);
    const { user } = renderApp('/admin/audit', { session: admin() });
    expect(await screen.findByText('Nothing has been recorded yet.')).toBeInTheDocument();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('audit-2026-12-02.csv');
    });

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(queries.filter((q) => q.get('format') === 'csv')).toHaveLength(1);
    expect(await screen.findByText('The audit log was exported as CSV.')).toBeInTheDocument();
    // The export is an entry itself: the list is asked for again.
    await waitFor(() => expect(queries.filter((q) => q.get('format') === null)).toHaveLength(2));
  });

  it('when the API refuses the export, then its reason is shown', async () => {
    platformLog([[entry()]]);
    server.use(http.get(`${API}/audit`, ({ request }) =>
      new URL(request.url).searchParams.get('format') === 'csv'
        ? problem(429, 'rate_limited', 'Too many requests; slow down and retry later')
        : HttpResponse.json({ data: [entry()], nextCursor: null })));
    const { user } = renderApp('/admin/audit', { session: admin() });
    await screen.findByRole('table', { name: 'Audit log entries, newest first' });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText(/Too many requests; slow down and retry later/)).toBeInTheDocument();
  });

  it('when someone who is not an admin opens it, then they are not allowed', async () => {
    renderApp('/admin/audit', { session: makeAuth() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
  });
});

describe('a workspace\'s audit log (/workspaces/:slug/audit)', () => {
  function workspaceAs(role: 'owner' | 'admin') {
    const workspace = makeWorkspace({ slug: 'acme-tea', name: 'Acme Tea', role });
    server.use(
      http.get(`${API}/workspaces`, () => HttpResponse.json({ data: [personalWorkspace(), workspace] })),
      http.get(`${API}/workspaces/acme-tea`, () => HttpResponse.json(workspace)),
      http.get(`${API}/workspaces/acme-tea/members`, () => HttpResponse.json({ data: [] })),
      http.get(`${API}/workspaces/acme-tea/invitations`, () => HttpResponse.json({ data: [] })),
      http.get(`${API}/workspaces/acme-tea/audit`, () =>
        HttpResponse.json({ data: [entry({ action: 'member_role_changed', workspaceId: workspace.id, detail: { from: 'editor', to: 'viewer' } })], nextCursor: null })),
    );
  }

  it('when its owner opens it from the members page, then its entries are listed and the action filter offers the workspace\'s kinds', async () => {
    workspaceAs('owner');
    const { user } = renderApp('/workspaces/acme-tea/members', { session: makeAuth() });
    await user.click(await screen.findByRole('link', { name: 'Audit log' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Audit log of Acme Tea' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Audit log entries, newest first' });
    expect(table).toHaveTextContent('Member role changed');
    expect(table).toHaveTextContent('from: editor, to: viewer');
    const options = within(screen.getByLabelText('Action')).getAllByRole('option').map((o) => o.textContent);
    expect(options).toContain('Invitation accepted');
    expect(options).not.toContain('Signed in');
  });

  it('when a member who is not an owner comes, then there is no link and the page says only owners may read it', async () => {
    workspaceAs('admin');
    renderApp('/workspaces/acme-tea/members', { session: makeAuth() });
    await screen.findByRole('heading', { level: 1, name: 'Members of Acme Tea' });
    expect(screen.queryByRole('link', { name: 'Audit log' })).not.toBeInTheDocument();

    renderApp('/workspaces/acme-tea/audit', { session: makeAuth() });
    expect(await screen.findByText("Only the workspace's owners may read its audit log.")).toBeInTheDocument();
  });
});
