import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';

export interface DatabaseOptions {
  url: string;
  poolSize: number;
  /** How long a query waits for a free connection; pg's default is forever. */
  poolTimeoutMs: number;
  statementTimeoutMs: number;
}

/**
 * Prisma over our own pg pool: the pool is sized and bounded explicitly (Prisma 7 sets no acquire
 * timeout) and stays reachable for health checks and pool metrics.
 */
export function createDatabase(options: DatabaseOptions) {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize,
    connectionTimeoutMillis: options.poolTimeoutMs,
    idleTimeoutMillis: 30_000,
    statement_timeout: options.statementTimeoutMs,
    application_name: 'shelfwise-api',
  });
  // An idle client losing its server (restart, failover) emits here; without a listener it would crash the process.
  pool.on('error', () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    pool,
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}

export type Database = ReturnType<typeof createDatabase>;
export type Prisma = Database['prisma'];
