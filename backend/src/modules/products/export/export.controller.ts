import type { Request, Response } from 'express';
import { signedIn } from '../../../lib/http/authenticate.js';
import { writeOrWait } from '../../../lib/http/stream.js';
import { inputOf } from '../../../lib/http/validate.js';
import { recordExport } from '../../audit/index.js';
import type { ProductsDeps } from '../deps.js';
import { COUNT_CAP } from '../list.query.js';
import { scopeOf } from '../products.controller.js';
import type { ExportProductsQuery } from './export.schemas.js';
import { prepareExport } from './export.service.js';

/** `X-Total-Count`: the number of rows, or "10000+" past the count's cap (the browser shows progress by it). */
const totalHeader = (total: { count: number; exact: boolean }) => (total.exact ? String(total.count) : `${COUNT_CAP}+`);

// The filters as the audit entry keeps them: those given, by name.
const filtersOf = (query: ExportProductsQuery) => ({
  q: query.q, status: query.status, stock: query.stock, category: query.category, tags: query.tags, tagMatch: query.tags ? query.tagMatch : undefined,
  currency: query.currency, minPrice: query.minPrice, maxPrice: query.maxPrice, owner: query.owner, trashed: query.trashed ? 'true' : undefined, sort: query.sort,
});

/** GET …/products/export.csv under both product paths: every row the same list would page through. */
export function exportController(deps: ProductsDeps) {
  return {
    exportCsv: async (req: Request, res: Response) => {
      const principal = signedIn(res);
      const query = inputOf<ExportProductsQuery>(res, 'query');
      const scope = await scopeOf(deps, res, query);
      const prepared = await prepareExport(deps, principal, scope, query);
      // Recorded before the first byte: an export cut off half-way still handed data out.
      await recordExport(deps.prisma, principal, { what: 'products', workspaceId: scope.workspaceId, filters: filtersOf(query) });
      // A workspace's slug (the route resolved it, so it holds only letters, digits and hyphens).
      const slug = req.params.slug === undefined ? undefined : String(req.params.slug).toLowerCase();
      res.status(200).set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="products${slug ? `-${slug}` : ''}-${new Date().toISOString().slice(0, 10)}.csv"`,
        'Cache-Control': 'no-store',
        'X-Total-Count': totalHeader(prepared.total),
      });
      try {
        // Returning abandons the generator: no further page is read for a client that has gone.
        for await (const chunk of prepared.chunks()) if (!(await writeOrWait(res, chunk))) return;
        res.end();
      } catch (err) {
        // The status line is gone: the only honest end is a cut connection, not a truncated file.
        deps.logger.error({ err }, 'product export failed while streaming');
        res.destroy(err instanceof Error ? err : undefined);
      }
    },
  };
}
