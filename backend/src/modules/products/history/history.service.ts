import { Prisma as Sql } from '../../../generated/prisma/client.js';
import { inDbContext, type Transaction } from '../../../lib/db-context.js';
import { AppError, badRequest, notFound } from '../../../lib/errors.js';
import type { Principal } from '../../../lib/http/authenticate.js';
import { dbContextOf, isAllowed } from '../../workspaces/index.js';
import type { ProductsDeps } from '../deps.js';
import { changeProduct, productNotFound, type ProductResult } from '../products.service.js';
import { decodeHistoryCursor, encodeHistoryCursor, toHistoryEntry, type HistoryEntry, type HistoryRow, type Snapshot } from './history-view.js';
import type { HistoryQuery } from './history.schemas.js';

// A product's history is read by those who see its workspace's side, whatever its status: the
// workspace's members (any role) and platform admins. To anyone else it is 404 product_not_found,
// as a draft they may not see is. Row-level security applies the same rule to "ProductVersion".

export const versionNotFound = () => notFound('version_not_found', 'This product has no such version (or it was removed by the history\'s retention)');

const preconditionRequired = () =>
  new AppError(428, 'precondition_required', 'A revert needs the product\'s current ETag in If-Match, so that it never undoes a change you have not seen');

export interface HistoryPage {
  data: HistoryEntry[];
  nextCursor: string | null;
}

/** Newest first, keyset-paged on the version. */
export async function listHistory(deps: ProductsDeps, principal: Principal, id: string, query: HistoryQuery, within?: string): Promise<HistoryPage> {
  const below = query.cursor === undefined ? null : decodeHistoryCursor(query.cursor);
  if (query.cursor !== undefined && below === null) {
    throw badRequest('invalid_cursor', 'The cursor is not valid for this history; start again from the first page', [
      { in: 'query', field: 'cursor', message: '"cursor" is not a cursor of a product\'s history', code: 'cursor.invalid' },
    ]);
  }
  const rows = await readable(deps, principal, id, within, (tx) => tx.$queryRaw<HistoryRow[]>`
    SELECT v."version", v."change", v."revertedTo", v."at", v."actorUserId", v."actorApiKeyId", v."requestId", v."jobId", v."changes",
      coalesce(nullif(u."name", ''), u."email"::text) AS "userName", k."name" AS "keyName"
    FROM "ProductVersion" v
      LEFT JOIN "User" u ON u."id" = v."actorUserId"
      LEFT JOIN "ApiKey" k ON k."id" = v."actorApiKeyId"
    WHERE v."productId" = ${id}::uuid ${below === null ? Sql.empty : Sql.sql`AND v."version" < ${below}`}
    ORDER BY v."version" DESC
    LIMIT ${query.limit + 1}`);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { data: page.map(toHistoryEntry), nextCursor: rows.length > query.limit && last ? encodeHistoryCursor(last.version) : null };
}

export interface VersionView {
  version: number;
  at: string;
  product: Snapshot;
}

/** The product as it was right after `version`. */
export async function getVersion(deps: ProductsDeps, principal: Principal, id: string, version: number, within?: string): Promise<VersionView> {
  const row = await readable(deps, principal, id, within, (tx) =>
    tx.productVersion.findUnique({ where: { productId_version: { productId: id, version } }, select: { version: true, at: true, snapshot: true } }),
  );
  if (!row) throw versionNotFound();
  return { version: row.version, at: row.at.toISOString(), product: row.snapshot as unknown as Snapshot };
}

/**
 * Writes the values of `version` back as a new version (change 'revert'), under PATCH's rules and
 * an If-Match the caller must send. Pictures and the trash are left as they are (a swept picture
 * cannot come back; the trash has its own restore); categories deleted since are dropped.
 */
export async function revertProduct(
  deps: ProductsDeps,
  principal: Principal,
  id: string,
  version: number,
  ifMatch: string | undefined,
  within?: string,
): Promise<ProductResult> {
  if (ifMatch === undefined) throw preconditionRequired();
  return changeProduct(deps, principal, id, ifMatch, within, async (tx) => {
    const row = await tx.productVersion.findUnique({ where: { productId_version: { productId: id, version } }, select: { snapshot: true } });
    if (!row) throw versionNotFound();
    const was = row.snapshot as unknown as Snapshot;
    // Held by this transaction (modules/categories), so none of the ones kept can go before it commits.
    const gone = new Set(was.categoryIds.length > 0 ? await deps.categories.unknownIdsForWrite(tx, was.categoryIds) : []);
    return {
      name: was.name,
      description: was.description,
      sku: was.sku,
      price: was.price,
      currency: was.currency,
      stock: was.stock,
      lowStockThreshold: was.lowStockThreshold,
      status: was.status,
      categoryIds: was.categoryIds.filter((c) => !gone.has(c)),
      tags: was.tags,
    };
  }, { change: 'revert', revertedTo: version });
}

/** Runs `read` for a caller who may read this product's history, else 404 product_not_found. */
async function readable<T>(deps: ProductsDeps, principal: Principal, id: string, within: string | undefined, read: (tx: Transaction) => Promise<T>): Promise<T> {
  return inDbContext(deps.prisma, dbContextOf(principal), async (tx) => {
    const product = await tx.product.findUnique({ where: { id }, select: { workspaceId: true } });
    if (!product || (within !== undefined && product.workspaceId !== within)) throw productNotFound();
    if (!isAllowed(await deps.workspaces.actorIn(principal, product.workspaceId), 'product.read_drafts')) throw productNotFound();
    return read(tx);
  });
}
