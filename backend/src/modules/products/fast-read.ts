import type { FastRoute } from '../../lib/http/fast-lane.js';
import { productKey } from './cache-keys.js';
import type { ProductsDeps } from './deps.js';
import { ifNoneMatchHits, productEtag } from './etag.js';
import { cachedReadHeaders } from './products.controller.js';
import type { ProductView } from './product-view.js';

// What products.routes.ts lets through without Joi: the canonical form, either case.
const CANONICAL_ID_PATH = /^\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * `GET /api/v1/products/:id` in the fast lane (lib/http/fast-lane.ts): an anonymous read of a
 * product the cache holds, answered as the route's controller answers it (products.controller.ts
 * `get` on a hit: the cached body, its ETag, a 304 for a matching If-None-Match). Everything else
 * (not cached, any other spelling of the id) goes to the route itself.
 */
export function productDetailFastRoute(deps: ProductsDeps, mount: string): FastRoute {
  return {
    label: `${mount}/:id`,
    mount,
    match: (path) => CANONICAL_ID_PATH.exec(path)?.[1]!.toLowerCase(),
    async answer(id, req) {
      const body = await deps.cache.peek(productKey(id));
      if (body === null) return null;
      const product = JSON.parse(body) as ProductView;
      const etag = productEtag(product.id, product.version);
      const headers = [...cachedReadHeaders(true), ['ETag', etag] as [string, string]];
      const vary = ['Authorization'];
      if (ifNoneMatchHits(req.headers['if-none-match'], etag)) return { status: 304, headers, vary };
      return { status: 200, headers, vary, body };
    },
  };
}
