import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { classifyConnectionError } from './db-errors.js';
import { insertPositionAsEnd, parseLsn, type Lsn } from './replica/lsn.js';
import { createReplica, type Freshness } from './replica/replica.js';

export interface DatabaseOptions {
  url: string;
  /** A streaming-replication standby of `url`; only reads passed to `read` may go there. */
  replicaUrl?: string | undefined;
  poolSize: number;
  /** How long a query waits for a free connection; pg's default is forever. */
  poolTimeoutMs: number;
  statementTimeoutMs: number;
}

// A replica that does not answer quickly is skipped for the primary: waiting the full pool timeout
// for it would make every read during its outage that much slower.
const REPLICA_CONNECT_TIMEOUT_MS = 1_000;

const WRITE_POSITION = `SELECT pg_current_wal_insert_lsn()::text AS lsn, current_setting('wal_block_size')::int AS block,
  (SELECT setting FROM pg_settings WHERE name = 'wal_segment_size') AS segment`;

/**
 * Prisma over our own pg pool: the pool is sized and bounded explicitly (Prisma 7 sets no acquire
 * timeout) and stays reachable for health checks and pool metrics.
 *
 * With `replicaUrl`, a second pool and client serve `read`; everything else (`prisma`, `pool`)
 * is the primary, so code that never calls `read` behaves exactly as without a replica.
 */
export function createDatabase(options: DatabaseOptions) {
  const primary = connect(options.url, options, 'shelfwise-api');
  const replicaConnection = options.replicaUrl
    ? connect(options.replicaUrl, { ...options, poolTimeoutMs: Math.min(options.poolTimeoutMs, REPLICA_CONNECT_TIMEOUT_MS) }, 'shelfwise-api-replica')
    : null;
  const replica = replicaConnection ? createReplica(replicaConnection) : null;

  return {
    prisma: primary.client,
    pool: primary.pool,
    /** null without DATABASE_REPLICA_URL. */
    replica,
    /**
     * Runs a read on the replica when one is configured, reachable and has replayed `needs`
     * (null: any state), else on the primary. See lib/replica/read-routing.ts for what to pass.
     */
    read<T>(query: (prisma: PrismaClient) => Promise<T>, needs: Freshness = null): Promise<T> {
      return replica ? replica.read(query, needs, primary.client) : query(primary.client);
    },
    /**
     * The primary's WAL insert position: asked after a commit, it is at or past that commit (even an
     * asynchronous one, not yet flushed), so a replica that has replayed it shows the write.
     */
    async writePosition(): Promise<Lsn> {
      const { rows } = await primary.pool.query<{ lsn: string; block: number; segment: string }>(WRITE_POSITION);
      const row = rows[0]!;
      return insertPositionAsEnd(parseLsn(row.lsn), row.block, Number(row.segment));
    },
    /**
     * Calls `listener` when a primary connection breaks (server gone, crashed or restarting): a write
     * in flight then may have committed without anyone seeing it succeed.
     */
    onPrimaryFailure(listener: () => void): void {
      primary.pool.on('error', listener);
      primary.pool.on('release', (err: Error | undefined) => {
        if (err && classifyConnectionError(err) === 'unreachable') listener();
      });
    },
    async close() {
      const connections = replicaConnection ? [primary, replicaConnection] : [primary];
      await Promise.allSettled(connections.map((c) => c.close()));
    },
  };
}

function connect(url: string, options: DatabaseOptions, applicationName: string) {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize,
    connectionTimeoutMillis: options.poolTimeoutMs,
    idleTimeoutMillis: 30_000,
    statement_timeout: options.statementTimeoutMs,
    application_name: applicationName,
    // No JIT: the API's queries are short, and a plan whose cost crosses jit_above_cost (a list's
    // fallback branch that is planned but, once the walk answers, never run) spent 28 of 29 ms
    // compiling it at 1M products (benchmarks, catalogue filters).
    options: '-c jit=off',
  });
  // An idle client losing its server (restart, failover) emits here; without a listener it would crash the process.
  pool.on('error', () => {});
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    client,
    pool,
    async close() {
      await client.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}

export type Database = ReturnType<typeof createDatabase>;
export type Prisma = Database['prisma'];
