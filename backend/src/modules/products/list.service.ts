import { inDbContext } from '../../lib/db-context.js';
import { badRequest } from '../../lib/errors.js';
import type { Principal } from '../../lib/http/authenticate.js';
import type { ListScope } from './access.js';
import { LIST_NAMESPACE, LIST_TTL_SECONDS, listKey } from './cache-keys.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { ProductsDeps } from './deps.js';
import { COUNT_CAP, countedMatches, countQuery, listQuery, sortValueOf, type ListFilter } from './list.query.js';
import { toProductView, type ProductRow } from './product-view.js';
import type { ListProductsQuery } from './products.schemas.js';
import { weakBodyEtag } from './etag.js';
import { forgivingQuery, searchTerms } from './search.js';
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

/** How many products match: exact up to COUNT_CAP, else `{ count: COUNT_CAP, exact: false }` ("10,000+"). */
export interface Total {
  count: number;
  exact: boolean;
}

const emptyPage = (first: boolean) => JSON.stringify({ data: [], nextCursor: null, ...(first ? { total: { count: 0, exact: true } } : {}) });

/**
 * A page of the products `scope` allows (access.ts decided it for this caller). The cursor is
 * checked before the cache is asked, so neither a cached page nor a bad cursor bypasses it. The
 * first page (no cursor) also says how many products match.
 */
export async function listProducts(deps: ProductsDeps, principal: Principal | undefined, scope: ListScope, query: ListProductsQuery): Promise<ListResult> {
  const sort = sortSpec(query.sort);
  const list = scope.workspaceId ?? undefined;
  const after = query.cursor === undefined ? null : decodeCursor(deps.cursorKey, query.cursor, query.sort, list);
  const first = after === null;
  const filter = await filterOf(deps, scope, query);
  if (filter === null) return { body: emptyPage(first), hit: false };

  const key = pageKey(scope, filter, query);
  const { value, hit, stale } = await deps.cache.getOrSet(
    key,
    LIST_TTL_SECONDS,
    async () => {
      const ready = await completed(deps, scope, filter);
      // One row more than asked tells whether there is a next page without counting them all.
      const sql = listQuery(ready, sort, after, query.limit + 1);
      const rows = await read<ProductRow[]>(deps, principal, scope, sql);
      // A first page that is also the last holds every match: its length is the total. A first page
      // sorted out of every match (a rare search, listQuery) counted them on the way. Only
      // otherwise does the capped count run: a second pass would cost what the page did.
      const counted = first ? countedMatches(rows) : null;
      const total = !first
        ? null
        : rows.length <= query.limit
          ? { count: rows.length, exact: true }
          : counted !== null
            ? capped(counted)
            : await countOf(deps, principal, scope, ready);
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      const nextCursor =
        rows.length > query.limit && last
          ? encodeCursor(deps.cursorKey, { sort: query.sort, value: sortValueOf(last, sort.key), id: last.id, ...(list ? { list } : {}) })
          : null;
      const body = JSON.stringify({ data: page.map(toProductView), nextCursor, ...(total ? { total } : {}) });
      return `${weakBodyEtag(body)}\n${body}`;
    },
    // The key holds the resolved workspace and audience, so a stale page, like a fresh one, is only theirs.
    { namespace: LIST_NAMESPACE, staleIfError: deps.staleIfError },
  );
  // The loader never returns null, so neither does the cache.
  if (value === null) return { body: emptyPage(first), hit };
  return { ...cachedPage(value), hit, stale };
}

/** A page as the cache holds it (`<weak ETag>\n<body>`, written by listProducts), split apart. */
export function cachedPage(value: string): { etag: string; body: string } {
  const newline = value.indexOf('\n');
  return { etag: value.slice(0, newline), body: value.slice(newline + 1) };
}

/** The cache key of the page `query` asks for, in `scope`, once the filter is known (filterOf). */
export function pageKey(scope: ListScope, filter: PendingFilter, query: Pick<ListProductsQuery, 'sort' | 'cursor' | 'limit'>): string {
  return listKey({ ...scope, ...keyPartsOf(filter), sort: query.sort, cursor: query.cursor ?? null, limit: query.limit });
}

/**
 * The public catalogue needs no one's rights (its view holds active products only); members' and
 * admins' lists run with them, and row-level security applies them again.
 */
export function read<T>(deps: ProductsDeps, principal: Principal | undefined, scope: ListScope, sql: Parameters<ProductsDeps['prisma']['$queryRaw']>[0]): Promise<T> {
  if (scope.audience === 'public') return deps.reads.read((db) => db.$queryRaw<T>(sql));
  return inDbContext(deps.prisma, { userId: principal?.userId ?? null, platformAdmin: scope.audience === 'admin' }, (tx) => tx.$queryRaw<T>(sql));
}

