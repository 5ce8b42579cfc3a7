import { Router } from 'express';
import type { Cache } from '../../lib/cache/index.js';
import type { AuthMiddleware } from '../../lib/http/authenticate.js';
import type { FastRoute } from '../../lib/http/fast-lane.js';
import { createReadRouting } from '../../lib/replica/read-routing.js';
import { bulkJobsRouter, bulkRouter } from './bulk/bulk.routes.js';
import { defineBulkKinds } from './bulk/kinds.js';
import { LIST_NAMESPACE, staleWhileDatabaseDown } from './cache-keys.js';
import { cursorKeyFrom } from './cursor.js';
import { pruneHistoryQueue } from './history/retention.js';
import { catalogueFirstPageFastRoute, productDetailFastRoute } from './fast-read.js';
import { productImages } from './images/index.js';
import { productImports } from './import/index.js';
import type { ProductsDeps, ProductsModuleNeeds } from './deps.js';
import { productsRouter, workspaceProductsRouter } from './products.routes.js';
import { forgetProducts } from './products.service.js';
import { tagsRouter } from './tags.routes.js';
import { purgeTrashQueue } from './trash.js';

// For the benchmarks, which start deep in a big catalogue the way a client walking it would.
export { cursorKeyFrom, encodeCursor } from './cursor.js';
export type { ProductsDeps, ProductsModuleNeeds } from './deps.js';
export { purgeExpiredTrash } from './trash.js';
export { pruneHistory, pruneHistoryQueue } from './history/retention.js';
export { productsApiDoc } from './products.openapi.js';
export { historyApiDoc as productHistoryApiDoc } from './history/history.openapi.js';
export { bulkApiDoc as productBulkApiDoc } from './bulk/bulk.openapi.js';
export { exportApiDoc as productExportApiDoc } from './export/export.openapi.js';
export { imagesApiDoc as productImagesApiDoc, renderVariants } from './images/index.js';
export { importsApiDoc as productImportsApiDoc } from './import/index.js';
export { tagsApiDoc } from './tags.openapi.js';
export type { ProductStatus, ProductView } from './product-view.js';
// The outbox stores a product's row; the events module shows it to consumers as the API does.
export { toProductView, type ProductRow } from './product-view.js';

export interface ProductsModule {
  /** Mount at /api/v1/products. */
  router: Router;
  /** Mount at /api/v1/workspaces/:slug/products. */
  workspaceRouter: Router;
  /** Mount at /api/v1/workspaces/:slug/tags (before the workspaces router). */
  tagsRouter: Router;
  /** After products were deleted with their workspace: no cached copy of them is served. */
  forgetProducts(ids: string[]): Promise<void>;
  /** Mount at /api/v1/products/:id/images and /api/v1/workspaces/:slug/products/:id/images (before the two above). */
  imagesRouter: Router;
  workspaceImagesRouter: Router;
  /** Mount at /api/v1/images, before the API's rate limit. */
  imageFilesRouter: Router;
  /** Mount at /api/v1/workspaces/:slug/products/bulk (before the workspace products router). */
  bulkRouter: Router;
  /** Mount at /api/v1/jobs, before the jobs module's router: a bulk edit's undo, an import's failed rows. */
  jobsRouter: Router;
  /** Mount at /api/v1/workspaces/:slug/imports (before the workspaces router). */
  importsRouter: Router;
  /** The cached reads the fast lane may answer (lib/http/fast-lane.ts), given where `router` and `imageFilesRouter` are mounted. */
  fastRoutes(mounts: { products: string; imageFiles: string }): FastRoute[];
}

/** `authenticate` is the auth module's, so products trust exactly the tokens auth issues. */
export function productsModule(app: ProductsModuleNeeds, authenticate: AuthMiddleware): ProductsModule {
  const deps: ProductsDeps = {
    prisma: app.db.prisma,
    reads: createReadRouting({ db: app.db, redis: app.redis, scope: 'products' }),
    cache: app.cache,
    staleIfError: staleWhileDatabaseDown(app.config.products.staleIfErrorSeconds),
    logger: app.logger,
    defaultCurrency: app.config.products.defaultCurrency,
    // Derived from the JWT secret, which every instance already shares: no new secret to configure.
    cursorKey: cursorKeyFrom(app.config.auth.jwtSecret),
    workspaces: app.workspaces,
    categories: app.categories,
  };
  app.jobs.define(purgeTrashQueue(deps));
  app.jobs.define(pruneHistoryQueue(deps, app.config.products.history));
  const rules = { unverifiedUsersMayWrite: app.config.accounts.unverifiedUsersMayWrite };
  const images = productImages({ products: deps, storage: app.storage, limits: app.config.images, logger: app.logger, rules }, authenticate);
  app.jobs.define(images.sweepQueue);
  const bulk = { ...deps, userJobs: app.userJobs };
  defineBulkKinds(bulk);
  const imports = productImports({ products: deps, storage: app.storage, jobs: app.userJobs, maxBytes: app.config.imports.maxBytes, logger: app.logger, rules }, authenticate);
  app.jobs.define(imports.sweepQueue);
  return {
    router: productsRouter(deps, authenticate, rules),
    workspaceRouter: workspaceProductsRouter(deps, authenticate, rules),
    tagsRouter: tagsRouter(deps, authenticate),
    forgetProducts: (ids) => forgetProducts(deps, ids),
    imagesRouter: images.router,
    workspaceImagesRouter: images.workspaceRouter,
    imageFilesRouter: images.filesRouter,
    bulkRouter: bulkRouter(bulk, authenticate, rules),
    jobsRouter: Router().use(bulkJobsRouter(bulk, authenticate, rules), imports.jobsRouter),
    importsRouter: imports.router,
    fastRoutes: (mounts) => [
      productDetailFastRoute(deps, mounts.products),
      catalogueFirstPageFastRoute(deps, mounts.products),
      images.filesFastRoute(mounts.imageFiles),
    ],
  };
}

/** After products were written outside the API (seed, imports): no instance serves older list pages. */
export async function forgetCachedProductLists(cache: Cache): Promise<boolean> {
  return cache.bumpNamespace(LIST_NAMESPACE);
}
