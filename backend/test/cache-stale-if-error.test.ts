import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCache, type Cache, type CacheOutcome } from '../src/lib/cache/index.js';
import { createRedisClient, waitForRedisReady } from '../src/lib/redis.js';
import { startRedisServer, type RedisServerHandle } from './support/redis-server.js';

// getOrSet's staleIfError on both drivers, over a real redis-server. The cache's clock is a test
// clock, so "past its TTL" needs no waiting; the stores still keep entries by their real TTL.
let server: RedisServerHandle;
beforeAll(async () => {
  server = await startRedisServer();
}, 30_000);
afterAll(async () => {
  await server?.destroy();
});

const clients: Redis[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.disconnect();
});

const logger = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() });
const TTL = 60;
const STALE = 120;

class SourceDown extends Error {}
const staleIfError = { seconds: STALE, when: (err: unknown) => err instanceof SourceDown };
const down = (): Promise<string | null> => Promise.reject(new SourceDown('database unreachable'));
const loads = (value: string | null) => vi.fn(() => Promise.resolve(value));

interface Driver {
  name: string;
  make(now: () => number, onResult: (outcome: CacheOutcome) => void): Promise<Cache>;
}
const drivers: Driver[] = [
  {
    name: 'redis',
    async make(now, onResult) {
      const client = createRedisClient(server.url, { commandTimeoutMs: 200, keyPrefix: `t-${randomUUID()}:`, logger: logger(), maxReconnectDelayMs: 100 });
      clients.push(client);
      expect(await waitForRedisReady(client, 5000)).toBe(true);
      return createCache({ redis: client, logger: logger(), now, onResult });
    },
  },
  { name: 'memory', make: (now, onResult) => Promise.resolve(createCache({ redis: null, logger: logger(), now, onResult })) },
];

describe.each(drivers)('staleIfError on the $name driver', (driver) => {
  let cache: Cache;
  let clock = 0;
  const outcomes: CacheOutcome[] = [];
  const later = (seconds: number) => {
    clock += seconds * 1000;
  };
  beforeEach(async () => {
    clock = Date.now();
    outcomes.length = 0;
    cache = await driver.make(() => clock, (outcome) => outcomes.push(outcome));
  });
  afterEach(async () => {
    await cache.close();
  });

  it('when an entry is within its TTL, then it is a hit and the loader is not called, whatever the source', async () => {
    await cache.getOrSet('p:1', TTL, loads('v1'), { staleIfError });
    later(TTL - 1);
    expect(await cache.getOrSet('p:1', TTL, down, { staleIfError })).toEqual({ value: 'v1', hit: true });
  });

  it('when an entry is past its TTL and the loader fails with an accepted error, then the stale copy answers', async () => {
    await cache.getOrSet('p:1', TTL, loads('v1'), { staleIfError });
    later(TTL + 1);
    expect(await cache.getOrSet('p:1', TTL, down, { staleIfError })).toEqual({ value: 'v1', hit: true, stale: true });
    expect(outcomes).toEqual(['miss', 'stale']);
    // Once the source answers again, the entry is loaded afresh and is a plain hit after that.
    expect(await cache.getOrSet('p:1', TTL, loads('v2'), { staleIfError })).toEqual({ value: 'v2', hit: false });
    expect(await cache.getOrSet('p:1', TTL, down, { staleIfError })).toEqual({ value: 'v2', hit: true });
  });

  it('when the loader fails with an error the caller did not accept, then it propagates even with a stale copy', async () => {
    await cache.getOrSet('p:1', TTL, loads('v1'), { staleIfError });
    later(TTL + 1);
    await expect(cache.getOrSet('p:1', TTL, async () => Promise.reject(new Error('bug')), { staleIfError })).rejects.toThrow('bug');
  });

  it('when the copy is more than the stale seconds past its TTL, then the loader error propagates', async () => {
    await cache.getOrSet('p:1', TTL, loads('v1'), { staleIfError });
    later(TTL + STALE + 1);
    await expect(cache.getOrSet('p:1', TTL, down, { staleIfError })).rejects.toThrow(SourceDown);
  });

  it('when a call does not ask for staleIfError, then a copy past its TTL is never served', async () => {
    await cache.getOrSet('p:1', TTL, loads('v1'), { staleIfError });
    later(TTL + 1);
    await expect(cache.getOrSet('p:1', TTL, down)).rejects.toThrow(SourceDown);
  });

  it('when the key was deleted or its namespace bumped, then no stale copy of it is left to serve', async () => {
    await cache.getOrSet('p:1', TTL, loads('v1'), { staleIfError });
    await cache.getOrSet('page:1', TTL, loads('page-v1'), { namespace: 'products', staleIfError });
    expect(await cache.del('p:1')).toBe(true);
    expect(await cache.bumpNamespace('products')).toBe(true);
    later(TTL + 1);
    await expect(cache.getOrSet('p:1', TTL, down, { staleIfError })).rejects.toThrow(SourceDown);
    await expect(cache.getOrSet('page:1', TTL, down, { namespace: 'products', staleIfError })).rejects.toThrow(SourceDown);
  });

  it('when a reload past the TTL finds nothing, then the stale copy is dropped and a later failure propagates', async () => {
    await cache.getOrSet('p:1', TTL, loads('v1'), { staleIfError });
    later(TTL + 1);
    expect(await cache.getOrSet('p:1', TTL, loads(null), { staleIfError })).toEqual({ value: null, hit: false });
    await expect(cache.getOrSet('p:1', TTL, down, { staleIfError })).rejects.toThrow(SourceDown);
    // Not a negative cache entry: the next successful load is stored as usual.
    expect(await cache.getOrSet('p:1', TTL, loads('v3'), { staleIfError })).toEqual({ value: 'v3', hit: false });
    expect(await cache.getOrSet('p:1', TTL, down, { staleIfError })).toEqual({ value: 'v3', hit: true });
  });

  it('rejects stale seconds that are not a whole number', async () => {
    await expect(cache.getOrSet('k', TTL, loads('v'), { staleIfError: { seconds: 1.5, when: () => true } })).rejects.toThrow(TypeError);
  });
});
