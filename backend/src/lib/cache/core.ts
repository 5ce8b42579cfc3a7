import { decode, encode, entryKey, namespacePrefix, tombstone } from './entry.js';
import { createSingleFlight } from './single-flight.js';
import type { Cache, CacheKind, CacheLogger, CacheOutcome, GetOrSetOptions } from './types.js';

/** What a driver provides; everything else (single flight, fail-open, tagging) is shared here. */
export interface CacheStore {
  readonly kind: CacheKind;
  /** One round trip: the raw entry plus the generation and namespace version it must match. */
  read(entryKey: string, namespace: string | undefined): Promise<Snapshot>;
  /** Stores `raw` only if the entry still matches `token` (see entry.ts). */
  writeIfUnchanged(entryKey: string, token: string, raw: string, ttlSeconds: number): Promise<void>;
  invalidate(entryKeys: string[]): Promise<void>;
  bump(namespace: string): Promise<void>;
  ping(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

export interface Snapshot {
  raw: string | null;
  generation: string;
  nsVersion: string;
}

export interface CoreOptions {
  logger: CacheLogger;
  /** Called once per getOrSet call that settles, e.g. to count hits in Prometheus. */
  onResult?: (outcome: CacheOutcome) => void;
  /** Minimum gap between two warnings about store failures (no log storm in an outage); default 10 s. */
  warnIntervalMs?: number;
  /** Clock (epoch ms), for tests; it also dates entries' freshness. */
  now?: () => number;
}

type StaleIfError = NonNullable<GetOrSetOptions['staleIfError']>;

interface Flight {
  value: string | null;
  outcome: CacheOutcome;
}

export function createCacheCore(store: CacheStore, options: CoreOptions): Cache {
  const flights = createSingleFlight<Flight>();
  // peek's reads, shared the same way (one store read for concurrent peeks of one key) but apart
  // from getOrSet's flights, which may go on to the loader; forgotten alongside them.
  const peeks = createSingleFlight<Snapshot | null>();
  const warn = createWarnLimiter(options.logger, options.warnIntervalMs ?? 10_000, store.kind);
  // Looked up on each call, not captured: a test may shift the process clock (vi.spyOn(Date, 'now')).
  const clock = options.now ?? (() => Date.now());

  async function lookup(
    key: string,
    namespace: string | undefined,
    ttlSeconds: number,
    loader: () => Promise<string | null>,
    staleIfError: StaleIfError | undefined,
  ): Promise<Flight> {
    let snapshot: Snapshot | null = null;
    try {
      snapshot = await store.read(key, namespace);
    } catch (err) {
      warn('cache read failed; answering from the loader', err);
    }
    const entry = snapshot && decode(snapshot.raw, snapshot.generation, snapshot.nsVersion);
    const now = clock();
    if (entry && entry.payload !== null && entry.freshUntil > now) return { value: entry.payload, outcome: 'hit' };

    // Past its freshness, a current entry is loaded again, and kept to answer with if that fails.
    const staleCopy = staleIfError && entry && entry.payload !== null && now - entry.freshUntil <= staleIfError.seconds * 1000 ? entry.payload : null;
    let value: string | null;
    try {
      value = await loader();
    } catch (err) {
      if (staleCopy !== null && staleIfError!.when(err)) return { value: staleCopy, outcome: 'stale' };
      throw err;
    }
    // "Not found" is not cached: a later create needs no invalidation, and probing random ids
    // can't fill the cache. Single flight still collapses a burst of them into one load.
    // But a stale copy of what is now gone is replaced, so an outage cannot bring it back.
    if (snapshot && entry && (value !== null || entry.payload !== null)) {
      const raw = value !== null ? encode(snapshot.generation, snapshot.nsVersion, value, now + ttlSeconds * 1000) : tombstone();
      try {
        await store.writeIfUnchanged(key, entry.token, raw, ttlSeconds + (staleIfError?.seconds ?? 0));
      } catch (err) {
        warn('cache write failed; the value was served uncached', err);
      }
    }
    return { value, outcome: snapshot ? 'miss' : 'error' };
  }

  return {
    kind: store.kind,

    async getOrSet(key, ttlSeconds, loader, getOptions) {
      if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1) throw new TypeError(`cache ttlSeconds must be a positive integer: ${ttlSeconds}`);
      const namespace = getOptions?.namespace;
      const staleIfError = getOptions?.staleIfError;
      if (staleIfError && (!Number.isInteger(staleIfError.seconds) || staleIfError.seconds < 0)) {
        throw new TypeError(`cache staleIfError.seconds must be a non-negative integer: ${staleIfError.seconds}`);
      }
      const stored = entryKey(key, namespace);
      const flight = await flights.run(stored, () => lookup(stored, namespace, ttlSeconds, loader, staleIfError?.seconds ? staleIfError : undefined));
      options.onResult?.(flight.outcome);
      if (flight.outcome === 'stale') return { value: flight.value, hit: true, stale: true };
      return { value: flight.value, hit: flight.outcome === 'hit' };
    },

    async peek(key, peekOptions) {
      const namespace = peekOptions?.namespace;
      const stored = entryKey(key, namespace);
      // A failed read is null: the getOrSet the caller falls back to meets the same failure and says so.
      const snapshot = await peeks.run(stored, () => store.read(stored, namespace).catch(() => null));
      if (snapshot === null) return null;
      const entry = decode(snapshot.raw, snapshot.generation, snapshot.nsVersion);
      if (entry.payload === null || entry.freshUntil <= clock()) return null;
      options.onResult?.('hit');
      return entry.payload;
    },

    async del(...keys) {
      const stored = new Set(keys.map((key) => entryKey(key)));
      flights.forget((key) => stored.has(key));
      peeks.forget((key) => stored.has(key));
      try {
        await store.invalidate([...stored]);
        return true;
      } catch (err) {
        warn('cache invalidation failed; cache bypassed until it can be redone', err);
        return false;
      }
    },

    async bumpNamespace(namespace) {
      const prefix = namespacePrefix(namespace);
      flights.forget((key) => key.startsWith(prefix));
      peeks.forget((key) => key.startsWith(prefix));
      try {
        await store.bump(namespace);
        return true;
      } catch (err) {
        warn('cache namespace bump failed; cache bypassed until it can be redone', err);
        return false;
      }
    },

    async ping(timeoutMs) {
      return store.ping(timeoutMs).catch(() => false);
    },

    close: () => store.close(),
  };
}

/** Logs the first failure, then at most one per interval with the count of the ones swallowed. */
function createWarnLimiter(logger: CacheLogger, intervalMs: number, driver: CacheKind) {
  let lastAt = -Infinity;
  let suppressed = 0;
  return (msg: string, err: unknown) => {
    const now = Date.now();
    if (now - lastAt < intervalMs) {
      suppressed++;
      return;
    }
    logger.warn({ err, driver, suppressed }, msg);
    lastAt = now;
    suppressed = 0;
  };
}
