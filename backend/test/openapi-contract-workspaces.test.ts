import { randomBytes, randomUUID } from 'node:crypto';
import { startMailCatcher, type MailCatcher } from '@shelfwise/devstack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/modules/auth/index.js';
import { createAdmin, PASSWORD, uniqueEmail } from './auth-support.js';
import { contractClient, unexercised } from './openapi-support.js';
import { createTestApp, type TestApp } from './support/app.js';

// The workspace, member and invitation operations, each response checked against the OpenAPI
// document by contractClient (see openapi-contract.test.ts for the rest of the API; the workspace's
// products are in openapi-contract-products.test.ts). Small limits, so that each limit's refusal is reached.

let t: TestApp;
let api: ReturnType<typeof contractClient>;
let mail: MailCatcher;
beforeAll(async () => {
  mail = await startMailCatcher();
  t = await createTestApp({ smtpUrl: mail.smtpUrl, env: { WORKSPACES_PER_USER_MAX: '2', WORKSPACE_MEMBERS_MAX: '4', INVITATIONS_PER_HOUR: '6' } });
  api = contractClient(t.app);
});
afterAll(async () => {
  await t.close();
  await mail.close();
});

async function register() {
  const email = uniqueEmail('ws-contract');
  expect((await api.call('post', '/api/v1/auth/register', { body: { email, password: PASSWORD, name: 'Contract' } })).status).toBe(202);
  const login = await api.call('post', '/api/v1/auth/login', { body: { email, password: PASSWORD } });
  return { email, token: login.body.accessToken as string, userId: login.body.user.id as string };
}

type User = Awaited<ReturnType<typeof register>>;

/** The token of the invitation mailed to `email`. */
async function mailedToken(email: string): Promise<string> {
  const message = await mail.waitFor((m) => m.to.includes(email) && / invited you to /.test(m.subject));
  return /\/invitations\/accept\?token=([A-Za-z0-9_-]+)/.exec(message.text)![1]!;
}

const linkToken = (url: string) => new URL(url).searchParams.get('token')!;

async function createWorkspace(owner: User, name = 'Contract Tea') {
  const res = await api.call('post', '/api/v1/workspaces', { token: owner.token, body: { name } });
  expect(res.status).toBe(201);
  return `/api/v1/workspaces/${res.body.slug as string}`;
}

/** `user` joins `at` with `role` through a link invitation. */
async function join(owner: User, at: string, user: User, role: string) {
  const invited = await api.call('post', `${at}/invitations`, { token: owner.token, body: { role } });
  expect((await api.call('post', '/api/v1/invitations/accept', { token: user.token, body: { token: linkToken(invited.body.url) } })).status).toBe(200);
}

