// The cached tree fails open: with Redis down the tree is read from the database, changes still
// work, and once Redis is back no tree cached before the outage is served.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCategory, listCategories, patchCategory } from './categories-support.js';
import { createAdmin } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { startPrivateRedis, type PrivateServer } from './support/private-servers.js';

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

describe('the category tree with Redis down', () => {
  it('when Redis stops, then the tree is read and changed through the database, and after it returns the old cached tree is never served', async () => {
    const admin = await createAdmin(t);
    const root = await createCategory(t.app, admin, { name: 'Before' });
    expect((await listCategories(t.app)).map((c) => c.name)).toContain('Before');

    await redis.stop();
    const child = await createCategory(t.app, admin, { name: 'During', parentId: root.id });
    expect((await patchCategory(t.app, admin, root.id, { name: 'Renamed during' })).status).toBe(200);
    const during = await listCategories(t.app);
    expect(during.find((c) => c.id === root.id)!.name).toBe('Renamed during');
    expect(during.find((c) => c.id === child.id)!.path).toEqual([root.slug, child.slug]);

    // Redis returns holding the tree cached before the outage, which the writes above could not retire.
    await redis.start();
    await expect.poll(async () => (await listCategories(t.app)).find((c) => c.id === root.id)?.name, { timeout: 10_000, interval: 100 }).toBe('Renamed during');
    const after = await listCategories(t.app);
    expect(after.filter((c) => c.id === root.id || c.id === child.id)).toHaveLength(2);
  });
});
