import { join } from 'node:path';
import type { Redis } from 'ioredis';
import type { Config } from './config.js';
import { createCache, type Cache } from './lib/cache/index.js';
import { createDatabase, type Database } from './lib/db.js';
import { startEmbeddedPostgres } from './lib/embedded/postgres.js';
import { startEmbeddedRedis } from './lib/embedded/redis.js';
import type { Logger } from './lib/logger.js';
import { createMetrics, type Metrics } from './lib/metrics.js';
import { applyMigrations } from './lib/migrate.js';
import { createRedisClient, waitForRedisReady } from './lib/redis.js';

export interface Infrastructure {
  db: Database;
  cache: Cache;
  redis: Redis | null;
  metrics: Metrics;
  close(): Promise<void>;
}

export interface InfrastructureOptions {
  /**
   * Start a private redis-server when no REDIS_URL is configured (default true). The CLIs say no: a
   * private Redis of their own is not the one a running server uses (that one is on a port picked at
   * random), so clearing its cache would reach no one; the in-process cache they get instead is as good.
   */
  privateRedis?: boolean;
}

/**
 * Connects to PostgreSQL and Redis, starting private ones under the data folder when no URL is
 * configured (the zero-setup `npm start`), and brings the schema up to date. close() stops only the
 * private servers this process started: a private PostgreSQL that another process (`npm start`
 * beside a CLI) runs on the same data folder is used and left running (see embedded/postgres.ts).
 */
export async function startInfrastructure(config: Config, logger: Logger, options: InfrastructureOptions = {}): Promise<Infrastructure> {
  const stops: Array<() => Promise<void>> = [];
  const log = (msg: string) => logger.info(msg);
  try {
    let databaseUrl = config.database.url;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres({
        dataDir: join(config.dataDir, 'postgres'),
        port: config.database.embeddedPort,
        database: 'shelfwise',
        log,
      });
      stops.push(pg.stop);
      databaseUrl = pg.url;
      logger.info({ dataDir: pg.dataDir }, 'no DATABASE_URL: using a private PostgreSQL');
    }
    await applyMigrations(databaseUrl, log);

    let redisUrl = config.redis.url;
    if (!redisUrl && options.privateRedis !== false) {
      const embedded = await startEmbeddedRedis({ dataDir: join(config.dataDir, 'redis'), port: 0, log });
      if (embedded) {
        stops.push(embedded.stop);
        redisUrl = embedded.url;
        logger.info('no REDIS_URL: using a private redis-server');
      } else {
        logger.warn('no REDIS_URL and no redis-server on the PATH: using an in-process cache and rate-limit store (single instance only)');
      }
    }

    const db = createDatabase({ ...config.database, url: databaseUrl });
    const redis = redisUrl
      ? createRedisClient(redisUrl, { commandTimeoutMs: config.redis.commandTimeoutMs, keyPrefix: config.redis.keyPrefix, logger })
      : null;
    // Not fatal: without Redis the cache reads through to the database and limits are not enforced.
    if (redis && !(await waitForRedisReady(redis, 3_000))) logger.warn('Redis is not reachable yet: starting degraded');
    const metrics = createMetrics({ pool: db.pool });
    const cache = createCache({ redis, logger, onResult: metrics.countCacheResult });
    return {
      db,
      cache,
      redis,
      metrics,
      async close() {
        await Promise.allSettled([db.close(), cache.close()]);
        await redis?.quit().catch(() => redis.disconnect());
        for (const stop of stops.reverse()) await stop().catch((err) => logger.warn({ err }, 'stopping a private server failed'));
      },
    };
  } catch (err) {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    throw err;
  }
}
