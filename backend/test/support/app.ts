import type { Express } from 'express';
import { Redis } from 'ioredis';
import { inject } from 'vitest';
import { appRoleUrl } from '@shelfwise/devstack';
import { buildServedApp } from '../../src/app.js';
import type { UserJobs } from '../../src/modules/jobs/index.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createCache, type Cache } from '../../src/lib/cache/index.js';
import { createDatabase, type Database } from '../../src/lib/db.js';
import { createJobQueue, type JobQueue } from '../../src/lib/jobs.js';
import { createLifecycle, type Lifecycle } from '../../src/lib/lifecycle.js';
import { createLogger, type Logger } from '../../src/lib/logger.js';
import { createMailer, emailQueue } from '../../src/lib/mail/index.js';
import { createRedisClient, waitForRedisReady } from '../../src/lib/redis.js';
import { createTestDatabase } from './database.js';
import { uniqueRedisPrefix } from './redis.js';

export interface TestApp {
  /**
   * What the server listens with (src/app.ts buildRequestListener): Express behind the /health
   * front door, so supertest sees exactly what a client does. Typed as Express for the helpers that
   * take it, though only its request-listener side is real: hand it to supertest or mount it.
   */
  app: Express;
  /** The Express app inside `app`, for tests that read its routing table. */
  express: Express;
  config: Config;
  db: Database;
  cache: Cache;
  redis: Redis | null;
  logger: Logger;
  lifecycle: Lifecycle;
  jobs: JobQueue;
  /** The app's jobs module: a test defines job kinds of its own on it. */
  userJobs: UserJobs;
  /** What the app connects with: the API's role, bound by row-level security. */
  databaseUrl: string;
  /** The tables' owner, for tests that write rows the way a script or migration would. */
  ownerDatabaseUrl: string;
  /** A client on ownerDatabaseUrl (row-level security does not bind it). */
  owner: Database;
  redisUrl: string | null;
  close(): Promise<void>;
}

// Fast, quiet, and generous limits unless a test asks otherwise.
const TEST_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  BCRYPT_COST: '4',
  RATE_LIMIT_MAX: '100000',
  AUTH_RATE_LIMIT_MAX: '100000',
  SPA_DIR: '/nonexistent-spa-dir',
  PUBLIC_URL: 'http://shelfwise.test',
  // Satisfies production's requirement; never dialled: mail goes only to the smtpUrl a test passes.
  SMTP_URL: 'smtp://127.0.0.1:1',
  // Most tests create products right after registering; the verification gate has its own tests.
  UNVERIFIED_USERS_MAY_WRITE: 'true',
  // Test receivers listen on 127.0.0.1; the SSRF refusals have their own tests, with this off.
  WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
};

export interface TestAppOptions {
  /** Environment variables on top of the test defaults (validated like production config). */
  env?: Record<string, string>;
  /** Reuse this app's database and Redis namespace: a second instance of the same deployment. */
  shareWith?: TestApp;
  /** Use this Redis instead of the shared one (e.g. a private server a test stops); null for the in-process driver. */
  redisUrl?: string | null;
  /**
   * Use this database (a migrated one, as its owner) instead of a fresh clone of the template. The
   * app connects to it as the API's role, as under npm start, so row-level security binds it there too.
   */
  databaseUrl?: string;
  /**
   * Send mail to this SMTP server (a mail catcher the test started) and work the job queues. Without
   * it jobs are queued and left alone, as on an instance with JOB_WORKERS=false.
   */
  smtpUrl?: string;
  /** Work the job queues (imports, bulk edits) even without a mail catcher: emails stay queued, unsent. */
  workJobs?: boolean;
  /**
   * Run pg-boss's maintenance, as a server does: it hands a job whose worker died (no heartbeat)
   * back for a retry. Off by default: short-lived test apps need none.
   */
  jobMaintenance?: boolean;
  /** Log with this logger (e.g. one writing to a stream the test reads) instead of one at LOG_LEVEL. */
  logger?: Logger;
}

/**
 * A real app over a real PostgreSQL and Redis: by default its own database (a clone of the migrated
 * template) and its own Redis key prefix, so test files never see each other's data.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const shared = options.shareWith;
  const ownDatabase = shared || options.databaseUrl ? null : await createTestDatabase();
  const given = options.databaseUrl === undefined ? null : ((await appRoleUrl(options.databaseUrl)) ?? options.databaseUrl);
  const databaseUrl = shared?.databaseUrl ?? given ?? ownDatabase!.url;
  const ownerDatabaseUrl = shared?.ownerDatabaseUrl ?? options.databaseUrl ?? ownDatabase!.ownerUrl;
  const redisUrl = options.redisUrl !== undefined ? options.redisUrl : (shared?.redisUrl ?? inject('redisUrl'));
  const keyPrefix = shared?.config.redis.keyPrefix ?? uniqueRedisPrefix();

  const config = loadConfig({
    ...TEST_ENV,
    DATABASE_URL: databaseUrl,
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    REDIS_KEY_PREFIX: keyPrefix,
    ...options.env,
  });
  const logger = options.logger ?? createLogger(config.logLevel);
  const db = createDatabase({ ...config.database, url: databaseUrl });
  const owner = createDatabase({ ...config.database, url: ownerDatabaseUrl, poolSize: 2 });
  const redis = redisUrl
    ? createRedisClient(redisUrl, { commandTimeoutMs: config.redis.commandTimeoutMs, keyPrefix, logger })
    : null;
  if (redis) await waitForRedisReady(redis, 5_000);
  const cache = createCache({ redis, logger });
  const lifecycle = createLifecycle();
  const mailer = options.smtpUrl ? createMailer({ smtpUrl: options.smtpUrl, from: config.mail.from, logger }) : null;
  const jobs = createJobQueue({ connectionString: databaseUrl, logger, poolSize: 2, maintenance: options.jobMaintenance === true });
  jobs.define(emailQueue(mailer));
  const served = buildServedApp({ config, logger, db, cache, redis, lifecycle, jobs });
  await jobs.start({ work: mailer !== null || options.workJobs === true });
  const app = served.listener as Express;

  return {
    app, express: served.app, userJobs: served.jobs, config, db, cache, redis, logger, lifecycle, jobs, databaseUrl, ownerDatabaseUrl, owner, redisUrl,
    async close() {
      await jobs.stop(5_000);
      mailer?.close();
      await cache.close();
      redis?.disconnect();
      // What the modules run in the background: the events relay, its connection and its streams.
      await lifecycle.stop();
      await db.close();
      await owner.close();
      await ownDatabase?.drop();
    },
  };
}
