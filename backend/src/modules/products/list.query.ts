import { Prisma as Sql } from '../../generated/prisma/client.js';
import type { Cursor } from './cursor.js';
import { PRODUCT_COLUMNS, type ProductRow, type StockState } from './product-view.js';
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
  /** false: products outside the trash (every list but the trash); true: the trash. */
  trashed: boolean;
  stock: StockState | null;
  /** A tsquery from search.ts. */
  tsquery: string | null;
  /** Price bounds apply within this currency (products.schemas.ts requires it with them). */
  currency: string | null;
  minPrice: string | null;
  maxPrice: string | null;
  /** A category and its descendants (modules/categories): products filed under any of them. */
  categoryIds: string[] | null;
  /** Normalised tags, all of which (or any of which) a product must have. */
  tags: string[] | null;
  tagMatch: 'all' | 'any';
}

// The sort columns and the types their cursor values are cast to. Identifiers come from this table
// only. Qualified: in ORDER BY a bare "price" would name the price::text output column and sort as
// text. Price sorts within its currency first, so CHF 1.48 never sits among USD prices.
const KEYS: Record<SortKey, { column: Sql.Sql; cast: Sql.Sql }[]> = {
  createdAt: [{ column: Sql.raw('"Product"."createdAt"'), cast: Sql.raw('timestamptz') }],
  price: [
    { column: Sql.raw('"Product"."currency"'), cast: Sql.raw('bpchar') },
    { column: Sql.raw('"Product"."price"'), cast: Sql.raw('numeric') },
  ],
  name: [{ column: Sql.raw('"Product"."name"'), cast: Sql.raw('text') }],
};

const COLUMNS = Sql.raw(
  '"id", "workspaceId", "ownerId", "name", "description", "sku", "price", "currency", "stock", "lowStockThreshold", "status", "categoryIds", "tags", "trashedAt", "version", "createdAt", "updatedAt"',
);
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
 * would spell it as an OR, which PostgreSQL can only filter with.) `output`: the columns selected, by
 * default a ProductView's; any subset of COLUMNS (the CSV export reads no pictures).
 */
export function listQuery(filter: ListFilter, sort: SortSpec, after: Cursor | null, take: number, output: Sql.Sql = OUTPUT): Sql.Sql {
  const from = SOURCES[filter.source];
  const filters = filterConditions(filter);
  const keyset = after === null ? [] : [keysetCondition(sort, after)];
  const selective = selectiveConditions(filter);
  if (selective.length === 0) {
    return Sql.sql`SELECT ${output} FROM ${from} ${where([...filters, ...keyset])} ${orderBy(sort)} LIMIT ${take}`;
  }
  // A search, a category or a tag can match a third of the table or three rows, and the planner's
  // estimate for them is often 100x off either way (a word without statistics is assumed 0.5%).
  // Walking the sort index and filtering is right for a common match but visits every row for a
  // rare one (seconds at 1M rows); collecting the GIN matches and sorting them is the reverse. So
  // the choice is made at run time, with these conditions kept out of the estimates: "walked" reads
  // at most SEARCH_WALK_BUDGET rows in sort order, tagging matches; if that yields a page (or
  // reaches the end) it is the answer, otherwise matches are rare and the second branch sorts them
  // all. Each branch has a one-time filter, so only one of them runs, and "walked" is read only as
  // far as it is needed. On the first page, the second branch also counts what it collected (every
  // match), so the page's total costs no second pass over the index (countedMatches).
  const hit = Sql.join(selective, ' AND ');
  const others = plainConditions(filter);
  const counted = after === null;
  const walkMatches = counted ? Sql.sql`, NULL::int AS "matches"` : Sql.empty;
  const sortedMatches = counted ? Sql.sql`, count(*) OVER ()::int AS "matches"` : Sql.empty;
  return Sql.sql`
    WITH "walked" AS MATERIALIZED (
      SELECT "Product"."id", (${hit}) AS "hit" FROM ${from} ${where([...others, ...keyset])} ${orderBy(sort)} LIMIT ${SEARCH_WALK_BUDGET}
    ), "walkPage" AS MATERIALIZED (
      SELECT "id" FROM "walked" WHERE "hit" LIMIT ${take}
    ), "walkAnswers" AS MATERIALIZED (
      SELECT (SELECT count(*) FROM "walkPage") >= ${take} OR (SELECT count(*) FROM "walked") < ${SEARCH_WALK_BUDGET} AS "yes"
    )
    SELECT ${output}${counted ? Sql.sql`, "matches"` : Sql.empty} FROM (
      (SELECT ${COLUMNS}${walkMatches} FROM ${from} WHERE (SELECT "yes" FROM "walkAnswers") AND "id" IN (SELECT "id" FROM "walkPage"))
      UNION ALL
      (SELECT * FROM (
        -- OFFSET 0 keeps this from being planned as a walk again: all matches, via the GIN index.
        SELECT ${COLUMNS}${sortedMatches} FROM ${from} ${where([Sql.sql`NOT (SELECT "yes" FROM "walkAnswers")`, ...filters, ...keyset])} OFFSET 0
      ) AS "Product" ${orderBy(sort)} LIMIT ${take})
    ) AS "Product"
    ${orderBy(sort)}`;
}

/**
 * How many rows match, when the first page's query learnt it on the way (listQuery: it sorted every
 * match), else null (the page was a walk, or the query has no search, category or tag).
 */
