import { inDbContext } from '../../lib/db-context.js';
import type { Principal } from '../../lib/http/authenticate.js';
import type { ListScope } from './access.js';
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
 * A page of the products `scope` allows (access.ts decided it for this caller). The cursor is
 * checked before the cache is asked, so neither a cached page nor a bad cursor bypasses it.
 */
export async function listProducts(deps: ProductsDeps, principal: Principal | undefined, scope: ListScope, query: ListProductsQuery): Promise<ListResult> {
  const sort = sortSpec(query.sort);
  const list = scope.workspaceId ?? undefined;
  const after = query.cursor === undefined ? null : decodeCursor(deps.cursorKey, query.cursor, query.sort, list);
  const tsquery = query.q === undefined ? null : toPrefixQuery(query.q);
  if (query.q !== undefined && tsquery === null) return { body: EMPTY_PAGE, hit: false };

  const filter: ListFilter = {
    source: scope.audience === 'public' ? 'catalogue' : 'products',
    workspaceId: scope.workspaceId,
    ownerId: scope.ownerId,
    status: scope.status,
    tsquery,
    minPrice: query.minPrice ?? null,
    maxPrice: query.maxPrice ?? null,
  };
  const key = listKey({ ...scope, query: tsquery, minPrice: filter.minPrice, maxPrice: filter.maxPrice, sort: query.sort, cursor: query.cursor ?? null, limit: query.limit });

  const { value, hit, stale } = await deps.cache.getOrSet(
    key,
    LIST_TTL_SECONDS,
    async () => {
      // One row more than asked tells whether there is a next page without a count. The public
      // catalogue needs no one's rights (its view holds active products only); members' and
      // admins' lists run with them, and row-level security applies them again.
      const sql = listQuery(filter, sort, after, query.limit + 1);
      const rows =
        scope.audience === 'public'
          ? await deps.reads.read((db) => db.$queryRaw<ProductRow[]>(sql))
          : await inDbContext(deps.prisma, { userId: principal?.userId ?? null, platformAdmin: scope.audience === 'admin' }, (tx) => tx.$queryRaw<ProductRow[]>(sql));
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      const nextCursor =
        rows.length > query.limit && last
          ? encodeCursor(deps.cursorKey, { sort: query.sort, value: sortValueOf(last, sort.key), id: last.id, ...(list ? { list } : {}) })
          : null;
      const body = JSON.stringify({ data: page.map(toProductView), nextCursor });
      return `${weakBodyEtag(body)}\n${body}`;
    },
    // The key holds the resolved workspace and audience, so a stale page, like a fresh one, is only theirs.
    { namespace: LIST_NAMESPACE, staleIfError: deps.staleIfError },
  );
  // The loader never returns null, so neither does the cache.
  if (value === null) return { body: EMPTY_PAGE, hit };
  const newline = value.indexOf('\n');
  return { etag: value.slice(0, newline), body: value.slice(newline + 1), hit, stale };
}
