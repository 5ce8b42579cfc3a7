import { Prisma as Sql } from '../../generated/prisma/client.js';
import type { Principal } from '../../lib/http/authenticate.js';
import type { ListScope } from './access.js';
import { LIST_NAMESPACE, LIST_TTL_SECONDS, listKey } from './cache-keys.js';
import type { ProductsDeps } from './deps.js';
import { COUNT_CAP, filterConditions, SOURCES, where, type ListFilter } from './list.query.js';
import { completed, countOf, filterOf, keyPartsOf, read, type Total } from './list.service.js';
import { PRODUCT_STATUSES, STOCK_STATES } from './product-view.js';
import type { ListProductsQuery } from './products.schemas.js';

interface Facets {
  total: Total;
  /** Members' and admins' lists only: the public catalogue holds active products alone. */
  status?: Record<string, Total>;
  stock: Record<string, Total>;
  currencies: ({ code: string } & Total)[];
  /** The children of the filtered category (or the roots), each counted with its descendants. */
  categories: ({ id: string; slug: string; name: string } & Total)[];
  /** A workspace's lists only (tags belong to a workspace): the most used among the matches. */
  tags?: ({ name: string } & Total)[];
}

const TOP_TAGS = 20;

/**
 * How many products each choice of the filter panel would leave, given the other filters: one
 * capped count per choice (list.query.ts COUNT_CAP), so a catalogue of 1M rows costs what one of
 * 10k does. Cached with the list pages and retired with them by every write.
 */
export async function listFacets(deps: ProductsDeps, principal: Principal | undefined, scope: ListScope, query: Omit<ListProductsQuery, 'limit' | 'sort'>): Promise<string> {
  const filter = await filterOf(deps, scope, query);
  if (filter === null) return JSON.stringify(emptyFacets(scope));
  // sort 'facets' keeps these entries apart from the list pages'. A change of the category tree
  // retires them with the pages (app.ts), so the children below need no place in the key.
  const key = listKey({ ...scope, ...keyPartsOf(filter), sort: 'facets', cursor: null, limit: 0 });
  const { value } = await deps.cache.getOrSet(
    key,
    LIST_TTL_SECONDS,
    async () => {
      const [ready, children] = await Promise.all([completed(deps, scope, filter), deps.categories.children(query.category ?? null)]);
      const count = (change: Partial<ListFilter>) => countOf(deps, principal, scope, { ...ready, ...change });
      const members = scope.audience !== 'public';
      const [total, status, stock, currencies, categories, tags] = await Promise.all([
        count({}),
        members && scope.status === null ? countEach(PRODUCT_STATUSES, (status) => count({ status })) : undefined,
        countEach(STOCK_STATES, (stock) => count({ stock })),
        currenciesOf(deps, principal, scope, ready),
        Promise.all(children.map(async (c) => ({ id: c.id, slug: c.slug, name: c.name, ...(await count({ categoryIds: c.subtree })) }))),
        scope.workspaceId !== null ? topTags(deps, principal, scope, ready) : undefined,
      ]);
      const facets: Facets = { total, ...(status ? { status } : {}), stock, currencies, categories, ...(tags ? { tags } : {}) };
      return JSON.stringify(facets);
    },
    { namespace: LIST_NAMESPACE, staleIfError: deps.staleIfError },
  );
  return value ?? JSON.stringify(emptyFacets(scope));
}

async function countEach<T extends string>(choices: readonly T[], count: (choice: T) => Promise<Total>): Promise<Record<T, Total>> {
  const totals = await Promise.all(choices.map(count));
  return Object.fromEntries(choices.map((choice, i) => [choice, totals[i]])) as Record<T, Total>;
}

// Counted among the first COUNT_CAP + 1 matches: past the cap, each count is a lower bound.
async function currenciesOf(deps: ProductsDeps, principal: Principal | undefined, scope: ListScope, filter: ListFilter) {
  const rows = await read<{ code: string; count: number; sampled: number }[]>(deps, principal, scope, sampleQuery(filter, Sql.sql`"currency"::text AS "code"`, Sql.sql`"code"`));
  return rows.map(({ code, count, sampled }) => ({ code, count, exact: sampled <= COUNT_CAP }));
}

async function topTags(deps: ProductsDeps, principal: Principal | undefined, scope: ListScope, filter: ListFilter) {
  const rows = await read<{ name: string; count: number; sampled: number }[]>(
    deps,
    principal,
    scope,
    sampleQuery(filter, Sql.sql`unnest("tags")::text AS "name"`, Sql.sql`"name"`, TOP_TAGS),
  );
  return rows.map(({ name, count, sampled }) => ({ name, count, exact: sampled <= COUNT_CAP }));
}

function sampleQuery(filter: ListFilter, column: Sql.Sql, name: Sql.Sql, top?: number): Sql.Sql {
  const limit = top === undefined ? Sql.empty : Sql.sql`LIMIT ${top}`;
  return Sql.sql`
    WITH "matches" AS MATERIALIZED (SELECT "currency", "tags" FROM ${SOURCES[filter.source]} ${where(filterConditions(filter))} LIMIT ${COUNT_CAP + 1}),
         "sampled" AS (SELECT count(*)::int AS "n" FROM "matches")
    SELECT ${name}, count(*)::int AS "count", (SELECT "n" FROM "sampled") AS "sampled"
    FROM (SELECT ${column} FROM "matches") AS "values" GROUP BY 1 ORDER BY 2 DESC, 1 ${limit}`;
}

function emptyFacets(scope: ListScope): Facets {
  const zero = { count: 0, exact: true };
  return {
    total: zero,
    ...(scope.audience !== 'public' ? { status: Object.fromEntries(PRODUCT_STATUSES.map((s) => [s, zero])) } : {}),
    stock: Object.fromEntries(STOCK_STATES.map((s) => [s, zero])),
    currencies: [],
    categories: [],
    ...(scope.workspaceId !== null ? { tags: [] } : {}),
  };
}
