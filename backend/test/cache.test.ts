import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCache, createMemoryCache, type Cache, type CacheOutcome } from '../src/lib/cache/index.js';
import { createRedisClient, reconnectDelayMs, waitForRedisReady } from '../src/lib/redis.js';
import { startRedisServer, type RedisServerHandle } from './support/redis-server.js';

// Real redis-servers of our own (one for the contract, one to stop and restart); no Redis mocks.
let shared: RedisServerHandle;
let outage: RedisServerHandle;
beforeAll(async () => {
  // One after the other: two concurrent port choices could pick the same free port.
  shared = await startRedisServer();
  outage = await startRedisServer();
}, 30_000);
afterAll(async () => {
  await Promise.allSettled([shared?.destroy(), outage?.destroy()]);
});

const COMMAND_TIMEOUT_MS = 200;

function recordingLogger() {
  return { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
}

const clients: Redis[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.disconnect();
});

/** A client as the app makes it, with its own key prefix unless it shares one (a second instance). */
async function connect(url: string, keyPrefix = `t-${randomUUID()}:`, logger = recordingLogger()) {
  const client = createRedisClient(url, { commandTimeoutMs: COMMAND_TIMEOUT_MS, keyPrefix, logger, maxReconnectDelayMs: 100 });
  clients.push(client);
  expect(await waitForRedisReady(client, 5000)).toBe(true);
  return { client, keyPrefix, logger };
}

