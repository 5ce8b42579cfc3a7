import type { Redis } from 'ioredis';
import type { Database } from '../db.js';
import { fromSortable, toSortable, type Lsn } from './lsn.js';
import type { Freshness } from './replica.js';

/**
 * Read-your-writes (and more: read-everyone's-acknowledged-writes) over a lagging replica.
 *
 * Every committed write of a scope raises one shared mark, in Redis, to the primary's WAL position
 * after the commit. A read of that scope may go to the replica only once the replica has replayed
 * the mark; until then (usually milliseconds) it goes to the primary. Because the mark is raised
 * before the write's caches are invalidated and before it is acknowledged, a cache loader that runs
 * after the invalidation never refills the cache from a replica that has not seen the write, and a
 * client that was told "done" never reads the state from before.
 *
 * Whenever the mark cannot be trusted, reads go to the primary: while Redis is unreachable, and
 * after a raise failed, the Redis connection dropped or a primary connection broke, until this
 * instance has raised the mark to the primary's current position (Redis may be back from an old
 * snapshot or have missed raises; a write cut off by a primary crash may have committed unseen).
 */
export interface ReadRouting {
  read<T>(query: (prisma: Database['prisma']) => Promise<T>): Promise<T>;
  /** Call after a write of this scope committed, before invalidating caches and answering. Never rejects. */
  wrote(): Promise<void>;
  /** What the next read needs, for tests and logs. */
  freshness(): Promise<Freshness>;
}

export interface ReadRoutingOptions {
  db: Pick<Database, 'prisma' | 'replica' | 'read' | 'writePosition' | 'onPrimaryFailure'>;
  /** The shared client (lib/redis.ts); null on a single instance with the in-process cache. */
  redis: Redis | null;
  /** Writes of one scope do not hold back reads of another. */
  scope: string;
}

// KEYS[1] the mark; ARGV[1] a position (fixed-width hex, so string order is position order).
const RAISE = `
local current = redis.call('GET', KEYS[1])
if (not current) or ARGV[1] > current then redis.call('SET', KEYS[1], ARGV[1]) return ARGV[1] end
return current`;

export function createReadRouting(options: ReadRoutingOptions): ReadRouting {
  const { db } = options;
  // Without a replica, nothing changes: no mark, no extra query.
  if (!db.replica) {
    return { read: (query) => query(db.prisma), wrote: async () => {}, freshness: () => Promise.resolve('primary') };
  }
  const mark = options.redis ? redisMark(options.redis, `replica:lsn:${options.scope}`) : localMark();
  // dirty ⇔ dirtyEpoch > cleanEpoch (as in lib/cache/redis-cache.ts): a failure during a resync keeps it dirty.
  let dirtyEpoch = 1; // the first read raises the mark to the current position, as after a reconnect
  let cleanEpoch = 0;
  mark.onDrop(() => dirtyEpoch++);
  // A write that failed with its connection may still have committed, and no mark was raised for it.
  db.onPrimaryFailure(() => dirtyEpoch++);

  async function required(): Promise<Freshness> {
    if (!mark.reachable()) return 'primary';
    try {
      if (dirtyEpoch > cleanEpoch) {
        const epoch = dirtyEpoch;
        const lsn = await mark.raise(await db.writePosition());
        cleanEpoch = Math.max(cleanEpoch, epoch);
        return lsn;
      }
      // A lost mark (eviction, restart without persistence): the current position is a safe one.
      return (await mark.get()) ?? (await mark.raise(await db.writePosition()));
    } catch {
      return 'primary';
    }
  }

  return {
    async read(query) {
      return db.read(query, await required());
    },
    async wrote() {
      try {
        await mark.raise(await db.writePosition());
      } catch {
        dirtyEpoch++;
      }
    },
    freshness: required,
  };
}

interface Mark {
  reachable(): boolean;
  get(): Promise<Lsn | null>;
  /** Raises the mark to at least `lsn`; resolves with the mark in force. */
  raise(lsn: Lsn): Promise<Lsn>;
  /** Registers a callback for when the store may have lost or missed raises. */
  onDrop(callback: () => void): void;
}

function redisMark(redis: Redis, key: string): Mark {
  return {
    reachable: () => redis.status === 'ready',
    async get() {
      const stored = await redis.get(key);
      return stored === null ? null : fromSortable(stored);
    },
    async raise(lsn) {
      return fromSortable(String(await redis.eval(RAISE, 1, key, toSortable(lsn))));
    },
    onDrop(callback) {
      redis.on('close', callback);
    },
  };
}

/** One process, no Redis: the mark lives in memory. */
function localMark(): Mark {
  let mark: Lsn | null = null;
  return {
    reachable: () => true,
    get: () => Promise.resolve(mark),
    raise(lsn) {
      if (mark === null || lsn > mark) mark = lsn;
      return Promise.resolve(mark);
    },
    onDrop() {},
  };
}
