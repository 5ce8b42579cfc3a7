import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeAuth, makeProduct, makeWorkspace, personalWorkspace } from '../test/fixtures';
import { renderApp } from '../test/render';
import { API, server } from '../test/server';

const header = () => within(screen.getByRole('banner'));

/** The user's workspaces, and each one's products (by slug) as the API lists them. */
function workspacesApi(workspaces = [personalWorkspace(), makeWorkspace({ slug: 'acme-tea', name: 'Acme Tea' })]) {
  const listed: string[] = [];
  server.use(
    http.get(`${API}/workspaces`, () => HttpResponse.json({ data: workspaces })),
    http.get(`${API}/workspaces/:slug/products`, ({ params }) => {
      listed.push(String(params.slug));
      return HttpResponse.json({ data: [makeProduct({ name: `Lamp of ${String(params.slug)}` })], nextCursor: null });
    }),
  );
  return { listed };
}

describe('the workspace switcher', () => {
  it('when a signed-in user opens any page, then the header lists their workspaces with the personal one first, labelled as such', async () => {
    workspacesApi();
    server.use(http.get(`${API}/products`, () => HttpResponse.json({ data: [], nextCursor: null })));
    renderApp('/', { session: makeAuth() });

    const select = await header().findByRole('combobox', { name: 'Workspace' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Personal (personal)', 'Acme Tea', 'New workspace…']);
    expect(select).toHaveValue('personal');
  });

  it('when the user picks another workspace, then My products lists that one’s products, and the choice is remembered for this user', async () => {
    const api = workspacesApi();
    const auth = makeAuth();
    const { user } = renderApp('/my/products', { session: auth });
    expect(await screen.findByRole('heading', { level: 1, name: 'My products' })).toBeInTheDocument();

    await user.selectOptions(await header().findByRole('combobox', { name: 'Workspace' }), 'acme-tea');

    expect(await screen.findByRole('heading', { level: 1, name: 'Products of Acme Tea' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Lamp of acme-tea' })).toBeInTheDocument();
    expect(api.listed).toEqual(['personal', 'acme-tea']);
    expect(localStorage.getItem(`shelfwise.workspace.${auth.user.id}`)).toBe('acme-tea');
    expect(header().getByRole('link', { name: 'Members' })).toHaveAttribute('href', '/workspaces/acme-tea/members');
  });

  it('when the remembered workspace is no longer one of the user’s, then the personal one is shown', async () => {
    const api = workspacesApi([personalWorkspace()]);
    const auth = makeAuth();
    localStorage.setItem(`shelfwise.workspace.${auth.user.id}`, 'left-long-ago');
    renderApp('/my/products', { session: auth });

    expect(await screen.findByRole('heading', { level: 1, name: 'My products' })).toBeInTheDocument();
    await waitFor(() => expect(api.listed).toEqual(['personal']));
  });

  it('when the user creates a workspace from “New workspace…”, then it is created with the name and slug given, becomes current and its members page opens', async () => {
    const created = makeWorkspace({ slug: 'tea-shop', name: 'Tea shop' });
    const workspaces = [personalWorkspace()];
    let body: unknown;
    workspacesApi(workspaces);
    server.use(
      http.post(`${API}/workspaces`, async ({ request }) => {
        body = await request.json();
        workspaces.push(created);
        return HttpResponse.json(created, { status: 201 });
      }),
      http.get(`${API}/workspaces/tea-shop`, () => HttpResponse.json(created)),
      http.get(`${API}/workspaces/tea-shop/members`, () => HttpResponse.json({ data: [] })),
      http.get(`${API}/workspaces/tea-shop/invitations`, () => HttpResponse.json({ data: [] })),
    );
    const { user } = renderApp('/my/products', { session: makeAuth() });

    await user.selectOptions(await header().findByRole('combobox', { name: 'Workspace' }), 'New workspace…');
    const form = await screen.findByRole('form', { name: 'New workspace' });
    await user.type(within(form).getByLabelText('Name'), 'Tea shop');
    await user.type(within(form).getByLabelText('Slug (optional)'), 'tea-shop');
    await user.click(within(form).getByRole('button', { name: 'Create workspace' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Members of Tea shop' })).toBeInTheDocument();
    expect(body).toEqual({ name: 'Tea shop', slug: 'tea-shop' });
    await waitFor(() => expect(header().getByRole('combobox', { name: 'Workspace' })).toHaveValue('tea-shop'));
    expect(document.title).toBe('Members of Tea shop · Shelfwise');
  });

  it('when the slug breaks the API’s rule, then the field says so and nothing is sent', async () => {
    workspacesApi();
    const { user } = renderApp('/workspaces/new', { session: makeAuth() });

    await user.type(await screen.findByLabelText('Name'), 'Tea shop');
    await user.type(screen.getByLabelText('Slug (optional)'), 'Tea Shop!');
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));

    expect(screen.getByLabelText('Slug (optional)')).toHaveAccessibleDescription(/^Lowercase letters, digits and hyphens/);
  });
});

it('when the user signs out, then the header drops the switcher and nothing is asked of the API as nobody', async () => {
  let reads = 0;
  server.use(
    http.get(`${API}/workspaces`, () => {
      reads += 1;
      return HttpResponse.json({ data: [personalWorkspace()] });
    }),
    http.get(`${API}/products`, () => HttpResponse.json({ data: [], nextCursor: null })),
    http.post(`${API}/auth/logout`, () => new HttpResponse(null, { status: 204 })),
  );
  const { user } = renderApp('/', { session: makeAuth() });
  await header().findByRole('combobox', { name: 'Workspace' });

  await user.click(header().getByRole('button', { name: 'Sign out' }));

  expect(await header().findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  expect(header().queryByRole('combobox', { name: 'Workspace' })).not.toBeInTheDocument();
  expect(reads).toBe(1);
});

describe('a workspace’s products by role', () => {
  it('when the user is a viewer of the current workspace, then its products show no New product, quick update, Edit or Delete', async () => {
    const auth = makeAuth();
    localStorage.setItem(`shelfwise.workspace.${auth.user.id}`, 'acme-tea');
    workspacesApi([personalWorkspace(), makeWorkspace({ slug: 'acme-tea', name: 'Acme Tea', role: 'viewer' })]);
    renderApp('/my/products', { session: auth });

    const link = await screen.findByRole('link', { name: 'Lamp of acme-tea' });
    const row = within(link.closest('li')!);
    expect(screen.getByRole('heading', { level: 1, name: 'Products of Acme Tea' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New product' })).not.toBeInTheDocument();
    expect(row.queryByRole('form')).not.toBeInTheDocument();
    expect(row.queryByRole('button')).not.toBeInTheDocument();
    expect(row.queryByRole('link', { name: /^Edit/ })).not.toBeInTheDocument();
    expect(link).toHaveAttribute('href', expect.stringMatching(/^\/products\//));
  });

  it('when an editor’s quick update is refused because the role changed meanwhile, then the API’s detail is shown', async () => {
    const auth = makeAuth();
    const product = makeProduct({ id: 'p1', name: 'Mug', workspaceId: 'ws-acme' });
    localStorage.setItem(`shelfwise.workspace.${auth.user.id}`, 'acme-tea');
    server.use(
      http.get(`${API}/workspaces`, () => HttpResponse.json({ data: [personalWorkspace(), makeWorkspace({ id: 'ws-acme', slug: 'acme-tea', name: 'Acme Tea', role: 'editor' })] })),
      http.get(`${API}/workspaces/acme-tea/products`, () => HttpResponse.json({ data: [product], nextCursor: null })),
      http.get(`${API}/products/p1`, () => HttpResponse.json(product, { headers: { ETag: '"1-p1"' } })),
      http.patch(`${API}/products/p1`, () =>
        HttpResponse.json(
          { type: 'urn:shelfwise:problem:insufficient_workspace_role', title: 'Forbidden', status: 403, code: 'insufficient_workspace_role', detail: 'Your role in this workspace does not allow product.update', requestId: 'r' },
          { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderApp('/my/products', { session: auth });
    const row = within((await screen.findByRole('link', { name: 'Mug' })).closest('li')!);

    await user.selectOptions(row.getByLabelText('Status'), 'archived');
    await user.click(row.getByRole('button', { name: 'Update' }));

    expect(await screen.findByText('Your role in this workspace does not allow product.update')).toBeInTheDocument();
  });

  it('when a viewer opens a product’s edit page, then no form is shown; an editor gets the form', async () => {
    const product = makeProduct({ id: 'p2', name: 'Bowl', workspaceId: 'ws-acme' });
    server.use(http.get(`${API}/products/p2`, () => HttpResponse.json(product, { headers: { ETag: '"1-p2"' } })));
    server.use(http.get(`${API}/workspaces`, () => HttpResponse.json({ data: [personalWorkspace(), makeWorkspace({ id: 'ws-acme', role: 'viewer' })] })));
    renderApp('/my/products/p2/edit', { session: makeAuth() });

    expect(await screen.findByText('You can see this product but not change it.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Product' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete Bowl' })).not.toBeInTheDocument();
  });

  it('when a member whose role allows changes opens a product’s page, then it offers “Edit product”; a viewer gets none', async () => {
    const product = makeProduct({ id: 'p3', name: 'Cup', workspaceId: 'ws-acme' });
    server.use(http.get(`${API}/products/p3`, () => HttpResponse.json(product, { headers: { ETag: '"1-p3"' } })));
    server.use(http.get(`${API}/workspaces`, () => HttpResponse.json({ data: [makeWorkspace({ id: 'ws-acme', role: 'editor' })] })));
    const first = renderApp('/products/p3', { session: makeAuth() });
    expect(await screen.findByRole('link', { name: 'Edit product' })).toHaveAttribute('href', '/my/products/p3/edit');
    first.unmount();

    server.use(http.get(`${API}/workspaces`, () => HttpResponse.json({ data: [makeWorkspace({ id: 'ws-acme', role: 'viewer' })] })));
    renderApp('/products/p3', { session: makeAuth() });
    expect(await screen.findByRole('heading', { name: 'Cup' })).toBeInTheDocument();
    // The switcher shows once the workspaces are known: only then is the absence of "Edit" an answer.
    await header().findByRole('combobox', { name: 'Workspace' });
    expect(screen.queryByRole('link', { name: 'Edit product' })).not.toBeInTheDocument();
  });
});
