import { inDbContext, type Transaction } from '../../lib/db-context.js';
import { isUniqueViolation } from '../../lib/db-errors.js';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../lib/errors.js';
import type { Principal } from '../../lib/http/authenticate.js';
import { CATEGORY_DEPTH_MAX, type CreateCategoryInput, type UpdateCategoryInput } from './categories.schemas.js';
import type { CategoriesDeps } from './deps.js';
import { slugFromName, UUID_PATTERN } from './slug.js';
import { loadTree, TREE_LOCK, TREE_NAMESPACE } from './tree-cache.js';
import { ancestry, closeGap, findRow, hasChildren, isFiledUnder, openGap, reorder, siblingCount, subtreeHeight } from './tree-sql.js';
import type { CategoryRow, CategoryView } from './tree.js';

const categoryNotFound = () => notFound('category_not_found', 'There is no category with this id');
const unknownParent = () =>
  new AppError(400, 'unknown_category', 'The parent category does not exist', {
    errors: [{ in: 'body', field: 'parentId', message: '"parentId" names no category', code: 'unknown_category' }],
  });
const tooDeep = () => badRequest('category_too_deep', `Categories nest at most ${CATEGORY_DEPTH_MAX} levels deep (roots included)`);
const cycle = () => conflict('category_cycle', 'A category cannot be moved under itself or one of its descendants');
const slugTaken = () => conflict('category_slug_taken', 'Another category has this slug (slugs ignore case)');

/** The whole tree, depth-first by position (cached: tree-cache.ts). */
export async function listCategories(deps: CategoriesDeps): Promise<readonly CategoryView[]> {
  return (await loadTree(deps)).list;
}

export function assertPlatformAdmin(principal: Principal): void {
  if (principal.role !== 'ADMIN') throw forbidden('Only platform admins manage the category tree', 'platform_admin_required');
}

/**
 * Runs one change of the tree: as a platform admin (row-level security lets only such a
 * transaction write "Category"), under TREE_LOCK, so that the checks it makes hold until it
 * commits; then retires the cached tree and what was derived from it, on every instance.
 */
async function changeTree<T>(deps: CategoriesDeps, principal: Principal, work: (tx: Transaction) => Promise<T>): Promise<T> {
  assertPlatformAdmin(principal);
  let result: T;
  try {
    result = await inDbContext(deps.prisma, { userId: principal.userId, platformAdmin: true }, async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${TREE_LOCK}))`;
      return work(tx);
    });
  } catch (err) {
    // The only unique key a write can hit: the slug (citext, so "Tea" takes "tea").
    if (isUniqueViolation(err)) throw slugTaken();
    throw err;
  }
  await deps.cache.bumpNamespace(TREE_NAMESPACE);
  await deps.treeChanged();
  return result;
}

async function viewOf(tx: Transaction, row: CategoryRow): Promise<CategoryView> {
  return { ...row, path: (await ancestry(tx, row.id)).map((c) => c.slug) };
}

/** Where a category may go under `parentId` (null: the roots): the parent's depth, checked. */
async function parentDepth(tx: Transaction, parentId: string | null, movingId?: string): Promise<number> {
  if (parentId === null) return 0;
  const chain = await ancestry(tx, parentId);
  if (chain.length === 0) throw unknownParent();
  if (movingId !== undefined && chain.some((c) => c.id === movingId)) throw cycle();
  return chain.length;
}

function slugFor(input: { name: string; slug?: string }): string {
  const slug = input.slug ?? slugFromName(input.name);
  if (slug === '' || UUID_PATTERN.test(slug)) {
    throw badRequest('category_slug_required', 'No slug can be made from this name: give one', [
      { in: 'body', field: 'slug', message: '"slug" is required for this name', code: 'category_slug_required' },
    ]);
  }
  return slug;
}

export async function createCategory(deps: CategoriesDeps, principal: Principal, input: CreateCategoryInput): Promise<CategoryView> {
  const slug = slugFor(input);
  return changeTree(deps, principal, async (tx) => {
    const parentId = input.parentId ?? null;
    if ((await parentDepth(tx, parentId)) + 1 > CATEGORY_DEPTH_MAX) throw tooDeep();
    const count = await siblingCount(tx, parentId);
    const position = Math.min(input.position ?? count, count);
    await openGap(tx, parentId, position);
    const row = await tx.category.create({ data: { name: input.name, slug, parentId, position }, select: { id: true } });
    return viewOf(tx, { id: row.id, parentId, name: input.name, slug, position });
  });
}

/** Rename, re-slug, move (to another parent or the roots) and reorder, in any combination. */
export async function updateCategory(deps: CategoriesDeps, principal: Principal, id: string, input: UpdateCategoryInput): Promise<CategoryView> {
  return changeTree(deps, principal, async (tx) => {
    const row = await findRow(tx, id);
    if (!row) throw categoryNotFound();
    const parentId = input.parentId === undefined ? row.parentId : input.parentId;
    let position = row.position;
    if (parentId !== row.parentId) {
      // The cycle check walks up from the new parent, after TREE_LOCK: a concurrent move that could
      // make this one a cycle has either committed (and is seen here) or waits for this one.
      const depth = await parentDepth(tx, parentId, id);
      if (depth + (await subtreeHeight(tx, id)) > CATEGORY_DEPTH_MAX) throw tooDeep();
      await closeGap(tx, row.parentId, row.position);
      const count = await siblingCount(tx, parentId);
      position = Math.min(input.position ?? count, count);
      await openGap(tx, parentId, position);
    } else if (input.position !== undefined) {
      position = Math.min(input.position, (await siblingCount(tx, parentId)) - 1);
      await reorder(tx, parentId, row.position, position);
    }
    const name = input.name ?? row.name;
    const slug = input.slug ?? row.slug;
    await tx.category.update({ where: { id }, data: { name, slug, parentId, position } });
    return viewOf(tx, { id, parentId, name, slug, position });
  });
}

/** Only an empty category goes: no children, and no product (trashed ones too) filed under it. */
export async function deleteCategory(deps: CategoriesDeps, principal: Principal, id: string): Promise<void> {
  await changeTree(deps, principal, async (tx) => {
    const row = await findRow(tx, id);
    if (!row) throw categoryNotFound();
    if (await hasChildren(tx, id)) throw conflict('category_not_empty', 'The category has subcategories: move or delete them first');
    if (await isFiledUnder(tx, id)) throw conflict('category_not_empty', 'Products are filed under the category (some may be in the trash): refile them first');
    await tx.category.delete({ where: { id } });
    await closeGap(tx, row.parentId, row.position);
  });
}
