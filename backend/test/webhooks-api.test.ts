import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin, expectProblem, registerUser, type Session } from './auth-support.js';
import { contractClient, unexercised } from './openapi-support.js';
import { createKey } from './product-history-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { startTestDns, type TestDnsServer } from './support/dns-server.js';
import { startReceiver, webhooksPath, type Receiver } from './webhooks-support.js';
import { createWorkspace, memberWithRole } from './workspaces-support.js';

// The webhooks API through the contract client (every answer checked against the OpenAPI
// document): who may manage endpoints, what a registration takes and refuses, the log's paging.
// One app allows private targets (the receivers are on 127.0.0.1); another refuses them, as
// production does, with a DNS server of its own so that names resolve without the network.

let t: TestApp;
let strict: TestApp;
let dns: TestDnsServer;
let target: Receiver;
let api: ReturnType<typeof contractClient>;
let owner: Session;
let slug: string;

beforeAll(async () => {
  target = await startReceiver();
  dns = await startTestDns({ 'rebind.test': ['10.0.0.1'], 'loopback.test': ['::1'], 'public.test': ['93.184.215.14'] });
  t = await createTestApp({ workJobs: true, env: { OUTBOX_POLL_MS: '10' } });
  strict = await createTestApp({ env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false', WEBHOOK_DNS_SERVERS: dns.address, WEBHOOK_ALLOWED_TARGETS: `127.0.0.1:${target.port}` } });
  api = contractClient(t.app);
  owner = await registerUser(t.app, { name: 'Hook Admin' });
  slug = (await createWorkspace(t.app, owner)).slug;
});
afterAll(async () => {
  await t.close();
  await strict.close();
  await dns.close();
  await target.close();
});

const register = (token: string, body: Record<string, unknown>, at = slug) => api.call('post', webhooksPath(at), { token, body });
const valid = () => ({ url: target.url, events: ['product.*', 'membership.deleted'], description: 'ERP sync' });

describe('managing endpoints', () => {
  it('when an owner registers, reads, changes, rotates and deletes an endpoint, then each answer matches the document and the secret is shown only when made', async () => {
    const created = await register(owner.accessToken, valid());
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(webhooksPath(slug, `/${created.body.id}`));
    expect(created.body).toMatchObject({ url: target.url, events: ['product.*', 'membership.deleted'], description: 'ERP sync', enabled: true, lastDelivery: null, failingSince: null });
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const id = created.body.id as string;

    const list = await api.call('get', webhooksPath(slug), { token: owner.accessToken });
    expect(list.body.data.map((w: { id: string }) => w.id)).toContain(id);
    expect(JSON.stringify(list.body)).not.toContain(created.body.secret);
    expect(list.headers['cache-control']).toBe('no-store');
    const read = await api.call('get', webhooksPath(slug, `/${id}`), { token: owner.accessToken });
    expect(read.body).not.toHaveProperty('secret');

    const changed = await api.call('patch', webhooksPath(slug, `/${id}`), { token: owner.accessToken, body: { events: ['*'], description: '' } });
    expect(changed.body).toMatchObject({ events: ['*'], description: null, url: target.url });
    const disabled = await api.call('patch', webhooksPath(slug, `/${id}`), { token: owner.accessToken, body: { enabled: false } });
    expect(disabled.body).toMatchObject({ enabled: false, disabledReason: 'Disabled by an admin', disabledAt: expect.any(String) });

    const rotated = await api.call('post', webhooksPath(slug, `/${id}/rotate-secret`), { token: owner.accessToken });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.body.secret);

    const audit = await api.call('get', `/api/v1/workspaces/${slug}/audit?target=webhook:${id}`, { token: owner.accessToken });
    expect(audit.body.data.map((e: { action: string }) => e.action)).toEqual(['webhook_secret_rotated', 'webhook_updated', 'webhook_updated', 'webhook_created']);
    expect(JSON.stringify(audit.body)).not.toContain('whsec_');

    expect((await api.call('delete', webhooksPath(slug, `/${id}`), { token: owner.accessToken })).status).toBe(204);
    expectProblem(await api.call('get', webhooksPath(slug, `/${id}`), { token: owner.accessToken }), 404, 'webhook_not_found');
    expectProblem(await api.call('patch', webhooksPath(slug, `/${id}`), { token: owner.accessToken, body: { enabled: true } }), 404, 'webhook_not_found');
    expectProblem(await api.call('delete', webhooksPath(slug, `/${id}`), { token: owner.accessToken }), 404, 'webhook_not_found');
    expectProblem(await api.call('post', webhooksPath(slug, `/${id}/rotate-secret`), { token: owner.accessToken }), 404, 'webhook_not_found');
    expectProblem(await api.call('post', webhooksPath(slug, `/${id}/ping`), { token: owner.accessToken }), 404, 'webhook_not_found');
    expectProblem(await api.call('get', webhooksPath(slug, `/${id}/deliveries`), { token: owner.accessToken }), 404, 'webhook_not_found');
  });

  it('when the registration is malformed, then each field is named in a 400 and nothing is stored', async () => {
    const before = await t.owner.prisma.webhookEndpoint.count();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...valid(), url: 'ftp://files.example/hook' }, 'url'],
      [{ ...valid(), url: 'not a url' }, 'url'],
      [{ ...valid(), url: 'https://user:pass@hooks.example/in' }, 'url'],
      [{ ...valid(), url: `https://hooks.example/${'a'.repeat(2_050)}` }, 'url'],
      [{ ...valid(), events: [] }, 'events'],
      [{ ...valid(), events: ['job.updated'] }, 'events.0'],
      [{ ...valid(), events: ['product.exploded'] }, 'events.0'],
      [{ ...valid(), events: ['product.*', 'product.*'] }, 'events.1'],
      [{ ...valid(), description: 'x'.repeat(501) }, 'description'],
      [{ events: ['*'] }, 'url'],
    ];
    for (const [body, field] of cases) {
      const res = await register(owner.accessToken, body);
      expectProblem(res, 400, 'validation_failed');
      expect(res.body.errors.map((e: { field: string }) => e.field), JSON.stringify(body)).toContain(field);
    }
    expectProblem(await api.call('post', webhooksPath(slug), { token: owner.accessToken, rawBody: '{"url":' }), 400, 'malformed_json');
    const id = (await register(owner.accessToken, valid())).body.id as string;
    expectProblem(await api.call('patch', webhooksPath(slug, `/${id}`), { token: owner.accessToken, body: {} }), 400, 'validation_failed');
    expectProblem(await api.call('get', webhooksPath(slug, '/not-a-uuid'), { token: owner.accessToken }), 400, 'validation_failed');
    expect(await t.owner.prisma.webhookEndpoint.count()).toBe(before + 1);
  });

  it('when a workspace has 20 endpoints, then the 21st is refused with 409 webhook_limit_reached', async () => {
    const full = (await createWorkspace(t.app, owner)).slug;
    for (let i = 0; i < 20; i += 1) expect((await register(owner.accessToken, valid(), full)).status).toBe(201);
    expectProblem(await register(owner.accessToken, valid(), full), 409, 'webhook_limit_reached');
    expect(await t.owner.prisma.webhookEndpoint.count({ where: { workspace: { slug: full } } })).toBe(20);
  });
});

