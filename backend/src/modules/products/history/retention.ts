import type { Config } from '../../../config.js';
import type { QueueDefinition } from '../../../lib/jobs.js';
import type { ProductsDeps } from '../deps.js';

const PRUNE_HISTORY_QUEUE = 'products.prune-history';
/** Versions deleted per statement: a big backlog goes in short transactions, not one long one. */
const PRUNE_BATCH = 5_000;

export type HistoryLimits = Config['products']['history'];

/**
 * Deletes the versions past retention: older than `retentionDays`, or beyond the latest
 * `maxVersions` of their product; the latest version of each product always stays. The API's role
 * may not delete versions, so this goes through the SECURITY DEFINER function of migration
 * 20261205090000_product_history, one batch per call. Returns how many it deleted.
 */
export async function pruneHistory(deps: Pick<ProductsDeps, 'prisma'>, limits: HistoryLimits, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - limits.retentionDays * 86_400_000);
  let pruned = 0;
  for (;;) {
    const [row] = await deps.prisma.$queryRaw<Array<{ deleted: number }>>`
      SELECT shelfwise_prune_product_versions(${before}::timestamptz, ${limits.maxVersions}::int, ${PRUNE_BATCH}::int) AS "deleted"`;
    pruned += row!.deleted;
    if (row!.deleted < PRUNE_BATCH) return pruned;
  }
}

/** Daily, at a quiet hour (UTC). */
export function pruneHistoryQueue(deps: ProductsDeps, limits: HistoryLimits): QueueDefinition<object> {
  return {
    name: PRUNE_HISTORY_QUEUE,
    cron: '41 3 * * *',
    options: { retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 60 * 60 },
    handle: async () => {
      const pruned = await pruneHistory(deps, limits);
      if (pruned > 0) deps.logger.info({ pruned }, 'pruned product versions past retention');
    },
  };
}
