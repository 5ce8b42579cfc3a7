import type { FastRoute } from '../../lib/http/fast-lane.js';
import { catalogueScope } from './access.js';
import { LIST_NAMESPACE, productKey } from './cache-keys.js';
import type { ProductsDeps } from './deps.js';
import { ifNoneMatchHits } from './etag.js';
import { cachedPage, filterOf, pageKey } from './list.service.js';
import { cachedReadHeaders } from './products.controller.js';
import { listProductsQuery, type ListProductsQuery } from './products.schemas.js';
import { cachedProduct } from './products.service.js';

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
      const value = await deps.cache.peek(productKey(id));
      if (value === null) return null;
      const { body, etag } = cachedProduct(value);
      const headers = [...cachedReadHeaders(true), ['ETag', etag] as [string, string]];
      const vary = ['Authorization'];
      if (ifNoneMatchHits(req.headers['if-none-match'], etag)) return { status: 304, headers, vary };
      return { status: 200, headers, vary, body };
    },
  };
}

/**
 * `GET /api/v1/products` without a query string in the fast lane: the first page of the public
 * catalogue, which every visitor without an account opens first, answered as the controller answers
 * a cached page (products.controller.ts `list`: the cached body and its weak ETag). A conditional
 * request goes to the route, where Express weighs If-None-Match itself; so does any query string.
 */
export function catalogueFirstPageFastRoute(deps: ProductsDeps, mount: string): FastRoute {
  // The page's key is the one the controller derives for an anonymous caller and the query's
  // defaults; it depends on nothing that changes, so it is derived once (again if that failed), and
  // then known synchronously: the cache read leaves in the same tick as the lane's count.
  let known: string | null | undefined;
  const derive = async (): Promise<string | null> => {
    const query = listProductsQuery.validate({}).value as ListProductsQuery;
    const scope = catalogueScope(undefined, undefined, undefined);
    const filter = await filterOf(deps, scope, query);
    known = filter === null ? null : pageKey(scope, filter, query);
    return known;
  };
  return {
    label: mount,
    mount,
    match: (path, query) => (path === '' && query === undefined ? '' : undefined),
    async answer(_none, req) {
      if (req.headers['if-none-match'] !== undefined) return null;
      const key = known === undefined ? await derive() : known;
      if (key === null) return null;
      const value = await deps.cache.peek(key, { namespace: LIST_NAMESPACE });
      if (value === null) return null;
      const { etag, body } = cachedPage(value);
      const headers = [...cachedReadHeaders(true), ['ETag', etag] as [string, string]];
      return { status: 200, headers, vary: ['Authorization'], body };
    },
  };
}
