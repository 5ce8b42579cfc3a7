import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Workspace, WorkspaceRole } from '../features/workspaces/types';
import { makeAuth, makeInvitation, makeMember, makeUser, makeWorkspace, personalWorkspace, problem } from '../test/fixtures';
import { renderApp } from '../test/render';
import { API, server } from '../test/server';

const auth = () => makeAuth({ user: makeUser({ id: 'me', name: 'Mia Me', email: 'mia@example.com' }) });
const me = (role: WorkspaceRole) => makeMember({ userId: 'me', name: 'Mia Me', email: 'mia@example.com', role });
const owner = makeMember({ userId: 'u-owner', name: 'Olive Owner', email: 'olive@example.com', role: 'owner' });
const editor = makeMember({ userId: 'u-editor', name: 'Eddie Editor', email: 'eddie@example.com', role: 'editor' });

/** Acme Tea as the API shows it to a caller of `role`, with its members and one pending invitation. */
function acmeTea(role: WorkspaceRole) {
  const workspace: Workspace = makeWorkspace({ slug: 'acme-tea', name: 'Acme Tea', role });
  const members = role === 'owner' ? [me('owner'), editor] : [owner, me(role), editor];
  const list = [personalWorkspace(), workspace];
  server.use(
    http.get(`${API}/workspaces`, () => HttpResponse.json({ data: list })),
    http.get(`${API}/workspaces/acme-tea`, () => HttpResponse.json(workspace)),
    http.get(`${API}/workspaces/acme-tea/members`, () => HttpResponse.json({ data: members })),
    http.get(`${API}/workspaces/acme-tea/invitations`, () => HttpResponse.json({ data: [makeInvitation({ email: 'ivy@example.com', role: 'viewer' })] })),
  );
  /** As after a delete or leave: the user's list no longer has it. */
  const drop = () => list.splice(1);
  return { workspace, drop };
}

async function openPage() {
  const utils = renderApp('/workspaces/acme-tea/members', { session: auth() });
  await screen.findByRole('table', { name: 'Members of Acme Tea' });
  return utils;
}

