import { inDbContext } from '../../../lib/db-context.js';
import type { Prisma } from '../../../lib/db.js';
import type { QueueDefinition } from '../../../lib/jobs.js';
import type { Logger } from '../../../lib/logger.js';
import type { Storage } from '../../../lib/storage/index.js';

const PREFIX = 'images/';
const PAGE = 500;
const KEY = /^images\/([0-9a-f]{64})-\d+\.webp$/;
/** How long a stored variant may go unreferenced: an upload stores its files before its row commits. */
const ORPHAN_AGE_MS = 60 * 60 * 1000;

export interface SweepDeps {
  prisma: Prisma;
  storage: Storage;
}

/**
 * Deletes the stored variants whose digest no picture row references, written more than an hour
 * ago: those of deleted pictures, of purged products (their rows went by cascade), and of uploads
 * whose transaction failed. Younger ones are left: their row may be about to commit. Run as a
 * platform admin, so that row-level security shows it every workspace's pictures, drafts included.
 */
export async function sweepOrphanImages(deps: SweepDeps, { now = new Date() }: { now?: Date } = {}): Promise<{ deleted: number; kept: number }> {
  const cutoff = new Date(now.getTime() - ORPHAN_AGE_MS);
  let after: string | undefined;
  let deleted = 0;
  let kept = 0;
  for (;;) {
    const page = await deps.storage.list(PREFIX, { limit: PAGE, ...(after === undefined ? {} : { after }) });
    if (page.length === 0) break;
    after = page.at(-1)!.key;
    const old = page.flatMap((k) => {
      const digest = KEY.exec(k.key)?.[1];
      return digest && k.writtenAt < cutoff ? [{ key: k.key, digest }] : [];
    });
    const digests = [...new Set(old.map((k) => k.digest))];
    const referenced = new Set(
      digests.length === 0
        ? []
        : (
            await inDbContext(deps.prisma, { platformAdmin: true }, (tx) =>
              tx.productImage.findMany({ where: { digest: { in: digests } }, select: { digest: true }, distinct: ['digest'] }),
            )
          ).map((r) => r.digest),
    );
    const doomed = old.filter((k) => !referenced.has(k.digest)).map((k) => k.key);
    // writtenBefore: a variant uploaded again since the listing (same picture, new row) stays.
    await deps.storage.delete(doomed, { writtenBefore: cutoff });
    deleted += doomed.length;
    kept += page.length - doomed.length;
    if (page.length < PAGE) break;
  }
  return { deleted, kept };
}

const SWEEP_QUEUE = 'images.sweep-orphans';

/** The sweep as a job, every hour at :17 (one run across all instances: pg-boss's schedule is shared). */
export function sweepQueue(deps: SweepDeps, logger: Logger): QueueDefinition<object> {
  return {
    name: SWEEP_QUEUE,
    options: { retryLimit: 2, retryDelay: 60, expireInSeconds: 15 * 60, deleteAfterSeconds: 7 * 86_400 },
    cron: '17 * * * *',
    handle: async () => {
      const result = await sweepOrphanImages(deps);
      if (result.deleted > 0) logger.info(result, 'orphan image variants deleted');
    },
  };
}
