import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DETAIL_TTL_SECONDS } from '../src/modules/products/cache-keys.js';
import { createTestApp, type TestApp } from './support/app.js';
import { startPrivatePostgres, startPrivateRedis, type PrivateServer } from './support/private-servers.js';
import {
  createProduct, deleteProduct, expectProblem, getProduct, listProducts, patchProduct, registerUser, uniqueWord,
} from './products-support.js';

// This file stops PostgreSQL (and once Redis too), so it has private ones.
const STALE_SECONDS = 3_600;
let postgres: PrivateServer;
let redis: PrivateServer;
let t: TestApp;
beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPrivatePostgres({ migrate: true }), startPrivateRedis()]);
  t = await createTestApp({
    databaseUrl: postgres.url,
    redisUrl: redis.url,
    env: { DATABASE_POOL_TIMEOUT_MS: '500', READINESS_TIMEOUT_MS: '500', STALE_IF_ERROR_SECONDS: String(STALE_SECONDS) },
  });
});
afterAll(async () => {
  await t?.close();
  await Promise.all([postgres?.destroy(), redis?.destroy()]);
});

// Cached entries expire by the app's clock: moving it past the TTL (every list and detail TTL) makes
// them stale without waiting ten minutes. Only Date.now moves; timers and the servers run as usual.
const realNow = Date.now.bind(Date);
function clockAhead(seconds: number): void {
  vi.spyOn(Date, 'now').mockImplementation(() => realNow() + seconds * 1000);
}
const PAST_TTL = DETAIL_TTL_SECONDS + 60;

async function databaseBack(): Promise<void> {
  vi.restoreAllMocks();
  await Promise.all([postgres.start(), redis.start()]);
  await expect.poll(async () => (await request(t.app).get('/health/ready')).body.status, { timeout: 15_000, interval: 200 }).toBe('ok');
}
afterEach(databaseBack);

function expectUnavailable(res: request.Response): void {
  expectProblem(res, 503, 'service_unavailable');
  expect(res.headers['retry-after']).toBe('5');
}

