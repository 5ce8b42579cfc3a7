// A user deleted, or a session ended, outside the request path (straight in the database) stops
// working within SESSION_STATE_CACHE_SECONDS on every instance (modules/auth/session-state.ts),
// and a write racing that window answers 401, never a foreign-key 500 (products.service.ts).
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '../src/config.js';
import { createTestApp, type TestApp } from './support/app.js';
import { expectProblem, me, registerUser } from './auth-support.js';
import { bearer, productInput } from './products-support.js';

const CACHE_SECONDS = 1;

let t: TestApp;
// The same deployment with the longest allowed cache: its hits are certain to still say "active".
let longCache: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { SESSION_STATE_CACHE_SECONDS: String(CACHE_SECONDS) } });
  longCache = await createTestApp({ shareWith: t, env: { SESSION_STATE_CACHE_SECONDS: '60' } });
});
afterAll(async () => {
  await longCache.close();
  await t.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pastTtl = () => sleep(CACHE_SECONDS * 1000 + 300);
const deleteUserRow = (userId: string) => t.owner.prisma.$executeRaw`DELETE FROM "User" WHERE id = ${userId}::uuid`;
const createProduct = (app: TestApp['app'], token: string, headers: Record<string, string> = {}) =>
  request(app).post('/api/v1/products').set(bearer(token)).set(headers).send(productInput());

describe('a user deleted outside the API', () => {
  it('when the user row is deleted while the session is cached, then a product create at once answers 401 problem+json, not 500', async () => {
    const session = await registerUser(longCache.app);
    // Caches the session state as active.
    expect((await me(longCache.app, session.accessToken)).status).toBe(200);
    await deleteUserRow(session.userId);

    const res = await createProduct(longCache.app, session.accessToken);
    expectProblem(res, 401, 'session_revoked');
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('when the deleted user creates with an Idempotency-Key, then it is 401 too', async () => {
    const session = await registerUser(longCache.app);
    expect((await me(longCache.app, session.accessToken)).status).toBe(200);
    await deleteUserRow(session.userId);

    expectProblem(await createProduct(longCache.app, session.accessToken, { 'Idempotency-Key': 'k-1' }), 401, 'session_revoked');
  });

  it('when the cache TTL has passed after the deletion, then /me and authenticated reads answer 401 session_revoked', async () => {
    const session = await registerUser(t.app);
    expect((await me(t.app, session.accessToken)).status).toBe(200);
    await deleteUserRow(session.userId);
    await pastTtl();

    expectProblem(await me(t.app, session.accessToken), 401, 'session_revoked');
    const list = await request(t.app).get('/api/v1/products').query({ owner: 'me' }).set(bearer(session.accessToken));
    expectProblem(list, 401, 'session_revoked');
  });
});

describe('the cached session state', () => {
  it('when a session is revoked straight in the database, then every instance refuses its access token within SESSION_STATE_CACHE_SECONDS', async () => {
    const other = await createTestApp({ shareWith: t });
    try {
      const session = await registerUser(t.app);
      expect((await me(t.app, session.accessToken)).status).toBe(200);
      expect((await me(other.app, session.accessToken)).status).toBe(200);
      await t.db.prisma.$executeRaw`UPDATE "Session" SET "revokedAt" = now() WHERE id = ${session.sessionId}::uuid`;

      await pastTtl();
      expectProblem(await me(t.app, session.accessToken), 401, 'session_revoked');
      expectProblem(await me(other.app, session.accessToken), 401, 'session_revoked');
    } finally {
      await other.close();
    }
  });

  it('when SESSION_STATE_CACHE_SECONDS is not set, then it is 5; outside 1..60 it is refused', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://app@db.example/shelfwise' }).auth.sessionStateCacheSeconds).toBe(5);
    expect(loadConfig({ DATABASE_URL: 'postgresql://app@db.example/shelfwise', SESSION_STATE_CACHE_SECONDS: '30' }).auth.sessionStateCacheSeconds).toBe(30);
    for (const bad of ['0', '61', '2.5']) {
      expect(() => loadConfig({ DATABASE_URL: 'postgresql://app@db.example/shelfwise', SESSION_STATE_CACHE_SECONDS: bad }), bad).toThrow(ConfigError);
    }
  });
});
