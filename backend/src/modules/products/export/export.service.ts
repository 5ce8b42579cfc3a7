import { csvLine } from '../../../lib/csv.js';
import type { Principal } from '../../../lib/http/authenticate.js';
import type { ListScope } from '../access.js';
import type { Cursor } from '../cursor.js';
import type { ProductsDeps } from '../deps.js';
import { completed, countOf, filterOf, read, type Total } from '../list.service.js';
import { listQuery, sortValueOf, type ListFilter } from '../list.query.js';
import { sortSpec, type Sort } from '../sort.js';
import { EXPORT_COLUMNS, EXPORT_HEADER, exportCells, type CategoryTree, type ExportRow } from './export-view.js';
import type { ExportProductsQuery } from './export.schemas.js';

/**
 * Rows per query. Each page is one keyset step of the list query (list.query.ts), so the 1,000th
 * page costs what the first does, and only one page is held at a time whatever the total.
 */
const EXPORT_PAGE = 1_000;

interface ProductExport {
  /** How many rows match, capped as the list counts them ("10,000+"). */
  total: Total;
  /** The CSV: the header line, then a page of lines at a time. */
  chunks(): AsyncGenerator<string>;
}

/**
 * Everything that can refuse the export (an unknown category or tag) runs here, before a byte is
 * sent, so a refusal is still a problem+json answer; reading the rows is left to `chunks`.
 */
export async function prepareExport(deps: ProductsDeps, principal: Principal, scope: ListScope, query: ExportProductsQuery): Promise<ProductExport> {
  const pending = await filterOf(deps, scope, query);
  const filter = pending === null ? null : await completed(deps, scope, pending);
  const total = filter === null ? { count: 0, exact: true } : await countOf(deps, principal, scope, filter);
  // Read once: a category moved during the export keeps the path it had when the export began.
  const tree = await deps.categories.tree();
  return {
    total,
    async *chunks() {
      yield csvLine(EXPORT_HEADER);
      if (filter !== null) yield* pages(deps, principal, scope, filter, query.sort, tree);
    },
  };
}

async function* pages(deps: ProductsDeps, principal: Principal, scope: ListScope, filter: ListFilter, sort: Sort, tree: CategoryTree): AsyncGenerator<string> {
  const spec = sortSpec(sort);
  let after: Cursor | null = null;
  for (;;) {
    // Each page in its own short transaction, not one held for the whole export (a pool connection
    // for minutes). In the default order, by creation time, a row changed meanwhile keeps its place:
    // none is sent twice. Sorted by name or price, a row renamed or repriced during the export can
    // move across the position reached, and be sent twice or not at all.
    const rows: ExportRow[] = await read<ExportRow[]>(deps, principal, scope, listQuery(filter, spec, after, EXPORT_PAGE, EXPORT_COLUMNS));
    if (rows.length > 0) yield rows.map((row) => csvLine(exportCells(row, tree))).join('');
    if (rows.length < EXPORT_PAGE) return;
    const last: ExportRow = rows.at(-1)!;
    after = { sort, value: sortValueOf(last, spec.key), id: last.id };
  }
}
