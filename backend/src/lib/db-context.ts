import type { Prisma } from './db.js';
import { currentRequestId } from './request-context.js';

/** A transaction of `prisma.$transaction(async (tx) => ...)`. */
export type Transaction = Parameters<Parameters<Prisma['$transaction']>[0]>[0];

/**
 * What a transaction tells PostgreSQL about whom it works for. Row-level security policies read it
 * (the shelfwise_* functions of migration 20261203090000_workspaces); unset means nobody: only what
 * is public is visible and nothing can be written.
 */
export interface DbContext {
  userId?: string | null;
  /** The one workspace this transaction may write in. */
  workspaceId?: string | null;
  /** A platform admin moderating across workspaces. */
  platformAdmin?: boolean;
  /** SHA-256 of an invitation token the caller holds: that invitation becomes readable. */
  invitationTokenHash?: string | null;
  // Read by the history trigger (migration 20261205090000_product_history), not by any policy:
  // who and why, recorded with each product version the transaction writes.
  /** The API key the caller used, if it was one (the user is still `userId`, the key's owner). */
  apiKeyId?: string | null;
  /** Unset: the request being served (lib/request-context.ts), so no request's write goes unlabelled. */
  requestId?: string | null;
  /** The background job doing the writes (imports, bulk edits). */
  jobId?: string | null;
  /** Why, where the row cannot tell (otherwise the trigger infers create, update, images, trash, restore). */
  change?: HistoryChange | null;
  /** With change 'revert': the version restored. */
  revertedTo?: number | null;
}

/** The kinds of change a transaction names itself; the rest the history trigger tells from the row. */
type HistoryChange = 'revert' | 'import' | 'bulk';

/**
 * Sets the context for the rest of the transaction (set_config(..., true): it ends with the
 * transaction, so a pooled connection never carries it into someone else's query). Only the keys
 * given are changed.
 */
export async function applyDbContext(tx: Transaction, context: DbContext): Promise<void> {
  const settings: Array<[string, string]> = [];
  if (context.userId !== undefined) settings.push(['shelfwise.user_id', context.userId ?? '']);
  if (context.workspaceId !== undefined) settings.push(['shelfwise.workspace_id', context.workspaceId ?? '']);
  if (context.platformAdmin !== undefined) settings.push(['shelfwise.platform_admin', context.platformAdmin ? 'on' : '']);
  if (context.invitationTokenHash !== undefined) settings.push(['shelfwise.invitation_token_hash', context.invitationTokenHash ?? '']);
  if (context.apiKeyId !== undefined) settings.push(['shelfwise.api_key_id', context.apiKeyId ?? '']);
  const requestId = context.requestId === undefined ? currentRequestId() : context.requestId;
  if (requestId !== undefined) settings.push(['shelfwise.request_id', requestId ?? '']);
  if (context.jobId !== undefined) settings.push(['shelfwise.job_id', context.jobId ?? '']);
  if (context.change !== undefined) settings.push(['shelfwise.change', context.change ?? '']);
  if (context.revertedTo !== undefined) settings.push(['shelfwise.reverted_to', context.revertedTo === null ? '' : String(context.revertedTo)]);
  if (settings.length === 0) return;
  const names = settings.map(([name]) => name);
  const values = settings.map(([, value]) => value);
  // One round trip for all of them.
  await tx.$queryRaw`SELECT set_config(name, value, true) FROM unnest(${names}::text[], ${values}::text[]) AS s(name, value)`;
}

/** Runs `work` in a transaction that carries `context` from its first statement. */
export async function inDbContext<T>(prisma: Prisma, context: DbContext, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return prisma.$transaction(async (tx) => {
    await applyDbContext(tx, context);
    return work(tx);
  });
}