const rowOf = (name: string) => within(screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr')!);

describe('the members page, per role', () => {
  it('when the owner opens it, then every control is there: roles, remove, transfer, invitations, rename, leave, delete', async () => {
    acmeTea('owner');
    await openPage();

    expect(screen.getByRole('heading', { level: 1, name: 'Members of Acme Tea' })).toBeInTheDocument();
    expect(document.title).toBe('Members of Acme Tea · Shelfwise');
    const eddie = rowOf('Eddie Editor');
    expect(within(eddie.getByRole('combobox', { name: 'Role of eddie@example.com' })).getAllByRole('option').map((o) => o.textContent)).toEqual(['Owner', 'Admin', 'Editor', 'Viewer']);
    expect(eddie.getByRole('button', { name: 'Remove Eddie Editor' })).toBeInTheDocument();
    expect(eddie.getByRole('button', { name: 'Make owner Eddie Editor' })).toBeInTheDocument();
    // Their own row: no role change or removal (they leave instead).
    expect(rowOf('Mia Me').queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Invite by email' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Create an invitation link' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Revoke the invitation of ivy@example.com' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Rename the workspace' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Leave Acme Tea' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Delete the workspace' })).toBeInTheDocument();
  });

  it('when an admin opens it, then owners are out of reach, nobody can be made owner, and there is no delete or transfer', async () => {
    acmeTea('admin');
    await openPage();

    expect(rowOf('Olive Owner').queryByRole('combobox')).not.toBeInTheDocument();
    expect(rowOf('Olive Owner').queryByRole('button')).not.toBeInTheDocument();
    const eddie = rowOf('Eddie Editor');
    expect(within(eddie.getByRole('combobox')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Admin', 'Editor', 'Viewer']);
    expect(eddie.getByRole('button', { name: 'Remove Eddie Editor' })).toBeInTheDocument();
    expect(eddie.queryByRole('button', { name: /Make owner/ })).not.toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Invite by email' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Delete the workspace' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Leave Acme Tea' })).toBeInTheDocument();
  });

  it.each(['editor', 'viewer'] as const)('when someone with the %s role opens it, then they see the members and can only leave', async (role) => {
    acmeTea(role);
    await openPage();

    expect(screen.getAllByRole('row')).toHaveLength(4);
    expect(screen.queryByRole('combobox', { name: /^Role of/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove|^Make owner/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Invite by email' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Pending invitations' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Rename the workspace' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Delete the workspace' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Leave Acme Tea' })).toBeInTheDocument();
  });
});

describe('the members page, its requests', () => {
  it('when the owner changes a member’s role, then the new role is sent; when the API refuses, then its detail is shown and the select goes back', async () => {
    acmeTea('owner');
    const bodies: unknown[] = [];
    server.use(
      http.patch(`${API}/workspaces/acme-tea/members/u-editor`, async ({ request }) => {
        bodies.push(await request.json());
        return problem(403, 'insufficient_workspace_role', 'Your role in this workspace does not allow member.change_role');
      }),
    );
    const { user } = await openPage();
    const select = rowOf('Eddie Editor').getByRole('combobox', { name: 'Role of eddie@example.com' });

    await user.selectOptions(select, 'viewer');
    await user.click(rowOf('Eddie Editor').getByRole('button', { name: 'Save role' }));

    expect(await screen.findByText('Your role in this workspace does not allow member.change_role')).toBeInTheDocument();
    expect(bodies).toEqual([{ role: 'viewer' }]);
    await waitFor(() => expect(select).toHaveValue('editor'));
  });

  it('when the last owner tries to leave, then the API’s 409 last_owner detail is shown and the page stays', async () => {
    acmeTea('owner');
    server.use(http.post(`${API}/workspaces/acme-tea/leave`, () => problem(409, 'last_owner', 'The last owner cannot leave; transfer ownership first')));
    const { user } = await openPage();

    await user.click(screen.getByRole('button', { name: 'Leave Acme Tea' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Leave Acme Tea?' })).getByRole('button', { name: 'Leave workspace' }));

    expect(await screen.findByText('The last owner cannot leave; transfer ownership first')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/workspaces/acme-tea/members');
  });

  it('when a link invitation is created, then its url is shown once with a Copy button, and the pending list is fetched again', async () => {
    acmeTea('owner');
    let body: unknown;
    let listed = 0;
    server.use(
      http.post(`${API}/workspaces/acme-tea/invitations`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ invitation: makeInvitation({ email: null }), url: 'http://localhost:3000/invitations/accept?token=tok' }, { status: 201 });
      }),
      http.get(`${API}/workspaces/acme-tea/invitations`, () => {
        listed += 1;
        return HttpResponse.json({ data: [] });
      }),
    );
    const { user } = await openPage();
    await waitFor(() => expect(listed).toBe(1));
    const form = screen.getByRole('form', { name: 'Create an invitation link' });

    await user.selectOptions(within(form).getByLabelText('Role'), 'editor');
    await user.click(within(form).getByRole('button', { name: 'Create link' }));

    const shown = await screen.findByRole('region', { name: 'New invitation link' });
    expect(within(shown).getByTestId('invitation-link')).toHaveTextContent('http://localhost:3000/invitations/accept?token=tok');
    expect(within(shown).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(body).toEqual({ role: 'editor' });
    await waitFor(() => expect(listed).toBe(2));

    await user.click(within(shown).getByRole('button', { name: 'Done' }));
    expect(screen.queryByTestId('invitation-link')).not.toBeInTheDocument();
  });

  it('when an invitation is sent by email, then address and role are sent; a refusal shows its detail', async () => {
    acmeTea('owner');
    server.use(http.post(`${API}/workspaces/acme-tea/invitations`, () => problem(409, 'already_member', 'eddie@example.com is already a member')));
    const { user } = await openPage();
    const form = screen.getByRole('form', { name: 'Invite by email' });

    await user.type(within(form).getByLabelText('Email'), 'eddie@example.com');
    await user.click(within(form).getByRole('button', { name: 'Send invitation' }));

    expect(await screen.findByText('eddie@example.com is already a member')).toBeInTheDocument();
  });

  it('when the owner deletes the workspace, then the button waits for the slug typed, sends it as ?confirm= and goes to My products', async () => {
    const api = acmeTea('owner');
    let confirm: string | null = null;
    server.use(
      http.delete(`${API}/workspaces/acme-tea`, ({ request }) => {
        confirm = new URL(request.url).searchParams.get('confirm');
        api.drop();
        return new HttpResponse(null, { status: 204 });
      }),
      http.get(`${API}/workspaces/personal/products`, () => HttpResponse.json({ data: [], nextCursor: null })),
    );
    const { user } = await openPage();
    const form = screen.getByRole('form', { name: 'Delete the workspace' });
    const button = within(form).getByRole('button', { name: 'Delete workspace' });
    expect(button).toBeDisabled();

    await user.type(within(form).getByLabelText('Type acme-tea to confirm'), 'acme-tea');
    await user.click(button);

    expect(await screen.findByRole('heading', { level: 1, name: 'My products' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/my/products');
    expect(confirm).toBe('acme-tea');
  });

  it('when the workspace is not one the user can see, then the page says so', async () => {
    server.use(http.get(`${API}/workspaces/secret`, () => problem(404, 'workspace_not_found', 'Workspace not found')));
    renderApp('/workspaces/secret/members', { session: auth() });

    expect(await screen.findByText('This workspace does not exist, or you are not a member of it.')).toBeInTheDocument();
  });
});
