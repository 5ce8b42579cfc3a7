import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeAuth, problem } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { API, server } from '../../../test/server';
import type { ApiKey } from '../api/api-keys';
import { ApiKeysSection } from './ApiKeysSection';

const KEY = 'sw_AbCdEfGhIjKl_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG';

function apiKey(overrides: Partial<ApiKey> = {}): ApiKey {
  return {
    id: 'key-1', name: 'laptop', prefix: 'AbCdEfGhIjKl', scopes: ['products:read'],
    expiresAt: null, lastUsedAt: null, createdAt: '2025-03-01T10:00:00.000Z', ...overrides,
  };
}

/** A key list that the handlers below change, as the API would. */
function mockApi(initial: ApiKey[]) {
  const keys = [...initial];
  const calls: { created: unknown[]; revoked: string[] } = { created: [], revoked: [] };
  server.use(
    http.get(`${API}/auth/api-keys`, () => HttpResponse.json({ data: keys })),
    http.post(`${API}/auth/api-keys`, async ({ request }) => {
      const body = (await request.json()) as { name: string; scopes: ApiKey['scopes'] };
      calls.created.push(body);
      const created = apiKey({ id: 'key-new', name: body.name, scopes: body.scopes, prefix: 'AbCdEfGhIjKl' });
      keys.unshift(created);
      return HttpResponse.json({ ...created, key: KEY }, { status: 201 });
    }),
    http.delete(`${API}/auth/api-keys/:id`, ({ params }) => {
      calls.revoked.push(String(params.id));
      keys.splice(keys.findIndex((k) => k.id === params.id), 1);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return calls;
}

describe('ApiKeysSection', () => {
  it('when the user has keys, then each is listed with its prefix, permissions and use, never a secret', async () => {
    mockApi([apiKey({ lastUsedAt: '2025-03-02T10:00:00.000Z', expiresAt: '2030-01-01T00:00:00.000Z', scopes: ['products:read', 'products:write'] })]);
    renderWithProviders(<ApiKeysSection />, { session: makeAuth() });

    const list = await screen.findByRole('list', { name: 'Your API keys' });
    expect(within(list).getByText('laptop', { selector: 'strong' })).toBeInTheDocument();
    expect(within(list).getByText('sw_AbCdEfGhIjKl_…')).toBeInTheDocument();
    expect(list).toHaveTextContent(/Can read products and change products/);
    expect(list).toHaveTextContent(/last used/);
  });

  it('when a key is created, then it is shown once with a copy button and a warning, and the list shows it without the secret', async () => {
    const calls = mockApi([]);
    const { user } = renderWithProviders(<ApiKeysSection />, { session: makeAuth() });
    await screen.findByText('You have no API keys.');

    await user.type(screen.getByLabelText('Key name'), 'ci script');
    await user.click(screen.getByLabelText(/Create, change and delete products/));
    await user.type(screen.getByLabelText('Expires after (days)'), '30');
    await user.click(screen.getByRole('button', { name: 'Create key' }));

    const shown = await screen.findByRole('region', { name: 'New API key' });
    expect(within(shown).getByText(KEY)).toBeInTheDocument();
    expect(shown).toHaveTextContent('you will not see it again');
    expect(within(shown).getByRole('button', { name: 'Copy key' })).toBeInTheDocument();
    expect(calls.created).toEqual([{ name: 'ci script', scopes: ['products:read', 'products:write'], expiresInDays: 30 }]);
    const list = await screen.findByRole('list', { name: 'Your API keys' });
    expect(list).not.toHaveTextContent(KEY);

    await user.click(within(shown).getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByText(KEY)).not.toBeInTheDocument();
  });

  it('when the form lacks a name or every permission, then nothing is sent and the fields say why', async () => {
    const calls = mockApi([]);
    const { user } = renderWithProviders(<ApiKeysSection />, { session: makeAuth() });
    await screen.findByText('You have no API keys.');

    await user.click(screen.getByLabelText(/Read products/));
    await user.click(screen.getByRole('button', { name: 'Create key' }));

    expect(screen.getByLabelText('Key name')).toHaveAccessibleDescription(/Give the key a name/);
    expect(screen.getByText('Choose at least one permission.')).toBeInTheDocument();
    expect(calls.created).toEqual([]);
  });

  it('when the API refuses the key, then its message is shown next to the field', async () => {
    mockApi([]);
    server.use(
      http.post(`${API}/auth/api-keys`, () =>
        problem(400, 'validation_failed', 'The request has invalid fields', [{ in: 'body', field: 'name', message: '"name" must not contain control characters', code: 'text.control' }]),
      ),
    );
    const { user } = renderWithProviders(<ApiKeysSection />, { session: makeAuth() });
    await screen.findByText('You have no API keys.');
    await user.type(screen.getByLabelText('Key name'), 'bell');
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    await waitFor(() => expect(screen.getByLabelText('Key name')).toHaveAccessibleDescription('"name" must not contain control characters'));
  });

  it('when a key is revoked, then only after the confirmation, and it leaves the list', async () => {
    const calls = mockApi([apiKey()]);
    const { user } = renderWithProviders(<ApiKeysSection />, { session: makeAuth() });
    await user.click(await screen.findByRole('button', { name: 'Revoke laptop' }));

    const dialog = screen.getByRole('alertdialog', { name: 'Revoke “laptop”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(calls.revoked).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Revoke laptop' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Revoke key' }));

    expect(await screen.findByText('The key “laptop” was revoked.')).toBeInTheDocument();
    expect(calls.revoked).toEqual(['key-1']);
    expect(await screen.findByText('You have no API keys.')).toBeInTheDocument();
  });
});
