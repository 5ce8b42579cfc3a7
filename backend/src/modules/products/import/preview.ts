import { inDbContext } from '../../../lib/db-context.js';
import type { Principal } from '../../../lib/http/authenticate.js';
import { dbContextOf } from '../../workspaces/index.js';
import { DUPLICATE_SKU, type FileRow } from './apply.js';
import type { ImportDeps } from './deps.js';
import type { ColumnMapping } from './mapping.js';
import { parseRow, skuOf, type RowError } from './rows.js';

/** A row of the preview: its cells by header and what an import would refuse in it. */
export interface PreviewRow {
  row: number;
  cells: Record<string, string>;
  errors: RowError[];
}

/**
 * The rows as the import would judge them, writing nothing: the same checks as apply.ts (a create
 * or an update of the SKU's product, formulas, categories, a SKU repeated among these rows).
 */
export async function previewRows(deps: ImportDeps, principal: Principal, workspaceId: string, headers: string[], mapping: ColumnMapping, rows: FileRow[]): Promise<PreviewRow[]> {
  const tree = await deps.products.categories.tree();
  const keys = rows.map((r) => skuOf(r.cells, headers, mapping)?.toLowerCase() ?? null);
  const wanted = [...new Set(keys.filter((k): k is string => k !== null))];
  const existing = new Set(
    wanted.length === 0
      ? []
      : (await inDbContext(deps.products.prisma, dbContextOf(principal), (tx) => tx.$queryRaw<Array<{ key: string }>>`
          SELECT "liveSku" AS "key" FROM "Product" WHERE "workspaceId" = ${workspaceId}::uuid AND "liveSku" = ANY(${wanted}::text[])`)).map((r) => r.key),
  );
  const skuColumn = headers.find((h) => mapping[h] === 'sku') ?? null;
  const seen = new Set<string>();
  return rows.map(({ row, cells }, i) => {
    const key = keys[i]!;
    const errors = parseRow(cells, { headers, mapping, tree }, key !== null && existing.has(key)).errors;
    if (key !== null && seen.has(key)) errors.unshift({ field: 'sku', column: skuColumn, code: 'duplicate_sku_in_file', message: DUPLICATE_SKU });
    if (key !== null) seen.add(key);
    return { row, cells: Object.fromEntries(headers.map((h, j) => [h, cells[j] ?? ''])), errors };
  });
}
