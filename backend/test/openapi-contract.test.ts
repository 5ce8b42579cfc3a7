import { randomUUID } from 'node:crypto';
import { startMailCatcher, type MailCatcher } from '@shelfwise/devstack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin, PASSWORD, refreshCookieOf, uniqueEmail } from './auth-support.js';
import { contractClient, documentedOperations, unexercised } from './openapi-support.js';
import { createTestApp, type TestApp } from './support/app.js';

// Every response in this file is checked against the OpenAPI document by contractClient: a status
// the operation does not document, a missing header or a body off its schema fails the test.

let t: TestApp;
let api: ReturnType<typeof contractClient>;
let mail: MailCatcher;
beforeAll(async () => {
  mail = await startMailCatcher();
  t = await createTestApp({ smtpUrl: mail.smtpUrl });
  api = contractClient(t.app);
});
afterAll(async () => {
  await t.close();
  await mail.close();
});

async function register(email = uniqueEmail()) {
  const res = await api.call('post', '/api/v1/auth/register', { body: { email, password: PASSWORD, name: 'Contract' } });
  expect(res.status).toBe(202);
  const login = await api.call('post', '/api/v1/auth/login', { body: { email, password: PASSWORD } });
  expect(login.status).toBe(200);
  return { email, accessToken: login.body.accessToken as string, refreshToken: login.body.refreshToken as string, userId: login.body.user.id as string };
}

/** The token of the first link to `page` mailed to `email` under `subject`. */
async function linkToken(email: string, page: string, subject: RegExp): Promise<string> {
  const message = await mail.waitFor((m) => m.to.includes(email) && subject.test(m.subject));
  return new RegExp(`/${page}\\?token=([A-Za-z0-9_-]+)`).exec(message.text)![1]!;
}

describe('health and meta', () => {
  it('when probed, then liveness, readiness and their HEAD forms match the document', async () => {
    expect((await api.call('get', '/health')).status).toBe(200);
    expect((await api.call('head', '/health')).status).toBe(200);
    expect((await api.call('get', '/health/ready')).status).toBe(200);
  });

  it('when draining, then readiness answers the documented 503 problem', async () => {
    const draining = await createTestApp();
    try {
      draining.lifecycle.startDraining();
      const res = await contractClient(draining.app).call('get', '/health/ready');
      expect(res.status).toBe(503);
      expect(res.body.code).toBe('draining');
    } finally {
      await draining.close();
    }
  });

  it('when the document and the metrics are fetched, then both match the document', async () => {
    expect((await api.call('get', '/api/v1/openapi.json')).status).toBe(200);
    expect((await api.call('get', '/metrics')).status).toBe(200);
  });
});

describe('auth', () => {
  it('when a user registers, signs in, refreshes, reads /me and signs out, then each answer matches the document', async () => {
    const { email, accessToken } = await register();
    const login = await api.call('post', '/api/v1/auth/login', { body: { email, password: PASSWORD } });
    expect(login.status).toBe(200);
    expect((await api.call('get', '/api/v1/auth/me', { token: accessToken })).status).toBe(200);

    const cookie = refreshCookieOf(login)!.split(';')[0]!;
    const refreshed = await api.call('post', '/api/v1/auth/refresh', { headers: { Cookie: cookie } });
    expect(refreshed.status).toBe(200);
    const unknown = await api.call('post', '/api/v1/auth/refresh', { body: { refreshToken: 'never-issued' } });
    expect(unknown.status).toBe(401);

    const other = await register();
    expect((await api.call('post', '/api/v1/auth/logout', { token: other.accessToken, body: {} })).status).toBe(204);
    const third = await register();
    expect((await api.call('post', '/api/v1/auth/logout-all', { token: third.accessToken })).status).toBe(204);
  });

  it('when a user renames themself and then presents the tokens of a session ended everywhere, then each answer, `reason` included, matches the document', async () => {
    const session = await register();
    expect((await api.call('patch', '/api/v1/auth/me', { token: session.accessToken, body: { name: 'Renamed' } })).status).toBe(200);
    expect((await api.call('post', '/api/v1/auth/logout-all', { token: session.accessToken })).status).toBe(204);
    const refresh = await api.call('post', '/api/v1/auth/refresh', { body: { refreshToken: session.refreshToken } });
    expect(refresh.body).toMatchObject({ code: 'invalid_refresh_token', reason: 'logout_all' });
    const access = await api.call('get', '/api/v1/auth/me', { token: session.accessToken });
    expect(access.body).toMatchObject({ code: 'session_revoked', reason: 'logout_all' });
  });

  it('when requests are refused, then each problem matches the document', async () => {
    const { email, accessToken } = await register();
    expect((await api.call('post', '/api/v1/auth/register', { body: { email: 'nope', password: 'short', name: '' } })).status).toBe(400);
    expect((await api.call('post', '/api/v1/auth/verify-email', { body: { token: 'forged' } })).status).toBe(400);
    expect((await api.call('post', '/api/v1/auth/password-reset/confirm', { body: { token: 'forged', newPassword: 'a-brand-new-secret-42' } })).status).toBe(400);
    expect((await api.call('post', '/api/v1/auth/change-email', { token: accessToken, body: { newEmail: email, currentPassword: PASSWORD } })).status).toBe(409);
    expect((await api.call('post', '/api/v1/auth/login', { rawBody: '{"email":' })).status).toBe(400);
    expect((await api.call('post', '/api/v1/auth/login', { body: { email, password: 'wrong-password-1' } })).status).toBe(401);
    expect((await api.call('post', '/api/v1/auth/login', { body: { email, password: 'x'.repeat(200_000) } })).status).toBe(413);
    expect((await api.call('get', '/api/v1/auth/me')).status).toBe(401);
    expect((await api.call('get', '/api/v1/auth/me', { token: 'not.a.jwt' })).status).toBe(401);
    expect((await api.call('post', '/api/v1/auth/refresh', { body: {} })).status).toBe(401);
    expect((await api.call('post', '/api/v1/auth/logout', { body: {} })).status).toBe(401);
    const wrong = await api.call('post', '/api/v1/auth/change-password', {
      token: accessToken,
      body: { currentPassword: 'not-my-password', newPassword: 'a-brand-new-secret-42' },
    });
    expect(wrong.status).toBe(400);
    const changed = await api.call('post', '/api/v1/auth/change-password', {
      token: accessToken,
      body: { currentPassword: PASSWORD, newPassword: 'a-brand-new-secret-42' },
    });
    expect(changed.status).toBe(204);
  });
});

