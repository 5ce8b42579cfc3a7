import { inDbContext } from '../../../lib/db-context.js';
import type { Prisma } from '../../../lib/db.js';
import type { QueueDefinition } from '../../../lib/jobs.js';
import type { Logger } from '../../../lib/logger.js';
import type { Storage } from '../../../lib/storage/index.js';
import { UPLOAD_TTL_MS } from './imports.service.js';
import { deleteStored, IMPORTS_PREFIX, uploadIdOfKey, uploadPrefix } from './stored-file.js';

const BATCH = 500;
/** How long stored parts may go without their row: an upload stores its parts before its row commits. */
const ORPHAN_AGE_MS = 2 * 3600 * 1000;

export interface ImportSweepDeps {
  prisma: Prisma;
  storage: Storage;
}

/**
 * Deletes the uploads older than 24 hours (their row and their stored parts) unless an import of
 * theirs is queued or running, the parts no row names (an upload whose request broke off), and the
 * SKUs finished imports remembered (ImportSku). As a platform admin: every workspace's uploads.
 */
export async function sweepImports(deps: ImportSweepDeps, { now = new Date() }: { now?: Date } = {}): Promise<{ uploads: number; orphans: number }> {
  const cutoff = new Date(now.getTime() - UPLOAD_TTL_MS);
  let uploads = 0;
  for (;;) {
    const doomed = await inDbContext(deps.prisma, { platformAdmin: true }, async (tx) => {
      const rows = await tx.$queryRaw<Array<{ id: string; parts: number }>>`
        SELECT u."id", u."parts" FROM "ImportUpload" u
        WHERE u."createdAt" < ${cutoff}
          AND NOT EXISTS (SELECT 1 FROM "Job" j WHERE j."kind" = 'import' AND j."state" IN ('queued', 'running') AND j."input" ->> 'uploadId' = u."id"::text)
        ORDER BY u."createdAt" LIMIT ${BATCH}`;
      if (rows.length > 0) await tx.importUpload.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
      return rows;
    });
    // After the rows: a part left behind by a failed delete is an orphan, which the pass below takes.
    for (const { id, parts } of doomed) await deleteStored(deps.storage, uploadPrefix(id), parts);
    uploads += doomed.length;
    if (doomed.length < BATCH) break;
  }
  const orphans = await sweepOrphanParts(deps, new Date(now.getTime() - ORPHAN_AGE_MS));
  await inDbContext(deps.prisma, { platformAdmin: true }, (tx) => tx.$executeRaw`
    DELETE FROM "ImportSku" s USING "Job" j WHERE j."id" = s."jobId" AND j."state" IN ('succeeded', 'failed', 'cancelled')`);
  return { uploads, orphans };
}

async function sweepOrphanParts(deps: ImportSweepDeps, cutoff: Date): Promise<number> {
  let after: string | undefined;
  let deleted = 0;
  for (;;) {
    const page = await deps.storage.list(IMPORTS_PREFIX, { limit: BATCH, ...(after === undefined ? {} : { after }) });
    if (page.length === 0) break;
    after = page.at(-1)!.key;
    const old = page.filter((k) => k.writtenAt < cutoff);
    const ids = [...new Set(old.flatMap((k) => uploadIdOfKey(k.key) ?? []))];
    const kept = new Set(ids.length === 0 ? [] : (await inDbContext(deps.prisma, { platformAdmin: true }, (tx) =>
      tx.importUpload.findMany({ where: { id: { in: ids } }, select: { id: true } }))).map((u) => u.id));
    const doomed = old.filter((k) => !kept.has(uploadIdOfKey(k.key) ?? '')).map((k) => k.key);
    await deps.storage.delete(doomed, { writtenBefore: cutoff });
    deleted += doomed.length;
    if (page.length < BATCH) break;
  }
  return deleted;
}

/** The sweep as a job, every hour at :41 (one run across all instances: pg-boss's schedule is shared). */
export function importSweepQueue(deps: ImportSweepDeps, logger: Logger): QueueDefinition<object> {
  return {
    name: 'imports.sweep',
    options: { retryLimit: 2, retryDelay: 60, expireInSeconds: 15 * 60, deleteAfterSeconds: 7 * 86_400 },
    cron: '41 * * * *',
    handle: async () => {
      const result = await sweepImports(deps);
      if (result.uploads + result.orphans > 0) logger.info(result, 'expired import uploads deleted');
    },
  };
}