export const countedMatches = (rows: Array<ProductRow & { matches?: number | null }>): number | null => rows[0]?.matches ?? null;

// Aliased "Product" either way, so every qualified column reference reads the same.
export const SOURCES = {
  catalogue: Sql.raw('"CatalogueProduct" AS "Product"'),
  products: Sql.raw('"Product"'),
} as const;

/** Every condition of the filter. */
export function filterConditions(filter: ListFilter): Sql.Sql[] {
  return [...plainConditions(filter), ...selectiveConditions(filter)];
}

// The conditions an index on (column, sort key, id) or a cheap row check serves.
function plainConditions(filter: ListFilter): Sql.Sql[] {
  const conditions: Sql.Sql[] = [];
  if (filter.workspaceId !== null) conditions.push(Sql.sql`"workspaceId" = ${filter.workspaceId}::uuid`);
  if (filter.ownerId !== null) conditions.push(Sql.sql`"ownerId" = ${filter.ownerId}::uuid`);
  if (filter.status !== null) conditions.push(Sql.sql`"status" = ${filter.status}::"ProductStatus"`);
  conditions.push(filter.trashed ? Sql.sql`"trashedAt" IS NOT NULL` : Sql.sql`"trashedAt" IS NULL`);
  if (filter.stock !== null) conditions.push(STOCK[filter.stock]);
  if (filter.currency !== null) conditions.push(Sql.sql`"currency" = ${filter.currency}::bpchar`);
  if (filter.minPrice !== null) conditions.push(Sql.sql`"price" >= ${filter.minPrice}::numeric`);
  if (filter.maxPrice !== null) conditions.push(Sql.sql`"price" <= ${filter.maxPrice}::numeric`);
  return conditions;
}

// The conditions a GIN index serves, whose share of the table no estimate knows (listQuery).
function selectiveConditions(filter: ListFilter): Sql.Sql[] {
  const conditions: Sql.Sql[] = [];
  if (filter.tsquery !== null) conditions.push(Sql.sql`"search" @@ to_tsquery('simple'::regconfig, ${filter.tsquery})`);
  if (filter.categoryIds !== null) conditions.push(Sql.sql`"categoryIds" && ${filter.categoryIds}::uuid[]`);
  if (filter.tags !== null) {
    const operator = Sql.raw(filter.tagMatch === 'all' ? '@>' : '&&');
    conditions.push(Sql.sql`"tags" ${operator} ${filter.tags}::varchar[]`);
  }
  return conditions;
}

// "lowStock" is the stored 0 < stock < lowStockThreshold (migration 20261205090200_low_stock_and_every_word),
// spelt as the partial indexes' predicate so that PostgreSQL can prove they apply.
const STOCK: Record<StockState, Sql.Sql> = {
  out: Sql.sql`"stock" <= 0`,
  low: Sql.sql`"lowStock"`,
  in: Sql.sql`"stock" > 0 AND NOT "lowStock"`,
};

function keysetCondition(sort: SortSpec, after: Cursor): Sql.Sql {
  const keys = KEYS[sort.key];
  const values = cursorValues(sort.key, after.value);
  const comparison = Sql.raw(sort.descending ? '<' : '>');
  const columns = Sql.join(keys.map((k) => k.column), ', ');
  const given = Sql.join(keys.map((k, i) => Sql.sql`${values[i]}::${k.cast}`), ', ');
  return Sql.sql`(${columns}, "Product"."id") ${comparison} (${given}, ${after.id}::uuid)`;
}

// A price cursor carries "<currency> <amount>" (sortValueOf), the others one value.
const cursorValues = (key: SortKey, value: string): string[] => (key === 'price' ? value.split(' ') : [value]);

/** `WHERE a AND b ...`, or nothing for no condition. */
export const where = (conditions: Sql.Sql[]) => (conditions.length > 0 ? Sql.sql`WHERE ${Sql.join(conditions, ' AND ')}` : Sql.empty);

function orderBy(sort: SortSpec): Sql.Sql {
  const direction = Sql.raw(sort.descending ? 'DESC' : 'ASC');
  return Sql.sql`ORDER BY ${Sql.join([...KEYS[sort.key].map((k) => Sql.sql`${k.column} ${direction}`), Sql.sql`"Product"."id" ${direction}`], ', ')}`;
}

/** The sort key value of a row, as a cursor carries it. */
export function sortValueOf(row: Pick<ProductRow, 'createdAt' | 'currency' | 'price' | 'name'>, key: SortKey): string {
  switch (key) {
    case 'createdAt':
      return row.createdAt.toISOString();
    case 'price':
      return `${row.currency} ${typeof row.price === 'string' ? row.price : row.price.toFixed(2)}`;
    case 'name':
      return row.name;
  }
}

/** The most a count counts exactly; beyond it a list says "10,000+" (a count of 1M rows costs 100 ms, this 3). */
export const COUNT_CAP = 10_000;

/** How many rows match, counted up to COUNT_CAP + 1 (so the answer tells whether it is exact). */
export function countQuery(filter: ListFilter): Sql.Sql {
  return Sql.sql`SELECT count(*)::int AS "count" FROM (SELECT 1 FROM ${SOURCES[filter.source]} ${where(filterConditions(filter))} LIMIT ${COUNT_CAP + 1}) AS "matches"`;
}
