import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pruneHistory, pruneHistoryQueue } from '../src/modules/products/index.js';
import { historyUser, storedVersions } from './product-history-support.js';
import { bearer, productInput, type Session } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';

// Retention: a version goes once it is older than HISTORY_RETENTION_DAYS or beyond the last
// HISTORY_MAX_VERSIONS of its product; each product's latest version always stays.

let t: TestApp;
let owner: Session;
beforeAll(async () => {
  t = await createTestApp({ env: { HISTORY_RETENTION_DAYS: '30', HISTORY_MAX_VERSIONS: '4' } });
  owner = await historyUser(t, 'Rhea Retention');
});
afterAll(() => t.close());

/** A product with `versions` versions (one create, then stock changes). */
async function productWith(versions: number): Promise<string> {
  const res = await request(t.app).post('/api/v1/products').set(bearer(owner.accessToken)).send(productInput({ stock: 0 }));
  const id = res.body.id as string;
  for (let stock = 1; stock < versions; stock++) {
    expect((await request(t.app).patch(`/api/v1/products/${id}`).set(bearer(owner.accessToken)).send({ stock })).status).toBe(200);
  }
  return id;
}

/** Moves the versions up to `version` back in time, as if written `days` ago. */
const age = (id: string, version: number, days: number) =>
  t.owner.pool.query(`UPDATE "ProductVersion" SET "at" = now() - make_interval(days => $3) WHERE "productId" = $1 AND "version" <= $2`, [id, version, days]);

const versionsOf = async (id: string) => (await storedVersions(t, id)).map((v) => v.version);

describe('pruning the history', () => {
  it('when versions are older than the retention days, then they go, the newer ones and the latest stay', async () => {
    const recent = await productWith(3);
    const old = await productWith(3);
    await age(old, 2, 31);
    const ancient = await productWith(2);
    await age(ancient, 2, 400);

    const pruned = await pruneHistory({ prisma: t.db.prisma }, t.config.products.history);

    expect(pruned).toBe(3);
    expect(await versionsOf(recent)).toEqual([1, 2, 3]);
    expect(await versionsOf(old)).toEqual([3]);
    // Everything of it is past retention, but its latest version is what the product is now.
    expect(await versionsOf(ancient)).toEqual([2]);
  });

  it('when a product has more versions than the maximum, then only its latest ones are kept', async () => {
    const busy = await productWith(7);
    const calm = await productWith(4);

    await pruneHistory({ prisma: t.db.prisma }, t.config.products.history);

    expect(await versionsOf(busy)).toEqual([4, 5, 6, 7]);
    expect(await versionsOf(calm)).toEqual([1, 2, 3, 4]);
  });

  it('when a version was pruned, then reading or reverting to it is 404 version_not_found, and the history lists what is left', async () => {
    const id = await productWith(6);
    await pruneHistory({ prisma: t.db.prisma }, t.config.products.history);

    const read = await request(t.app).get(`/api/v1/products/${id}/versions/1`).set(bearer(owner.accessToken));
    expect([read.status, read.body.code]).toEqual([404, 'version_not_found']);
    const revert = await request(t.app).post(`/api/v1/products/${id}/revert`).set(bearer(owner.accessToken)).set('If-Match', '*').send({ version: 2 });
    expect([revert.status, revert.body.code]).toEqual([404, 'version_not_found']);
    const page = await request(t.app).get(`/api/v1/products/${id}/history`).set(bearer(owner.accessToken));
    expect((page.body.data as Array<{ version: number }>).map((e) => e.version)).toEqual([6, 5, 4, 3]);
  });

  it('when the daily job runs, then it prunes with the configured limits, as the API\'s role', async () => {
    const id = await productWith(6);
    const queue = pruneHistoryQueue({ prisma: t.db.prisma, logger: t.logger } as never, t.config.products.history);
    expect(queue.cron).toMatch(/^\d+ \d+ \* \* \*$/);

    await queue.handle!({});

    expect(await versionsOf(id)).toEqual([3, 4, 5, 6]);
  });

  it('when the app role asks the function for less than one version, then the latest is kept anyway', async () => {
    const id = await productWith(2);
    const [row] = await t.db.prisma.$queryRaw<Array<{ deleted: number }>>`SELECT shelfwise_prune_product_versions(now() + interval '1 day', 0, 1000) AS "deleted"`;
    expect(row!.deleted).toBeGreaterThanOrEqual(1);
    expect(await versionsOf(id)).toEqual([2]);
  });
});
