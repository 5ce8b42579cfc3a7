import type { Redis } from 'ioredis';
import type { CoreOptions } from './core.js';
import { createMemoryCache, type MemoryCacheOptions } from './memory-cache.js';
import { createRedisCache } from './redis-cache.js';
import type { Cache } from './types.js';

export type { Cache, CacheKind, CacheLogger, CacheOutcome, CacheResult, GetOrSetOptions } from './types.js';
// For the benchmarks, which retire a namespace to measure misses.
export { namespaceVersionKey, uniqueToken } from './entry.js';
export { createMemoryCache, type MemoryCacheOptions } from './memory-cache.js';
export { createRedisCache, type RedisCacheOptions } from './redis-cache.js';

export interface CreateCacheOptions extends CoreOptions {
  /** The shared client from lib/redis.ts, or null for the in-process driver (single instance only). */
  redis: Redis | null;
  /** Bounds of the in-process driver. */
  memory?: Pick<MemoryCacheOptions, 'maxEntries' | 'maxChars'>;
}

export function createCache({ redis, memory, ...core }: CreateCacheOptions): Cache {
  return redis ? createRedisCache(redis, core) : createMemoryCache({ ...core, ...memory });
}
