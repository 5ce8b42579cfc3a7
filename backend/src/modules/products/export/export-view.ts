import { Prisma as Sql } from '../../../generated/prisma/client.js';
import type { Categories } from '../../categories/index.js';

export type CategoryTree = Awaited<ReturnType<Categories['tree']>>;

/** The header line, in the order of `exportCells`. */
export const EXPORT_HEADER = [
  'id', 'sku', 'name', 'description', 'price', 'currency', 'stock', 'lowStockThreshold', 'status',
  'categories', 'tags', 'createdAt', 'updatedAt', 'version',
] as const;

/** What the export reads of a product (list.query.ts `output`): no pictures, no owner. */
export const EXPORT_COLUMNS = Sql.raw(
  '"id", "sku", "name", "description", "price"::text AS "price", "currency", "stock", "lowStockThreshold", "status"::text AS "status", "categoryIds"::text[] AS "categoryIds", "tags"::text[] AS "tags", "version", "createdAt", "updatedAt"',
);

export interface ExportRow {
  id: string;
  sku: string;
  name: string;
  description: string;
  price: string;
  currency: string;
  stock: number;
  lowStockThreshold: number | null;
  status: string;
  categoryIds: string[] | null;
  tags: string[] | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * Between the values of one cell (categories, tags), as issue 18's import splits them. No slug holds
 * it; a tag could (only commas are refused in tags, tags.ts), and would then read back as two.
 */
export const LIST_SEPARATOR = '|';

/**
 * A category as its path of slugs from the root ("kitchen/teapots"): unique (slugs are), readable,
 * and a form the import takes back. A category deleted since the row was read is left out.
 */
function categoryPaths(tree: CategoryTree, ids: string[] | null): string {
  return (ids ?? []).flatMap((id) => {
    const category = tree.find(id);
    return category ? [category.path.join('/')] : [];
  }).join(LIST_SEPARATOR);
}

/** One product's cells, as text (lib/csv.ts escapes and quotes them). */
export function exportCells(row: ExportRow, tree: CategoryTree): Array<string | null> {
  return [
    row.id, row.sku, row.name, row.description, row.price, row.currency, String(row.stock),
    row.lowStockThreshold === null ? null : String(row.lowStockThreshold), row.status,
    categoryPaths(tree, row.categoryIds), (row.tags ?? []).join(LIST_SEPARATOR),
    row.createdAt.toISOString(), row.updatedAt.toISOString(), String(row.version),
  ];
}
