import { inDbContext } from '../../lib/db-context.js';
import type { QueueDefinition } from '../../lib/jobs.js';
import type { WebhooksDeps } from './deps.js';

const PRUNE_DELIVERIES_QUEUE = 'webhooks.prune-deliveries';
/** Deliveries deleted per statement: a big backlog goes in short transactions, not one long one. */
const PRUNE_BATCH = 5_000;

/**
 * Deletes the finished deliveries (succeeded, or failed for good: nothing due) made more than
 * `retentionDays` ago, with their attempts; one still due is kept whatever its age. Returns how
 * many it deleted.
 */
export async function pruneDeliveries(deps: Pick<WebhooksDeps, 'prisma'>, retentionDays: number): Promise<number> {
  let pruned = 0;
  for (;;) {
    // The log serves every workspace: deleted as a platform admin (row-level security).
    const deleted = await inDbContext(deps.prisma, { platformAdmin: true }, (tx) => tx.$executeRaw`
      DELETE FROM "WebhookDelivery" WHERE "id" IN (
        SELECT "id" FROM "WebhookDelivery"
        WHERE "nextAttemptAt" IS NULL AND "createdAt" < now() - make_interval(days => ${retentionDays}::int)
        LIMIT ${PRUNE_BATCH}::int)`);
    pruned += deleted;
    if (deleted < PRUNE_BATCH) return pruned;
  }
}

/** Daily, at a quiet hour (UTC), beside the outbox's pruning. */
export function pruneDeliveriesQueue(deps: Pick<WebhooksDeps, 'prisma' | 'logger'>, retentionDays: number): QueueDefinition<object> {
  return {
    name: PRUNE_DELIVERIES_QUEUE,
    cron: '57 3 * * *',
    options: { retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 60 * 60 },
    handle: async () => {
      const pruned = await pruneDeliveries(deps, retentionDays);
      if (pruned > 0) deps.logger.info({ pruned }, 'pruned webhook deliveries past retention');
    },
  };
}
