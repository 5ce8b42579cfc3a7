import type { Cache } from '../../lib/cache/index.js';
import type { Database, Prisma } from '../../lib/db.js';

/** What the categories module takes from the composition root (app.ts) to build itself (index.ts). */
export interface CategoriesModuleNeeds {
  db: Pick<Database, 'prisma'>;
  cache: Cache;
}

/** What the categories services need; built once by index.ts. */
export interface CategoriesDeps {
  prisma: Prisma;
  cache: Cache;
  /**
   * Told after every committed change of the tree, once the cached tree is retired: what others
   * cached from it (product lists filtered by a category, facets) must go too (app.ts connects it).
   */
  treeChanged: () => Promise<unknown>;
}
