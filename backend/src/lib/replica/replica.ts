import type pg from 'pg';
import { classifyConnectionError } from '../db-errors.js';
import { parseLsn, type Lsn } from './lsn.js';

/**
 * How fresh a read must be: `null` any replica state will do; an Lsn the replica must have
 * replayed that position; `'primary'` freshness cannot be known (e.g. Redis is down), so only the
 * primary will do.
 */
export type Freshness = Lsn | null | 'primary';

export interface ReplicaConnection<C> {
  client: C;
  pool: pg.Pool;
}

export interface ReplicaOptions {
  /** After the replica failed to answer, reads skip it this long before one tries it again. */
  retryAfterMs?: number;
  now?: () => number;
}

/** Where reads went: for tests, logs and the drills. */
interface ReplicaStats {
  replica: number;
  primary: number;
  /** Reads tried on the replica that failed there and were answered by the primary. */
  fallbacks: number;
}

/**
 * A streaming standby used for reads, with the primary as the fallback. A read goes to the replica
 * only when it has replayed the position the caller needs (known from the last look, else asked
 * once: one cheap query), and is answered by the primary when the replica refuses, is unreachable,
 * or cancels the query to apply WAL. An unreachable replica is skipped for `retryAfterMs`, so an
 * outage costs one failed attempt per interval rather than one per read.
 */
export function createReplica<C>(connection: ReplicaConnection<C>, options: ReplicaOptions = {}) {
  const retryAfterMs = options.retryAfterMs ?? 2_000;
  const now = options.now ?? Date.now;
  const stats: ReplicaStats = { replica: 0, primary: 0, fallbacks: 0 };
  let downUntil = 0;
  let lastError: string | null = null;
  // Replay positions only grow, so the highest seen is a safe lower bound of the current one.
  let replayed: Lsn = -1n;

  async function replayPosition(): Promise<Lsn> {
    // On a server that is not in recovery (a promoted replica), its own position is its freshness.
    const { rows } = await connection.pool.query<{ lsn: string }>(
      'SELECT COALESCE(pg_last_wal_replay_lsn(), pg_current_wal_lsn())::text AS lsn',
    );
    const lsn = parseLsn(rows[0]!.lsn);
    if (lsn > replayed) replayed = lsn;
    return replayed;
  }

  function markDown(err: unknown): void {
    downUntil = now() + retryAfterMs;
    lastError = err instanceof Error ? err.message : String(err);
  }

  async function fresh(needs: Freshness): Promise<boolean> {
    if (needs === 'primary' || now() < downUntil) return false;
    if (needs === null || replayed >= needs) return true;
    return (await replayPosition()) >= needs;
  }

  return {
    pool: connection.pool,
    client: connection.client,
    stats,
    /** The last replay position seen (-1 before the first look). */
    get replayed(): Lsn {
      return replayed;
    },
    get lastError(): string | null {
      return lastError;
    },
    replayPosition,

    async read<T>(query: (client: C) => Promise<T>, needs: Freshness, primary: C): Promise<T> {
      let useReplica: boolean;
      try {
        useReplica = await fresh(needs);
      } catch (err) {
        if (classifyConnectionError(err) === null) throw err;
        markDown(err);
        useReplica = false;
      }
      if (!useReplica) {
        stats.primary++;
        return query(primary);
      }
      try {
        const result = await query(connection.client);
        stats.replica++;
        return result;
      } catch (err) {
        const failure = classifyConnectionError(err);
        if (failure === null) throw err;
        if (failure === 'unreachable') markDown(err);
        stats.fallbacks++;
        return query(primary);
      }
    },
  };
}
