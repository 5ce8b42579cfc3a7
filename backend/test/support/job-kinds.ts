// A job kind for the resume tests (jobs-resume.test.ts and its worker process): adds 1 to the stock of
// each product of its input, five products a chunk, recording each product's new version.
import type { JobHandler, JobRowInput } from '../../src/modules/jobs/index.js';

export const STOCK_KIND = 'test_stock';
const CHUNK = 5;

export interface StockKindHooks {
  /** Runs inside a chunk's transaction, after its writes, before its commit. */
  inChunk?: (first: number) => void;
  /** Runs after a chunk committed. */
  afterChunk?: (first: number) => void;
}

export function stockKind(hooks: StockKindHooks = {}): JobHandler {
  return async (ctx) => {
    const { ids } = ctx.job.input as { ids: string[] };
    while (ctx.nextRow() <= ids.length) {
      const first = ctx.nextRow();
      const chunk = ids.slice(first - 1, first - 1 + CHUNK);
      await ctx.commitChunk(async (tx) => {
        const written = await tx.$queryRaw<{ id: string; version: number }[]>`
          UPDATE "Product" SET "stock" = "stock" + 1, "version" = "version" + 1, "updatedAt" = now()
          WHERE "id" = ANY(${chunk}::uuid[]) RETURNING "id", "version"`;
        const versions = new Map(written.map((r) => [r.id, r.version]));
        hooks.inChunk?.(first);
        return chunk.map((id, i): JobRowInput => ({ row: first + i, outcome: 'applied', productId: id, version: versions.get(id) ?? null }));
      });
      hooks.afterChunk?.(first);
    }
    return { outcomes: await ctx.outcomes() };
  };
}