describe('users administration', () => {
  it('when an admin lists and changes users, then each answer matches the document', async () => {
    const admin = await createAdmin(t);
    const user = await register();
    await register();
    const page = await api.call('get', '/api/v1/users?limit=1', { token: admin.accessToken });
    expect(page.status).toBe(200);
    expect((await api.call('get', `/api/v1/users?limit=1&cursor=${page.body.nextCursor}`, { token: admin.accessToken })).status).toBe(200);
    expect((await api.call('get', '/api/v1/users?cursor=bogus', { token: admin.accessToken })).status).toBe(400);
    // Searched, sorted and by ids; a cursor of one sort refused under another.
    const byName = await api.call('get', `/api/v1/users?q=${encodeURIComponent(' USER ')}&sort=-name&limit=1`, { token: admin.accessToken });
    expect(byName.status).toBe(200);
    expect(byName.body.nextCursor).toEqual(expect.any(String));
    expect((await api.call('get', `/api/v1/users?sort=-name&limit=1&cursor=${byName.body.nextCursor}`, { token: admin.accessToken })).status).toBe(200);
    expect((await api.call('get', `/api/v1/users?sort=email&limit=1&cursor=${byName.body.nextCursor}`, { token: admin.accessToken })).status).toBe(400);
    const owners = await api.call('get', `/api/v1/users?ids=${user.userId},${randomUUID()}`, { token: admin.accessToken });
    expect(owners.body.data.map((u: { id: string }) => u.id)).toEqual([user.userId]);
    expect((await api.call('get', `/api/v1/users?ids=${Array.from({ length: 101 }, () => randomUUID()).join(',')}`, { token: admin.accessToken })).status).toBe(400);
    expect((await api.call('get', '/api/v1/users', { token: user.accessToken })).status).toBe(403);
    expect((await api.call('patch', `/api/v1/users/${user.userId}`, { token: admin.accessToken, body: { role: 'USER' } })).status).toBe(200);
    expect((await api.call('patch', `/api/v1/users/${randomUUID()}`, { token: admin.accessToken, body: { role: 'USER' } })).status).toBe(404);
    expect((await api.call('patch', `/api/v1/users/${admin.userId}`, { token: admin.accessToken, body: { role: 'USER' } })).status).toBe(409);
    expect((await api.call('post', `/api/v1/users/${user.userId}/deactivate`, { token: admin.accessToken })).status).toBe(200);
    expect((await api.call('post', `/api/v1/users/${admin.userId}/deactivate`, { token: admin.accessToken })).status).toBe(409);
    expect((await api.call('post', `/api/v1/users/${randomUUID()}/deactivate`, { token: admin.accessToken })).status).toBe(404);
    expect((await api.call('post', `/api/v1/users/${user.userId}/reactivate`, { token: admin.accessToken })).status).toBe(200);
  });
});

