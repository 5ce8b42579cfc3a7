// Moving, reordering and deleting categories: positions stay 0..n-1 under every parent, the tree
// never gets a cycle or grows past its depth, and only an empty category can go.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childrenOf, createCategory, deleteCategory, listCategories, patchCategory, postCategory, type CategoryBody } from './categories-support.js';
import { createAdmin, expectProblem, registerUser, uniqueSku, type Session } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { CATEGORY_DEPTH_MAX } from '../src/modules/categories/index.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await createAdmin(t);
});
afterAll(() => t.close());

/** A root with children named by `names`, created in that order (so at positions 0, 1, ...). */
async function family(...names: string[]): Promise<{ root: CategoryBody; kids: CategoryBody[] }> {
  const root = await createCategory(t.app, admin, { name: 'Family' });
  const kids: CategoryBody[] = [];
  for (const name of names) kids.push(await createCategory(t.app, admin, { name, slug: `${root.slug}-${name}` }));
  for (const kid of kids) expect((await patchCategory(t.app, admin, kid.id, { parentId: root.id })).status).toBe(200);
  return { root, kids };
}

/** The names of the children of `parentId`, in list order, checking that their positions are 0..n-1. */
async function order(parentId: string): Promise<string[]> {
  const children = (await listCategories(t.app)).filter((c) => c.parentId === parentId);
  expect(children.map((c) => c.position)).toEqual(children.map((_c, i) => i));
  return children.map((c) => c.name);
}

/** Connections of this test's database waiting for a lock (the tree's, or a row's). */
async function waitingInDatabase(): Promise<number> {
  const [row] = await t.owner.prisma.$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
  return row!.n;
}

