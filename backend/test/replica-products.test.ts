import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProduct, getProduct, listProducts, patchProduct, registerUser, uniqueWord, type Session } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { asAppLogin } from '@shelfwise/devstack';
import { startReplicatedPostgres, type ReplicatedPostgres } from './support/replication.js';

// The products API over a real primary and a real streaming replica whose replay is paused on
// demand, so "the replica lags" is a fact rather than a race.
let pgs: ReplicatedPostgres;
let t: TestApp;
let owner: Session;

beforeAll(async () => {
  pgs = await startReplicatedPostgres({ migrate: true });
  // The replica as the API's role too (createTestApp makes it on the primary; roles replicate).
  t = await createTestApp({ databaseUrl: pgs.primary.url, env: { DATABASE_REPLICA_URL: asAppLogin(pgs.replica.url) } });
  owner = await registerUser(t.app);
});
afterAll(async () => {
  await t?.close();
  await pgs?.destroy();
});

const stats = () => ({ ...t.db.replica!.stats });

describe('product reads on the replica', () => {
  it('when the replica has replayed every product write, then a product read (cache miss) is served by it', async () => {
    const product = await createProduct(t.app, owner.accessToken);
    await pgs.caughtUp();
    const before = stats();
    const res = await getProduct(t.app, product.id);
    expect(res.status).toBe(200);
    expect(res.headers['x-cache']).toBe('MISS');
    expect(stats().replica).toBe(before.replica + 1);
  });

  it('when the replica lags behind a write, then every client, the writer first, reads the write (from the primary), and the cache is refilled with it', async () => {
    const word = uniqueWord();
    const product = await createProduct(t.app, owner.accessToken, { name: `Kettle ${word}` });
    await pgs.caughtUp();
    expect((await getProduct(t.app, product.id)).body.version).toBe(1);

    await pgs.pauseReplay();
    try {
      const patched = await patchProduct(t.app, owner.accessToken, product.id, { name: `Teapot ${word}` });
      expect(patched.status).toBe(200);
      const before = stats();
      const mine = await getProduct(t.app, product.id, owner.accessToken);
      const anyone = await getProduct(t.app, product.id);
      const page = await listProducts(t.app, { q: word });
      expect(mine.body).toMatchObject({ version: 2, name: `Teapot ${word}` });
      expect(anyone.body.version).toBe(2);
      expect(page.body.data.map((p: { name: string }) => p.name)).toEqual([`Teapot ${word}`]);
      expect(stats().replica).toBe(before.replica);
      expect(stats().primary).toBeGreaterThan(before.primary);
    } finally {
      await pgs.resumeReplay();
    }
    // What the primary loaded went into the cache: the new version, served to everyone from now on.
    const cached = await getProduct(t.app, product.id);
    expect(cached.headers['x-cache']).toBe('HIT');
    expect(cached.body.version).toBe(2);
  });
});

describe('replica outage', () => {
  it('when the replica is stopped, then product reads are answered by the primary', async () => {
    const product = await createProduct(t.app, owner.accessToken);
    await pgs.caughtUp();
    await pgs.replica.stop();
    try {
      const res = await getProduct(t.app, product.id);
      expect(res.status).toBe(200);
      expect(res.body.id).toBe(product.id);
      expect((await listProducts(t.app, { currency: 'USD', minPrice: '24.90' })).status).toBe(200);
    } finally {
      await pgs.replica.start();
    }
  });
});
