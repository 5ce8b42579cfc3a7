// What the categories module tells the products module (index.ts `Categories`): a category's
// subtree for filters, unknown ids, the children for facets, the check inside a product write;
// and that every instance sees a change of the tree at once.
import { namespaceVersionKey } from '../src/lib/cache/index.js';
import { inDbContext } from '../src/lib/db-context.js';
import { createAuthenticate } from '../src/lib/http/authenticate.js';
import { categoriesModule, type Categories } from '../src/modules/categories/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCategory, deleteCategory, listCategories, patchCategory, type CategoryBody } from './categories-support.js';
import { createAdmin, expectProblem, type Session } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';

const UNKNOWN = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

let t: TestApp;
let admin: Session;
let categories: Categories;
let changes = 0;
beforeAll(async () => {
  t = await createTestApp();
  admin = await createAdmin(t);
  // A second instance of the module over the same database and Redis, as another server would be.
  const authenticate = createAuthenticate({ verify: () => Promise.reject(new Error('unused')), isApiKey: () => false });
  categories = categoriesModule({ db: t.db, cache: t.cache }, authenticate, () => {
    changes++;
    return Promise.resolve();
  }).categories;
});
afterAll(() => t.close());

/** Kitchen > (Teaware > Teapots, Knives) */
async function kitchen(): Promise<Record<'kitchen' | 'teaware' | 'teapots' | 'knives', CategoryBody>> {
  const root = await createCategory(t.app, admin, { name: 'Kitchen' });
  const teaware = await createCategory(t.app, admin, { name: 'Teaware', parentId: root.id });
  const teapots = await createCategory(t.app, admin, { name: 'Teapots', parentId: teaware.id });
  const knives = await createCategory(t.app, admin, { name: 'Knives', parentId: root.id });
  return { kitchen: root, teaware, teapots, knives };
}

describe('subtrees for filters', () => {
  it('when a category is asked for by id or by slug in any case, then the answer is it and all its descendants, itself first', async () => {
    const c = await kitchen();
    expect(await categories.subtree(c.kitchen.id)).toEqual([c.kitchen.id, c.teaware.id, c.teapots.id, c.knives.id]);
    expect(await categories.subtree(c.teaware.slug.toUpperCase())).toEqual([c.teaware.id, c.teapots.id]);
    expect(await categories.subtree(c.teapots.id.toUpperCase())).toEqual([c.teapots.id]);
  });

  it('when no category has the id or slug, then the subtree is null', async () => {
    expect(await categories.subtree(UNKNOWN)).toBeNull();
    expect(await categories.subtree('no-such-category')).toBeNull();
  });

  it('when a category is moved through the API, then the next subtree reflects it at once', async () => {
    const c = await kitchen();
    expect(await categories.subtree(c.teaware.id)).toEqual([c.teaware.id, c.teapots.id]);
    const seen = changes;
    expect((await patchCategory(t.app, admin, c.teapots.id, { parentId: c.knives.id })).status).toBe(200);
    expect(await categories.subtree(c.teaware.id)).toEqual([c.teaware.id]);
    expect(await categories.subtree(c.knives.id)).toEqual([c.knives.id, c.teapots.id]);
    // That instance's own hook ran (the app's retires product lists: see the next test); this one's did not.
    expect(changes).toBe(seen);
  });

  it('when the tree changes, then the cached product lists are retired too (their namespace is bumped)', async () => {
    const version = () => t.redis!.get(namespaceVersionKey('products-list'));
    const before = await version();
    await createCategory(t.app, admin);
    expect(await version()).not.toBe(before);
  });
});

describe('checking ids', () => {
  it('when some ids name no category, then unknownIds lists exactly those, malformed ones included', async () => {
    const c = await kitchen();
    expect(await categories.unknownIds([c.teapots.id, UNKNOWN, 'not-a-uuid'])).toEqual([UNKNOWN, 'not-a-uuid']);
    expect(await categories.unknownIds([])).toEqual([]);
  });

  it('when the children of a category or the roots are asked for, then they come by position with their subtrees', async () => {
    const c = await kitchen();
    expect(await categories.children(c.kitchen.slug)).toEqual([
      { id: c.teaware.id, slug: c.teaware.slug, name: 'Teaware', subtree: [c.teaware.id, c.teapots.id] },
      { id: c.knives.id, slug: c.knives.slug, name: 'Knives', subtree: [c.knives.id] },
    ]);
    const roots = await categories.children(null);
    expect(roots.map((r) => r.id)).toEqual((await listCategories(t.app)).filter((r) => r.parentId === null).map((r) => r.id));
    expect(await categories.children(UNKNOWN)).toEqual([]);
  });

  it('when a product write checks its categories, then a delete of one of them waits for that write to commit, and is then refused', async () => {
    const category = await createCategory(t.app, admin, { name: 'Being filed' });
    const owner = await t.owner.prisma.user.findFirstOrThrow({ where: { role: 'ADMIN' } });
    const workspace = await t.owner.prisma.workspace.findUniqueOrThrow({ where: { personalOwnerId: owner.id } });
    let deleted: Promise<Awaited<ReturnType<typeof deleteCategory>>> | undefined;
    // As the products module does it: check, then store, in one transaction (here the tables'
    // owner's, so that the product row needs no workspace context).
    await t.owner.prisma.$transaction(async (tx) => {
      expect(await categories.unknownIdsForWrite(tx, [category.id, UNKNOWN])).toEqual([UNKNOWN]);
      deleted = Promise.resolve(deleteCategory(t.app, admin, category.id));
      // The delete is queued behind this transaction's share of the tree's lock.
      await expect.poll(waitingInDatabase, { timeout: 10_000, interval: 20 }).toBe(1);
      await tx.product.create({
        data: { workspaceId: workspace.id, ownerId: owner.id, name: 'Filed', sku: `LOCK-${Date.now()}`, price: '1.00', currency: 'EUR', categoryIds: [category.id] },
      });
    }, { timeout: 20_000 });
    expectProblem(await deleted!, 409, 'category_not_empty');
  });

  it('when a category was deleted, then a later product write finds it unknown', async () => {
    const category = await createCategory(t.app, admin, { name: 'Gone' });
    expect((await deleteCategory(t.app, admin, category.id)).status).toBe(204);
    const unknown = await inDbContext(t.db.prisma, {}, (tx) => categories.unknownIdsForWrite(tx, [category.id]));
    expect(unknown).toEqual([category.id]);
  });
});

async function waitingInDatabase(): Promise<number> {
  const [row] = await t.owner.prisma.$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
  return row!.n;
}