describe('positions among siblings', () => {
  it('when a category is created at a position, then the siblings from there on move up one', async () => {
    const { root } = await family('a', 'b', 'c');
    const inserted = await createCategory(t.app, admin, { name: 'new', parentId: root.id, position: 1 });
    expect(inserted.position).toBe(1);
    expect(await order(root.id)).toEqual(['a', 'new', 'b', 'c']);
    // Past the end: last.
    expect((await createCategory(t.app, admin, { name: 'far', parentId: root.id, position: 99 })).position).toBe(4);
  });

  it('when a category is moved up or down among its siblings, then the ones between shift and positions stay dense', async () => {
    const { root, kids } = await family('a', 'b', 'c', 'd');
    expect((await patchCategory(t.app, admin, kids[3]!.id, { position: 1 })).body.position).toBe(1);
    expect(await order(root.id)).toEqual(['a', 'd', 'b', 'c']);
    expect((await patchCategory(t.app, admin, kids[0]!.id, { position: 99 })).body.position).toBe(3);
    expect(await order(root.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('when a category is moved to another parent at a position, then its old siblings close the gap and the new ones make room', async () => {
    const from = await family('a', 'b', 'c');
    const to = await family('x', 'y');
    const moved = await patchCategory(t.app, admin, from.kids[1]!.id, { parentId: to.root.id, position: 1 });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ parentId: to.root.id, position: 1, path: [to.root.slug, from.kids[1]!.slug] });
    expect(await order(from.root.id)).toEqual(['a', 'c']);
    expect(await order(to.root.id)).toEqual(['x', 'b', 'y']);
  });

  it('when a category with children is moved to the roots, then it goes last among them and keeps its subtree', async () => {
    const { root, kids } = await family('a', 'b');
    const grandchild = await createCategory(t.app, admin, { name: 'g', parentId: kids[0]!.id });
    const moved = await patchCategory(t.app, admin, kids[0]!.id, { parentId: null });
    expect(moved.body).toMatchObject({ parentId: null, path: [kids[0]!.slug] });
    const roots = await childrenOf(t.app, null);
    expect(roots.at(-1)).toEqual([kids[0]!.slug, roots.length - 1]);
    expect((await listCategories(t.app)).find((c) => c.id === grandchild.id)!.path).toEqual([kids[0]!.slug, grandchild.slug]);
    expect(await order(root.id)).toEqual(['b']);
  });

  it('when a category is renamed, then its descendants\' paths follow its new slug', async () => {
    const { root, kids } = await family('a');
    const renamed = await patchCategory(t.app, admin, root.id, { name: 'Renamed', slug: `${root.slug}-new` });
    expect(renamed.body).toMatchObject({ name: 'Renamed', slug: `${root.slug}-new`, path: [`${root.slug}-new`] });
    expect((await listCategories(t.app)).find((c) => c.id === kids[0]!.id)!.path).toEqual([`${root.slug}-new`, kids[0]!.slug]);
  });
});

describe('cycles and depth', () => {
  it('when a category is moved under itself, then 409 category_cycle and nothing changes', async () => {
    const { root } = await family('a');
    const before = await listCategories(t.app);
    expectProblem(await patchCategory(t.app, admin, root.id, { parentId: root.id }), 409, 'category_cycle');
    expect(await listCategories(t.app)).toEqual(before);
  });

  it('when a category is moved under its grandchild, then 409 category_cycle and nothing changes', async () => {
    const { root, kids } = await family('a');
    const grandchild = await createCategory(t.app, admin, { name: 'g', parentId: kids[0]!.id });
    const before = await listCategories(t.app);
    expectProblem(await patchCategory(t.app, admin, root.id, { parentId: grandchild.id, position: 0 }), 409, 'category_cycle');
    expect(await listCategories(t.app)).toEqual(before);
  });

  it('when two categories are moved under each other at the same moment, then one move wins, the other is 409 category_cycle', async () => {
    const a = await createCategory(t.app, admin, { name: 'race a' });
    const b = await createCategory(t.app, admin, { name: 'race b' });
    // Both rows are held (as the tables' owner) until both moves are waiting in the database: each
    // has either made its checks already or is queued for the tree's lock, so without that lock
    // both would pass their checks before either commits.
    let moves!: Promise<Array<{ status: number; body: { code?: string } }>>;
    await t.owner.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "Category" WHERE "id" IN (${a.id}::uuid, ${b.id}::uuid) FOR UPDATE`;
      moves = Promise.all([patchCategory(t.app, admin, a.id, { parentId: b.id }), patchCategory(t.app, admin, b.id, { parentId: a.id })]);
      await expect.poll(waitingInDatabase, { timeout: 10_000, interval: 20 }).toBe(2);
    }, { timeout: 20_000 });
    const answers = await moves;
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(answers.find((r) => r.status === 409)!.body.code).toBe('category_cycle');
    const rows = await t.owner.prisma.category.findMany({ where: { id: { in: [a.id, b.id] } } });
    expect(rows.filter((r) => r.parentId === null)).toHaveLength(1);
  });

  it(`when a category would sit deeper than ${CATEGORY_DEPTH_MAX} levels, created or moved there, then 400 category_too_deep`, async () => {
    let parent = await createCategory(t.app, admin, { name: 'level 1' });
    for (let level = 2; level <= CATEGORY_DEPTH_MAX; level++) parent = await createCategory(t.app, admin, { name: `level ${level}`, parentId: parent.id });
    expect(parent.path).toHaveLength(CATEGORY_DEPTH_MAX);
    expectProblem(await postCategory(t.app, admin, { name: 'level 9', parentId: parent.id }), 400, 'category_too_deep');

    // A root with one child is two levels: under level 7 it would reach level 9.
    const branch = await createCategory(t.app, admin, { name: 'branch' });
    await createCategory(t.app, admin, { name: 'leaf', parentId: branch.id });
    expectProblem(await patchCategory(t.app, admin, branch.id, { parentId: parent.parentId }), 400, 'category_too_deep');
    expect((await listCategories(t.app)).find((c) => c.id === branch.id)!.parentId).toBeNull();
  });

  it('when a move names a parent that does not exist, then 400 unknown_category', async () => {
    const { kids } = await family('a');
    expectProblem(await patchCategory(t.app, admin, kids[0]!.id, { parentId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' }), 400, 'unknown_category');
  });
});

describe('deleting', () => {
  it('when an empty category is deleted, then it is gone and its later siblings move down one', async () => {
    const { root, kids } = await family('a', 'b', 'c');
    expect((await deleteCategory(t.app, admin, kids[0]!.id)).status).toBe(204);
    expect(await order(root.id)).toEqual(['b', 'c']);
    expectProblem(await deleteCategory(t.app, admin, kids[0]!.id), 404, 'category_not_found');
    expectProblem(await patchCategory(t.app, admin, kids[0]!.id, { name: 'ghost' }), 404, 'category_not_found');
  });

  it('when a category has children, then deleting it is 409 category_not_empty', async () => {
    const { root } = await family('a');
    expectProblem(await deleteCategory(t.app, admin, root.id), 409, 'category_not_empty');
    expect((await listCategories(t.app)).some((c) => c.id === root.id)).toBe(true);
  });

  it('when a product of any workspace lists the category, even a draft in the trash, then deleting it is 409 category_not_empty', async () => {
    const category = await createCategory(t.app, admin, { name: 'Filed' });
    const owner = await registerUser(t.app);
    const workspace = await t.owner.prisma.workspace.findUniqueOrThrow({ where: { personalOwnerId: owner.userId } });
    await t.owner.prisma.product.create({
      data: {
        workspaceId: workspace.id, ownerId: owner.userId, name: 'Trashed draft', sku: uniqueSku(), price: '1.00', currency: 'EUR',
        status: 'draft', trashedAt: new Date(), categoryIds: [category.id],
      },
    });
    expectProblem(await deleteCategory(t.app, admin, category.id), 409, 'category_not_empty');
    expect((await listCategories(t.app)).some((c) => c.id === category.id)).toBe(true);
  });

  it('when the id is not a UUID, then 400 validation_failed', async () => {
    expectProblem(await deleteCategory(t.app, admin, 'not-a-uuid'), 400, 'validation_failed');
  });
});
