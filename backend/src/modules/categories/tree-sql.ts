import type { Transaction } from '../../lib/db-context.js';
import type { CategoryRow } from './tree.js';

// The queries of a tree write, each run inside its transaction after TREE_LOCK was taken
// (categories.service.ts), so what they read cannot change before the transaction commits.
// The recursive walks stop at 64 levels: far past CATEGORY_DEPTH_MAX, so only a cycle written
// behind the API's back could reach it, and then they end instead of looping.

/** The category and its ancestors, root first; empty when there is no such category. */
export async function ancestry(tx: Transaction, id: string): Promise<Array<{ id: string; slug: string }>> {
  return tx.$queryRaw<Array<{ id: string; slug: string }>>`
    WITH RECURSIVE up AS (
      SELECT "id", "parentId", "slug"::text AS slug, 1 AS depth FROM "Category" WHERE "id" = ${id}::uuid
      UNION ALL
      SELECT c."id", c."parentId", c."slug"::text, up.depth + 1 FROM "Category" c JOIN up ON c."id" = up."parentId" WHERE up.depth < 64
    )
    SELECT "id", slug FROM up ORDER BY depth DESC`;
}

/** Levels of the subtree under (and including) the category: 1 for a leaf. */
export async function subtreeHeight(tx: Transaction, id: string): Promise<number> {
  const [row] = await tx.$queryRaw<Array<{ height: number }>>`
    WITH RECURSIVE down AS (
      SELECT "id", 1 AS level FROM "Category" WHERE "id" = ${id}::uuid
      UNION ALL
      SELECT c."id", down.level + 1 FROM "Category" c JOIN down ON c."parentId" = down."id" WHERE down.level < 64
    )
    SELECT max(level)::int AS height FROM down`;
  return row?.height ?? 0;
}

const categorySelect = { id: true, parentId: true, name: true, slug: true, position: true } as const;

export function findRow(tx: Transaction, id: string): Promise<CategoryRow | null> {
  return tx.category.findUnique({ where: { id }, select: categorySelect });
}

export function siblingCount(tx: Transaction, parentId: string | null): Promise<number> {
  return tx.category.count({ where: { parentId } });
}

/** Makes room at `position` among the children of `parentId`: it and those after it move up one. */
export async function openGap(tx: Transaction, parentId: string | null, position: number): Promise<void> {
  await tx.category.updateMany({ where: { parentId, position: { gte: position } }, data: { position: { increment: 1 } } });
}

/** Closes the hole a category left at `position`: those after it move down one. */
export async function closeGap(tx: Transaction, parentId: string | null, position: number): Promise<void> {
  await tx.category.updateMany({ where: { parentId, position: { gt: position } }, data: { position: { decrement: 1 } } });
}

/** Moves the sibling at `from` to `to` within one parent, the ones between shifting by one. */
export async function reorder(tx: Transaction, parentId: string | null, from: number, to: number): Promise<void> {
  if (to < from) {
    await tx.category.updateMany({ where: { parentId, position: { gte: to, lt: from } }, data: { position: { increment: 1 } } });
  } else if (to > from) {
    await tx.category.updateMany({ where: { parentId, position: { gt: from, lte: to } }, data: { position: { decrement: 1 } } });
  }
}

/** Whether any product, in any workspace and in the trash too, is filed under the category (GIN index). */
export async function isFiledUnder(tx: Transaction, id: string): Promise<boolean> {
  // A platform admin's transaction: Product_read lets it see every product, drafts and trash included.
  const [row] = await tx.$queryRaw<Array<{ used: boolean }>>`
    SELECT EXISTS (SELECT 1 FROM "Product" WHERE "categoryIds" @> ARRAY[${id}::uuid]) AS used`;
  return row?.used ?? false;
}

export async function hasChildren(tx: Transaction, id: string): Promise<boolean> {
  return (await tx.category.findFirst({ where: { parentId: id }, select: { id: true } })) !== null;
}
