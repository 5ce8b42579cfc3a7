import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeApiKeys } from '../src/modules/auth/api-keys.service.js';
import { createAdmin, expectNoSecrets, expectProblem, PASSWORD, loginUser, type Session, uniqueEmail } from './auth-support.js';
import { createUser } from '../src/modules/auth/index.js';
import { createTestApp, type TestApp } from './support/app.js';

/** A user made as the CLI makes one (registration sends a confirmation email instead of signing in), then signed in. */
async function signedInUser(app: TestApp): Promise<Session> {
  const email = uniqueEmail();
  await createUser({ prisma: app.db.prisma, auth: app.config.auth }, { email, password: PASSWORD, name: 'Key User' });
  return loginUser(app.app, email);
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const KEYS = '/api/v1/auth/api-keys';
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const lamp = (overrides: object = {}) => ({ name: 'Desk lamp', sku: `LAMP-${randomUUID().slice(0, 8)}`, price: '39.90', stock: 2, ...overrides });

async function createKey(app: Express, session: Session, body: object = {}): Promise<{ key: string; id: string; prefix: string }> {
  const res = await request(app).post(KEYS).set(bearer(session.accessToken)).send({ name: 'ci script', scopes: ['products:read', 'products:write'], ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { key: string; id: string; prefix: string };
}

const forgedKey = () => `sw_${randomBytes(9).toString('base64url')}_${randomBytes(32).toString('base64url')}`;
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

describe('creating and listing keys', () => {
  it('when a key is created, then the answer holds it once, the list never does, and only the SHA-256 of its secret is stored', async () => {
    const user = await signedInUser(t);
    const res = await request(t.app).post(KEYS).set(bearer(user.accessToken)).send({ name: 'laptop', scopes: ['products:read'], expiresInDays: 30 });
    expect(res.status).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.key).toMatch(/^sw_[A-Za-z0-9_-]{12}_[A-Za-z0-9_-]{43}$/);
    expect(res.body).toMatchObject({ name: 'laptop', scopes: ['products:read'], lastUsedAt: null });
    expect(res.body.key.startsWith(`sw_${res.body.prefix}_`)).toBe(true);
    expect(new Date(res.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(29.9 * 86_400_000);

    const list = await request(t.app).get(KEYS).set(bearer(user.accessToken));
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(1);
    expect(Object.keys(list.body.data[0]).sort()).toEqual(['createdAt', 'expiresAt', 'id', 'lastUsedAt', 'name', 'prefix', 'scopes']);
    expect(JSON.stringify(list.body)).not.toContain(res.body.key.slice(-43));
    expectNoSecrets(list.body);

    const row = await t.db.prisma.apiKey.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(row.secretHash).toBe(sha256(res.body.key.slice(-43)));
    expect(JSON.stringify(row)).not.toContain(res.body.key.slice(-43));
  });

  it('when another user lists keys, then they see only their own', async () => {
    const owner = await signedInUser(t);
    const other = await signedInUser(t);
    await createKey(t.app, owner);
    const list = await request(t.app).get(KEYS).set(bearer(other.accessToken));
    expect(list.body.data).toEqual([]);
  });

  it('when the body is wrong (no scope, an unknown scope, both expiries, a past expiry, a long name), then 400 and no key', async () => {
    const user = await signedInUser(t);
    const bad = [
      { name: 'x', scopes: [] },
      { name: 'x', scopes: ['users:admin'] },
      { name: 'x', scopes: ['products:read'], expiresInDays: 3, expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
      { name: 'x', scopes: ['products:read'], expiresAt: new Date(Date.now() - 1000).toISOString() },
      { name: 'n'.repeat(101), scopes: ['products:read'] },
    ];
    for (const body of bad) expectProblem(await request(t.app).post(KEYS).set(bearer(user.accessToken)).send(body), 400, 'validation_failed');
    expect(await t.db.prisma.apiKey.count({ where: { userId: user.userId } })).toBe(0);
  });

  it('when a user already has the maximum of keys, then the next is refused with 409 too_many_api_keys', async () => {
    const user = await signedInUser(t);
    await t.db.prisma.apiKey.createMany({
      data: Array.from({ length: 50 }, (_, i) => ({ userId: user.userId, name: `k${i}`, prefix: randomBytes(9).toString('base64url'), secretHash: sha256(String(i)), scopes: ['products:read'] })),
    });
    expectProblem(await request(t.app).post(KEYS).set(bearer(user.accessToken)).send({ name: 'one more', scopes: ['products:read'] }), 409, 'too_many_api_keys');
  });
});

describe('using a key on the product routes', () => {
  it('when a key with products:write creates a product and lists its owner’s, then both work and the drafts are there', async () => {
    const user = await signedInUser(t);
    const { key } = await createKey(t.app, user);
    const created = await request(t.app).post('/api/v1/products').set(bearer(key)).send(lamp({ status: 'draft' }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.ownerId).toBe(user.userId);
    const mine = await request(t.app).get('/api/v1/products?owner=me').set(bearer(key));
    expect(mine.status).toBe(200);
    expect(mine.body.data.map((p: { id: string }) => p.id)).toEqual([created.body.id]);
    expect((await request(t.app).get(`/api/v1/products/${created.body.id}`).set(bearer(key))).status).toBe(200);
  });

  it('when a read-only key tries to create, change or delete, then 403 insufficient_scope naming products:write, and nothing changes', async () => {
    const user = await signedInUser(t);
    const { key } = await createKey(t.app, user, { scopes: ['products:read'] });
    const draft = await request(t.app).post('/api/v1/products').set(bearer(user.accessToken)).send(lamp({ status: 'draft' }));
    const create = await request(t.app).post('/api/v1/products').set(bearer(key)).send(lamp());
    expectProblem(create, 403, 'insufficient_scope');
    expect(create.body.detail).toContain('products:write');
    expect(create.headers['www-authenticate']).toContain('insufficient_scope');
    expectProblem(await request(t.app).patch(`/api/v1/products/${draft.body.id}`).set(bearer(key)).send({ stock: 9 }), 403, 'insufficient_scope');
    expectProblem(await request(t.app).delete(`/api/v1/products/${draft.body.id}`).set(bearer(key)), 403, 'insufficient_scope');
    expect(await t.owner.prisma.product.count({ where: { ownerId: user.userId } })).toBe(1);
    expect((await t.owner.prisma.product.findUniqueOrThrow({ where: { id: draft.body.id } })).stock).toBe(2);

    // Reading its owner's drafts is what products:read is for.
    const read = await request(t.app).get(`/api/v1/products/${draft.body.id}`).set(bearer(key));
    expect(read.status).toBe(200);
  });

  it('when an unknown, forged or malformed key is sent, then 401 invalid_api_key', async () => {
    const user = await signedInUser(t);
    const { key } = await createKey(t.app, user);
    const wrongSecret = `${key.slice(0, 16)}${randomBytes(32).toString('base64url')}`;
    for (const value of [forgedKey(), wrongSecret, 'sw_short', `${key}x`]) {
      const res = await request(t.app).get('/api/v1/products').set(bearer(value));
      expectProblem(res, 401, 'invalid_api_key');
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    }
  });

  it('when a key has expired, then 401 api_key_expired, and nothing is created with it', async () => {
    const user = await signedInUser(t);
    const { key } = await createKey(t.app, user, { expiresAt: new Date(Date.now() + 1_500).toISOString() });
    expect((await request(t.app).get('/api/v1/products?owner=me').set(bearer(key))).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    expectProblem(await request(t.app).post('/api/v1/products').set(bearer(key)).send(lamp()), 401, 'api_key_expired');
    expect(await t.owner.prisma.product.count({ where: { ownerId: user.userId } })).toBe(0);
  });

  it('when a key is used many times within a minute, then lastUsedAt is written once', async () => {
    const user = await signedInUser(t);
    const { key, id } = await createKey(t.app, user);
    await request(t.app).get('/api/v1/products?owner=me').set(bearer(key));
    const first = (await t.db.prisma.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    expect(first).not.toBeNull();
    for (let i = 0; i < 5; i++) expect((await request(t.app).get('/api/v1/products?owner=me').set(bearer(key))).status).toBe(200);
    expect((await t.db.prisma.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(first);
    const listed = await request(t.app).get(KEYS).set(bearer(user.accessToken));
    expect(listed.body.data[0].lastUsedAt).toBe(first!.toISOString());
  });
});

describe('routes that need a session', () => {
  it('when a key is sent to an account or admin route, then 403 session_required and nothing happens', async () => {
    const admin = await createAdmin(t);
    const { key, id } = await createKey(t.app, admin);
    const calls = [
      request(t.app).get('/api/v1/auth/me'),
      request(t.app).post('/api/v1/auth/logout'),
      request(t.app).post('/api/v1/auth/logout-all'),
      request(t.app).post('/api/v1/auth/change-password').send({ currentPassword: PASSWORD, newPassword: 'a-brand-new-secret-42' }),
      request(t.app).get(KEYS),
      request(t.app).post(KEYS).send({ name: 'minted by a key', scopes: ['products:write'] }),
      request(t.app).delete(`${KEYS}/${id}`),
      request(t.app).get('/api/v1/users'),
    ];
    for (const call of calls) expectProblem(await call.set(bearer(key)), 403, 'session_required');
    expect(await t.db.prisma.apiKey.count({ where: { userId: admin.userId, revokedAt: null } })).toBe(1);
    expect(await t.db.prisma.session.count({ where: { userId: admin.userId, revokedAt: null } })).toBe(1);
    // The refusal happens before the key is looked up: it was never "used".
    expect((await t.db.prisma.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeNull();
  });
});

describe('revoking', () => {
  it('when the owner revokes a key, then it is refused at once with api_key_revoked, gone from the list, and revoking again is 204', async () => {
    const user = await signedInUser(t);
    const { key, id } = await createKey(t.app, user);
    expect((await request(t.app).get('/api/v1/products?owner=me').set(bearer(key))).status).toBe(200);

    expect((await request(t.app).delete(`${KEYS}/${id}`).set(bearer(user.accessToken))).status).toBe(204);
    expectProblem(await request(t.app).get('/api/v1/products?owner=me').set(bearer(key)), 401, 'api_key_revoked');
    expect((await request(t.app).get(KEYS).set(bearer(user.accessToken))).body.data).toEqual([]);
    expect((await request(t.app).delete(`${KEYS}/${id}`).set(bearer(user.accessToken))).status).toBe(204);
    expect(await t.db.prisma.apiKey.findUniqueOrThrow({ where: { id } })).toMatchObject({ revokedReason: 'revoked_by_owner' });

    // Only the holder of the secret learns that it was revoked.
    expectProblem(await request(t.app).get('/api/v1/products').set(bearer(`${key.slice(0, 16)}${randomBytes(32).toString('base64url')}`)), 401, 'invalid_api_key');
  });

  it('when someone revokes a key that is not theirs, or does not exist, then 404 api_key_not_found and it keeps working', async () => {
    const owner = await signedInUser(t);
    const other = await signedInUser(t);
    const { key, id } = await createKey(t.app, owner);
    expectProblem(await request(t.app).delete(`${KEYS}/${id}`).set(bearer(other.accessToken)), 404, 'api_key_not_found');
    expectProblem(await request(t.app).delete(`${KEYS}/${randomUUID()}`).set(bearer(other.accessToken)), 404, 'api_key_not_found');
    expect((await request(t.app).get('/api/v1/products').set(bearer(key))).status).toBe(200);
  });

  it('when a key is revoked on one instance, then a second instance sharing the database and Redis refuses it at once', async () => {
    const second = await createTestApp({ shareWith: t });
    try {
      const user = await signedInUser(t);
      const { key, id } = await createKey(t.app, user);
      // The second instance has the key's state cached now.
      expect((await request(second.app).get('/api/v1/products?owner=me').set(bearer(key))).status).toBe(200);
      expect((await request(t.app).delete(`${KEYS}/${id}`).set(bearer(user.accessToken))).status).toBe(204);
      expectProblem(await request(second.app).get('/api/v1/products?owner=me').set(bearer(key)), 401, 'api_key_revoked');
    } finally {
      await second.close();
    }
  });

  it('when revokeApiKeys runs for a user (as a password reset does), then every key of theirs stops at once, nobody else’s', async () => {
    const user = await signedInUser(t);
    const other = await signedInUser(t);
    const keys = [await createKey(t.app, user), await createKey(t.app, user)];
    const kept = await createKey(t.app, other);
    for (const { key } of keys) expect((await request(t.app).get('/api/v1/products').set(bearer(key))).status).toBe(200);

    expect(await revokeApiKeys({ prisma: t.db.prisma, cache: t.cache }, user.userId, 'password_reset')).toBe(2);

    for (const { key } of keys) expectProblem(await request(t.app).get('/api/v1/products').set(bearer(key)), 401, 'api_key_revoked');
    expect((await request(t.app).get('/api/v1/products').set(bearer(kept.key))).status).toBe(200);
    expect(await t.db.prisma.apiKey.count({ where: { userId: user.userId, revokedReason: 'password_reset' } })).toBe(2);
  });
});

describe('the per-key limit', () => {
  it('when a key goes over API_KEY_RATE_LIMIT_MAX, then 429 for that key while another key of the same user still works', async () => {
    const limited = await createTestApp({ env: { API_KEY_RATE_LIMIT_MAX: '2' } });
    try {
      const user = await signedInUser(limited);
      const busy = await createKey(limited.app, user);
      const calm = await createKey(limited.app, user);
      for (let i = 0; i < 2; i++) expect((await request(limited.app).get('/api/v1/products').set(bearer(busy.key))).status).toBe(200);
      const over = await request(limited.app).get('/api/v1/products').set(bearer(busy.key));
      expectProblem(over, 429, 'rate_limited');
      expect(over.headers['retry-after']).toMatch(/^\d+$/);
      expect((await request(limited.app).get('/api/v1/products').set(bearer(calm.key))).status).toBe(200);
      // Sessions are not counted against any key.
      expect((await request(limited.app).get('/api/v1/products').set(bearer(user.accessToken))).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