describe('who may manage them', () => {
  it('when an admin or a platform admin asks, then they may; an editor or a viewer gets 403, a stranger 404, an API key 403 and nobody 401', async () => {
    const admin = await memberWithRole(t.app, owner, slug, 'admin');
    const editor = await memberWithRole(t.app, owner, slug, 'editor');
    const viewer = await memberWithRole(t.app, owner, slug, 'viewer');
    const stranger = await registerUser(t.app);
    const platformAdmin = await createAdmin(t);
    expect((await register(admin.accessToken, valid())).status).toBe(201);
    expect((await api.call('get', webhooksPath(slug), { token: platformAdmin.accessToken })).status).toBe(200);
    for (const member of [editor, viewer]) {
      const refused = await api.call('get', webhooksPath(slug), { token: member.accessToken });
      expectProblem(refused, 403, 'insufficient_workspace_role');
      expect(refused.body.detail).toMatch(/cannot manage the workspace's webhooks/);
      expectProblem(await register(member.accessToken, valid()), 403, 'insufficient_workspace_role');
    }
    expectProblem(await api.call('get', webhooksPath(slug), { token: stranger.accessToken }), 404, 'workspace_not_found');
    const key = await createKey(t.app, owner, 'hooks');
    expectProblem(await api.call('get', webhooksPath(slug), { token: key.key }), 403, 'session_required');
    expectProblem(await api.call('get', webhooksPath(slug)), 401, 'unauthorized');
    // The members' page offers what the policy allows: managers see webhook.manage, editors do not.
    const workspaces = async (who: Session) => (await api.call('get', `/api/v1/workspaces/${slug}`, { token: who.accessToken })).body.allowed as string[];
    expect(await workspaces(admin)).toContain('webhook.manage');
    expect(await workspaces(editor)).not.toContain('webhook.manage');
  });
});

describe('the delivery log', () => {
  it('when an endpoint has several deliveries, then the log pages newest first, filters by status, and a delivery reads with its attempts', async () => {
    const id = (await register(owner.accessToken, valid())).body.id as string;
    const pings: string[] = [];
    for (let i = 0; i < 3; i += 1) pings.push((await api.call('post', webhooksPath(slug, `/${id}/ping`), { token: owner.accessToken })).body.id as string);
    await target.waitFor(3);
    await expect.poll(async () => (await api.call('get', webhooksPath(slug, `/${id}/deliveries?status=succeeded`), { token: owner.accessToken })).body.data.length).toBe(3);
    const first = await api.call('get', webhooksPath(slug, `/${id}/deliveries?limit=2`), { token: owner.accessToken });
    expect(first.body.data.map((d: { id: string }) => d.id)).toEqual([pings[2], pings[1]]);
    const second = await api.call('get', webhooksPath(slug, `/${id}/deliveries?limit=2&cursor=${first.body.nextCursor as string}`), { token: owner.accessToken });
    expect(second.body).toMatchObject({ data: [expect.objectContaining({ id: pings[0] })], nextCursor: null });
    expect((await api.call('get', webhooksPath(slug, `/${id}/deliveries?status=failed`), { token: owner.accessToken })).body.data).toEqual([]);
    expectProblem(await api.call('get', webhooksPath(slug, `/${id}/deliveries?cursor=nope`), { token: owner.accessToken }), 400, 'invalid_cursor');
    expectProblem(await api.call('get', webhooksPath(slug, `/${id}/deliveries?status=lost`), { token: owner.accessToken }), 400, 'validation_failed');

    const detail = await api.call('get', webhooksPath(slug, `/${id}/deliveries/${pings[0]!}`), { token: owner.accessToken });
    expect(detail.body).toMatchObject({ status: 'succeeded', attemptCount: 1, responseStatus: 204, payload: { type: 'webhook.ping' } });
    expect(detail.body.attempts).toEqual([expect.objectContaining({ responseStatus: 204, error: null, latencyMs: expect.any(Number) })]);
    const again = await api.call('post', webhooksPath(slug, `/${id}/deliveries/${pings[0]!}/redeliver`), { token: owner.accessToken });
    expect(again.status).toBe(202);
    expect(again.body.status).toBe('pending');
    await target.waitFor(4);
    expect(target.received[3]!.headers['webhook-id']).toBe(detail.body.eventId);

    const missing = '00000000-0000-4000-8000-000000000000';
    expectProblem(await api.call('get', webhooksPath(slug, `/${id}/deliveries/${missing}`), { token: owner.accessToken }), 404, 'webhook_delivery_not_found');
    expectProblem(await api.call('post', webhooksPath(slug, `/${id}/deliveries/${missing}/redeliver`), { token: owner.accessToken }), 404, 'webhook_delivery_not_found');
    await api.call('patch', webhooksPath(slug, `/${id}`), { token: owner.accessToken, body: { enabled: false } });
    expectProblem(await api.call('post', webhooksPath(slug, `/${id}/deliveries/${pings[0]!}/redeliver`), { token: owner.accessToken }), 409, 'webhook_disabled');
  });
});

describe('server-side request forgery', () => {
  let strictApi: ReturnType<typeof contractClient>;
  let strictOwner: Session;
  let strictSlug: string;
  beforeAll(async () => {
    strictApi = contractClient(strict.app);
    strictOwner = await registerUser(strict.app);
    strictSlug = (await createWorkspace(strict.app, strictOwner)).slug;
  });

  it('when a target is or resolves to a loopback, private, link-local or metadata address, then it is refused with 422 and nothing is stored', async () => {
    const forbidden = [
      'http://127.0.0.1:8080/hook', 'http://10.1.2.3/hook', 'http://192.168.0.10/hook', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/hook',
      'http://[::ffff:127.0.0.1]/hook', 'http://2130706433/hook', 'http://0x7f.1/hook', 'http://rebind.test/hook', 'http://loopback.test/hook',
      // The allowed target is an exact host:port: another port of the same host is not.
      `http://127.0.0.1:${target.port + 1}/hook`,
    ];
    for (const url of forbidden) {
      const res = await strictApi.call('post', webhooksPath(strictSlug), { token: strictOwner.accessToken, body: { url, events: ['*'] } });
      expectProblem(res, 422, 'webhook_target_forbidden');
      expect(res.body.errors, url).toEqual([expect.objectContaining({ field: 'url' })]);
    }
    expectProblem(await strictApi.call('post', webhooksPath(strictSlug), { token: strictOwner.accessToken, body: { url: 'http://nowhere.test/hook', events: ['*'] } }), 422, 'webhook_target_unresolvable');
    expect(await strict.owner.prisma.webhookEndpoint.count()).toBe(0);
    // A public name, and the one private target the configuration lists, are accepted.
    expect((await strictApi.call('post', webhooksPath(strictSlug), { token: strictOwner.accessToken, body: { url: 'https://public.test/hook', events: ['*'] } })).status).toBe(201);
    const allowed = await strictApi.call('post', webhooksPath(strictSlug), { token: strictOwner.accessToken, body: { url: target.url, events: ['*'] } });
    expect(allowed.status).toBe(201);
    expectProblem(await strictApi.call('patch', webhooksPath(strictSlug, `/${allowed.body.id as string}`), { token: strictOwner.accessToken, body: { url: 'http://10.0.0.1/' } }), 422, 'webhook_target_forbidden');
  });

  it('when an allowed target redirects to 127.0.0.1, then the redirect is not followed: the attempt fails and the second address is never called', async () => {
    const inner = await startReceiver();
    const redirecting = await startReceiver();
    try {
      const outer = `http://127.0.0.1:${redirecting.port}/hook`;
      const app = await createTestApp({ shareWith: strict, workJobs: true, env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false', WEBHOOK_ALLOWED_TARGETS: `127.0.0.1:${redirecting.port}`, WEBHOOK_RETRY_SCHEDULE_SECONDS: '3600' } });
      try {
        redirecting.redirect(inner.url);
        const owner2 = await registerUser(app.app);
        const slug2 = (await createWorkspace(app.app, owner2)).slug;
        const hook = contractClient(app.app);
        const id = (await hook.call('post', webhooksPath(slug2), { token: owner2.accessToken, body: { url: outer, events: ['*'] } })).body.id as string;
        const ping = (await hook.call('post', webhooksPath(slug2, `/${id}/ping`), { token: owner2.accessToken })).body.id as string;
        await redirecting.waitFor(1);
        await expect.poll(async () => (await hook.call('get', webhooksPath(slug2, `/${id}/deliveries/${ping}`), { token: owner2.accessToken })).body.status).toBe('failed');
        const detail = await hook.call('get', webhooksPath(slug2, `/${id}/deliveries/${ping}`), { token: owner2.accessToken });
        expect(detail.body.error).toMatch(/^127\.0\.0\.1 is not a public address/);
        expect(inner.received).toHaveLength(0);
      } finally {
        await app.close();
      }
    } finally {
      await inner.close();
      await redirecting.close();
    }
  });

  it('when every webhooks operation has been called, then each was seen succeeding as documented', () => {
    expect(unexercised(api, (op) => op.tags.includes('webhooks'))).toEqual([]);
  });
});
