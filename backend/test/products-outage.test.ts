import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { startPrivateRedis, type PrivateServer } from './support/private-servers.js';
import {
  createProduct, deleteProduct, getProduct, listProducts, patchProduct, registerUser, uniqueWord,
} from './products-support.js';

// This file stops its Redis on purpose, so it has a private one.
let redis: PrivateServer;
let t: TestApp;
beforeAll(async () => {
  redis = await startPrivateRedis();
  t = await createTestApp({ redisUrl: redis.url });
});
afterAll(async () => {
  await t?.close();
  await redis?.destroy();
});

describe('products with Redis down', () => {
  it('when Redis stops, then reads and writes still work from the database, and after it returns nothing stale is served', async () => {
    const word = uniqueWord();
    const owner = await registerUser(t.app);
    const product = await createProduct(t.app, owner.accessToken, { name: word, stock: 1 });
    await getProduct(t.app, product.id);
    await listProducts(t.app, { q: word });
    expect((await getProduct(t.app, product.id)).headers['x-cache']).toBe('HIT');

    await redis.stop();
    const started = Date.now();
    const detail = await getProduct(t.app, product.id);
    const list = await listProducts(t.app, { q: word });
    const patched = await patchProduct(t.app, owner.accessToken, product.id, { stock: 2 });
    const created = await createProduct(t.app, owner.accessToken, { name: word });
    const afterPatch = await getProduct(t.app, product.id);
    const listAfter = await listProducts(t.app, { q: word });
    const deleted = await deleteProduct(t.app, owner.accessToken, created.id);
    const elapsed = Date.now() - started;

    expect(detail.status).toBe(200);
    expect(detail.headers['x-cache']).toBe('MISS');
    expect(list.status).toBe(200);
    expect(list.headers['x-cache']).toBe('MISS');
    expect(patched.status).toBe(200);
    expect(afterPatch.body).toMatchObject({ stock: 2, version: 2 });
    expect(listAfter.body.data.map((p: { id: string }) => p.id).sort()).toEqual([product.id, created.id].sort());
    expect(deleted.status).toBe(204);
    expect(elapsed).toBeLessThan(5_000);

    // Redis comes back with the entries cached before the outage (version 1), which the writes
    // above could not invalidate: they must never be served again.
    await redis.start();
    await expect
      .poll(async () => (await getProduct(t.app, product.id)).headers['x-cache'], { timeout: 10_000, interval: 100 })
      .toBe('HIT');
    expect((await getProduct(t.app, product.id)).body).toMatchObject({ stock: 2, version: 2 });
    const listNow = await listProducts(t.app, { q: word });
    expect(listNow.body.data.map((p: { id: string }) => p.id)).toEqual([product.id]);
  });
});
