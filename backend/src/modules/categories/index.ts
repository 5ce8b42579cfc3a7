import type { Router } from 'express';
import type { Transaction } from '../../lib/db-context.js';
import type { AuthMiddleware } from '../../lib/http/authenticate.js';
import { categoriesRouter } from './categories.routes.js';
import type { CategoriesDeps, CategoriesModuleNeeds } from './deps.js';
import { loadTree, unknownIds, unknownIdsForWrite } from './tree-cache.js';
import type { CategoryTree } from './tree.js';

export { categoriesApiDoc } from './categories.openapi.js';
export { CATEGORY_DEPTH_MAX } from './categories.schemas.js';
export type { CategoriesModuleNeeds } from './deps.js';

/** What other modules (products: filters, facets, filing) ask about the category tree. */
export interface Categories {
  /**
   * The ids of the category named by `idOrSlug` (an id, or a slug in any case) and of all its
   * descendants, the category first; null when there is no such category. From the cached tree.
   */
  subtree(idOrSlug: string): Promise<string[] | null>;
  /** Those of `ids` that name no category, from the cached tree: for filters. */
  unknownIds(ids: readonly string[]): Promise<string[]>;
  /**
   * The children of the category named by `parent` (id or slug; null: the roots), by position, each
   * with the ids of its subtree (itself first); empty for an unknown category.
   */
  children(parent: string | null): Promise<Array<{ id: string; slug: string; name: string; subtree: string[] }>>;
  /**
   * Those of `ids` that name no category, read in `tx`, the transaction that stores them in a
   * product's categoryIds: until it ends, none of the others can be deleted (see TREE_LOCK).
   */
  unknownIdsForWrite(tx: Transaction, ids: readonly string[]): Promise<string[]>;
  /** The whole tree (cached): e.g. the children of a category, or the roots, for facets. */
  tree(): Promise<CategoryTree>;
}

export interface CategoriesModule {
  /** Mount at /api/v1/categories. */
  router: Router;
  categories: Categories;
}

/**
 * `treeChanged` runs after every committed change of the tree: app.ts retires the product lists
 * cached from the old tree with it (a filter by a category covers its descendants).
 */
export function categoriesModule(app: CategoriesModuleNeeds, authenticate: AuthMiddleware, treeChanged: CategoriesDeps['treeChanged']): CategoriesModule {
  const deps: CategoriesDeps = { prisma: app.db.prisma, cache: app.cache, treeChanged };
  return {
    router: categoriesRouter(deps, authenticate),
    categories: {
      async subtree(idOrSlug) {
        const tree = await loadTree(deps);
        const category = tree.find(idOrSlug);
        return category ? tree.subtreeIds(category.id) : null;
      },
      unknownIds: (ids) => unknownIds(deps, ids),
      async children(parent) {
        const tree = await loadTree(deps);
        const parentId = parent === null ? null : tree.find(parent)?.id;
        if (parentId === undefined) return [];
        return tree.children(parentId).map((c) => ({ id: c.id, slug: c.slug, name: c.name, subtree: tree.subtreeIds(c.id) }));
      },
      unknownIdsForWrite: (tx, ids) => unknownIdsForWrite(tx, ids),
      tree: () => loadTree(deps),
    },
  };
}
