import type { Redis } from 'ioredis';
import type { Config } from './config.js';
import { createCache, type Cache } from './lib/cache/index.js';
import { createDatabase, type Database } from './lib/db.js';
import { createJobQueue, type JobQueue } from './lib/jobs.js';
import type { Logger } from './lib/logger.js';
import { createMetrics, type Metrics } from './lib/metrics.js';
import { createMailer, emailQueue } from './lib/mail/index.js';
import { createRedisClient, waitForRedisReady } from './lib/redis.js';

export interface Infrastructure {
  db: Database;
  cache: Cache;
  redis: Redis | null;
  metrics: Metrics;
  /** Defined here with the email queue; the modules add theirs, and server.ts starts it. */
  jobs: JobQueue;
  close(): Promise<void>;
}

/**
 * Connects to the PostgreSQL and Redis the configuration names. The schema is not touched here:
 * migrations are their own step (`npm run migrate -w backend`), run before the server starts.
 * Without REDIS_URL the cache and the rate-limit counters live in this process (one instance only).
 */
export async function startInfrastructure(config: Config, logger: Logger): Promise<Infrastructure> {
  const db = createDatabase(config.database);
  const redis = config.redis.url
    ? createRedisClient(config.redis.url, { commandTimeoutMs: config.redis.commandTimeoutMs, keyPrefix: config.redis.keyPrefix, logger })
    : null;
  if (!redis) logger.warn('no REDIS_URL: using an in-process cache and rate-limit store (single instance only)');
  // Not fatal: without Redis the cache reads through to the database and limits fall back to memory.
  if (redis && !(await waitForRedisReady(redis, 3_000))) logger.warn('Redis is not reachable yet: starting degraded');
  const metrics = createMetrics({ pool: db.pool });
  const cache = createCache({ redis, logger, onResult: metrics.countCacheResult });
  const mailer = config.mail.smtpUrl ? createMailer({ smtpUrl: config.mail.smtpUrl, from: config.mail.from, logger }) : null;
  if (!mailer) logger.warn('no SMTP_URL: emails are queued but not sent (npm start sets one: a local mail catcher)');
  const jobs = createJobQueue({ connectionString: config.database.url, logger });
  jobs.define(emailQueue(mailer));
  return {
    db,
    cache,
    redis,
    metrics,
    jobs,
    async close() {
      // Jobs first: a job in hand may still need the database.
      await jobs.stop(config.http.shutdownGraceMs).catch((err: unknown) => logger.error({ err }, 'stopping the job queue failed'));
      mailer?.close();
      await Promise.allSettled([db.close(), cache.close()]);
      await redis?.quit().catch(() => redis.disconnect());
    },
  };
}