describe('workspaces', () => {
  it('when a workspace is created, shared by email and by link, run and handed over and deleted, then each answer matches the document', async () => {
    const [owner, editor, viewer, successor] = [await register(), await register(), await register(), await register()];
    const mine = await api.call('get', '/api/v1/workspaces', { token: owner.token });
    expect(mine.body.data[0]).toMatchObject({ personal: true, role: 'owner' });
    const at = await createWorkspace(owner);
    expect((await api.call('get', at, { token: owner.token })).body.allowed).toContain('workspace.delete');
    const renamed = await api.call('patch', at, { token: owner.token, body: { name: 'Contract Tea & Co.' } });
    expect(renamed.body.name).toBe('Contract Tea & Co.');

    const mailed = await api.call('post', `${at}/invitations`, { token: owner.token, body: { email: editor.email, role: 'editor' } });
    expect(mailed.body.url).toBeNull();
    const token = await mailedToken(editor.email);
    expect((await api.call('post', '/api/v1/invitations/lookup', { body: { token } })).body).toMatchObject({ role: 'editor', email: editor.email });
    expect((await api.call('post', '/api/v1/invitations/accept', { token: editor.token, body: { token } })).body).toMatchObject({ role: 'editor', memberCount: 2 });
    await join(owner, at, viewer, 'viewer');

    const pending = await api.call('post', `${at}/invitations`, { token: owner.token, body: { role: 'admin' } });
    expect((await api.call('get', `${at}/invitations`, { token: owner.token })).body.data).toHaveLength(1);
    expect((await api.call('delete', `${at}/invitations/${pending.body.invitation.id}`, { token: owner.token })).status).toBe(204);

    expect((await api.call('get', `${at}/members`, { token: viewer.token })).body.data).toHaveLength(3);
    expect((await api.call('patch', `${at}/members/${viewer.userId}`, { token: owner.token, body: { role: 'editor' } })).body.role).toBe('editor');
    expect((await api.call('delete', `${at}/members/${viewer.userId}`, { token: owner.token })).status).toBe(204);
    expect((await api.call('post', `${at}/leave`, { token: editor.token })).status).toBe(204);

    await join(owner, at, successor, 'admin');
    const handed = await api.call('post', `${at}/transfer-ownership`, { token: owner.token, body: { userId: successor.userId } });
    expect(handed.body.role).toBe('admin');
    const slug = at.split('/').pop()!;
    expect((await api.call('delete', `${at}?confirm=${slug}`, { token: successor.token })).status).toBe(204);
    expect((await api.call('get', at, { token: successor.token })).status).toBe(404);
  });

  it('when workspace requests are refused, then each problem matches the document', async () => {
    const [owner, editor, stranger] = [await register(), await register(), await register()];
    const admin = await createAdmin(t);
    const key = (await api.call('post', '/api/v1/auth/api-keys', { token: owner.token, body: { name: 'ws', scopes: ['products:read'] } })).body.key as string;
    expect((await api.call('get', '/api/v1/workspaces')).status).toBe(401);
    expect((await api.call('get', '/api/v1/workspaces', { token: key })).body.code).toBe('session_required');
    expect((await api.call('post', '/api/v1/workspaces', { token: owner.token, body: { name: 'x', slug: 'Not a slug!' } })).status).toBe(400);

    const at = await createWorkspace(owner);
    const slug = at.split('/').pop()!;
    const personal = `/api/v1/workspaces/${(await api.call('get', '/api/v1/workspaces', { token: owner.token })).body.data[0].slug as string}`;
    await join(owner, at, editor, 'editor');
    expect((await api.call('post', '/api/v1/workspaces', { token: stranger.token, body: { name: 'x', slug } })).body.code).toBe('slug_taken');
    await createWorkspace(owner, 'Second');
    expect((await api.call('post', '/api/v1/workspaces', { token: owner.token, body: { name: 'Third' } })).body.code).toBe('workspace_limit_reached');

    expect((await api.call('get', at, { token: stranger.token })).body.code).toBe('workspace_not_found');
    expect((await api.call('get', `/api/v1/workspaces/${'x'.repeat(65)}`, { token: owner.token })).status).toBe(400);
    expect((await api.call('patch', at, { token: editor.token, body: { name: 'Mine now' } })).body.code).toBe('insufficient_workspace_role');
    expect((await api.call('patch', personal, { token: owner.token, body: { slug } })).body.code).toBe('slug_taken');
    expect((await api.call('delete', at, { token: owner.token })).body.code).toBe('confirmation_required');
    expect((await api.call('delete', `${at}?confirm=${slug}`, { token: editor.token })).status).toBe(403);
    expect((await api.call('delete', `${personal}?confirm=${personal.split('/').pop()}`, { token: owner.token })).body.code).toBe('personal_workspace');

    expect((await api.call('post', `${at}/leave`, { token: owner.token })).body.code).toBe('last_owner');
    expect((await api.call('post', `${personal}/leave`, { token: owner.token })).body.code).toBe('personal_workspace');
    expect((await api.call('post', `${at}/leave`, { token: admin.accessToken })).status).toBe(403);
    expect((await api.call('post', `${at}/transfer-ownership`, { token: owner.token, body: { userId: owner.userId } })).body.code).toBe('transfer_to_self');
    expect((await api.call('post', `${at}/transfer-ownership`, { token: owner.token, body: { userId: randomUUID() } })).body.code).toBe('member_not_found');
    expect((await api.call('post', `${at}/transfer-ownership`, { token: editor.token, body: { userId: editor.userId } })).status).toBe(403);

    expect((await api.call('patch', `${at}/members/${owner.userId}`, { token: owner.token, body: { role: 'admin' } })).body.code).toBe('last_owner');
    expect((await api.call('patch', `${at}/members/${owner.userId}`, { token: editor.token, body: { role: 'viewer' } })).status).toBe(403);
    expect((await api.call('patch', `${at}/members/${randomUUID()}`, { token: owner.token, body: { role: 'viewer' } })).status).toBe(404);
    expect((await api.call('delete', `${at}/members/not-a-uuid`, { token: owner.token })).status).toBe(400);
    expect((await api.call('delete', `${at}/members/${owner.userId}`, { token: owner.token })).body.code).toBe('last_owner');
    expect((await api.call('delete', `${at}/members/${owner.userId}`, { token: editor.token })).status).toBe(403);
    expect((await api.call('delete', `${at}/members/${randomUUID()}`, { token: owner.token })).body.code).toBe('member_not_found');
    expect((await api.call('delete', `${personal}/members/${owner.userId}`, { token: owner.token })).body.code).toBe('personal_workspace');
  });

  it('when invitations are refused, then each problem matches the document', async () => {
    const [owner, editor, stranger] = [await register(), await register(), await register()];
    const at = await createWorkspace(owner);
    const personal = `/api/v1/workspaces/${(await api.call('get', '/api/v1/workspaces', { token: owner.token })).body.data[0].slug as string}`;
    await join(owner, at, editor, 'editor');
    const invite = (body: object, token = owner.token) => api.call('post', `${at}/invitations`, { token, body });

    expect((await api.call('get', `${at}/invitations`, { token: editor.token })).status).toBe(403);
    expect((await invite({ role: 'viewer' }, editor.token)).body.code).toBe('insufficient_workspace_role');
    expect((await invite({ role: 'owner' })).status).toBe(400);
    expect((await invite({ email: editor.email, role: 'viewer' })).body.code).toBe('already_member');
    expect((await api.call('post', `${personal}/invitations`, { token: owner.token, body: { role: 'viewer' } })).body.code).toBe('personal_workspace');

    // Members and pending invitations count together (at most 4 here): 2 members, 2 invitations.
    const other = await invite({ email: uniqueEmail('invitee'), role: 'viewer' });
    const link = await invite({ role: 'viewer' });
    expect((await invite({ role: 'viewer' })).body.code).toBe('member_limit_reached');
    expect((await api.call('delete', `${at}/invitations/${randomUUID()}`, { token: owner.token })).body.code).toBe('invitation_not_found');
    expect((await api.call('delete', `${at}/invitations/not-a-uuid`, { token: owner.token })).status).toBe(400);

    const mailedElsewhere = await mailedToken(other.body.invitation.email as string);
    expect((await api.call('post', '/api/v1/invitations/accept', { token: stranger.token, body: { token: mailedElsewhere } })).body.code).toBe('invitation_for_another_address');
    expect((await api.call('post', '/api/v1/invitations/accept', { token: editor.token, body: { token: linkToken(link.body.url) } })).body.code).toBe('already_member');
    expect((await api.call('post', '/api/v1/invitations/accept', { body: { token: linkToken(link.body.url) } })).status).toBe(401);
    const unknown = randomBytes(32).toString('base64url');
    expect((await api.call('post', '/api/v1/invitations/lookup', { body: { token: unknown } })).body.code).toBe('invitation_invalid');
    expect((await api.call('post', '/api/v1/invitations/lookup', { body: { token: 'short' } })).status).toBe(400);
    expect((await api.call('post', '/api/v1/invitations/accept', { token: stranger.token, body: { token: unknown } })).status).toBe(404);

    // The workspace fills up after the link was made (members added the way a script would): accepting it would pass the limit.
    await api.call('delete', `${at}/invitations/${other.body.invitation.id}`, { token: owner.token });
    const { id: workspaceId } = await t.owner.prisma.workspace.findUniqueOrThrow({ where: { slug: at.split('/').pop()! } });
    const fillers: string[] = [];
    for (const name of ['Filler one', 'Filler two']) {
      const user = await createUser({ prisma: t.db.prisma, auth: t.config.auth }, { email: uniqueEmail('filler'), password: PASSWORD, name });
      await t.owner.prisma.membership.create({ data: { workspaceId, userId: user.id, role: 'viewer' } });
      fillers.push(user.id);
    }
    expect((await api.call('post', '/api/v1/invitations/accept', { token: stranger.token, body: { token: linkToken(link.body.url) } })).body.code).toBe('member_limit_reached');

    // INVITATIONS_PER_HOUR (6 here) counts every invitation the workspace made this hour, whatever became of it: 3 so far.
    for (const userId of [...fillers, editor.userId]) expect((await api.call('delete', `${at}/members/${userId}`, { token: owner.token })).status).toBe(204);
    await api.call('delete', `${at}/invitations/${link.body.invitation.id}`, { token: owner.token });
    for (let i = 0; i < 3; i += 1) expect((await invite({ role: 'viewer' })).status).toBe(201);
    const limited = await invite({ role: 'viewer' });
    expect(limited.body.code).toBe('invitation_rate_limited');
    expect(limited.headers['retry-after']).toBe('3600');
  });
});

describe('coverage', () => {
  it('when the file has run, then every workspaces operation was seen answering 2xx', () => {
    expect(unexercised(api, (op) => op.tags.includes('workspaces'))).toEqual([]);
  });
});
