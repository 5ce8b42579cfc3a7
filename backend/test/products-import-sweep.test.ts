import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStorage } from '../src/lib/storage/index.js';
import { sweepImports } from '../src/modules/products/import/sweep.js';
import { fixture, start, uploaded } from './products-import-support.js';
import { registerUser, type Session } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { createWorkspace } from './workspaces-support.js';

// The hourly sweep of uploads: gone after 24 hours with their stored parts, unless an import of
// theirs still waits to run; parts no upload names are deleted once they are a few hours old.

let t: TestApp;
let owner: Session;
let slug: string;
beforeAll(async () => {
  // Jobs stay queued here: an import started below waits, as one behind a busy worker would.
  t = await createTestApp();
  owner = await registerUser(t.app);
  slug = (await createWorkspace(t.app, owner)).slug;
});
afterAll(() => t.close());

const deps = () => ({ prisma: t.db.prisma, storage: createStorage(t.config.storage, t.db.prisma) });
const partsOf = (id: string) => t.owner.prisma.storedObject.count({ where: { key: { startsWith: `imports/${id}.csv/` } } });
const age = async (id: string, hours: number) => {
  await t.owner.pool.query(`UPDATE "ImportUpload" SET "createdAt" = now() - make_interval(hours => $2) WHERE "id" = $1`, [id, hours]);
  await t.owner.pool.query(`UPDATE "StoredObject" SET "createdAt" = now() - make_interval(hours => $2) WHERE "key" LIKE $1`, [`imports/${id}.csv/%`, hours]);
};

describe('the upload sweep', () => {
  it('when an upload is older than 24 hours, then it goes with its parts; a younger one stays', async () => {
    const old = await uploaded(t.app, owner.accessToken, slug, fixture('products.csv'));
    const young = await uploaded(t.app, owner.accessToken, slug, fixture('tab.tsv'));
    await age(old.id, 25);
    expect(await partsOf(old.id)).toBe(1);

    const result = await sweepImports(deps());
    expect(result.uploads).toBeGreaterThanOrEqual(1);
    expect(await t.owner.prisma.importUpload.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await partsOf(old.id)).toBe(0);
    expect(await t.owner.prisma.importUpload.findUnique({ where: { id: young.id } })).not.toBeNull();
    expect(await partsOf(young.id)).toBe(1);
  });

  it('when an old upload\'s import is still queued, then it is kept until the import has run', async () => {
    const file = await uploaded(t.app, owner.accessToken, slug, fixture('products.csv'));
    expect((await start(t.app, owner.accessToken, slug, file.id, file.mapping)).status).toBe(202);
    await age(file.id, 30);
    await sweepImports(deps());
    expect(await t.owner.prisma.importUpload.findUnique({ where: { id: file.id } })).not.toBeNull();
    expect(await partsOf(file.id)).toBe(1);
  });

  it('when stored parts name no upload, then they go once a few hours old, not before', async () => {
    const storage = deps().storage;
    const orphan = '00000000-0000-4000-8000-0000000000aa';
    const fresh = '00000000-0000-4000-8000-0000000000bb';
    await storage.put(`imports/${orphan}.csv/00000`, Buffer.from('sku\nA\n'), 'text/csv');
    await storage.put(`imports/${fresh}.csv/00000`, Buffer.from('sku\nA\n'), 'text/csv');
    await t.owner.pool.query(`UPDATE "StoredObject" SET "createdAt" = now() - interval '3 hours' WHERE "key" LIKE $1`, [`imports/${orphan}.csv/%`]);
    const result = await sweepImports(deps());
    expect(result.orphans).toBe(1);
    expect(await partsOf(orphan)).toBe(0);
    expect(await partsOf(fresh)).toBe(1);
  });
});
