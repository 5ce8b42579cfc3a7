import { createHash } from 'node:crypto';
import type { GetOrSetOptions } from '../../lib/cache/index.js';
import { classifyConnectionError } from '../../lib/db-errors.js';

export const DETAIL_TTL_SECONDS = 600;
export const LIST_TTL_SECONDS = 300;
/** Every list page lives in this namespace: one bump after a write retires all of them, on every instance. */
export const LIST_NAMESPACE = 'products-list';

/**
 * While PostgreSQL is unreachable (what the error handler answers 503 for), a read whose entry is
 * past its TTL answers from that copy for up to `seconds` more (X-Cache: STALE) instead of failing.
 * Only entries still current qualify: every acknowledged write has already retired the ones it
 * changed (del or namespace bump), and the cache itself never serves across a Redis outage.
 */
export function staleWhileDatabaseDown(seconds: number): GetOrSetOptions['staleIfError'] {
  return seconds > 0 ? { seconds, when: (err) => classifyConnectionError(err) === 'unreachable' } : undefined;
}

/** The cached product: only active ones are cached (the public catalogue's view); the rest are read per request. */
export function productKey(id: string): string {
  // v3: the value holds images, tags and categories; an older entry is never read.
  return `products:item:v3:${id.toLowerCase()}`;
}

/** Everything that selects a page, after the caller's rights were applied (access.ts). */
export interface ListKeyParts {
  /** Whose view: callers share a page only within the same audience and workspace. */
  audience: string;
  workspaceId: string | null;
  ownerId: string | null;
  status: string | null;
  trashed: boolean;
  stock: string | null;
  query: string | null;
  currency: string | null;
  minPrice: string | null;
  maxPrice: string | null;
  categoryIds: string[] | null;
  tags: string[] | null;
  tagMatch: string;
  sort: string;
  cursor: string | null;
  limit: number;
}

/**
 * One key per distinct page. It holds the resolved workspace rather than "me", so owner=me pages are
 * per workspace, and two callers share an entry only when they are entitled to exactly the same rows.
 * Hashed: q and the cursor are long, and a key must stay short whatever the client sends.
 */
export function listKey(parts: ListKeyParts): string {
  const canonical = JSON.stringify([
    parts.audience,
    parts.workspaceId,
    // Stryker disable next-line MethodExpression: upper-casing would fold ids just as well; only that spellings share a key matters
    parts.ownerId?.toLowerCase() ?? null,
    parts.status,
    parts.trashed,
    parts.stock,
    parts.query,
    parts.currency,
    parts.minPrice,
    parts.maxPrice,
    parts.categoryIds,
    parts.tags,
    parts.tagMatch,
    parts.sort,
    parts.cursor,
    parts.limit,
  ]);
  let key = recentKeys.get(canonical);
  if (key === undefined) {
    // v4: the value is "<ETag>\n<page JSON>" (list.service.ts), pages hold images, tags and a total; another version never reads it.
    key = `products:list:v4:${createHash('sha256').update(canonical).digest('base64url')}`;
    // The same pages are asked for again and again: their keys are remembered rather than re-hashed
    // (bounded, forgotten all at once when full).
    if (recentKeys.size >= RECENT_KEYS_MAX) recentKeys.clear();
    recentKeys.set(canonical, key);
  }
  return key;
}

const RECENT_KEYS_MAX = 10_000;
const recentKeys = new Map<string, string>();
