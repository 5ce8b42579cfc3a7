import type { Transaction } from '../../../lib/db-context.js';
import type { Actor } from '../../workspaces/index.js';
import type { ProductStatus } from '../product-view.js';
import type { BulkFields } from './actions.js';

// The database side of one chunk of a bulk edit or undo, inside the chunk's transaction
// (JobContext.commitChunk): whom it acts for, the products as they are (locked until the commit),
// and one UPDATE for every product it changes.

/** The job owner's standing in the workspace now (not a cached copy: a long job sees a role change at its next chunk). */
export async function actorNow(tx: Transaction, owner: { userId: string; platformAdmin: boolean }, workspaceId: string): Promise<Actor> {
  const membership = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: owner.userId } }, select: { role: true } });
  return { role: membership?.role ?? null, platformAdmin: owner.platformAdmin };
}

export interface LockedProduct extends BulkFields {
  id: string;
  workspaceId: string;
  version: number;
  sku: string;
}

interface LockedRow {
  id: string;
  workspaceId: string;
  version: number;
  sku: string;
  status: string;
  stock: number;
  categoryIds: string[] | null;
  tags: string[] | null;
  trashedAt: Date | null;
}

/** The products of `ids` that exist (any workspace the owner may see), locked for the rest of the transaction. */
export async function lockProducts(tx: Transaction, ids: string[]): Promise<Map<string, LockedProduct>> {
  const rows = await tx.$queryRaw<LockedRow[]>`
    SELECT "id", "workspaceId", "version", "sku", "status"::text AS "status", "stock", "categoryIds"::text[] AS "categoryIds", "tags"::text[] AS "tags", "trashedAt"
    FROM "Product" WHERE "id" = ANY(${ids}::uuid[]) ORDER BY "id" FOR UPDATE`;
  return new Map(rows.map((r) => [r.id, {
    id: r.id,
    workspaceId: r.workspaceId,
    version: r.version,
    sku: r.sku,
    status: r.status as ProductStatus,
    stock: r.stock,
    categoryIds: r.categoryIds ?? [],
    tags: r.tags ?? [],
    trashed: r.trashedAt !== null,
  }]));
}

/**
 * Writes each product's new fields and next version in one statement (the history trigger records
 * each row; row-level security checks each against the transaction's workspace). Returns the
 * version each product reached.
 */
export async function writeProducts(tx: Transaction, changes: Array<{ id: string; next: BulkFields }>): Promise<Map<string, number>> {
  if (changes.length === 0) return new Map();
  const values = changes.map(({ id, next }) => ({ id, status: next.status, stock: next.stock, categoryIds: next.categoryIds, tags: next.tags, trashed: next.trashed }));
  const rows = await tx.$queryRaw<{ id: string; version: number }[]>`
    UPDATE "Product" AS p SET
      "status" = v."status"::"ProductStatus",
      "stock" = v."stock",
      "categoryIds" = v."categoryIds",
      "tags" = v."tags",
      "trashedAt" = CASE WHEN NOT v."trashed" THEN NULL ELSE coalesce(p."trashedAt", now()) END,
      "version" = p."version" + 1,
      "updatedAt" = now()
    FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb)
      AS v("id" uuid, "status" text, "stock" integer, "categoryIds" uuid[], "tags" varchar(40)[], "trashed" boolean)
    -- The ids again as an array: an index condition on the primary key. Joined on the recordset
    -- alone, the planner (estimating one row per policy-filtered workspace) read every product of
    -- the workspace into a hash.
    WHERE p."id" = ANY(${changes.map((c) => c.id)}::uuid[]) AND p."id" = v."id"
    RETURNING p."id", p."version"`;
  return new Map(rows.map((r) => [r.id, r.version]));
}

/** Of these SKUs, those a live product of the workspace (other than `except`) has: a product restored from the trash with one would duplicate it. */
export async function liveSkusTaken(tx: Transaction, workspaceId: string, skus: string[], except: string[]): Promise<Set<string>> {
  if (skus.length === 0) return new Set();
  const rows = await tx.$queryRaw<{ liveSku: string }[]>`
    SELECT "liveSku" FROM "Product"
    WHERE "workspaceId" = ${workspaceId}::uuid AND "liveSku" = ANY(${skus.map((s) => s.toLowerCase())}::text[]) AND NOT ("id" = ANY(${except}::uuid[]))`;
  return new Set(rows.map((r) => r.liveSku));
}