describe('rate limits', () => {
  it('when a client goes over the API limit, then the 429 matches the document', async () => {
    const limited = await createTestApp({ env: { RATE_LIMIT_MAX: '1' } });
    try {
      const client = contractClient(limited.app);
      expect((await client.call('get', '/api/v1/openapi.json')).status).toBe(200);
      const res = await client.call('get', '/api/v1/openapi.json');
      expect(res.status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('request schemas', () => {
  // The document's request schemas are derived from the Joi schemas; this shows the routes really
  // validate with them: an empty body is refused naming exactly the documented required fields,
  // and an undocumented field is refused by name.
  it('when a documented body is sent empty or with an unknown field, then the API refuses it as the document says', async () => {
    const admin = await createAdmin(t);
    // A workspace's products are looked up before their body is read: name one that exists.
    const personal = (await api.call('get', '/api/v1/workspaces', { token: admin.accessToken })).body.data[0].slug as string;
    const doc = (await api.call('get', '/api/v1/openapi.json')).body;
    for (const op of documentedOperations()) {
      const operation = doc.paths[op.path][op.method];
      // A JSON body; the picture upload's multipart body is checked in images-api.test.ts.
      const ref: string | undefined = operation.requestBody?.content['application/json']?.schema.$ref;
      if (!ref) continue;
      const schema = doc.components.schemas[ref.split('/').pop()!];
      const url = op.path.replace('{slug}', personal).replace(/\{\w+\}/g, randomUUID());
      const method = op.method as 'post' | 'patch';
      const token = op.path.includes('/logout') ? undefined : admin.accessToken;
      const empty = await api.call(method, url, { token, body: {} });
      const required: string[] = schema.required ?? [];
      if (required.length > 0) {
        expect(empty.status, op.operationId).toBe(400);
        const missing = empty.body.errors.filter((e: { code: string }) => e.code === 'any.required').map((e: { field: string }) => e.field);
        expect(missing.sort(), op.operationId).toEqual([...required].sort());
      }
      const unknown = await api.call(method, url, { token, body: { zzUndocumented: 1 } });
      expect(unknown.status, op.operationId).toBe(400);
      expect(unknown.body.errors.map((e: { field: string }) => e.field), op.operationId).toContain('zzUndocumented');
    }
  });
});

describe('account flows behind emailed links', () => {
  it('when an address is confirmed, re-sent, changed and a password reset, then each answer matches the document', async () => {
    const { email, accessToken } = await register();
    expect((await api.call('post', '/api/v1/auth/verify-email/resend', { token: accessToken })).status).toBe(202);
    await expect.poll(() => mail.messages().filter((m) => m.to.includes(email) && /^Confirm your email/.test(m.subject)).length).toBe(2);
    // The second link: asking again stopped the first.
    const latest = mail.messages().filter((m) => m.to.includes(email) && /^Confirm your email/.test(m.subject)).at(-1)!;
    const token = /\/verify-email\?token=([A-Za-z0-9_-]+)/.exec(latest.text)![1]!;
    expect((await api.call('post', '/api/v1/auth/verify-email', { body: { token } })).status).toBe(200);
    expect((await api.call('post', '/api/v1/auth/verify-email/resend', { token: accessToken })).status).toBe(409);

    const newEmail = uniqueEmail('moved');
    expect((await api.call('post', '/api/v1/auth/change-email', { token: accessToken, body: { newEmail, currentPassword: PASSWORD } })).status).toBe(202);
    expect((await api.call('post', '/api/v1/auth/verify-email', { body: { token: await linkToken(newEmail, 'verify-email', /^Confirm your new/) } })).status).toBe(200);

    expect((await api.call('post', '/api/v1/auth/password-reset', { body: { email: newEmail } })).status).toBe(202);
    const reset = await linkToken(newEmail, 'reset-password', /^Reset your/);
    expect((await api.call('post', '/api/v1/auth/password-reset/confirm', { body: { token: reset, newPassword: 'a-brand-new-secret-42' } })).status).toBe(204);
  });
});

describe('coverage', () => {
  // Products, two-factor, API keys, workspaces, categories, tags, images, history, audit, imports and export have their own files
  // (openapi-contract-products.test.ts, openapi-contract-two-factor.test.ts, openapi-contract-api-keys.test.ts,
  // openapi-contract-workspaces.test.ts, openapi-contract-categories.test.ts, images-api.test.ts,
  // product-history-api.test.ts, openapi-contract-audit.test.ts, products-import-contract.test.ts,
  // products-export-contract.test.ts, jobs-contract.test.ts for jobs and bulk, events-stream.test.ts for the
  // events stream) with the same check.
  it('when the file has run, then every documented operation but the products, two-factor, api-keys, workspaces, categories, tags, images, history, audit, imports, export, jobs, bulk and events ones was seen answering 2xx', () => {
    expect(unexercised(api, (op) => !['products', 'two-factor', 'api-keys', 'workspaces', 'categories', 'tags', 'images', 'history', 'audit', 'imports', 'export', 'jobs', 'bulk', 'events', 'webhooks'].some((tag) => op.tags.includes(tag)))).toEqual([]);
  });
});