describe('catalogue reads while PostgreSQL is down (stale-if-error)', () => {
  it('when a product and a list page were cached before the outage, then past their TTL they answer 200 with X-Cache: STALE, the same body and a working ETag', async () => {
    const word = uniqueWord();
    const owner = await registerUser(t.app);
    const product = await createProduct(t.app, owner.accessToken, { name: word });
    const detail = await getProduct(t.app, product.id);
    const page = await listProducts(t.app, { q: word });
    expect([detail.status, page.status]).toEqual([200, 200]);

    await postgres.stop();
    clockAhead(PAST_TTL);
    const staleDetail = await getProduct(t.app, product.id);
    expect(staleDetail.status).toBe(200);
    expect(staleDetail.headers['x-cache']).toBe('STALE');
    expect(staleDetail.headers['cache-control']).toBe('private, no-cache');
    expect(staleDetail.headers.etag).toBe(detail.headers.etag);
    expect(staleDetail.text).toBe(detail.text);
    const stalePage = await listProducts(t.app, { q: word });
    expect(stalePage.status).toBe(200);
    expect(stalePage.headers['x-cache']).toBe('STALE');
    expect(stalePage.headers.etag).toBe(page.headers.etag);
    expect(stalePage.text).toBe(page.text);

    const notModified = await getProduct(t.app, product.id).set('If-None-Match', detail.headers.etag!);
    expect(notModified.status).toBe(304);
    const pageNotModified = await listProducts(t.app, { q: word }).set('If-None-Match', page.headers.etag!);
    expect(pageNotModified.status).toBe(304);
  });

  it('when a product or a list page was not cached before the outage, then it answers 503 with Retry-After as before', async () => {
    const word = uniqueWord();
    const owner = await registerUser(t.app);
    const product = await createProduct(t.app, owner.accessToken, { name: word });

    await postgres.stop();
    clockAhead(PAST_TTL);
    expectUnavailable(await getProduct(t.app, product.id));
    expectUnavailable(await getProduct(t.app, randomUUID()));
    expectUnavailable(await listProducts(t.app, { q: word }));
  });

  it('when the copy is older than STALE_IF_ERROR_SECONDS past its TTL, then it answers 503', async () => {
    const word = uniqueWord();
    const owner = await registerUser(t.app);
    const product = await createProduct(t.app, owner.accessToken, { name: word });
    await getProduct(t.app, product.id);
    await listProducts(t.app, { q: word });

    await postgres.stop();
    clockAhead(DETAIL_TTL_SECONDS + STALE_SECONDS + 60);
    expectUnavailable(await getProduct(t.app, product.id));
    expectUnavailable(await listProducts(t.app, { q: word }));
  });

  it('when PostgreSQL is back, then the reads are loaded fresh again, without the STALE marker', async () => {
    const word = uniqueWord();
    const owner = await registerUser(t.app);
    const product = await createProduct(t.app, owner.accessToken, { name: word });
    await getProduct(t.app, product.id);
    await listProducts(t.app, { q: word });
    await postgres.stop();
    clockAhead(PAST_TTL);
    expect((await getProduct(t.app, product.id)).headers['x-cache']).toBe('STALE');

    await databaseBack();
    clockAhead(PAST_TTL);
    const fresh = await getProduct(t.app, product.id);
    expect([fresh.status, fresh.headers['x-cache']]).toEqual([200, 'MISS']);
    expect(fresh.body).toMatchObject({ id: product.id, version: 1 });
    expect((await getProduct(t.app, product.id)).headers['x-cache']).toBe('HIT');
    const page = await listProducts(t.app, { q: word });
    expect([page.status, page.headers['x-cache']]).toEqual([200, 'MISS']);
  });

  it('when a product was changed or deleted before the outage, then its old form is never served, nor a list page from before the write', async () => {
    const word = uniqueWord();
    const owner = await registerUser(t.app);
    const changed = await createProduct(t.app, owner.accessToken, { name: word, stock: 1 });
    const unread = await createProduct(t.app, owner.accessToken, { name: word, stock: 1 });
    const deleted = await createProduct(t.app, owner.accessToken, { name: word });
    for (const p of [changed, unread, deleted]) expect((await getProduct(t.app, p.id)).status).toBe(200);
    expect((await listProducts(t.app, { q: word, sort: 'price' })).body.data).toHaveLength(3);

    expect((await patchProduct(t.app, owner.accessToken, changed.id, { stock: 2 })).status).toBe(200);
    expect((await patchProduct(t.app, owner.accessToken, unread.id, { stock: 2 })).status).toBe(200);
    expect((await deleteProduct(t.app, owner.accessToken, deleted.id)).status).toBe(204);
    // Read again after the writes: what is cached now is what they left.
    expect((await getProduct(t.app, changed.id)).body).toMatchObject({ stock: 2, version: 2 });
    await listProducts(t.app, { q: word });

    await postgres.stop();
    clockAhead(PAST_TTL);
    const staleChanged = await getProduct(t.app, changed.id);
    expect([staleChanged.status, staleChanged.headers['x-cache']]).toEqual([200, 'STALE']);
    expect(staleChanged.body).toMatchObject({ stock: 2, version: 2 });
    // Changed but not read since, and deleted: the writes retired their copies, so nothing to serve.
    expectUnavailable(await getProduct(t.app, unread.id));
    expectUnavailable(await getProduct(t.app, deleted.id));
    const page = await listProducts(t.app, { q: word });
    expect([page.status, page.headers['x-cache']]).toEqual([200, 'STALE']);
    expect(page.body.data.map((p: { id: string }) => p.id).sort()).toEqual([changed.id, unread.id].sort());
    // The page cached before the writes (sort=price) belongs to a namespace version they retired.
    expectUnavailable(await listProducts(t.app, { q: word, sort: 'price' }));
  });

  it('when Redis is down as well as PostgreSQL, then even a product cached before answers 503', async () => {
    const word = uniqueWord();
    const owner = await registerUser(t.app);
    const product = await createProduct(t.app, owner.accessToken, { name: word });
    await getProduct(t.app, product.id);
    await listProducts(t.app, { q: word });

    await redis.stop();
    await postgres.stop();
    expectUnavailable(await getProduct(t.app, product.id));
    expectUnavailable(await listProducts(t.app, { q: word }));
    clockAhead(PAST_TTL);
    expectUnavailable(await getProduct(t.app, product.id));
  });
});
