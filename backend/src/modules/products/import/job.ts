import { inDbContext } from '../../../lib/db-context.js';
import { JobFailure, type JobContext, type JobHandler } from '../../jobs/index.js';
import { forgetProducts } from '../products.service.js';
import { applyChunk, isRowRefusal, type ChunkContext, type FileRow } from './apply.js';
import type { ImportDeps } from './deps.js';
import type { ColumnMapping } from './mapping.js';
import type { Delimiter } from './sniff.js';
import { storedRows } from './source.js';
import { uploadPrefix } from './stored-file.js';

export const IMPORT_KIND = 'import';

/** Rows per chunk: one transaction each, with their JobRow records. */
const CHUNK_ROWS = 500;

/** What an import job carries (Job.input): the upload, and what the failed-rows CSV needs once the upload is swept. */
export interface ImportJobInput {
  uploadId: string;
  filename: string;
  delimiter: Delimiter;
  headers: string[];
  mapping: ColumnMapping;
}

/** The job's result: its rows by what became of them. */
interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

const uploadGone = () => new JobFailure('The uploaded file is no longer stored (uploads are kept for 24 hours); upload it again');

/**
 * Runs an import: the upload's rows from the first not yet committed (ctx.nextRow: a retried job
 * continues there), in chunks, each applied and recorded in one transaction (apply.ts), the caches
 * told after each commit as a single write tells them.
 */
export function importJob(deps: ImportDeps): JobHandler {
  return async (ctx: JobContext) => {
    const input = ctx.job.input as ImportJobInput;
    const ownerId = ctx.job.ownerId!;
    const upload = await inDbContext(deps.products.prisma, { userId: ownerId }, (tx) =>
      tx.importUpload.findUnique({ where: { id: input.uploadId }, select: { parts: true } }),
    );
    if (!upload) throw uploadGone();
    const from = ctx.nextRow();
    // An earlier attempt may have died between a commit and its cache invalidation.
    if (from > 1) await forgetProducts(deps.products, await lastChunkProducts(ctx, from - 1));

    const base: Omit<ChunkContext, 'careful' | 'tree'> = {
      jobId: ctx.job.id, workspaceId: ctx.job.workspaceId, ownerId, headers: input.headers, mapping: input.mapping, defaultCurrency: deps.products.defaultCurrency,
    };
    const stored = { storageKey: uploadPrefix(input.uploadId), parts: upload.parts, delimiter: input.delimiter };
    let chunk: FileRow[] = [];
    for await (const row of storedRows(deps.storage, stored, uploadGone)) {
      if (row.row < from) continue;
      chunk.push(row);
      if (chunk.length < CHUNK_ROWS) continue;
      await commit(deps, ctx, base, chunk);
      chunk = [];
      if (await ctx.cancelled()) return summary(ctx);
    }
    if (chunk.length > 0) await commit(deps, ctx, base, chunk);
    // The SKUs seen served this run only: a finished import needs them no more.
    await inDbContext(deps.products.prisma, { workspaceId: ctx.job.workspaceId, jobId: ctx.job.id }, (tx) =>
      tx.importSku.deleteMany({ where: { jobId: ctx.job.id } }),
    );
    return summary(ctx);
  };
}

async function commit(deps: ImportDeps, ctx: JobContext, base: Omit<ChunkContext, 'careful' | 'tree'>, rows: FileRow[]): Promise<void> {
  const tree = await deps.products.categories.tree();
  let written: string[] = [];
  const run = (careful: boolean) => ctx.commitChunk(async (tx) => {
    const result = await applyChunk(deps.products, tx, rows, { ...base, tree, careful });
    written = result.written;
    return result.rows;
  });
  try {
    await run(false);
  } catch (err) {
    // A write the database refused (a SKU taken meanwhile): the chunk rolled back whole; again,
    // each write in a savepoint, so that only that row fails.
    if (!isRowRefusal(err)) throw err;
    await run(true);
  }
  // As after a single write (products.service.ts invalidate): the replica's position, each
  // product's cached copy, and the lists.
  if (written.length > 0) await forgetProducts(deps.products, written);
}

/** The products the last committed chunk wrote (up to `last`), whose cached copies may predate it. */
async function lastChunkProducts(ctx: JobContext, last: number): Promise<string[]> {
  const rows = await inDbContext(ctx.prisma, { workspaceId: ctx.job.workspaceId }, (tx) =>
    tx.jobRow.findMany({
      where: { jobId: ctx.job.id, row: { gt: last - CHUNK_ROWS, lte: last }, outcome: 'applied' },
      select: { productId: true },
    }),
  );
  return rows.flatMap((r) => (r.productId ? [r.productId] : []));
}

async function summary(ctx: JobContext): Promise<ImportSummary> {
  const [counts] = await inDbContext(ctx.prisma, { workspaceId: ctx.job.workspaceId }, (tx) => tx.$queryRaw<[Record<keyof ImportSummary, number>]>`
    SELECT count(*) FILTER (WHERE "outcome" = 'applied' AND "version" = 1)::int AS "created",
      count(*) FILTER (WHERE "outcome" = 'applied' AND "version" > 1)::int AS "updated",
      count(*) FILTER (WHERE "outcome" = 'unchanged')::int AS "unchanged",
      count(*) FILTER (WHERE "outcome" NOT IN ('applied', 'unchanged'))::int AS "failed"
    FROM "JobRow" WHERE "jobId" = ${ctx.job.id}::uuid`);
  return counts;
}
