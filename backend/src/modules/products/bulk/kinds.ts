import type { Transaction } from '../../../lib/db-context.js';
import { FINISHED_STATES, type JobContext, type JobRowInput, type UserJobs } from '../../jobs/index.js';
import { isAllowed } from '../../workspaces/index.js';
import type { ProductsDeps } from '../deps.js';
import type { Snapshot } from '../history/history-view.js';
import { forgetProducts } from '../products.service.js';
import { decide, fieldOf, rightFor, type BulkAction, type BulkFields } from './actions.js';
import { actorNow, liveSkusTaken, lockProducts, writeProducts, type LockedProduct } from './chunk.js';

// The two job kinds (modules/jobs): a bulk edit, and its undo. Both walk their input (the products
// and the versions they are guarded by, captured when the job was made) a chunk at a time, each
// chunk one transaction with its rows' record; the history records each write as change 'bulk'
// with the job's id (lib/db-context.ts).

export const BULK_EDIT = 'bulk_edit';
export const BULK_UNDO = 'bulk_undo';

const CHUNK = 200;

/** A product and the version the job may change it from. */
export interface GuardedProduct {
  id: string;
  version: number;
}

export interface BulkEditInput {
  action: BulkAction;
  items: GuardedProduct[];
  /** The filter the items were selected by, when they were (kept for the record). */
  filter?: Record<string, unknown>;
}

export interface BulkUndoInput {
  /** The bulk edit undone. */
  of: string;
  action: BulkAction;
  /** Its applied products, each with the version the bulk edit produced. */
  items: GuardedProduct[];
}

/** The products services' needs, and the jobs module's, which the bulk edit runs on. */
export interface BulkDeps extends ProductsDeps {
  userJobs: UserJobs;
}

type ChunkWork = (tx: Transaction, chunk: GuardedProduct[], first: number) => Promise<JobRowInput[]>;

export function defineBulkKinds(deps: BulkDeps): void {
  deps.userJobs.defineJobKind(BULK_EDIT, (ctx) => walk(deps, ctx, (ctx.job.input as BulkEditInput).items, (tx, chunk, first) => editChunk(deps, ctx, tx, chunk, first)), {
    change: 'bulk',
    links: (job): Record<string, string> => (FINISHED_STATES.includes(job.state) ? { undo: `/api/v1/jobs/${job.id}/undo` } : {}),
  });
  deps.userJobs.defineJobKind(BULK_UNDO, (ctx) => walk(deps, ctx, (ctx.job.input as BulkUndoInput).items, (tx, chunk, first) => undoChunk(deps, ctx, tx, chunk, first)), {
    change: 'bulk',
  });
}

async function walk(deps: ProductsDeps, ctx: JobContext, items: GuardedProduct[], work: ChunkWork): Promise<unknown> {
  while (ctx.nextRow() <= items.length) {
    if (await ctx.cancelled()) break;
    const first = ctx.nextRow();
    const rows = await ctx.commitChunk((tx) => work(tx, items.slice(first - 1, first - 1 + CHUNK), first));
    // After the commit, as a single write invalidates: the products' cached copies and every list.
    const changed = rows.flatMap((r) => (r.outcome === 'applied' && r.productId ? [r.productId] : []));
    if (changed.length > 0) await forgetProducts(deps, changed);
  }
  return { outcomes: await ctx.outcomes() };
}

/** Each product's outcome for the edit, the changed ones written in one statement. */
async function editChunk(deps: ProductsDeps, ctx: JobContext, tx: Transaction, chunk: GuardedProduct[], first: number): Promise<JobRowInput[]> {
  const { action } = ctx.job.input as BulkEditInput;
  const actor = await actorNow(tx, ctx.owner, ctx.job.workspaceId);
  // Asked first: the lock (FOR UPDATE) sees only the rows the owner may change.
  if (!isAllowed(actor, rightFor(action))) return refusedAll(chunk, first, actor.role);
  const locked = await lockProducts(tx, chunk.map((p) => p.id));
  // Categories deleted since the job was made are refused rather than filed (held until the commit: modules/categories).
  const goneCategories = action.type === 'categories' && action.add?.length ? new Set(await deps.categories.unknownIdsForWrite(tx, action.add)) : new Set<string>();
  const rows: JobRowInput[] = [];
  const changes: Array<{ row: number; id: string; next: BulkFields }> = [];
  chunk.forEach((item, i) => {
    const row = first + i;
    const current = guard(ctx, locked, item);
    if ('outcome' in current) return void rows.push({ row, productId: item.id, ...current });
    if (goneCategories.size > 0) {
      return void rows.push({ row, productId: item.id, version: current.version, outcome: 'refused', code: 'unknown_category', reason: 'A category to add was deleted after the edit was started' });
    }
    const decision = decide(action, current);
    if (decision.outcome === 'applied') changes.push({ row, id: item.id, next: decision.next });
    else if (decision.outcome === 'unchanged') rows.push({ row, productId: item.id, version: current.version, outcome: 'unchanged' });
    else rows.push({ row, productId: item.id, version: current.version, outcome: 'refused', code: decision.code, reason: decision.reason });
  });
  const versions = await writeProducts(tx, changes);
  for (const change of changes) rows.push({ row: change.row, productId: change.id, version: versions.get(change.id) ?? null, outcome: 'applied' });
  return rows.sort((a, b) => a.row - b.row);
}

