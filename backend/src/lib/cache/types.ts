export type CacheKind = 'redis' | 'memory';

/**
 * Per getOrSet call: `error` means the store failed and the value came from the loader; `stale`
 * that the loader failed (staleIfError) and an entry past its freshness answered instead.
 */
export type CacheOutcome = 'hit' | 'miss' | 'error' | 'stale';

export interface CacheResult {
  /** The cached or loaded string, exactly as the loader returned it; null = the loader found nothing. */
  value: string | null;
  /** True only when the value came from the cache (drives `X-Cache: HIT|MISS`). */
  hit: boolean;
  /** Set (true) only when it came from the cache past its freshness because the loader failed (staleIfError). */
  stale?: true;
}

export interface GetOrSetOptions {
  /**
   * Puts the entry in a namespace whose version `bumpNamespace` raises: every entry written under an
   * older version stops being served, on every instance sharing the Redis (list pages, searches).
   */
  namespace?: string;
  /**
   * Keeps the entry `seconds` beyond its ttl, as a stale copy: past the ttl it is loaded again as
   * usual, but if that load fails with an error `when` accepts (the source is down), the copy answers
   * (stale: true) until it is `seconds` past its freshness. Only current entries qualify: del and
   * bumps (including the generation bump after a Redis outage) retire stale copies like fresh ones.
   */
  staleIfError?: { seconds: number; when: (err: unknown) => boolean };
}

/** The part of a pino logger the cache uses. */
export interface CacheLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface Cache {
  readonly kind: CacheKind;
  /**
   * The cached value, or the loader's (stored for `ttlSeconds` unless null). Concurrent calls for
   * the same key in this process share one store read and one loader call. Never fails because of
   * the store: if it is down or slow the loader answers (hit: false). Loader errors propagate.
   */
  getOrSet(
    key: string,
    ttlSeconds: number,
    loader: () => Promise<string | null>,
    options?: GetOrSetOptions,
  ): Promise<CacheResult>;
  /**
   * The value only if the cache holds a fresh one (a hit, counted as one), else null: missing,
   * past its freshness, retired, or the store failing. No loader, no write, never rejects. For a
   * caller that answers hits itself and hands everything else to the path that calls getOrSet.
   */
  peek(key: string, options?: Pick<GetOrSetOptions, 'namespace'>): Promise<string | null>;
  /**
   * Stops serving these (namespace-less) keys. True when the store confirmed it; false when it could
   * not be reached: then this instance stops reading the cache until, once reachable again, it has
   * invalidated everything cached before (see redis-cache.ts). Never rejects.
   */
  del(...keys: string[]): Promise<boolean>;
  /** Invalidates every entry of the namespace. Same true/false contract as `del`. Never rejects. */
  bumpNamespace(namespace: string): Promise<boolean>;
  /** Whether the store answers within `timeoutMs` (readiness). Never rejects. */
  ping(timeoutMs: number): Promise<boolean>;
  /** Detaches from the store. A Redis client passed in is not closed: its owner closes it. */
  close(): Promise<void>;
}
