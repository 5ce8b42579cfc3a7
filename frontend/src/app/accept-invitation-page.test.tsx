import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeAuth, makeProduct, makeWorkspace, personalWorkspace, problem } from '../test/fixtures';
import { renderApp } from '../test/render';
import { API, server } from '../test/server';

const TOKEN = 'a'.repeat(43);
const PAGE = `/invitations/accept?token=${TOKEN}`;
const lookup = { workspace: { name: 'Acme Tea', slug: 'acme-tea' }, role: 'editor', email: null, invitedBy: { name: 'Olive Owner' }, expiresAt: '2025-03-08T10:00:00.000Z' };
const location = () => screen.getByTestId('location').textContent;

function invitationApi() {
  const sent: unknown[] = [];
  server.use(
    http.post(`${API}/invitations/lookup`, async ({ request }) => {
      sent.push(await request.json());
      return HttpResponse.json(lookup);
    }),
  );
  return { sent };
}

describe('/invitations/accept, signed out', () => {
  it('when a visitor opens the link, then it says who invited them to which workspace as what, and offers sign-in and sign-up that come back here', async () => {
    const api = invitationApi();
    renderApp(PAGE, { session: 'anonymous' });

    const offer = await screen.findByRole('region', { name: 'Invitation' });
    expect(offer).toHaveTextContent('Olive Owner invited you to join Acme Tea as editor.');
    expect(api.sent).toEqual([{ token: TOKEN }]);
    const back = encodeURIComponent(PAGE);
    expect(within(offer).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', `/login?next=${back}`);
    expect(within(offer).getByRole('link', { name: 'Create account' })).toHaveAttribute('href', `/register?next=${back}`);
    expect(within(offer).queryByRole('button', { name: 'Accept invitation' })).not.toBeInTheDocument();
    expect(document.title).toBe('Invitation · Shelfwise');
  });

  it('when the visitor signs in from there, then they are back on the invitation with Accept', async () => {
    invitationApi();
    server.use(http.post(`${API}/auth/login`, () => HttpResponse.json(makeAuth())));
    const { user } = renderApp(PAGE, { session: 'anonymous' });

    const offer = await screen.findByRole('region', { name: 'Invitation' });
    await user.click(within(offer).getByRole('link', { name: 'Sign in' }));
    await user.type(screen.getByLabelText('Email'), 'eddie@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('button', { name: 'Accept invitation' })).toBeInTheDocument();
    expect(location()).toBe(PAGE);
    // Signed in now, the header lists the user's workspaces.
    expect(await within(screen.getByRole('banner')).findByRole('combobox', { name: 'Workspace' })).toHaveValue('personal');
  });

  it('when the invitation was used, revoked or expired, then the page says so', async () => {
    server.use(http.post(`${API}/invitations/lookup`, () => problem(404, 'invitation_invalid', 'The invitation is not valid')));
    renderApp(PAGE, { session: 'anonymous' });

    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation is not valid.');
  });

  it('when the link has no token, then nothing is sent and the page says it is incomplete', () => {
    renderApp('/invitations/accept', { session: 'anonymous' });

    expect(screen.getByRole('alert')).toHaveTextContent('This link is incomplete');
  });
});

describe('/invitations/accept, signed in', () => {
  it('when the user accepts, then the token is sent, the workspace becomes current and its products page opens', async () => {
    invitationApi();
    const auth = makeAuth();
    const acme = makeWorkspace({ slug: 'acme-tea', name: 'Acme Tea', role: 'editor' });
    const workspaces = [personalWorkspace()];
    let accepted: unknown;
    server.use(
      http.get(`${API}/workspaces`, () => HttpResponse.json({ data: workspaces })),
      http.post(`${API}/invitations/accept`, async ({ request }) => {
        accepted = await request.json();
        workspaces.push(acme);
        return HttpResponse.json(acme);
      }),
      http.get(`${API}/workspaces/acme-tea/products`, () => HttpResponse.json({ data: [makeProduct({ name: 'Green tea' })], nextCursor: null })),
    );
    const { user } = renderApp(PAGE, { session: auth });

    await user.click(await screen.findByRole('button', { name: 'Accept invitation' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Products of Acme Tea' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Green tea' })).toBeInTheDocument();
    expect(accepted).toEqual({ token: TOKEN });
    expect(location()).toBe('/my/products');
    expect(screen.getByText('You joined Acme Tea.')).toBeInTheDocument();
    expect(localStorage.getItem(`shelfwise.workspace.${auth.user.id}`)).toBe('acme-tea');
  });

  it('when the invitation was mailed to another address, then the page says to sign in with that one', async () => {
    invitationApi();
    server.use(http.post(`${API}/invitations/accept`, () => problem(403, 'invitation_for_another_address', 'This invitation is for another address')));
    const { user } = renderApp(PAGE, { session: makeAuth() });

    await user.click(await screen.findByRole('button', { name: 'Accept invitation' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation was sent to another email address. Sign in with that address to accept it.');
  });

  it('when the user is already a member, then the page says so and opens the workspace on request', async () => {
    invitationApi();
    server.use(
      http.get(`${API}/workspaces`, () => HttpResponse.json({ data: [personalWorkspace(), makeWorkspace({ slug: 'acme-tea', name: 'Acme Tea' })] })),
      http.post(`${API}/invitations/accept`, () => problem(409, 'already_member', 'You are already a member of this workspace')),
      http.get(`${API}/workspaces/acme-tea/products`, () => HttpResponse.json({ data: [], nextCursor: null })),
    );
    const { user } = renderApp(PAGE, { session: makeAuth() });

    await user.click(await screen.findByRole('button', { name: 'Accept invitation' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You are already a member of Acme Tea.');
    await user.click(within(alert).getByRole('button', { name: 'Open Acme Tea' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Products of Acme Tea' })).toBeInTheDocument();
  });

  it('when the invitation was used up between lookup and accept, then the page says it is not valid any more', async () => {
    invitationApi();
    server.use(http.post(`${API}/invitations/accept`, () => problem(404, 'invitation_invalid', 'The invitation is not valid')));
    const { user } = renderApp(PAGE, { session: makeAuth() });

    await user.click(await screen.findByRole('button', { name: 'Accept invitation' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation is not valid any more');
  });
});