function counting(value: string | null) {
  const loader = vi.fn(() => Promise.resolve(value));
  return loader;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Driver {
  name: string;
  /** `now` is the cache's clock: both drivers date an entry's freshness by it (core.ts). */
  make(onResult: (outcome: CacheOutcome) => void, now: () => number): Promise<Cache>;
}

const drivers: Driver[] = [
  {
    name: 'redis',
    async make(onResult, now) {
      const { client, logger } = await connect(shared.url);
      return createCache({ redis: client, logger, onResult, now });
    },
  },
  {
    name: 'memory',
    make(onResult, now) {
      return Promise.resolve(createCache({ redis: null, logger: recordingLogger(), onResult, now }));
    },
  },
];

describe.each(drivers)('the $name driver (shared contract)', (driver) => {
  let cache: Cache;
  const outcomes: CacheOutcome[] = [];
  let clock = 0;
  beforeEach(async () => {
    outcomes.length = 0;
    clock = Date.now();
    cache = await driver.make((outcome) => outcomes.push(outcome), () => clock);
  });
  afterEach(async () => {
    await cache.close();
  });

  it('reports its kind and answers ping', async () => {
    expect(cache.kind).toBe(driver.name);
    expect(await cache.ping(500)).toBe(true);
  });

  it('when a key misses, then the loader value is returned as MISS and the next read is a HIT of the same string', async () => {
    const json = JSON.stringify({ name: 'Ünïcode | pipes | 🚀', price: '12.50', tags: ['a|b'] });
    const loader = counting(json);
    expect(await cache.getOrSet('p:1', 60, loader)).toEqual({ value: json, hit: false });
    expect(await cache.getOrSet('p:1', 60, loader)).toEqual({ value: json, hit: true });
    expect(loader).toHaveBeenCalledTimes(1);
    expect(outcomes).toEqual(['miss', 'hit']);
  });

  it('when 200 callers miss the same key at once, then the loader runs once and all get its value', async () => {
    const gate = deferred<void>();
    const loader = vi.fn(async () => {
      await gate.promise;
      return 'v';
    });
    const calls = Array.from({ length: 200 }, () => cache.getOrSet('hot', 60, loader));
    gate.resolve();
    const results = await Promise.all(calls);
    expect(loader).toHaveBeenCalledTimes(1);
    expect(results.every((r) => r.value === 'v' && !r.hit)).toBe(true);
    expect(outcomes.filter((o) => o === 'miss')).toHaveLength(200);
  });

  it('when the loader returns null, then nothing is cached and the next read loads again', async () => {
    const loader = counting(null);
    expect(await cache.getOrSet('missing', 60, loader)).toEqual({ value: null, hit: false });
    expect(await cache.getOrSet('missing', 60, loader)).toEqual({ value: null, hit: false });
    expect(loader).toHaveBeenCalledTimes(2);
  });

  it('when the loader throws, then every waiting caller gets the error and nothing is cached', async () => {
    const failing = vi.fn(() => Promise.reject(new Error('db down')));
    const results = await Promise.allSettled([cache.getOrSet('boom', 60, failing), cache.getOrSet('boom', 60, failing)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(failing).toHaveBeenCalledTimes(1);
    expect(await cache.getOrSet('boom', 60, counting('ok'))).toEqual({ value: 'ok', hit: false });
  });

  it('when a key is deleted, then the next read misses and loads the new value', async () => {
    await cache.getOrSet('p:2', 60, counting('old'));
    expect(await cache.del('p:2', 'p:unrelated')).toBe(true);
    expect(await cache.getOrSet('p:2', 60, counting('new'))).toEqual({ value: 'new', hit: false });
    expect(await cache.getOrSet('p:2', 60, counting('x'))).toEqual({ value: 'new', hit: true });
  });

  it('when a namespace is bumped, then the next read misses, while other namespaces and plain keys still hit', async () => {
    await cache.getOrSet('page:1', 60, counting('list-old'), { namespace: 'products' });
    await cache.getOrSet('page:1', 60, counting('other'), { namespace: 'categories' });
    await cache.getOrSet('page:1', 60, counting('plain'));
    expect(await cache.bumpNamespace('products')).toBe(true);
    expect(await cache.getOrSet('page:1', 60, counting('list-new'), { namespace: 'products' })).toEqual({ value: 'list-new', hit: false });
    expect(await cache.getOrSet('page:1', 60, counting('x'), { namespace: 'products' })).toEqual({ value: 'list-new', hit: true });
    expect(await cache.getOrSet('page:1', 60, counting('x'), { namespace: 'categories' })).toEqual({ value: 'other', hit: true });
    expect(await cache.getOrSet('page:1', 60, counting('x'))).toEqual({ value: 'plain', hit: true });
  });

  it('when the TTL has passed on the cache clock, then the entry is loaded again', async () => {
    await cache.getOrSet('short', 1, counting('first'));
    clock += 999;
    expect(await cache.getOrSet('short', 1, counting('x'))).toEqual({ value: 'first', hit: true });
    clock += 1;
    expect(await cache.getOrSet('short', 1, counting('second'))).toEqual({ value: 'second', hit: false });
  });

  it('when a loader that read before a del finishes after it, then its old value is never served', async () => {
    const gate = deferred<void>();
    let started = false;
    const slow = cache.getOrSet('race', 60, async () => {
      started = true;
      await gate.promise;
      return 'old';
    });
    await until(() => started);
    expect(await cache.del('race')).toBe(true); // the write committed, then invalidated
    gate.resolve();
    expect(await slow).toEqual({ value: 'old', hit: false }); // its own caller still gets an answer
    expect(await cache.getOrSet('race', 60, counting('new'))).toEqual({ value: 'new', hit: false });
  });

  it('when a caller arrives after a del while an older load is running, then it does not join that load', async () => {
    const gate = deferred<void>();
    let started = false;
    const slow = cache.getOrSet('race2', 60, async () => {
      started = true;
      await gate.promise;
      return 'old';
    });
    await until(() => started);
    await cache.del('race2');
    expect(await cache.getOrSet('race2', 60, counting('new'))).toEqual({ value: 'new', hit: false });
    gate.resolve();
    await slow;
    expect(await cache.getOrSet('race2', 60, counting('x'))).toEqual({ value: 'new', hit: true });
  });

  it('when a loader that read before a namespace bump finishes after it, then its value is not served', async () => {
    const gate = deferred<void>();
    let started = false;
    const slow = cache.getOrSet('page:1', 60, async () => {
      started = true;
      await gate.promise;
      return 'list-old';
    }, { namespace: 'orders' });
    await until(() => started);
    await cache.bumpNamespace('orders');
    gate.resolve();
    await slow;
    expect(await cache.getOrSet('page:1', 60, counting('list-new'), { namespace: 'orders' })).toEqual({ value: 'list-new', hit: false });
  });

  it('rejects a TTL that is not a positive whole number of seconds and a namespace with a separator', async () => {
    await expect(cache.getOrSet('k', 0, counting('v'))).rejects.toThrow(TypeError);
    await expect(cache.getOrSet('k', 1.5, counting('v'))).rejects.toThrow(TypeError);
    await expect(cache.getOrSet('k', 5, counting('v'), { namespace: 'a:b' })).rejects.toThrow(TypeError);
  });
});

describe('the redis driver', () => {
  it('refuses a client that would queue commands while Redis is away (requests would hang)', () => {
    const plain = new Redis(shared.url, { lazyConnect: true });
    clients.push(plain);
    expect(() => createCache({ redis: plain, logger: recordingLogger() })).toThrow(TypeError);
  });

  it('when 200 callers miss the same key at once, then Redis sees one read and one write', async () => {
    const { client, logger } = await connect(shared.url);
    const admin = new Redis(shared.url);
    clients.push(admin);
    const cache = createCache({ redis: client, logger });
    await cache.getOrSet('warm-up', 60, counting('v')); // the first read of all initialises the generation
    const before = await commandCalls(admin);
    const loader = counting('v');
    await Promise.all(Array.from({ length: 200 }, () => cache.getOrSet('burst', 60, loader)));
    const after = await commandCalls(admin);
    expect(loader).toHaveBeenCalledTimes(1);
    expect(after.mget - before.mget).toBe(1);
    expect(after.evalsha + after.eval - before.evalsha - before.eval).toBe(1);
  });

  it('when 200 callers peek at the same key at once, then Redis sees one read, and a peek after a del reads again', async () => {
    const { client, logger } = await connect(shared.url);
    const admin = new Redis(shared.url);
    clients.push(admin);
    const outcomes: CacheOutcome[] = [];
    const cache = createCache({ redis: client, logger, onResult: (outcome) => outcomes.push(outcome) });
    await cache.getOrSet('peeked', 60, counting('v'));
    const before = await commandCalls(admin);
    const peeked = await Promise.all(Array.from({ length: 200 }, () => cache.peek('peeked')));
    const after = await commandCalls(admin);
    expect(new Set(peeked)).toEqual(new Set(['v']));
    expect(after.mget - before.mget).toBe(1);
    // Each caller is a hit of its own, as each getOrSet caller is.
    expect(outcomes.filter((o) => o === 'hit')).toHaveLength(200);
    // A peek that starts after a del does not join a read that began before it (and is still running).
    const earlier = cache.peek('peeked');
    const deleted = cache.del('peeked');
    const later = cache.peek('peeked');
    expect(await Promise.all([earlier, deleted, later])).toEqual(['v', true, null]);
  });

  it('when two instances share a Redis, then a del or bump on one is seen by the other', async () => {
    const a = await connect(shared.url);
    const b = await connect(shared.url, a.keyPrefix);
    const cacheA = createCache({ redis: a.client, logger: a.logger });
    const cacheB = createCache({ redis: b.client, logger: b.logger });
    await cacheA.getOrSet('p:1', 60, counting('old'));
    await cacheA.getOrSet('page:1', 60, counting('list-old'), { namespace: 'products' });
    expect(await cacheB.getOrSet('p:1', 60, counting('x'))).toEqual({ value: 'old', hit: true });
    await cacheA.del('p:1');
    await cacheA.bumpNamespace('products');
    expect(await cacheB.getOrSet('p:1', 60, counting('new'))).toEqual({ value: 'new', hit: false });
    expect(await cacheB.getOrSet('page:1', 60, counting('list-new'), { namespace: 'products' })).toEqual({ value: 'list-new', hit: false });
  });

  it('when a version key is lost (eviction, restart without persistence), then entries retired before it are not served again', async () => {
    const { client, keyPrefix, logger } = await connect(shared.url);
    const admin = new Redis(shared.url);
    clients.push(admin);
    const cache = createCache({ redis: client, logger });
    await cache.getOrSet('page:1', 60, counting('list-old'), { namespace: 'products' });
    await cache.bumpNamespace('products'); // retires the entry without touching it
    await admin.del(`${keyPrefix}cache:ns:products`, `${keyPrefix}cache:gen`);
    expect(await cache.getOrSet('page:1', 60, counting('list-new'), { namespace: 'products' })).toEqual({ value: 'list-new', hit: false });
    expect(await cache.getOrSet('page:1', 60, counting('x'), { namespace: 'products' })).toEqual({ value: 'list-new', hit: true });
  });

  it('when an entry is written, then Redis itself expires it after the TTL (no sweeping, no sleeping to see it)', async () => {
    const { client, keyPrefix, logger } = await connect(shared.url);
    const admin = new Redis(shared.url);
    clients.push(admin);
    await createCache({ redis: client, logger }).getOrSet('short', 1, counting('v'));
    const pttl = await admin.pttl(`${keyPrefix}cache:k:short`);
    expect(pttl).toBeGreaterThan(0);
    expect(pttl).toBeLessThanOrEqual(1000);
  });

  it('keeps its keys under the client key prefix', async () => {
    const { client, keyPrefix, logger } = await connect(shared.url);
    const admin = new Redis(shared.url);
    clients.push(admin);
    await createCache({ redis: client, logger }).getOrSet('p:9', 60, counting('v'));
    expect(await admin.keys('*p:9')).toEqual([`${keyPrefix}cache:k:p:9`]);
  });
});

describe('the redis driver when Redis fails', () => {
  afterEach(async () => {
    await outage.start().catch(() => {}); // the next test starts with Redis up, whatever happened
  });

  it('when Redis is stopped, then getOrSet still answers from the loader, says MISS, and fails fast', async () => {
    const { client, logger } = await connect(outage.url);
    const outcomes: CacheOutcome[] = [];
    const cache = createCache({ redis: client, logger, onResult: (o) => outcomes.push(o) });
    await cache.getOrSet('p:1', 60, counting('cached'));
    await outage.stop();
    await until(() => client.status !== 'ready');

    const started = performance.now();
    expect(await cache.getOrSet('p:1', 60, counting('from-db'))).toEqual({ value: 'from-db', hit: false });
    expect(performance.now() - started).toBeLessThan(COMMAND_TIMEOUT_MS);
    expect(outcomes.at(-1)).toBe('error');
    expect(await cache.ping(100)).toBe(false);
  }, 15_000);

  it('when Redis is down, then 200 concurrent misses still run the loader once', async () => {
    const { client, logger } = await connect(outage.url);
    const cache = createCache({ redis: client, logger });
    await outage.stop();
    await until(() => client.status !== 'ready');
    const loader = counting('from-db');
    const results = await Promise.all(Array.from({ length: 200 }, () => cache.getOrSet('hot', 60, loader)));
    expect(loader).toHaveBeenCalledTimes(1);
    expect(results.every((r) => r.value === 'from-db' && !r.hit)).toBe(true);
  }, 15_000);

  it('when Redis is down, then del and bumpNamespace report failure instead of throwing', async () => {
    const { client, logger } = await connect(outage.url);
    const cache = createCache({ redis: client, logger });
    await outage.stop();
    await until(() => client.status !== 'ready');
    expect(await cache.del('p:1')).toBe(false);
    expect(await cache.bumpNamespace('products')).toBe(false);
  }, 15_000);

  it('when Redis comes back with its data, then entries cached before the outage are not served', async () => {
    const { client, keyPrefix, logger } = await connect(outage.url);
    const admin = new Redis(outage.url, { lazyConnect: true });
    clients.push(admin);
    const cache = createCache({ redis: client, logger });
    await cache.getOrSet('p:1', 60, counting('before'));
    await cache.getOrSet('page:1', 60, counting('list-before'), { namespace: 'products' });

    await outage.stop(); // saved to disk: the restart brings the old entries back
    await until(() => client.status !== 'ready');
    expect(await cache.del('p:1')).toBe(false); // the write during the outage could not invalidate
    expect(await cache.bumpNamespace('products')).toBe(false);
    await outage.start();
    expect(await waitForRedisReady(client, 5000)).toBe(true);

    expect(await admin.exists(`${keyPrefix}cache:k:p:1`)).toBe(1); // the stale entry is really there
    expect(await cache.getOrSet('p:1', 60, counting('after'))).toEqual({ value: 'after', hit: false });
    expect(await cache.getOrSet('page:1', 60, counting('list-after'), { namespace: 'products' })).toEqual({ value: 'list-after', hit: false });
    expect(await cache.getOrSet('p:1', 60, counting('x'))).toEqual({ value: 'after', hit: true });
  }, 15_000);

  it('when Redis restarts from a snapshot older than a successful del, then the resurrected entry is not served', async () => {
    const { client, keyPrefix, logger } = await connect(outage.url);
    const admin = new Redis(outage.url, { lazyConnect: true });
    clients.push(admin);
    const cache = createCache({ redis: client, logger });
    await cache.getOrSet('p:1', 60, counting('before'));
    await admin.save(); // the snapshot still holds the entry ...
    expect(await cache.del('p:1')).toBe(true); // ... that is then invalidated while all is well

    await outage.stop({ save: false }); // a crash: the restart reloads the older snapshot
    await outage.start();
    expect(await waitForRedisReady(client, 5000)).toBe(true);

    expect(await admin.exists(`${keyPrefix}cache:k:p:1`)).toBe(1);
    expect(await cache.getOrSet('p:1', 60, counting('after'))).toEqual({ value: 'after', hit: false });
  }, 15_000);

  it('when Redis refuses a del while reads still work, then the instance stops serving the cache until it has caught up', async () => {
    const { client, logger } = await connect(outage.url);
    const admin = new Redis(outage.url);
    clients.push(admin);
    const cache = createCache({ redis: client, logger });
    await cache.getOrSet('p:1', 60, counting('before'));
    await admin.config('SET', 'maxmemory', '1'); // writes fail with OOM, reads are answered
    try {
      expect(await cache.del('p:1')).toBe(false);
      expect(await cache.getOrSet('p:1', 60, counting('after'))).toEqual({ value: 'after', hit: false });
    } finally {
      await admin.config('SET', 'maxmemory', '0');
    }
    expect(await cache.getOrSet('p:1', 60, counting('after'))).toEqual({ value: 'after', hit: false });
    expect(await cache.getOrSet('p:1', 60, counting('x'))).toEqual({ value: 'after', hit: true });
  }, 15_000);

  it('when one instance lost its connection during a write, then after it reconnects no instance serves the old entry', async () => {
    const a = await connect(outage.url);
    const b = await connect(outage.url, a.keyPrefix);
    const cacheA = createCache({ redis: a.client, logger: a.logger });
    const cacheB = createCache({ redis: b.client, logger: b.logger });
    await cacheA.getOrSet('p:1', 60, counting('before'));

    a.client.disconnect(); // a network partition of instance A only
    await until(() => a.client.status === 'end');
    expect(await cacheA.del('p:1')).toBe(false);
    await a.client.connect();
    await cacheA.getOrSet('unrelated', 60, counting('x')); // waits for A's reconnect bookkeeping

    expect(await cacheB.getOrSet('p:1', 60, counting('after'))).toEqual({ value: 'after', hit: false });
  }, 15_000);

  it('when Redis is slow, then getOrSet answers from the loader within about the command timeout', async () => {
    const { client, logger } = await connect(outage.url);
    const admin = new Redis(outage.url);
    clients.push(admin);
    const cache = createCache({ redis: client, logger });
    await cache.getOrSet('p:1', 60, counting('cached'));
    await admin.client('PAUSE', 1500, 'ALL');

    const started = performance.now();
    expect(await cache.getOrSet('p:1', 60, counting('from-db'))).toEqual({ value: 'from-db', hit: false });
    expect(performance.now() - started).toBeLessThan(COMMAND_TIMEOUT_MS + 600); // not the 1.5 s pause
    await sleep(1600);
    expect(await cache.getOrSet('p:1', 60, counting('x'))).toEqual({ value: 'cached', hit: true });
  }, 15_000);

  it('during an outage, then the cache logs a warning at most once per interval and the client once per state change', async () => {
    const { client, logger: clientLogger } = await connect(outage.url);
    const cacheLogger = recordingLogger();
    const cache = createCache({ redis: client, logger: cacheLogger });
    await outage.stop();
    await until(() => client.status !== 'ready');
    for (let i = 0; i < 50; i++) await cache.getOrSet(`k${i}`, 60, counting('v'));
    await sleep(600); // several reconnect attempts fail meanwhile
    await outage.start();
    expect(await waitForRedisReady(client, 5000)).toBe(true);

    expect(cacheLogger.warn).toHaveBeenCalledTimes(1);
    expect(clientLogger.warn).toHaveBeenCalledTimes(1);
    expect(clientLogger.info.mock.calls.map((call) => call[1])).toEqual(['redis connected', 'redis connection restored']);
  }, 15_000);
});

describe('the memory driver', () => {
  it('when more than maxEntries keys are stored, then the least recently used go first', async () => {
    const cache = createMemoryCache({ logger: recordingLogger(), maxEntries: 3 });
    for (const key of ['a', 'b', 'c']) await cache.getOrSet(key, 60, counting(key));
    await cache.getOrSet('a', 60, counting('x')); // a is now the most recently used
    await cache.getOrSet('d', 60, counting('d'));
    expect((await cache.getOrSet('a', 60, counting('x'))).hit).toBe(true);
    expect((await cache.getOrSet('b', 60, counting('x'))).hit).toBe(false);
  });

  it('when the stored strings exceed maxChars, then the oldest go first and an oversized value is not kept', async () => {
    const cache = createMemoryCache({ logger: recordingLogger(), maxChars: 100 });
    const big = (c: string) => c.repeat(30);
    for (const key of ['a', 'b', 'c']) await cache.getOrSet(key, 60, counting(big(key)));
    await cache.getOrSet('huge', 60, counting('h'.repeat(500)));
    expect((await cache.getOrSet('huge', 60, counting('x'))).hit).toBe(false);
    await cache.getOrSet('d', 60, counting(big('d'))); // pushes out a
    expect((await cache.getOrSet('a', 60, counting(big('a')))).hit).toBe(false);
  });

  it('when entries expire, then they are dropped on the next read (injected clock)', async () => {
    let now = 1_000_000;
    const cache = createMemoryCache({ logger: recordingLogger(), now: () => now });
    await cache.getOrSet('k', 10, counting('v'));
    now += 9_999;
    expect((await cache.getOrSet('k', 10, counting('x'))).hit).toBe(true);
    now += 1;
    expect(await cache.getOrSet('k', 10, counting('v2'))).toEqual({ value: 'v2', hit: false });
  });
});

describe('the redis client', () => {
  it('backs off exponentially up to the cap and keeps retrying forever', () => {
    expect(reconnectDelayMs(1, 2000)).toBeGreaterThanOrEqual(50);
    expect(reconnectDelayMs(1, 2000)).toBeLessThanOrEqual(60);
    for (const attempt of [10, 100, 1_000_000]) {
      const delay = reconnectDelayMs(attempt, 2000);
      expect(delay).toBeGreaterThanOrEqual(2000);
      expect(delay).toBeLessThanOrEqual(2400);
    }
  });
});

async function commandCalls(admin: Redis): Promise<Record<'mget' | 'evalsha' | 'eval', number>> {
  const info = await admin.info('commandstats');
  const calls = (name: string) => Number(new RegExp(`cmdstat_${name}:calls=(\\d+)`).exec(info)?.[1] ?? 0);
  return { mget: calls('mget'), evalsha: calls('evalsha'), eval: calls('eval') };
}