/**
 * Each applied product of the edit back to its previous version's value of the field the edit
 * changed, guarded by the version the edit produced (changed since: conflict).
 */
async function undoChunk(deps: ProductsDeps, ctx: JobContext, tx: Transaction, chunk: GuardedProduct[], first: number): Promise<JobRowInput[]> {
  const { action } = ctx.job.input as BulkUndoInput;
  const field = fieldOf(action);
  const actor = await actorNow(tx, ctx.owner, ctx.job.workspaceId);
  // Restoring from the trash needs the right to change; undoing anything else, the right the edit needed.
  if (!isAllowed(actor, 'product.update')) return refusedAll(chunk, first, actor.role);
  const locked = await lockProducts(tx, chunk.map((p) => p.id));
  const before = await previousSnapshots(tx, chunk);
  const restoring = field === 'trashedAt' ? [...locked.values()].filter((p) => p.trashed) : [];
  const taken = await liveSkusTaken(tx, ctx.job.workspaceId, restoring.map((p) => p.sku), restoring.map((p) => p.id));
  const rows: JobRowInput[] = [];
  const changes: Array<{ row: number; id: string; next: BulkFields }> = [];
  for (const [i, item] of chunk.entries()) {
    const row = first + i;
    const current = guard(ctx, locked, item);
    if ('outcome' in current) {
      rows.push({ row, productId: item.id, ...current });
      continue;
    }
    const was = before.get(item.id);
    if (!was) {
      rows.push({ row, productId: item.id, version: current.version, outcome: 'failed', code: 'version_not_found', reason: 'The version before the edit is no longer in the product\'s history (retention)' });
      continue;
    }
    if (field === 'trashedAt' && current.trashed) {
      const sku = current.sku.toLowerCase();
      if (taken.has(sku)) {
        rows.push({ row, productId: item.id, version: current.version, outcome: 'refused', code: 'duplicate_sku', reason: 'A product outside the trash has this SKU now' });
        continue;
      }
      taken.add(sku);
    }
    const next = await restored(deps, tx, field, current, was);
    changes.push({ row, id: item.id, next });
  }
  const versions = await writeProducts(tx, changes);
  for (const change of changes) rows.push({ row: change.row, productId: change.id, version: versions.get(change.id) ?? null, outcome: 'applied' });
  return rows.sort((a, b) => a.row - b.row);
}

/** The locked product if it may be changed from the item's version, else the row's outcome. */
function guard(ctx: JobContext, locked: Map<string, LockedProduct>, item: GuardedProduct): LockedProduct | Omit<JobRowInput, 'row' | 'productId'> {
  const current = locked.get(item.id);
  if (!current || current.workspaceId !== ctx.job.workspaceId) {
    return { outcome: 'failed', code: 'product_not_found', reason: 'No product of this workspace has this id (deleted since?)' };
  }
  if (current.version !== item.version) {
    return {
      outcome: 'conflict', version: current.version, code: 'version_conflict',
      reason: `The product changed since it was selected (version ${item.version}, now ${current.version})`,
    };
  }
  return current;
}

/** Every product of the chunk refused: the job's owner may no longer make this change (checked afresh at each chunk). */
const refusedAll = (chunk: GuardedProduct[], first: number, role: string | null): JobRowInput[] =>
  chunk.map((item, i) => ({
    row: first + i,
    productId: item.id,
    outcome: 'refused',
    code: 'insufficient_workspace_role',
    reason: role === null ? 'The job\'s owner is no longer a member of this workspace' : `The job's owner's role in this workspace (${role}) cannot make this change`,
  }));

/** The product's snapshot at the version before the item's (what the edit changed it from). */
async function previousSnapshots(tx: Transaction, items: GuardedProduct[]): Promise<Map<string, Snapshot>> {
  if (items.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ productId: string; snapshot: Snapshot }[]>`
    SELECT v."productId", v."snapshot" FROM "ProductVersion" v
      JOIN unnest(${items.map((i) => i.id)}::uuid[], ${items.map((i) => i.version - 1)}::int[]) AS w("id", "version")
        ON v."productId" = w."id" AND v."version" = w."version"`;
  return new Map(rows.map((r) => [r.productId, r.snapshot]));
}

async function restored(deps: ProductsDeps, tx: Transaction, field: ReturnType<typeof fieldOf>, current: LockedProduct, was: Snapshot): Promise<BulkFields> {
  switch (field) {
    case 'status':
      return { ...current, status: was.status };
    case 'stock':
      return { ...current, stock: was.stock };
    case 'tags':
      return { ...current, tags: was.tags };
    case 'trashedAt':
      return { ...current, trashed: was.trashedAt !== null };
    case 'categoryIds': {
      // As a revert does (history.service.ts): categories deleted since are left out.
      const gone = new Set(was.categoryIds.length > 0 ? await deps.categories.unknownIdsForWrite(tx, was.categoryIds) : []);
      return { ...current, categoryIds: was.categoryIds.filter((c) => !gone.has(c)) };
    }
  }
}
