import { createCacheCore, type CacheStore, type CoreOptions } from './core.js';
import { tombstone } from './entry.js';
import type { Cache } from './types.js';

export interface MemoryCacheOptions extends CoreOptions {
  /** Entries kept at most; the least recently used go first. Default 10,000. */
  maxEntries?: number;
  /** Total length of the stored strings kept at most (list pages can be large). Default 32 M chars. */
  maxChars?: number;
  tombstoneTtlSeconds?: number;
}

/**
 * The in-process driver, for a single instance without Redis. It runs the same core as the Redis
 * driver (single flight, tagged entries, compare-and-set), over a Map kept in LRU order: a Map
 * iterates in insertion order, so re-inserting on read makes the first key the least recent.
 */
export function createMemoryCache(options: MemoryCacheOptions): Cache {
  return createCacheCore(createMemoryStore(options), options);
}

interface Entry {
  raw: string;
  expiresAt: number;
}

function createMemoryStore(options: MemoryCacheOptions): CacheStore {
  const maxEntries = options.maxEntries ?? 10_000;
  const maxChars = options.maxChars ?? 32 * 1024 * 1024;
  const tombstoneTtlSeconds = options.tombstoneTtlSeconds ?? 60;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const versions = new Map<string, number>();
  let chars = 0;

  function remove(key: string): void {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    chars -= entry.raw.length;
  }

  function live(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now()) {
      remove(key);
      return undefined;
    }
    return entry;
  }

  function put(key: string, raw: string, ttlSeconds: number): void {
    remove(key);
    entries.set(key, { raw, expiresAt: now() + ttlSeconds * 1000 });
    chars += raw.length;
    // Expired entries are dropped lazily; the bound keeps them from piling up meanwhile.
    while (entries.size > maxEntries || chars > maxChars) {
      const oldest = entries.keys().next();
      if (oldest.done) break;
      remove(oldest.value);
    }
  }

  // Nothing here waits: each method does its work at once and returns a settled promise, the
  // shape CacheStore has for Redis.
  return {
    kind: 'memory',

    read(key, namespace) {
      const entry = live(key);
      if (entry) {
        entries.delete(key);
        entries.set(key, entry);
      }
      return Promise.resolve({
        raw: entry?.raw ?? null,
        generation: '0',
        nsVersion: namespace === undefined ? '' : String(versions.get(namespace) ?? 0),
      });
    },

    writeIfUnchanged(key, token, raw, ttlSeconds) {
      const current = live(key)?.raw;
      const unchanged = token === '' ? current === undefined : current?.startsWith(token) === true;
      if (unchanged) put(key, raw, ttlSeconds);
      return Promise.resolve();
    },

    invalidate(keys) {
      for (const key of keys) put(key, tombstone(), tombstoneTtlSeconds);
      return Promise.resolve();
    },

    bump(namespace) {
      versions.set(namespace, (versions.get(namespace) ?? 0) + 1);
      return Promise.resolve();
    },

    ping() {
      return Promise.resolve(true);
    },

    close() {
      entries.clear();
      chars = 0;
      return Promise.resolve();
    },
  };
}