export async function countOf(deps: ProductsDeps, principal: Principal | undefined, scope: ListScope, filter: ListFilter): Promise<Total> {
  const [row] = await read<{ count: number }[]>(deps, principal, scope, countQuery(filter));
  return capped(row?.count ?? 0);
}

const capped = (count: number): Total => (count > COUNT_CAP ? { count: COUNT_CAP, exact: false } : { count, exact: true });

/**
 * The query's filters with the category resolved to its subtree (from the cached tree). null when
 * the list is empty by construction (a search without a word, the trash of a workspace the caller
 * may only see the public side of). What needs the database (the search's words, whether the tags
 * exist) is left to `completed`, inside the cache loader, so that a cached page costs no query.
 */
export async function filterOf(deps: ProductsDeps, scope: ListScope, query: Omit<ListProductsQuery, 'limit' | 'sort'>): Promise<PendingFilter | null> {
  const words = query.q === undefined ? null : searchTerms(query.q);
  if (words !== null && words.length === 0) return null;
  const trashed = query.trashed === true;
  if (trashed && scope.audience === 'public') return null;
  return {
    source: scope.audience === 'public' ? 'catalogue' : 'products',
    workspaceId: scope.workspaceId,
    ownerId: scope.ownerId,
    status: scope.status,
    trashed,
    stock: query.stock ?? null,
    tsquery: null,
    words,
    currency: query.currency ?? null,
    minPrice: query.minPrice ?? null,
    maxPrice: query.maxPrice ?? null,
    categoryIds: await categoryFilter(deps, query.category),
    tags: query.tags === undefined || query.tags.length === 0 ? null : query.tags,
    tagMatch: query.tagMatch,
  };
}

/** A filter whose search is still words (a cache key), not yet the tsquery the database gives them. */
export interface PendingFilter extends ListFilter {
  words: string[] | null;
}

/**
 * The filter ready to run: the words widened by their stems and typo corrections (search.ts), and
 * the tags checked to exist, read like the list itself (the replica, for the public catalogue).
 */
export async function completed(deps: ProductsDeps, scope: ListScope, filter: PendingFilter): Promise<ListFilter> {
  const [tsquery] = await Promise.all([
    filter.words === null ? null : deps.reads.read((db) => forgivingQuery(db, filter.words!.join(' '))),
    assertTagsKnown(deps, scope, filter.tags),
  ]);
  return { ...filter, tsquery };
}

async function categoryFilter(deps: ProductsDeps, category: string | undefined): Promise<string[] | null> {
  if (category === undefined) return null;
  const subtree = await deps.categories.subtree(category);
  if (subtree === null) {
    throw badRequest('unknown_category', 'No category has this slug or id', [
      { in: 'query', field: 'category', message: `"category" ${JSON.stringify(category)} names no category`, code: 'category.unknown' },
    ]);
  }
  return subtree;
}

// A tag no product of the list's workspace (or, in the public catalogue, of any workspace) has ever
// had is a typo rather than an empty result: the client is told which.
async function assertTagsKnown(deps: ProductsDeps, scope: ListScope, tags: string[] | null): Promise<void> {
  if (tags === null) return;
  const known = await deps.reads.read((db) =>
    scope.workspaceId === null
      ? db.$queryRaw<{ name: string }[]>`SELECT DISTINCT "name" FROM "Tag" WHERE "name" = ANY(${tags}::varchar[])`
      : db.$queryRaw<{ name: string }[]>`SELECT "name" FROM "Tag" WHERE "workspaceId" = ${scope.workspaceId}::uuid AND "name" = ANY(${tags}::varchar[])`,
  );
  const names = new Set(known.map((row) => row.name));
  const unknown = tags.filter((tag) => !names.has(tag));
  if (unknown.length > 0) {
    throw badRequest('unknown_tag', `No product here has ever been tagged ${unknown.map((t) => JSON.stringify(t)).join(', ')}`, [
      { in: 'query', field: 'tags', message: `"tags" ${unknown.map((t) => JSON.stringify(t)).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not a known tag`, code: 'tags.unknown' },
    ]);
  }
}

/** What of a filter selects rows, for the cache key (the resolved category subtree, so a move retires nothing it should not). */
export function keyPartsOf(filter: PendingFilter) {
  return {
    trashed: filter.trashed,
    stock: filter.stock,
    query: filter.words === null ? null : filter.words.join(' '),
    currency: filter.currency,
    minPrice: filter.minPrice,
    maxPrice: filter.maxPrice,
    categoryIds: filter.categoryIds === null ? null : [...filter.categoryIds].sort(),
    tags: filter.tags === null ? null : [...filter.tags].sort(),
    tagMatch: filter.tagMatch,
  };
}
