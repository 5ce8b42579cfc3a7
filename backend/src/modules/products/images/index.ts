import type { Router } from 'express';
import { LRUCache } from 'lru-cache';
import type { AuthMiddleware } from '../../../lib/http/authenticate.js';
import type { FastRoute } from '../../../lib/http/fast-lane.js';
import type { QueueDefinition } from '../../../lib/jobs.js';
import type { Logger } from '../../../lib/logger.js';
import type { Storage } from '../../../lib/storage/index.js';
import type { ProductsDeps } from '../deps.js';
import type { ImagesDeps } from './deps.js';
import { variantFileFastRoute } from './fast-file.js';
import { imageFilesRouter, imagesRouter, workspaceImagesRouter, type WriteRules } from './images.routes.js';
import { sweepQueue } from './sweep.js';

export { imagesApiDoc } from './images.openapi.js';
export { renderVariants } from './render.js';
export { sweepOrphanImages } from './sweep.js';

// The variants most recently served, in this process: 64 MB is some 500 product pages' worth of
// card-sized pictures (a 480 px WebP is 20-40 kB), and the storage is asked only on a miss.
const VARIANT_CACHE_BYTES = 64 * 1024 * 1024;

export interface ProductImagesNeeds {
  products: ProductsDeps;
  storage: Storage;
  limits: { maxBytes: number; maxPixels: number };
  logger: Logger;
  rules: WriteRules;
}

export interface ProductImages {
  /** Mount at /api/v1/products/:id/images. */
  router: Router;
  /** Mount at /api/v1/workspaces/:slug/products/:id/images. */
  workspaceRouter: Router;
  /** Mount at /api/v1/images, outside the API's rate limit. */
  filesRouter: Router;
  /** The fast lane's answer for `filesRouter`'s reads of variants held in memory, given where it is mounted. */
  filesFastRoute(mount: string): FastRoute;
  /** The hourly orphan sweep, for the job queue. */
  sweepQueue: QueueDefinition<object>;
}

export function productImages(needs: ProductImagesNeeds, authenticate: AuthMiddleware): ProductImages {
  const variants = new LRUCache<string, Buffer>({
    maxSize: VARIANT_CACHE_BYTES,
    sizeCalculation: (body) => body.length,
    // A miss reads the storage once however many requests wait for it; a key it does not have is not cached.
    fetchMethod: async (key) => (await needs.storage.get(key))?.body,
  });
  const deps: ImagesDeps = { products: needs.products, storage: needs.storage, limits: needs.limits, variants };
  return {
    router: imagesRouter(deps, authenticate, needs.rules),
    workspaceRouter: workspaceImagesRouter(deps, authenticate, needs.rules),
    filesRouter: imageFilesRouter(deps),
    filesFastRoute: (mount) => variantFileFastRoute(deps, mount),
    sweepQueue: sweepQueue({ prisma: needs.products.prisma, storage: needs.storage }, needs.logger),
  };
}
