import type { FastRoute } from '../../../lib/http/fast-lane.js';
import { ifNoneMatchHits } from '../etag.js';
import type { ImagesDeps } from './deps.js';
import { variantCacheKey, VARIANT_HEADERS } from './files.service.js';

/**
 * `GET /api/v1/images/:file` in the fast lane (lib/http/fast-lane.ts): a variant this process holds
 * in memory, answered as the controller answers it (images.controller.ts `file`). Outside the API's
 * rate limit, like the route. A variant not held here (the storage must be read) or a name no variant
 * has goes to the route.
 */
export function variantFileFastRoute(deps: ImagesDeps, mount: string): FastRoute {
  return {
    label: `${mount}/:file`,
    mount,
    limited: false,
    match: (path) => (path.length > 1 && path.indexOf('/', 1) < 0 ? path.slice(1) : undefined),
    answer(name, req) {
      const found = variantCacheKey(name);
      const body = found && deps.variants.get(found.key);
      if (!found || !body) return Promise.resolve(null);
      const headers: Array<[string, string]> = [...VARIANT_HEADERS, ['ETag', found.etag]];
      if (ifNoneMatchHits(req.headers['if-none-match'], found.etag)) return Promise.resolve({ status: 304, headers, vary: [] });
      return Promise.resolve({ status: 200, headers, vary: [], body, contentType: 'image/webp', compressible: false });
    },
  };
}
