import { AppError, badRequest } from '../../../lib/errors.js';
import type { Principal } from '../../../lib/http/authenticate.js';
import { Prisma as Sql } from '../../../generated/prisma/client.js';
import { FINISHED_STATES, type JobView } from '../../jobs/index.js';
import { assertAllowed } from '../../workspaces/index.js';
import { workspaceScope } from '../access.js';
import { completed, filterOf, read } from '../list.service.js';
import { filterConditions, SOURCES, where } from '../list.query.js';
import type { ListProductsQuery } from '../products.schemas.js';
import type { ResolvedWorkspace } from '../products.controller.js';
import { rightFor } from './actions.js';
import type { BulkBody } from './bulk.schemas.js';
import { BULK_EDIT, BULK_UNDO, type BulkDeps, type BulkEditInput, type BulkUndoInput, type GuardedProduct } from './kinds.js';

/** The most products "all that match this filter" may select: one job's input holds their ids and versions. */
export const BULK_FILTER_MAX = 50_000;

/**
 * Starts a bulk edit of the selected products of `workspace` as a job (always: the client follows
 * its progress). A selection by filter is resolved now, each product with its version of now, so
 * "all that match" means those that match at this moment, and a product changed before the job
 * reaches it is a conflict like one the client saw at an older version.
 */
export async function startBulkEdit(deps: BulkDeps, principal: Principal, workspace: ResolvedWorkspace, body: BulkBody): Promise<JobView> {
  assertAllowed(workspace.actor, rightFor(body.action));
  const { action } = body;
  if (action.type === 'categories' && action.add?.length) {
    const unknown = await deps.categories.unknownIds(action.add);
    if (unknown.length > 0) {
      throw badRequest('unknown_category', 'The edit names a category that does not exist', unknown.map((id) => ({
        in: 'body' as const, field: `action.add[${action.add!.indexOf(id)}]`, message: `"action.add" ${id} names no category`, code: 'category.unknown',
      })));
    }
  }
  const { ids, filter } = body.selection;
  const items = ids ?? (await matching(deps, principal, workspace, filter ?? {}));
  const input: BulkEditInput = { action, items, ...(filter ? { filter } : {}) };
  return deps.userJobs.createJob(principal, { kind: BULK_EDIT, workspaceId: workspace.id, input, total: items.length });
}

/** The products of the workspace's list with this filter, outside the trash, in the list's default order. */
async function matching(deps: BulkDeps, principal: Principal, workspace: ResolvedWorkspace, filter: Record<string, unknown>): Promise<GuardedProduct[]> {
  const query = { tagMatch: 'all', ...filter } as unknown as ListProductsQuery;
  const scope = workspaceScope(workspace.id, workspace.actor, query.status);
  const pending = await filterOf(deps, scope, query);
  if (pending === null) return [];
  const ready = await completed(deps, scope, pending);
  const rows = await read<GuardedProduct[]>(deps, principal, scope, Sql.sql`
    SELECT "id", "version" FROM ${SOURCES[ready.source]} ${where(filterConditions(ready))}
    ORDER BY "createdAt", "id" LIMIT ${BULK_FILTER_MAX + 1}`);
  if (rows.length > BULK_FILTER_MAX) {
    throw new AppError(400, 'selection_too_large', `More than ${BULK_FILTER_MAX} products match this filter; narrow it, or edit them in several runs`, {
      errors: [{ in: 'body', field: 'selection.filter', message: `"selection.filter" matches more than ${BULK_FILTER_MAX} products`, code: 'selection.too_large' }],
    });
  }
  return rows;
}

const notUndoable = (reason: string) => new AppError(409, 'job_not_undoable', reason);

/**
 * Undoes a finished bulk edit as a job of its own: each product it changed goes back to its
 * previous version's value of the field the edit changed, guarded by the version the edit produced.
 */
export async function startBulkUndo(deps: BulkDeps, principal: Principal, jobId: string): Promise<JobView> {
  const job = await deps.userJobs.readJob(principal, jobId);
  if (job.kind !== BULK_EDIT) throw notUndoable('Only a bulk edit can be undone');
  if (!FINISHED_STATES.includes(job.state)) throw notUndoable('This bulk edit has not finished yet; undo it once it has (or cancel it first)');
  assertAllowed(await deps.workspaces.actorIn(principal, job.workspaceId), 'product.update');
  const applied = await deps.userJobs.rowsWith(principal, jobId, 'applied');
  const items = applied.flatMap((r) => (r.productId && r.version ? [{ id: r.productId, version: r.version }] : []));
  const input: BulkUndoInput = { of: job.id, action: (job.input as BulkEditInput).action, items };
  return deps.userJobs.createJob(principal, { kind: BULK_UNDO, workspaceId: job.workspaceId, input, total: items.length });
}
