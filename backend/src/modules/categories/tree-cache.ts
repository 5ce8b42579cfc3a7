import type { Prisma } from '../../lib/db.js';
import type { Transaction } from '../../lib/db-context.js';
import type { CategoriesDeps } from './deps.js';
import { UUID_PATTERN } from './slug.js';
import { buildTree, type CategoryRow, type CategoryTree } from './tree.js';

/** The whole tree is one entry in this namespace; every committed change bumps it, on every instance. */
export const TREE_NAMESPACE = 'categories';
const TREE_KEY = 'categories:tree:v1';
// Every change through the API retires the entry at once; the TTL only bounds how long a change
// made behind its back (a migration, psql) stays unseen.
const TREE_TTL_SECONDS = 3_600;

/**
 * One advisory lock for the tree (pg_advisory_xact_lock on this key): every tree write takes it
 * exclusively (categories.service.ts), so the checks of one move (cycle, depth, sibling positions)
 * see every earlier move committed; product writes that file products under categories take it
 * shared (unknownIdsForWrite), so a category cannot be deleted between their check and their commit.
 */
export const TREE_LOCK = 'shelfwise.category_tree';

async function readRows(prisma: Prisma | Transaction): Promise<CategoryRow[]> {
  // Category_read is `USING (true)`: anyone's connection reads the whole tree, no context needed.
  return prisma.category.findMany({ select: { id: true, parentId: true, name: true, slug: true, position: true } });
}

// The tree of the last value read: hits return the same string until the next change, so it is
// parsed and indexed once per change rather than once per request.
let last: { raw: string; tree: CategoryTree } | undefined;

/**
 * The tree, from the cache (Redis shared by every instance) or the database. The cache fails open:
 * with Redis down, every call reads the database.
 */
export async function loadTree(deps: Pick<CategoriesDeps, 'prisma' | 'cache'>): Promise<CategoryTree> {
  const { value } = await deps.cache.getOrSet(TREE_KEY, TREE_TTL_SECONDS, async () => JSON.stringify(await readRows(deps.prisma)), {
    namespace: TREE_NAMESPACE,
  });
  const raw = value ?? '[]';
  if (last?.raw !== raw) last = { raw, tree: buildTree(JSON.parse(raw) as CategoryRow[]) };
  return last.tree;
}

/** Those of `ids` that name no category in the cached tree (a malformed id names none). */
export async function unknownIds(deps: Pick<CategoriesDeps, 'prisma' | 'cache'>, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const tree = await loadTree(deps);
  return ids.filter((id) => !UUID_PATTERN.test(id) || !tree.find(id));
}

/**
 * Inside a transaction that is about to store `ids` in a product's categoryIds: those that name no
 * category, read from the database, not the cache. Takes TREE_LOCK shared until that transaction
 * ends, so a category found here is not deleted before it commits (and a delete that ran first is seen).
 */
export async function unknownIdsForWrite(tx: Transaction, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const wellFormed = ids.filter((id) => UUID_PATTERN.test(id));
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtext(${TREE_LOCK}))`;
  const found = wellFormed.length === 0 ? [] : await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "Category" WHERE "id" = ANY(${wellFormed}::uuid[])`;
  const known = new Set(found.map((row) => row.id));
  return ids.filter((id) => !known.has(id.toLowerCase()));
}
