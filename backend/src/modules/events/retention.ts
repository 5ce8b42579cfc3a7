import type { Prisma } from '../../lib/db.js';
import type { QueueDefinition } from '../../lib/jobs.js';
import type { Logger } from '../../lib/logger.js';

const PRUNE_OUTBOX_QUEUE = 'events.prune-outbox';
/** Events deleted per statement: a big backlog goes in short transactions, not one long one. */
const PRUNE_BATCH = 5_000;

/**
 * Deletes the events older than `retentionDays` that every consumer has been handed, through the
 * SECURITY DEFINER function of migration 20261207090000_outbox (the API's role may not delete
 * events), one batch per call. Returns how many it deleted.
 */
export async function pruneOutbox(prisma: Prisma, retentionDays: number): Promise<number> {
  let pruned = 0;
  for (;;) {
    const [row] = await prisma.$queryRaw<Array<{ deleted: number }>>`SELECT shelfwise_prune_outbox_events(${retentionDays}::int, ${PRUNE_BATCH}::int) AS "deleted"`;
    pruned += row!.deleted;
    if (row!.deleted < PRUNE_BATCH) return pruned;
  }
}

/** Daily, at a quiet hour (UTC). A client resuming from an event pruned since is told to start over (stream.ts). */
export function pruneOutboxQueue(deps: { prisma: Prisma; logger: Logger; retentionDays: number }): QueueDefinition<object> {
  return {
    name: PRUNE_OUTBOX_QUEUE,
    cron: '53 3 * * *',
    options: { retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 60 * 60 },
    handle: async () => {
      const pruned = await pruneOutbox(deps.prisma, deps.retentionDays);
      if (pruned > 0) deps.logger.info({ pruned }, 'pruned relayed events past retention');
    },
  };
}
