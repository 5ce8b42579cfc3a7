import { inDbContext } from '../../lib/db-context.js';
import type { QueueDefinition } from '../../lib/jobs.js';
import type { ProductsDeps } from './deps.js';
import { TRASH_RETENTION_DAYS } from './product-view.js';
import { forgetProducts } from './products.service.js';

const PURGE_TRASH_QUEUE = 'products.purge-trash';
/** Rows deleted per transaction: a big trash is purged in short transactions, not one long lock. */
const PURGE_BATCH = 500;

/**
 * Deletes the products that have been in the trash longer than TRASH_RETENTION_DAYS, with their
 * pictures' rows (ON DELETE CASCADE; the files go with the next orphan sweep, modules/products/images).
 * Row-level security lets a transaction delete only in the workspace it names, so the purge finds
 * the workspaces first (as a platform admin, who may read every row) and then works one at a time.
 * Returns how many products it deleted.
 */
export async function purgeExpiredTrash(deps: Pick<ProductsDeps, 'prisma' | 'cache' | 'reads'>, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - TRASH_RETENTION_DAYS * 86_400_000);
  const admin = { userId: null, platformAdmin: true } as const;
  const workspaces = await inDbContext(deps.prisma, admin, (tx) =>
    tx.product.findMany({ where: { trashedAt: { lt: before } }, select: { workspaceId: true }, distinct: ['workspaceId'] }),
  );
  let purged = 0;
  for (const { workspaceId } of workspaces) {
    for (;;) {
      const ids = await inDbContext(deps.prisma, { ...admin, workspaceId }, async (tx) => {
        const expired = await tx.product.findMany({ where: { workspaceId, trashedAt: { lt: before } }, select: { id: true }, take: PURGE_BATCH });
        const ids = expired.map((p) => p.id);
        if (ids.length > 0) await tx.product.deleteMany({ where: { id: { in: ids }, trashedAt: { lt: before } } });
        return ids;
      });
      purged += ids.length;
      if (ids.length > 0) await forgetProducts(deps, ids);
      if (ids.length < PURGE_BATCH) break;
    }
    // Tags no product of the workspace uses any more stop being suggested (and become unknown to filters).
    await inDbContext(deps.prisma, { ...admin, workspaceId }, (tx) =>
      tx.$executeRaw`DELETE FROM "Tag" t WHERE t."workspaceId" = ${workspaceId}::uuid
        AND NOT EXISTS (SELECT 1 FROM "Product" p WHERE p."workspaceId" = t."workspaceId" AND p."tags" @> ARRAY[t."name"])`,
    );
  }
  return purged;
}

/** Hourly: a product leaves the trash within an hour of its purgeAt. */
export function purgeTrashQueue(deps: ProductsDeps): QueueDefinition<object> {
  return {
    name: PURGE_TRASH_QUEUE,
    cron: '17 * * * *',
    options: { retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 15 * 60 },
    handle: async () => {
      const purged = await purgeExpiredTrash(deps);
      if (purged > 0) deps.logger.info({ purged }, 'purged products from the trash');
    },
  };
}
