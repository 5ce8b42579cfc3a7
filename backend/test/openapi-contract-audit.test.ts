// The audit operations, each response checked against the OpenAPI document by contractClient (see
// openapi-contract.test.ts for the rest of the API): JSON pages, the CSV export, the refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin, PASSWORD, uniqueEmail } from './auth-support.js';
import { contractClient, unexercised } from './openapi-support.js';
import { createTestApp, type TestApp } from './support/app.js';

let t: TestApp;
let api: ReturnType<typeof contractClient>;
beforeAll(async () => {
  t = await createTestApp();
  api = contractClient(t.app);
});
afterAll(() => t.close());

async function register() {
  const email = uniqueEmail('audit-contract');
  expect((await api.call('post', '/api/v1/auth/register', { body: { email, password: PASSWORD, name: 'Contract' } })).status).toBe(202);
  const login = await api.call('post', '/api/v1/auth/login', { body: { email, password: PASSWORD } });
  return { token: login.body.accessToken as string, userId: login.body.user.id as string };
}

describe('audit', () => {
  it('when the log is read, paged, exported and refused, then each answer matches the document', async () => {
    const admin = await createAdmin(t);
    const owner = await register();
    const member = await register();
    const slug = (await api.call('post', '/api/v1/workspaces', { token: owner.token, body: { name: 'Audit Tea' } })).body.slug as string;
    const invited = await api.call('post', `/api/v1/workspaces/${slug}/invitations`, { token: owner.token, body: { role: 'editor' } });
    const token = new URL(invited.body.url as string).searchParams.get('token')!;
    expect((await api.call('post', '/api/v1/invitations/accept', { token: member.token, body: { token } })).status).toBe(200);

    const page = await api.call('get', '/api/v1/audit?limit=1', { token: admin.accessToken });
    expect(page.status).toBe(200);
    expect(page.body.nextCursor).toEqual(expect.any(String));
    expect((await api.call('get', `/api/v1/audit?limit=1&cursor=${page.body.nextCursor as string}`, { token: admin.accessToken })).status).toBe(200);
    expect((await api.call('get', `/api/v1/audit?actor=${owner.userId}&action=invitation_created,signed_in`, { token: admin.accessToken })).body.data).toHaveLength(2);
    expect((await api.call('get', '/api/v1/audit?format=csv', { token: admin.accessToken })).status).toBe(200);
    expect((await api.call('get', '/api/v1/audit', { token: admin.accessToken, headers: { Accept: 'text/csv' } })).headers['content-type']).toMatch(/^text\/csv/);
    expect((await api.call('get', '/api/v1/audit?action=nope', { token: admin.accessToken })).status).toBe(400);
    expect((await api.call('get', '/api/v1/audit?cursor=nope', { token: admin.accessToken })).status).toBe(400);
    expect((await api.call('get', '/api/v1/audit?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z', { token: admin.accessToken })).status).toBe(400);
    expect((await api.call('get', '/api/v1/audit', { token: owner.token })).status).toBe(403);
    expect((await api.call('get', '/api/v1/audit')).status).toBe(401);

    const at = `/api/v1/workspaces/${slug}/audit`;
    expect((await api.call('get', at, { token: owner.token })).body.data.map((e: { action: string }) => e.action)).toEqual(['invitation_accepted', 'invitation_created', 'workspace_created']);
    expect((await api.call('get', `${at}?format=csv`, { token: owner.token })).status).toBe(200);
    expect((await api.call('get', `${at}?target=nope`, { token: owner.token })).status).toBe(400);
    expect((await api.call('get', at, { token: member.token })).status).toBe(403);
    expect((await api.call('get', '/api/v1/workspaces/no-such-workspace/audit', { token: owner.token })).status).toBe(404);
  });

  it('when the file has run, then every audit operation was seen answering 2xx', () => {
    expect(unexercised(api, (op) => op.tags.includes('audit'))).toEqual([]);
  });
});
