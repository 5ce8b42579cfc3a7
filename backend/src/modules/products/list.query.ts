import { Prisma as Sql } from '../../generated/prisma/client.js';
import type { Cursor } from './cursor.js';
import { PRODUCT_COLUMNS, type ProductRow } from './product-view.js';
import type { SortKey, SortSpec } from './sort.js';

export interface ListFilter {
  /**
   * Where the rows come from: the public catalogue's view (active products only, by its definition,
   * and served by the catalogue's indexes: migration 20261203090000_workspaces says why), or the
   * table under row-level security, for a member's or an admin's list.
   */
  source: 'catalogue' | 'products';
  workspaceId: string | null;
  ownerId: string | null;
  status: string | null;
  /** A tsquery from search.ts. */
  tsquery: string | null;
  minPrice: string | null;
  maxPrice: string | null;
}

// The sort column and the type its cursor value is cast to. Identifiers come from this table only.
// Qualified: in ORDER BY a bare "price" would name the price::text output column and sort as text.
const KEYS: Record<SortKey, { column: Sql.Sql; cast: Sql.Sql }> = {
  createdAt: { column: Sql.raw('"Product"."createdAt"'), cast: Sql.raw('timestamptz') },
  price: { column: Sql.raw('"Product"."price"'), cast: Sql.raw('numeric') },
  name: { column: Sql.raw('"Product"."name"'), cast: Sql.raw('text') },
};

const COLUMNS = Sql.raw('"id", "workspaceId", "ownerId", "name", "description", "sku", "price", "currency", "stock", "status", "version", "createdAt", "updatedAt"');
const OUTPUT = PRODUCT_COLUMNS;

/**
 * How many rows a search may walk along the sort index before it gives up on walking and sorts the
 * matches instead. The walk finds a page within this budget whenever at least 1 row in
 * (budget / page size), about 0.4%, matches; under that the matches are few and cheap to sort.
 */
export const SEARCH_WALK_BUDGET = 5_000;

/**
 * One page of products, keyset-paginated: `(key, id) > / < (cursor value, cursor id)` as a row
 * comparison, which PostgreSQL turns into the start of an index range scan on the
 * (status|workspaceId|ownerId, key, id) indexes, so page 10,000 costs what page 1 does. (Prisma's query API
 * would spell it as an OR, which PostgreSQL can only filter with.)
 */
export function listQuery(filter: ListFilter, sort: SortSpec, after: Cursor | null, take: number): Sql.Sql {
  const from = SOURCES[filter.source];
  const filters = filterConditions(filter);
  const keyset = after === null ? [] : [keysetCondition(sort, after)];
  if (filter.tsquery === null) {
    return Sql.sql`SELECT ${OUTPUT} FROM ${from} ${where([...filters, ...keyset])} ${orderBy(sort)} LIMIT ${take}`;
  }
  // A search can match a third of the table or three rows, and for a word without statistics the
  // planner assumes 0.5%, often 100x off either way. Walking the sort index and filtering is right
  // for a common word but visits every row for a rare or misspelt one (seconds at 1M rows);
  // collecting the GIN matches and sorting them is the reverse. So the choice is made at run time,
  // with the search kept out of the estimates: "walked" reads at most SEARCH_WALK_BUDGET rows in
  // sort order, tagging matches; if that yields a page (or reaches the end) it is the answer,
  // otherwise matches are rare and the second branch sorts them all. Each branch has a one-time
  // filter, so only one of them runs, and "walked" is read only as far as it is needed.
  const search = Sql.sql`"search" @@ to_tsquery('simple'::regconfig, ${filter.tsquery})`;
  const others = filterConditions({ ...filter, tsquery: null });
  return Sql.sql`
    WITH "walked" AS MATERIALIZED (
      SELECT "Product"."id", ${search} AS "hit" FROM ${from} ${where([...others, ...keyset])} ${orderBy(sort)} LIMIT ${SEARCH_WALK_BUDGET}
    ), "walkPage" AS MATERIALIZED (
      SELECT "id" FROM "walked" WHERE "hit" LIMIT ${take}
    ), "walkAnswers" AS MATERIALIZED (
      SELECT (SELECT count(*) FROM "walkPage") >= ${take} OR (SELECT count(*) FROM "walked") < ${SEARCH_WALK_BUDGET} AS "yes"
    )
    SELECT ${OUTPUT} FROM (
      (SELECT ${COLUMNS} FROM ${from} WHERE (SELECT "yes" FROM "walkAnswers") AND "id" IN (SELECT "id" FROM "walkPage"))
      UNION ALL
      (SELECT * FROM (
        -- OFFSET 0 keeps this from being planned as a walk again: all matches, via the GIN index.
        SELECT ${COLUMNS} FROM ${from} ${where([Sql.sql`NOT (SELECT "yes" FROM "walkAnswers")`, ...filters, ...keyset])} OFFSET 0
      ) AS "Product" ${orderBy(sort)} LIMIT ${take})
    ) AS "Product"
    ${orderBy(sort)}`;
}

// Aliased "Product" either way, so every qualified column reference reads the same.
const SOURCES = {
  catalogue: Sql.raw('"CatalogueProduct" AS "Product"'),
  products: Sql.raw('"Product"'),
} as const;

function filterConditions(filter: ListFilter): Sql.Sql[] {
  const conditions: Sql.Sql[] = [];
  if (filter.workspaceId !== null) conditions.push(Sql.sql`"workspaceId" = ${filter.workspaceId}::uuid`);
  if (filter.ownerId !== null) conditions.push(Sql.sql`"ownerId" = ${filter.ownerId}::uuid`);
  if (filter.status !== null) conditions.push(Sql.sql`"status" = ${filter.status}::"ProductStatus"`);
  if (filter.tsquery !== null) conditions.push(Sql.sql`"search" @@ to_tsquery('simple'::regconfig, ${filter.tsquery})`);
  if (filter.minPrice !== null) conditions.push(Sql.sql`"price" >= ${filter.minPrice}::numeric`);
  if (filter.maxPrice !== null) conditions.push(Sql.sql`"price" <= ${filter.maxPrice}::numeric`);
  return conditions;
}

function keysetCondition(sort: SortSpec, after: Cursor): Sql.Sql {
  const { column, cast } = KEYS[sort.key];
  const comparison = Sql.raw(sort.descending ? '<' : '>');
  return Sql.sql`(${column}, "Product"."id") ${comparison} (${after.value}::${cast}, ${after.id}::uuid)`;
}

const where = (conditions: Sql.Sql[]) => (conditions.length > 0 ? Sql.sql`WHERE ${Sql.join(conditions, ' AND ')}` : Sql.empty);

function orderBy(sort: SortSpec): Sql.Sql {
  const direction = Sql.raw(sort.descending ? 'DESC' : 'ASC');
  return Sql.sql`ORDER BY ${KEYS[sort.key].column} ${direction}, "Product"."id" ${direction}`;
}

/** The sort key value of a row, as a cursor carries it. */
export function sortValueOf(row: ProductRow, key: SortKey): string {
  switch (key) {
    case 'createdAt':
      return row.createdAt.toISOString();
    case 'price':
      return typeof row.price === 'string' ? row.price : row.price.toFixed(2);
    case 'name':
      return row.name;
  }
}
