import { UUID_PATTERN } from './slug.js';

/** A row of "Category" as the tree is built from it. */
export interface CategoryRow {
  id: string;
  parentId: string | null;
  name: string;
  slug: string;
  position: number;
}

/** A category as the API shows it: `path` holds the slugs from the root down to itself. */
export interface CategoryView extends CategoryRow {
  path: string[];
}

/** The whole tree, indexed: it is small (a platform's departments), so it is read and kept whole. */
export interface CategoryTree {
  /** Every category, depth-first, siblings by position. */
  readonly list: readonly CategoryView[];
  /** By id (any case) or by slug (any case, as the citext column compares). */
  find(idOrSlug: string): CategoryView | undefined;
  /** The children of a category, or the roots for null, by position. */
  children(parentId: string | null): readonly CategoryView[];
  /** The id of the category and of all its descendants, depth-first; empty for an unknown id. */
  subtreeIds(id: string): string[];
}

/** Builds the tree from its rows, in any order. A row whose parent is missing is left out. */
export function buildTree(rows: readonly CategoryRow[]): CategoryTree {
  const childRows = new Map<string | null, CategoryRow[]>();
  for (const row of rows) {
    const siblings = childRows.get(row.parentId) ?? [];
    siblings.push(row);
    childRows.set(row.parentId, siblings);
  }
  for (const siblings of childRows.values()) siblings.sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));

  const list: CategoryView[] = [];
  const byId = new Map<string, CategoryView>();
  const bySlug = new Map<string, CategoryView>();
  const children = new Map<string | null, CategoryView[]>();
  // From the roots down: a row never reached (an orphan, or a cycle written behind the API's back)
  // is simply not part of the tree, rather than an endless walk.
  const walk = (parentId: string | null, parentPath: string[]) => {
    const views: CategoryView[] = [];
    children.set(parentId, views);
    for (const row of childRows.get(parentId) ?? []) {
      const view: CategoryView = { ...row, path: [...parentPath, row.slug] };
      views.push(view);
      list.push(view);
      byId.set(row.id.toLowerCase(), view);
      bySlug.set(row.slug.toLowerCase(), view);
      walk(row.id, view.path);
    }
  };
  walk(null, []);

  return {
    list,
    find: (idOrSlug) => (UUID_PATTERN.test(idOrSlug) ? byId : bySlug).get(idOrSlug.toLowerCase()),
    children: (parentId) => children.get(parentId === null ? null : parentId.toLowerCase()) ?? [],
    subtreeIds(id) {
      const root = byId.get(id.toLowerCase());
      if (!root) return [];
      const ids: string[] = [];
      const visit = (view: CategoryView) => {
        ids.push(view.id);
        for (const child of children.get(view.id) ?? []) visit(child);
      };
      visit(root);
      return ids;
    },
  };
}
