// What a "ProductVersion" row (migration 20261205090000_product_history) looks like to clients.

export const HISTORY_FIELDS = [
  'name', 'description', 'sku', 'price', 'currency', 'stock', 'lowStockThreshold', 'status', 'categoryIds', 'tags', 'images', 'trashedAt',
] as const;
type HistoryField = (typeof HISTORY_FIELDS)[number];
export const HISTORY_CHANGES = ['create', 'update', 'images', 'trash', 'restore', 'revert', 'import', 'bulk'] as const;
type HistoryChangeKind = (typeof HISTORY_CHANGES)[number];

/** The product right after a version, as the trigger wrote it (shelfwise_product_snapshot). */
export interface Snapshot {
  name: string;
  description: string;
  sku: string;
  price: string;
  currency: string;
  stock: number;
  lowStockThreshold: number | null;
  status: 'draft' | 'active' | 'archived';
  categoryIds: string[];
  tags: string[];
  images: string[];
  trashedAt: string | null;
}

export interface HistoryEntry {
  version: number;
  change: HistoryChangeKind;
  revertedTo: number | null;
  at: string;
  actor: { type: 'user' | 'apiKey' | 'system'; id: string | null; name: string | null };
  requestId: string | null;
  jobId: string | null;
  changes: Array<{ field: HistoryField; old: unknown; new: unknown }>;
}

/** A row of the history query (history.service.ts), the actor's name joined in. */
export interface HistoryRow {
  version: number;
  change: string;
  revertedTo: number | null;
  at: Date;
  actorUserId: string | null;
  actorApiKeyId: string | null;
  userName: string | null;
  keyName: string | null;
  requestId: string | null;
  jobId: string | null;
  changes: HistoryEntry['changes'];
}

/** A key's change is the key's (its owner is the user on the row too); no user: the system (a job). */
export function toHistoryEntry(row: HistoryRow): HistoryEntry {
  const actor: HistoryEntry['actor'] = row.actorApiKeyId !== null
    ? { type: 'apiKey', id: row.actorApiKeyId, name: row.keyName }
    : row.actorUserId !== null
      ? { type: 'user', id: row.actorUserId, name: row.userName }
      : { type: 'system', id: null, name: null };
  return {
    version: row.version,
    change: row.change as HistoryChangeKind,
    revertedTo: row.revertedTo,
    at: row.at.toISOString(),
    actor,
    requestId: row.requestId,
    jobId: row.jobId,
    changes: row.changes,
  };
}

// The cursor is the last version a page showed, the next page the versions below it. Not signed
// (unlike the product lists' cursors): it can only name other versions of the same product, which
// the caller may read anyway.
export const encodeHistoryCursor = (version: number) => Buffer.from(`v${version}`).toString('base64url');

export function decodeHistoryCursor(cursor: string): number | null {
  const match = /^v([1-9]\d{0,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : null;
}
