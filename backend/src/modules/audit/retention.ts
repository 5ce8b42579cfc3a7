import type { QueueDefinition } from '../../lib/jobs.js';
import type { AuditDeps } from './deps.js';

const PRUNE_AUDIT_QUEUE = 'audit.prune';
/** Entries deleted per statement: a big backlog goes in short transactions, not one long one. */
const PRUNE_BATCH = 5_000;

/**
 * Deletes the entries older than AUDIT_RETENTION_DAYS. The API's role may not delete entries, so
 * this goes through the SECURITY DEFINER function of migration 20261205090100_audit_log, which
 * never deletes one younger than 30 days. Returns how many it deleted.
 */
export async function pruneAudit(deps: Pick<AuditDeps, 'prisma' | 'retentionDays'>): Promise<number> {
  let pruned = 0;
  for (;;) {
    const [row] = await deps.prisma.$queryRaw<Array<{ deleted: number }>>`
      SELECT shelfwise_prune_audit_events(${deps.retentionDays}::int, ${PRUNE_BATCH}::int) AS "deleted"`;
    pruned += row!.deleted;
    if (row!.deleted < PRUNE_BATCH) return pruned;
  }
}

/** Daily, at a quiet hour (UTC), beside the product history's pruning. */
export function pruneAuditQueue(deps: AuditDeps): QueueDefinition<object> {
  return {
    name: PRUNE_AUDIT_QUEUE,
    cron: '53 3 * * *',
    options: { retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 60 * 60 },
    handle: async () => {
      const pruned = await pruneAudit(deps);
      if (pruned > 0) deps.logger.info({ pruned }, 'pruned audit entries past retention');
    },
  };
}
