import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { withTimeout } from '../timeout.js';
import { createCacheCore, type CacheStore, type CoreOptions, type Snapshot } from './core.js';
import { generationKey, namespaceVersionKey, tombstone, uniqueToken } from './entry.js';
import type { Cache } from './types.js';

export interface RedisCacheOptions extends CoreOptions {
  /** How long a del's tombstone keeps loaders that started before it from writing back; default 60 s. */
  tombstoneTtlSeconds?: number;
}

/**
 * The cache over a shared ioredis client (see lib/redis.ts for its timeouts and queueing).
 *
 * Versions: the global generation and each namespace version are random tokens, never counters.
 * A bump writes a value no entry was ever tagged with, so nothing can come back to life: not after
 * Redis restarts from an old snapshot, nor when a version key is lost (restart without persistence,
 * eviction) and is initialised afresh.
 *
 * Staleness after an outage: whenever the connection drops, or a del/bump can't be confirmed, this
 * instance marks itself dirty and stops reading the cache. Redis may come back with entries this
 * instance failed to invalidate, or restored from an old snapshot. Before it reads again it bumps the
 * global generation, which retires every entry written before, for all instances at once, since each
 * read fetches the generation together with the entry (one MGET).
 */
export function createRedisCache(client: Redis, options: RedisCacheOptions): Cache {
  // Fail-open depends on commands failing fast; a client that queues them would hang requests.
  if (!client.options.commandTimeout || client.options.enableOfflineQueue !== false) {
    throw new TypeError('the cache needs a client with a command timeout and no offline queue (lib/redis.ts createRedisClient)');
  }
  return createCacheCore(createRedisStore(client, options.tombstoneTtlSeconds ?? 60), options);
}

// KEYS[1] entry; ARGV: seen token ('' = nothing), new value, ttl seconds.
const WRITE_IF_UNCHANGED = script(`
local current = redis.call('GET', KEYS[1])
local seen = ARGV[1]
if seen == '' then
  if current then return 0 end
elseif (not current) or string.sub(current, 1, #seen) ~= seen then
  return 0
end
redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
return 1`);

// KEYS[1] version key; ARGV[1] a fresh token. The version in force: the existing one, else ours.
// (SET NX GET would do, but needs Redis 7.)
const INIT_VERSION = script(`
local current = redis.call('GET', KEYS[1])
if current then return current end
redis.call('SET', KEYS[1], ARGV[1])
return ARGV[1]`);

function createRedisStore(client: Redis, tombstoneTtlSeconds: number): CacheStore {
  // dirty ⇔ dirtyEpoch > cleanEpoch; an epoch lets a drop during the bump keep us dirty.
  let dirtyEpoch = 0;
  let cleanEpoch = 0;
  let bumping: Promise<void> | null = null;
  const isDirty = () => dirtyEpoch > cleanEpoch;
  const markDirty = () => {
    dirtyEpoch++;
  };

  function bumpGeneration(): Promise<void> {
    bumping ??= (async () => {
      const epoch = dirtyEpoch;
      try {
        await client.set(generationKey(), uniqueToken());
        cleanEpoch = Math.max(cleanEpoch, epoch);
      } finally {
        bumping = null;
      }
    })();
    return bumping;
  }

  async function run(s: Script, key: string, ...args: Array<string | number>): Promise<unknown> {
    try {
      return await client.evalsha(s.sha, 1, key, ...args);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      return client.eval(s.source, 1, key, ...args);
    }
  }

  /** A missing version (first use, or lost) gets a fresh token: nothing stored can match it. */
  const versionOf = async (key: string, value: string | null | undefined): Promise<string> =>
    value ?? String(await run(INIT_VERSION, key, uniqueToken()));

  const onClose = () => markDirty();
  // Retire old entries as soon as we are back, so other instances stop serving them too.
  const onReady = () => {
    if (isDirty()) bumpGeneration().catch(() => {});
  };
  client.on('close', onClose);
  client.on('ready', onReady);

  return {
    kind: 'redis',

    async read(key, namespace): Promise<Snapshot> {
      if (isDirty()) await bumpGeneration();
      const epoch = dirtyEpoch;
      const nsKey = namespace === undefined ? undefined : namespaceVersionKey(namespace);
      const values = await client.mget(nsKey === undefined ? [generationKey(), key] : [generationKey(), nsKey, key]);
      const snapshot: Snapshot = {
        raw: values[values.length - 1] ?? null,
        generation: await versionOf(generationKey(), values[0]),
        nsVersion: nsKey === undefined ? '' : await versionOf(nsKey, values[1]),
      };
      // The connection dropped (and maybe came back) while we waited: the answer may predate the bump.
      if (dirtyEpoch !== epoch) throw new Error('redis connection changed during the read');
      return snapshot;
    },

    async writeIfUnchanged(key, token, raw, ttlSeconds) {
      await run(WRITE_IF_UNCHANGED, key, token, raw, ttlSeconds);
    },

    async invalidate(keys) {
      if (keys.length === 0) return;
      try {
        // A tombstone rather than DEL, so an older loader's compare-and-set fails (entry.ts).
        await Promise.all(keys.map((key) => client.set(key, tombstone(), 'EX', tombstoneTtlSeconds)));
      } catch (err) {
        markDirty();
        throw err;
      }
    },

    async bump(namespace) {
      try {
        await client.set(namespaceVersionKey(namespace), uniqueToken());
      } catch (err) {
        markDirty();
        throw err;
      }
    },

    async ping(timeoutMs) {
      return (await withTimeout(client.ping(), timeoutMs, 'redis ping')) === 'PONG';
    },

    close() {
      client.off('close', onClose);
      client.off('ready', onReady);
      return Promise.resolve();
    },
  };
}

interface Script {
  source: string;
  sha: string;
}

function script(source: string): Script {
  return { source, sha: createHash('sha1').update(source).digest('hex') };
}
