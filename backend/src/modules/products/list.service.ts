import type { Principal } from '../../lib/http/authenticate.js';
import { listScope } from './access.js';
import { LIST_NAMESPACE, LIST_TTL_SECONDS, listKey } from './cache-keys.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { ProductsDeps } from './deps.js';
import { listQuery, sortValueOf, type ListFilter } from './list.query.js';
import { toProductView, type ProductRow } from './product-view.js';
import type { ListProductsQuery } from './products.schemas.js';
import { weakBodyEtag } from './etag.js';
import { toPrefixQuery } from './search.js';
import { sortSpec } from './sort.js';

export interface ListResult {
  /** `{"data":[...],"nextCursor":...}`, serialised once and sent as-is, from the cache or not. */
  body: string;
  /** Its weak ETag, computed when it was cached (absent: Express computes it). */
  etag?: string;
  hit: boolean;
  /** Served past its TTL because the database is down (cache-keys.ts staleWhileDatabaseDown). */
  stale?: true;
}

const EMPTY_PAGE = JSON.stringify({ data: [], nextCursor: null });

/**
 * A page of the products this caller may see. Rights are applied first (listScope) and the cursor
 * is checked before the cache is asked, so neither a cached page nor a bad cursor bypasses them.
 */
export async function listProducts(deps: ProductsDeps, principal: Principal | undefined, query: ListProductsQuery): Promise<ListResult> {
  const scope = listScope(principal, query.owner, query.status);
  const sort = sortSpec(query.sort);
  const after = query.cursor === undefined ? null : decodeCursor(deps.cursorKey, query.cursor, query.sort);
  const tsquery = query.q === undefined ? null : toPrefixQuery(query.q);
  if (query.q !== undefined && tsquery === null) return { body: EMPTY_PAGE, hit: false };

  const filter: ListFilter = {
    ...scope,
    tsquery,
    minPrice: query.minPrice ?? null,
    maxPrice: query.maxPrice ?? null,
  };
  const key = listKey({ ...scope, query: tsquery, minPrice: filter.minPrice, maxPrice: filter.maxPrice, sort: query.sort, cursor: query.cursor ?? null, limit: query.limit });

  const { value, hit, stale } = await deps.cache.getOrSet(
    key,
    LIST_TTL_SECONDS,
    async () => {
      // One row more than asked tells whether there is a next page without a count.
      const rows = await deps.reads.read((db) => db.$queryRaw<ProductRow[]>(listQuery(filter, sort, after, query.limit + 1)));
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      const nextCursor =
        rows.length > query.limit && last ? encodeCursor(deps.cursorKey, { sort: query.sort, value: sortValueOf(last, sort.key), id: last.id }) : null;
      const body = JSON.stringify({ data: page.map(toProductView), nextCursor });
      return `${weakBodyEtag(body)}\n${body}`;
    },
    // The key holds the resolved owner, so a stale owner=me page, like a fresh one, is only its owner's.
    { namespace: LIST_NAMESPACE, staleIfError: deps.staleIfError },
  );
  // The loader never returns null, so neither does the cache.
  if (value === null) return { body: EMPTY_PAGE, hit };
  const newline = value.indexOf('\n');
  return { etag: value.slice(0, newline), body: value.slice(newline + 1), hit, stale };
}
